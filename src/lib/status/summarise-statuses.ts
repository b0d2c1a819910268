// Counts for the overview's "how is the province doing" line. Every status is listed, zeros
// included, in a fixed order, so the overview needs no logic of its own.

import { labelStatus } from "./labels.ts";
import { STATUS_CODES, type StatusCode } from "./types.ts";

/** One row of the overview's count table. */
export interface StatusCount {
  readonly status: StatusCode;
  readonly label: string;
  readonly count: number;
}

/** Counts of statuses: the total and one row per status code in STATUS_CODES order. */
export interface StatusSummary {
  readonly total: number;
  readonly rows: readonly StatusCount[];
}

/** Returns how many of `results` have each status (all codes listed, zeros included). */
export function summariseStatuses(
  results: readonly { readonly status: StatusCode }[],
  goalYear = 2025,
): StatusSummary {
  const counts = new Map<StatusCode, number>();
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  return {
    total: results.length,
    rows: STATUS_CODES.map((status) => ({
      status,
      label: labelStatus(status, goalYear),
      count: counts.get(status) ?? 0,
    })),
  };
}
