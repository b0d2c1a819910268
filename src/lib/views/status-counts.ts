// Counts of statuses over a set of indicators, for the overview's "how is the province doing"
// and the summaries of target and agency pages. Only statuses that occur are listed, in the
// status module's order; the words come from summariseStatuses.

import { formatNumber } from "../format.ts";
import { summariseStatuses } from "../status/summarise-statuses.ts";
import type { StatusCode } from "../status/types.ts";
import type { StatusCountView } from "./types.ts";

/** Returns one row per status that occurs among `statuses`, in the status module's order. */
export function countStatuses(
  statuses: readonly { readonly status: StatusCode }[],
): StatusCountView[] {
  return summariseStatuses(statuses)
    .rows.filter((row) => row.count > 0)
    .map((row) => ({
      chip: { status: row.status, label: row.label },
      count: row.count,
      text: `${formatNumber(row.count)} chỉ tiêu`,
    }));
}
