// Synthetic descriptors (the validator fixture's datapackage.json, edited): what a data folder is
// told when it does not describe the tables the site's code was generated for.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkContract } from "./contract.ts";
import { readDescriptor } from "./descriptor.ts";
import { formatProblem } from "./problem.ts";

const FIXTURE = "../../../tests/fixtures/validate/valid/datapackage.json";

interface Described {
  resources: { name: string; schema: { fields: { name: string }[] } }[];
}

function check(edit: (descriptor: Described) => void): string[] {
  const path = fileURLToPath(new URL(FIXTURE, import.meta.url));
  const descriptor = JSON.parse(readFileSync(path, "utf8")) as Described;
  edit(descriptor);
  const text = JSON.stringify(descriptor, null, 2);
  const read = readDescriptor(new TextEncoder().encode(text), "data/datapackage.json");
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join("\n"));
  return checkContract(read, "data/datapackage.json").map(formatProblem);
}

describe(checkContract, () => {
  it("accepts the fixture, which describes every table as the site reads it", () => {
    expect(check(() => {})).toEqual([]);
  });

  it("names a required resource that is missing, with its columns", () => {
    const problems = check((descriptor) => {
      descriptor.resources = descriptor.resources.filter((r) => r.name !== "program");
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^data\/datapackage\.json:\d+: resources: expected a resource named "program", got none\. Describe program\.csv in datapackage\.json \(columns: number, kind, short_name, .+, orientation_year\); or, if you changed them in data\/datapackage\.json on purpose, run npm run generate:rows and adapt the code that reads them\.$/,
      ),
    ]);
  });

  it("names the columns the site reads when a resource describes others", () => {
    const problems = check((descriptor) => {
      const series = descriptor.resources.find((r) => r.name === "series");
      series?.schema.fields.reverse();
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /: resources\[\d+\]\.schema\.fields: expected the fields the site reads for series: id, name, note, got note, name, id\. Describe these columns, in this order; or, if you changed them in data\/datapackage\.json on purpose, run npm run generate:rows and adapt the code that reads them\.$/,
      ),
    ]);
  });
});
