import { describe, expect, it } from "vitest";
import {
  createMemoryFolder,
  decode,
  encode,
  readCaseFiles,
} from "../../../tests/validate-support.ts";
import type { z } from "zod";
import { formatProblem } from "./problem.ts";
import { ROW_SCHEMAS } from "./rows.ts";
import { checkProgramRules } from "./rules.ts";
import { validateDataPackage } from "./validate.ts";

// A change to some files of the synthetic valid package: file name → new text from the old.
type Edits = Record<string, (text: string) => string>;

// Problems of the synthetic valid package after appending rows to, or replacing, some files.
function problemsAfter(edits: Edits): string[] {
  const files = readCaseFiles("valid");
  for (const [name, edit] of Object.entries(edits))
    files.set(name, encode(edit(decode(files.get(name)))));
  const result = validateDataPackage(createMemoryFolder(files));
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe(checkProgramRules, () => {
  // The valid package after some edits, and every problem the validator lists.
  it.each<[rule: string, edits: Edits, problems: string[]]>([
    [
      "orders releases of the same date by version when checking revisions",
      {
        "releases.csv": (t) => `${t}1.1.1,2025-06-01,Bản thử,Sửa.\n`,
        "datapackage.json": (t) => t.replace('"version": "1.1.0"', '"version": "1.1.1"'),
        "observations.csv": (t) =>
          `${t}chi-tieu-a,2023,tinh-cu,mac-dinh,75,1.1.1,nguon-b,đạt 75%,,,,,,,\nchi-tieu-a,2023,tinh-cu,mac-dinh,74,1.1.0,nguon-b,đạt 74%,,,,,,,\n`,
      },
      [
        'data/observations.csv:8: release_id: expected a release newer than "1.1.1" (2025-06-01), which line 7 uses for the value this row revises, got "1.1.0" (2025-06-01). A revision is a new row in a later release, below the row it revises; put this row above it or give it a newer release.',
      ],
    ],
    [
      "applies the revision order to baselines too",
      {
        "baselines.csv": (t) =>
          t.replace(",1.0.0\n", ",1.1.0\n") +
          'chi-tieu-a,2020,tinh-cu,mac-dinh,51,nguon-a,"đạt 51%",,1.0.0\n',
      },
      [
        'data/baselines.csv:3: release_id: expected a release newer than "1.1.0" (2025-06-01), which line 2 uses for the value this row revises, got "1.0.0" (2025-01-15). A revision is a new row in a later release, below the row it revises; put this row above it or give it a newer release.',
      ],
    ],
    [
      "needs a reference only for share_of_reference goals",
      {
        "goals.csv": (t) =>
          t.replace("80,Mức chung cả nước", "80,").replace("at_most,5,,", "at_most,5,Mức khác,"),
      },
      [
        'data/goals.csv:3: reference: expected what the share refers to, for rule "share_of_reference", got an empty cell. Name the reference value, as the program\'s wording does.',
        'data/goals.csv:4: reference: expected an empty cell for rule "at_most", got "Mức khác". Remove the reference: only share_of_reference uses it.',
      ],
    ],
    [
      "needs a source for an agency's end, and an end for its source",
      {
        "agencies.csv": (t) =>
          t
            .replace("2025-02-28,nguon-b", "2025-02-28,")
            .replace("false,,,,,,", "false,,,,,nguon-a,"),
      },
      [
        "data/agencies.csv:2: active_until_source_id: expected the source that says the agency ended, got an empty cell. Cite the source in active_until_source_id, or leave active_until empty.",
        "data/agencies.csv:3: active_until: expected the last day the agency worked when its end has a source, got an empty cell. Fill in active_until (YYYY-MM-DD) from the source, or remove active_until_source_id.",
      ],
    ],
    [
      "refuses a scope that ends before it begins",
      { "scopes.csv": (t) => t.replace("2025-07-01,,", "2025-07-01,2025-06-30,") },
      [
        'data/scopes.csv:3: valid_to: expected a date on or after valid_from (2025-07-01), got "2025-06-30". Swap or correct the two dates.',
      ],
    ],
    [
      "asks for a goal for each indicator without one, on the indicator's row",
      { "goals.csv": (t) => t.replace(/^chi-tieu-b,.*\n/m, "") },
      [
        "data/indicators.csv:3: id: expected at least one goal in goals.csv (2025 or 2030), got none. Add the goal row, or remove the indicator.",
      ],
    ],
    [
      "asks for no goal when a goal's indicator_id is unreadable: that cell is reported",
      { "goals.csv": (t) => t.replace(/^chi-tieu-b,/m, ",") },
      [
        "data/goals.csv:4: indicator_id: expected a value, got an empty cell. Fill in indicator_id: it is part of the row's key.",
      ],
    ],
  ])("%s", (_rule, edits, problems) => {
    expect(problemsAfter(edits)).toEqual(problems);
  });

  // The valid package after some edits, and the place of each problem (file:line: column).
  it.each<[rule: string, edits: Edits, places: string[]]>([
    [
      "checks that a successor is sourced and is another agency",
      {
        "agencies.csv": (t) =>
          t
            .replace("co-quan-b,2025-03-01,nguon-b", "co-quan-a,2025-03-01,")
            .replace("false,,,,,,", "false,,2025-01-01,,,,"),
      },
      [
        "data/agencies.csv:2: successor_id",
        "data/agencies.csv:2: successor_source_id",
        "data/agencies.csv:3: successor_since",
      ],
    ],
    [
      "needs a unit and decimals for a quantitative indicator",
      { "indicators.csv": (t) => t.replace("Chỉ tiêu thử A,%,1,", "Chỉ tiêu thử A,,,") },
      ["data/indicators.csv:2: unit", "data/indicators.csv:2: decimals"],
    ],
  ])("%s", (_rule, edits, places) => {
    expect(problemsAfter(edits).map((line) => line.split(": expected")[0])).toEqual(places);
  });

  // No rule repeats what one cell's constraints in datapackage.json say (required, a range):
  // the validator reports it once, from the descriptor, and the generated rows cannot hold it.
  it("leaves provenance and the period's range to datapackage.json: one message each", () => {
    const problems = problemsAfter({
      "observations.csv": (t) =>
        t
          .replace("nguon-a,năm 2021 đạt 60%,", "nguon-a,,")
          .replace("chi-tieu-a,2022,", "chi-tieu-a,2014,"),
      "sources.csv": (t) => t.replace("https://example.org/nguon-a", ""),
    });
    expect(problems).toEqual([
      "data/sources.csv:2: url: expected a value, got an empty cell. Fill in url: it is required.",
      "data/observations.csv:2: excerpt: expected a value, got an empty cell. Fill in excerpt: it is required.",
      "data/observations.csv:3: period: expected at least 2015, got 2014. Check the value against its source.",
    ]);
    for (const [name, column] of [
      ["baselines", "excerpt"],
      ["observations", "excerpt"],
      ["sources", "url"],
    ] as const) {
      const shape: Record<string, z.ZodType> = ROW_SCHEMAS[name].shape;
      expect(shape[column]?.safeParse(null).success).toBe(false);
    }
  });
});
