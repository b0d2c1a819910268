import { describe, expect, it } from "vitest";
import {
  createMemoryFolder,
  decode,
  encode,
  readCaseFiles,
} from "../../../tests/validate-support.ts";
import { formatWarning } from "./problem.ts";
import { findWarnings } from "./warnings.ts";
import { validateDataPackage } from "./validate.ts";

function warningsAfterAppending(rows: string): string[] {
  const files = readCaseFiles("valid");
  files.set("observations.csv", encode(decode(files.get("observations.csv")) + rows));
  const result = validateDataPackage(createMemoryFolder(files));
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.length}`);
  return result.warnings.map(formatWarning);
}

describe(findWarnings, () => {
  // Observation rows appended to the valid package, and the warnings they bring.
  it.each<[rule: string, rows: string, warnings: string[]]>([
    [
      "stays quiet for a change of exactly 40 points",
      'chi-tieu-a,2023,tinh-cu,mac-dinh,31.5,1.1.0,nguon-b,"đạt 31,5%",,,,,,,\n',
      [],
    ],
    [
      "compares the value in force: a revision that removes the jump removes the warning",
      "chi-tieu-a,2023,tinh-cu,mac-dinh,5,1.0.0,nguon-a,đạt 5%,,,,,,,\n" +
        "chi-tieu-a,2023,tinh-cu,mac-dinh,65,1.1.0,nguon-b,đạt 65%,Sửa.,,,,,,\n",
      [],
    ],
    [
      "skips a withdrawn period and compares the neighbours that remain",
      "chi-tieu-a,2023,tinh-cu,mac-dinh,5,1.0.0,nguon-a,đạt 5%,,,,,,,\n" +
        "chi-tieu-a,2023,tinh-cu,mac-dinh,,1.1.0,nguon-b,không xác nhận,Rút lại.,,,,,,\n" +
        "chi-tieu-a,2024,tinh-cu,mac-dinh,20,1.1.0,nguon-b,đạt 20%,,,,,,,\n",
      [
        "warning: data/observations.csv:9: value: expected a change of at most 40 points from 2022 (71.5, line 5), got 20 in 2024 (-51.5 points). Check both figures against their sources; this is a warning, not an error.",
      ],
    ],
    [
      "never compares different scopes or non-percent indicators",
      "chi-tieu-a,2023,tinh-moi,mac-dinh,1,1.1.0,nguon-b,đạt 1%,,,,,,,\n" +
        "chi-tieu-b,2022,tinh-cu,mac-dinh,90,1.1.0,nguon-b,90 triệu đồng,,,,,,,\n",
      [],
    ],
    [
      "warns about a figure for a year after its release's year",
      "chi-tieu-b,2026,tinh-moi,mac-dinh,4,1.1.0,nguon-b,năm 2026 là 4,,,,,,,\n",
      [
        "warning: data/observations.csv:7: period: expected a year no later than 2025, when release 1.1.0 was published (2025-06-01), got 2026. Check the period: a figure cannot describe a year that had not begun when it was published.",
      ],
    ],
  ])("%s", (_rule, rows, warnings) => {
    expect(warningsAfterAppending(rows)).toEqual(warnings);
  });
});
