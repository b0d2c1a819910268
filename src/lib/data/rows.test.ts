// The row schemas are generated from data/datapackage.json; a fixture's datapackage.json must
// describe the same columns, or the site could not read its rows.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listContractResources } from "./contract.ts";
import { listColumns, REQUIRED_RESOURCES } from "./rows.ts";

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

// A resource whose rows are not required may be left out of a data folder (contract.ts).
const cases = Object.entries(DESCRIPTORS).flatMap(([label, relative]) =>
  listContractResources()
    .filter((name) => REQUIRED_RESOURCES.includes(name) || readFields(relative).has(name))
    .map((name) => [label, name, relative] as const),
);

describe(listColumns, () => {
  it.each(cases)("matches the fields %s's datapackage.json gives %s", (_, name, relative) => {
    expect(readFields(relative).get(name)).toEqual(listColumns(name));
  });

  it("covers every resource of the real datapackage.json", () => {
    expect([...readFields(DESCRIPTORS["data/"]).keys()].sort()).toEqual(
      [...listContractResources()].sort(),
    );
  });
});
