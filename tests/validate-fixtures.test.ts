// Every problem class of issue 2 has a synthetic fixture case whose exact output is written
// down in its expected.txt; this test lays each case over valid/ and compares line by line.
import { describe, expect, it } from "vitest";
import { formatProblem, formatWarning } from "../src/lib/data/problem.ts";
import { validateDataPackage } from "../src/lib/data/validate.ts";
import { createMemoryFolder, listCases, readCaseFiles, readExpected } from "./validate-support.ts";

function runCase(name: string): { ok: boolean; lines: string[] } {
  const result = validateDataPackage(createMemoryFolder(readCaseFiles(name)));
  return result.ok
    ? { ok: true, lines: result.warnings.map(formatWarning) }
    : { ok: false, lines: result.problems.map(formatProblem) };
}

// Cases that are valid on purpose: a BOM and CRLF are accepted; warnings do not fail; a correct
// fraction, approximate period and dispute are accepted.
const VALID_CASES = ["bom-crlf-accepted", "warnings", "figure-forms-accepted"];

describe(validateDataPackage, () => {
  it("accepts the synthetic valid package without a warning", () => {
    expect(runCase("valid")).toEqual({ ok: true, lines: [] });
  });

  it.each(listCases())("prints exactly expected.txt for the case %s", (name) => {
    const { ok, lines } = runCase(name);
    expect(lines).toEqual(readExpected(name));
    expect(ok).toBe(VALID_CASES.includes(name));
  });

  it("has a case for every problem class the issue lists", () => {
    expect(listCases()).toEqual(
      expect.arrayContaining([
        "decimal-comma",
        "text-in-number",
        "bad-date",
        "required-empty",
        "enum",
        "out-of-range",
        "duplicate-key",
        "unknown-foreign-key",
        "missing-column",
        "extra-column",
        "malformed-quoting",
        "empty-file",
        "header-only",
        "not-utf8",
        "bom-crlf-accepted",
        "qualitative-figures",
        "unknown-release-source",
        "revision-older",
        "period-out-of-range",
        "indicator-without-goal",
        "measure-without-unit",
        "source-strength",
        "fractions",
        "period-basis",
        "disputes",
        "figure-forms-accepted",
      ]),
    );
  });
});
