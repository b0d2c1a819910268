// The clean row types come from the zod schemas in rows.ts; datapackage.json is the source of
// truth for columns. This test keeps the two in step for the real data and for the fixtures.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listContractResources } from "./contract.ts";
import { listColumns } from "./rows.ts";
import { TRANSLATIONS_RESOURCE } from "./translations.ts";

const DESCRIPTORS = {
  "data/": "../../../data/datapackage.json",
  "the synthetic fixture": "../../../tests/fixtures/validate/valid/datapackage.json",
};

interface Described {
  resources: { name: string; schema: { fields: { name: string }[] } }[];
}

function readFields(relative: string): Map<string, string[]> {
  const path = fileURLToPath(new URL(relative, import.meta.url));
  const descriptor = JSON.parse(readFileSync(path, "utf8")) as Described;
  return new Map(descriptor.resources.map((r) => [r.name, r.schema.fields.map((f) => f.name)]));
}

const cases = Object.entries(DESCRIPTORS).flatMap(([label, relative]) =>
  listContractResources().map((name) => [label, name, relative] as const),
);

describe(listColumns, () => {
  it.each(cases)("matches the fields %s's datapackage.json gives %s", (_, name, relative) => {
    expect(readFields(relative).get(name)).toEqual(listColumns(name));
  });

  // translations is optional and checked on its own (translations-check.ts).
  it("covers every resource of the real datapackage.json", () => {
    expect([...readFields(DESCRIPTORS["data/"]).keys()].sort()).toEqual(
      [...listContractResources(), TRANSLATIONS_RESOURCE].sort(),
    );
  });
});
