// Synthetic inputs for the status and chart tests only: none of these figures is real.
// Kept out of the test files so both test suites build inputs the same way.

import type { GoalRule } from "../../src/lib/data/rows.ts";
import type {
  StatusBaseline,
  StatusInput,
  StatusObservation,
  StatusRelease,
} from "../../src/lib/status/types.ts";

/** Synthetic releases: before, on and after the last day of 2025, and in 2031. */
export const RELEASES: readonly StatusRelease[] = [
  { id: "1.0.0", date: "2024-06-01" },
  { id: "1.1.0", date: "2025-06-01" },
  { id: "1.2.0", date: "2025-12-31" },
  { id: "1.3.0", date: "2026-01-01" },
  { id: "2.0.0", date: "2031-03-01" },
];
/** Release dated 01/06/2025. */
export const BEFORE_END = "1.1.0";
/** Release dated 31/12/2025. */
export const LAST_DAY = "1.2.0";
/** Release dated 01/01/2026. */
export const AFTER_END = "1.3.0";

const ROW = { indicator_id: "x", scope_id: "tinh-cu", series_id: "mac-dinh", source_id: "s1" };

/** Returns a synthetic observation of indicator "x" (old province, default series, release 1.0.0). */
export function obs(
  period: number,
  value: number | null,
  more: Partial<StatusObservation> = {},
): StatusObservation {
  return { ...ROW, period, value, release_id: "1.0.0", excerpt: "…", note: "", ...more };
}

/** Returns a synthetic baseline of indicator "x" (old province, default series, release 1.0.0). */
export function base(
  year: number,
  value: number,
  more: Partial<StatusBaseline> = {},
): StatusBaseline {
  return { ...ROW, year, value, release_id: "1.0.0", excerpt: "…", note: "", ...more };
}

/** What a test case changes from the default input (at_least 94, baseline 60 in 2020). */
export interface Case {
  rule?: GoalRule;
  value?: number | null;
  direction?: "up" | "down";
  baselines?: StatusBaseline[];
  observations?: StatusObservation[];
  asOf?: string;
  goalYear?: number;
  reference?: number;
}

/** Returns a synthetic StatusInput for indicator "x" ("Tỷ lệ thử", %, 1 decimal). */
export function makeInput(c: Case): StatusInput {
  const goalYear = c.goalYear ?? 2025;
  return {
    indicator: {
      id: "x",
      name: "Tỷ lệ thử",
      unit: "%",
      decimals: 1,
      direction: c.direction ?? "up",
      kind: "quantitative",
    },
    goals: [
      {
        indicator_id: "x",
        year: goalYear,
        rule: c.rule ?? "at_least",
        value: c.value === undefined ? 94 : c.value,
        reference: "bình quân chung cả nước",
        wording: "…",
      },
    ],
    baselines: c.baselines ?? [base(2020, 60)],
    observations: c.observations ?? [],
    releases: RELEASES,
    asOf: c.asOf ?? BEFORE_END,
    goalYear,
    // The same reference value for 2024 and 2025, so share_of_reference has a level both years.
    referenceValues:
      c.reference === undefined
        ? []
        : [2024, 2025].map((period) => ({ period, value: c.reference ?? null })),
    scopes: [
      { id: "tinh-cu", name: "Tỉnh Ví Dụ (cũ)" },
      { id: "tinh-moi", name: "Tỉnh Ví Dụ (sau sáp nhập)" },
    ],
    series: [
      { id: "mac-dinh", name: "Mặc định" },
      { id: "ngheo-da-chieu-2022-2025", name: "Chuẩn nghèo đa chiều 2022–2025" },
    ],
  };
}

/**
 * Returns the input the rule tables use: goal `rule value` (`direction`) for 2025, one 2020
 * baseline `start`, the given figures and a national reference of 80.
 */
export function ruleInput(
  rule: GoalRule,
  value: number,
  direction: "up" | "down",
  start: number,
  observations: StatusObservation[],
  asOf?: string,
): StatusInput {
  return makeInput({
    rule,
    value,
    direction,
    baselines: [base(2020, start)],
    observations,
    reference: 80,
    ...(asOf === undefined ? {} : { asOf }),
  });
}
