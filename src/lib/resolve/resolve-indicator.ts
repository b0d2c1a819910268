// One indicator as of one release: its figures resolved once (src/lib/status/resolve.ts, on the
// one "latest release wins" rule of src/lib/releases), every goal year judged from those same
// figures, and the figures grouped into chart lines. The only caller of the status computation
// outside src/lib/status.

import { groupLines } from "../charts/lines.ts";
import { DEFAULT_GOAL_YEAR, resolveIndicator } from "../status/compute-status.ts";
import type { StatusInput, StatusObservation } from "../status/types.ts";
import type { IndicatorAsOf } from "./types.ts";

/** Error raised when an indicator cannot be resolved (no goal for the year it is judged on). */
export class ResolveError extends Error {
  override name = "ResolveError";
}

/**
 * Returns `input.indicator` as of `input.asOf`, judged against `input.goalYear` (default 2025),
 * with the disputed figures given (already limited to the release). Not frozen: see resolveDataset.
 */
export function resolveIndicatorAsOf(
  input: StatusInput,
  disputed: readonly StatusObservation[] = [],
): IndicatorAsOf {
  const goalYear = input.goalYear ?? DEFAULT_GOAL_YEAR;
  const resolved = resolveIndicator(input);
  const judged = resolved.statuses.find((status) => status.goalYear === goalYear);
  if (!judged) {
    throw new ResolveError(`indicator "${input.indicator.id}": no goal for ${goalYear}`);
  }
  // A figure without an exact year has no place on a time axis; its table row says why.
  const dated = resolved.figures.filter((figure) => figure.period_basis === null);
  return {
    indicator: input.indicator,
    release: resolved.asOf,
    goalYear,
    baseline: resolved.baseline,
    figures: resolved.figures,
    comparable: judged.comparable,
    related: resolved.related,
    disputed,
    lines: groupLines(dated, resolved.baseline, input.scopes ?? [], input.series ?? []),
    undated: resolved.figures.length - dated.length,
    judged,
    statuses: resolved.statuses,
  };
}
