// The published data/ must validate, and every figure in it must cite a source with an
// address and the sentence that contains the figure (issue 2, "Tests").
import { describe, expect, it } from "vitest";
import { formatProblem, formatWarning } from "../src/lib/data/problem.ts";
import { validateDataPackage } from "../src/lib/data/validate.ts";
import { createMemoryFolder, readFolderFiles, REAL_DATA_DIR } from "./validate-support.ts";

const decoder = new TextDecoder();
const result = validateDataPackage(createMemoryFolder(readFolderFiles(REAL_DATA_DIR)), {
  languages: ["vi", "en"],
});
const dataset = result.ok ? result.dataset : undefined;

describe("data/", () => {
  it("validates without a problem", () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it("has all ten targets of the appendix", () => {
    expect(dataset?.targets.map((target) => target.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(["baselines", "observations"] as const)(
    "cites a source with a URL and a non-empty excerpt for every row of %s",
    (name) => {
      const rows = dataset?.[name] ?? [];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(dataset?.sourceById.get(row.source_id)?.url).toMatch(/^https?:\/\/\S+$/);
        expect(row.excerpt.trim()).not.toBe("");
      }
    },
  );

  it("has an English translation of every translatable cell (no warning with vi and en)", () => {
    expect(result.ok ? result.warnings.map(formatWarning) : []).toEqual([]);
    expect(dataset?.translations.rows.length).toBeGreaterThan(100);
  });

  it("writes English with the places' own diacritics and in NFC", () => {
    for (const row of dataset?.translations.rows ?? []) {
      expect(row.text).toBe(row.text.normalize("NFC"));
      expect(row.text).not.toMatch(/\bThai Nguyen\b|\bBac Kan\b/);
    }
  });

  it("documents the package, every resource and every column in English", () => {
    interface Doc {
      name?: string;
      translations?: { en?: { title?: string; description?: string } };
    }
    const descriptor = JSON.parse(
      decoder.decode(readFolderFiles(REAL_DATA_DIR).get("datapackage.json")),
    ) as Doc & { resources: (Doc & { schema: { fields: Doc[] } })[] };
    const undocumented = [
      descriptor,
      ...descriptor.resources,
      ...descriptor.resources.flatMap((resource) =>
        resource.schema.fields.map((field) => ({
          ...field,
          name: `${resource.name}.${field.name ?? ""}`,
        })),
      ),
    ]
      .filter((doc) => !doc.translations?.en?.title || !doc.translations.en.description)
      .map((doc) => doc.name);
    expect(undocumented).toEqual([]);
  });

  it("is versioned as its latest release", () => {
    expect(dataset?.version).toBe(dataset?.latestRelease.id);
  });
});
