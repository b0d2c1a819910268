// translations.csv in the synthetic valid package (tests/fixtures/validate/valid/, labelled
// synthetic): what translate() gives a page, and what the validator says about translations.
import { describe, expect, it } from "vitest";
import {
  createMemoryFolder,
  decode,
  encode,
  readCaseFiles,
} from "../../../tests/validate-support.ts";
import type { Dataset } from "./dataset.ts";
import { formatProblem, formatWarning } from "./problem.ts";
import { describeLanguage } from "./translations-check.ts";
import { rowKey, translate } from "./translations.ts";
import { validateDataPackage } from "./validate.ts";

const TRANSLATIONS_RESOURCE = {
  name: "translations",
  path: "translations.csv",
  schema: {
    fields: [
      { name: "resource", type: "string" },
      { name: "key", type: "string" },
      { name: "field", type: "string" },
      { name: "lang", type: "string" },
      { name: "text", type: "string" },
      { name: "renders", type: "string", constraints: { enum: ["program", "source", "ours"] } },
    ],
    primaryKey: ["resource", "key", "field", "lang"],
  },
};

interface FieldJson {
  name: string;
  type?: string;
  translatable?: boolean;
}
interface DescriptorJson {
  resources: { name: string; schema: { fields: FieldJson[] } }[];
}

/**
 * Returns the valid synthetic package with `translatable` on the given fields, and (unless
 * `rows` is undefined) the translations resource holding `rows` below its header.
 */
function buildPackage(
  translatable: Readonly<Record<string, readonly string[]>>,
  rows: readonly string[] | undefined,
  edit: (descriptor: DescriptorJson) => void = () => {},
): Map<string, Uint8Array> {
  const files = readCaseFiles("valid");
  const descriptor = JSON.parse(decode(files.get("datapackage.json"))) as DescriptorJson;
  for (const resource of descriptor.resources) {
    for (const field of resource.schema.fields) {
      if (translatable[resource.name]?.includes(field.name)) field.translatable = true;
    }
  }
  if (rows !== undefined) {
    descriptor.resources.push(TRANSLATIONS_RESOURCE);
    files.set(
      "translations.csv",
      encode(["resource,key,field,lang,text,renders", ...rows].join("\n") + "\n"),
    );
  }
  edit(descriptor);
  files.set("datapackage.json", encode(JSON.stringify(descriptor, null, 2)));
  return files;
}

function validate(files: Map<string, Uint8Array>, languages?: readonly string[]) {
  return validateDataPackage(
    createMemoryFolder(files),
    languages === undefined ? {} : { languages },
  );
}

function requireDataset(files: Map<string, Uint8Array>): Dataset {
  const result = validate(files, ["vi", "en"]);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.dataset;
}

const TRANSLATED = buildPackage({ indicators: ["name", "unit"], goals: ["wording"] }, [
  "indicators,chi-tieu-a,name,en,Test indicator A,program",
  'goals,chi-tieu-a|2025,wording,en,"reach 90% (test wording)",program',
  "goals,chi-tieu-b|2025,wording,en,test wording B,program",
  "goals,chi-tieu-dinh-tinh|2025,wording,en,qualitative test wording,program",
]);

describe(translate, () => {
  const dataset = requireDataset(TRANSLATED);

  // [rule, the cell asked for (lang, resource, key, field), what translate() gives]
  it.each([
    [
      "gives the translation and whose words it renders",
      ["en", "indicators", "chi-tieu-a", "name"],
      { text: "Test indicator A", lang: "en", renders: "program" },
    ],
    [
      "finds a composite key joined by |",
      ["en", "goals", "chi-tieu-a|2025", "wording"],
      { text: "reach 90% (test wording)", lang: "en", renders: "program" },
    ],
    [
      "falls back to the Vietnamese cell, marked vi, when there is no translation",
      ["en", "indicators", "chi-tieu-b", "name"],
      { text: "Chỉ tiêu thử B", lang: "vi", renders: null },
    ],
    [
      "gives the Vietnamese cell itself for vi",
      ["vi", "indicators", "chi-tieu-a", "name"],
      { text: "Chỉ tiêu thử A", lang: "vi", renders: null },
    ],
    [
      "gives an empty text in the language asked for when the cell is empty",
      ["en", "goals", "chi-tieu-a|2025", "reference"],
      { text: "", lang: "en", renders: null },
    ],
  ] as const)("%s", (_rule, [lang, resource, key, field], gives) => {
    expect(translate(dataset, lang, resource, key, field)).toEqual(gives);
  });

  it("falls back to Vietnamese everywhere in a package without translations", () => {
    const plain = requireDataset(readCaseFiles("valid"));
    expect(plain.translations.rows).toEqual([]);
    expect(translate(plain, "en", "indicators", "chi-tieu-a", "name").lang).toBe("vi");
  });

  it.each([
    ["a resource", "nope", "chi-tieu-a", "name"],
    ["a key", "indicators", "nope", "name"],
    ["a field", "indicators", "chi-tieu-a", "nope"],
  ])("throws for an unknown %s (a bug in the page)", (_, resource, key, field) => {
    expect(() => translate(dataset, "en", resource, key, field)).toThrow(/translate: no/);
  });
});

describe(rowKey, () => {
  const dataset = requireDataset(TRANSLATED);

  it("joins a composite primary key with |", () => {
    const goal = dataset.goals.find((row) => row.year === 2030);
    expect(goal && rowKey(dataset, "goals", goal)).toBe("chi-tieu-a|2030");
  });

  it("keys a resource without a primary key by its row number", () => {
    expect(rowKey(dataset, "program", dataset.program)).toBe("1");
    expect(translate(dataset, "en", "program", "1", "short_name").text).toBe("Kế hoạch 99/KH-VD");
  });
});

describe("validating translations", () => {
  const lines = (result: ReturnType<typeof validate>): string[] =>
    result.ok ? result.warnings.map(formatWarning) : result.problems.map(formatProblem);

  it("warns once per translatable cell without an English translation, at its own line", () => {
    expect(lines(validate(TRANSLATED, ["vi", "en"]))).toEqual([
      "warning: data/indicators.csv:2: unit: expected an English (en) translation in data/translations.csv, got none. Add a row indicators,chi-tieu-a,unit,en,<text>,<renders> to data/translations.csv (renders: program, source or ours).",
      "warning: data/indicators.csv:3: name: expected an English (en) translation in data/translations.csv, got none. Add a row indicators,chi-tieu-b,name,en,<text>,<renders> to data/translations.csv (renders: program, source or ours).",
      "warning: data/indicators.csv:3: unit: expected an English (en) translation in data/translations.csv, got none. Add a row indicators,chi-tieu-b,unit,en,<text>,<renders> to data/translations.csv (renders: program, source or ours).",
      // The qualitative indicator's empty unit needs no translation.
      "warning: data/indicators.csv:4: name: expected an English (en) translation in data/translations.csv, got none. Add a row indicators,chi-tieu-dinh-tinh,name,en,<text>,<renders> to data/translations.csv (renders: program, source or ours).",
      "warning: data/goals.csv:3: wording: expected an English (en) translation in data/translations.csv, got none. Add a row goals,chi-tieu-a|2030,wording,en,<text>,<renders> to data/translations.csv (renders: program, source or ours).",
    ]);
  });

  it("does not warn when the site has only its default language", () => {
    expect(lines(validate(TRANSLATED))).toEqual([]);
    expect(lines(validate(TRANSLATED, ["vi"]))).toEqual([]);
  });

  it("warns about every translatable cell when the resource is absent, naming the file to add", () => {
    const found = lines(validate(buildPackage({ series: ["name"] }, undefined), ["vi", "en"]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^warning: data\/series\.csv:2: name: expected an English \(en\) translation in data\/translations\.csv, got none\./,
    );
  });

  it("stops on unknown resources, fields, keys and on the data's own language, with file:line", () => {
    const files = buildPackage({ indicators: ["name"] }, [
      "indicator,chi-tieu-a,name,en,x,ours",
      "indicators,chi-tieu-a,nam,en,x,ours",
      "indicators,chi-tieu-z,name,en,x,ours",
      "indicators,chi-tieu-a,name,vi,x,ours",
      "indicators,chi-tieu-a,unit,en,x,ours",
      "observations,chi-tieu-a|2021|tinh-cu|mac-dinh|1.0.0,excerpt,en,x,source",
    ]);
    const found = lines(validate(files, ["vi", "en"]));
    expect(found.map((line) => line.split(": expected")[0])).toEqual([
      "data/translations.csv:2: resource",
      "data/translations.csv:3: field",
      "data/translations.csv:4: key",
      "data/translations.csv:5: lang",
      "data/translations.csv:6: field",
      "data/translations.csv:7: field",
    ]);
    expect(found[0]).toContain("(known: indicators, ");
    expect(found[1]).toBe(
      'data/translations.csv:3: field: expected a column of indicators marked "translatable": true in datapackage.json (known: name), got "nam". Use the name of the translated column.',
    );
    expect(found[2]).toBe(
      'data/translations.csv:4: key: expected the key of a row of indicators.csv (known: chi-tieu-a, chi-tieu-b, chi-tieu-dinh-tinh), got "chi-tieu-z". Write the row\'s key as id, e.g. "chi-tieu-a".',
    );
    expect(found[3]).toBe(
      'data/translations.csv:5: lang: expected a language other than "vi", the data\'s own language, got "vi". The cell itself is the text in that language: remove the row.',
    );
    expect(found[4]).toContain('Remove the row, or mark indicators.unit "translatable": true');
    expect(found[5]).toContain("Excerpts are never translated");
  });

  it("refuses translatable on a field that is not text", () => {
    const files = buildPackage({ indicators: ["decimals"] }, []);
    const found = lines(validate(files));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^data\/datapackage\.json:\d+: resources\[1\]\.schema\.fields\[4\]\.translatable: expected translatable only on a field of type string, got true on indicators\.decimals \(type integer\)\./,
    );
  });

  it("refuses a translations resource with other columns", () => {
    const files = buildPackage({}, [], (descriptor) => {
      descriptor.resources.at(-1)?.schema.fields.pop();
    });
    const found = lines(validate(files));
    expect(
      found.some((line) => line.includes("expected the fields the site reads for translations")),
    ).toBe(true);
  });
});

describe(describeLanguage, () => {
  it.each([
    ["en", "an English (en)"],
    ["xx", 'a "xx"'],
  ])("names %s as %s", (code, words) => {
    expect(describeLanguage(code)).toBe(words);
  });
});
