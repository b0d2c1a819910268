// The dataset as it stood at a release: the snapshot that release publishes. Rows are the
// caller's own objects, sorted by key so a snapshot written twice gives the same bytes.

import { compareFigureKeys, compareText, figureKeyOf, requireRank } from "./order.ts";
import { buildTimelines, entryAsOf, type Timelines } from "./timeline.ts";
import type { BaselineLike, ObservationLike, ReleaseLike } from "./types.ts";

/** Returns the figures in force at `releaseId`: per figure the latest row not after it, withdrawn ones removed, sorted by key. */
export function observationsAsOf<T extends ObservationLike>(
  observations: readonly T[],
  releases: readonly ReleaseLike[],
  releaseId: string,
): T[] {
  const timelines = buildTimelines(observations, releases, figureKeyOf, "observation");
  return rowsAsOf(timelines, releaseId).sort(compareFigureKeys);
}

/** Returns the baseline in force at `releaseId` for each indicator (latest row not after it), sorted by indicator_id. */
export function baselinesAsOf<T extends BaselineLike>(
  baselines: readonly T[],
  releases: readonly ReleaseLike[],
  releaseId: string,
): T[] {
  const timelines = buildTimelines(baselines, releases, baselineKeyOf, "baseline");
  return rowsAsOf(timelines, releaseId).sort((a, b) => compareText(a.indicator_id, b.indicator_id));
}

/** Returns the key of a baseline: its indicator (one baseline per indicator per release). */
export function baselineKeyOf(row: Pick<BaselineLike, "indicator_id">): string {
  return row.indicator_id;
}

/** Returns the rows in force at `releaseId` (unsorted), leaving out withdrawn ones. */
export function rowsAsOf<T extends { readonly value: number | null }>(
  timelines: Timelines<T>,
  releaseId: string,
): T[] {
  const rank = requireRank(timelines.ranks, releaseId);
  const rows: T[] = [];
  for (const entries of timelines.byKey.values()) {
    const entry = entryAsOf(entries, rank);
    if (entry && entry.row.value !== null) rows.push(entry.row);
  }
  return rows;
}
