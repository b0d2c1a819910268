// Every value a figure (or a baseline) has had, release by release, so an indicator page can
// show its revisions and link each one to the release page that made it.

import { baselineKeyOf } from "./as-of.ts";
import { compareFigureKeys, compareText, figureKeyOf, orderReleases } from "./order.ts";
import { buildTimelines, entryAsOf, type Timelines } from "./timeline.ts";
import type { BaselineLike, FigureKey, ObservationLike, ReleaseLike } from "./types.ts";

/**
 * What a row did to its figure, compared with the figure's previous row:
 * - `added`: first published value;
 * - `revised`: a different value replaces a published one;
 * - `restated`: the same value published again (its source, excerpt or note may differ);
 * - `withdrawn`: the value is taken back (empty value), the figure is no longer shown;
 * - `republished`: a value comes back after a withdrawal.
 */
export type RevisionKind = "added" | "revised" | "restated" | "withdrawn" | "republished";

/** One published row of a figure, with what it changed. */
export interface Revision<T, R> {
  /** The release that published the row. */
  readonly release: R;
  /** The caller's row (value null = withdrawal). */
  readonly row: T;
  /** What the row did. */
  readonly kind: RevisionKind;
  /** The figure's previous row (possibly a withdrawal), null for its first row. */
  readonly previous: T | null;
}

/** The full history of one figure (indicator, period, scope, series). */
export interface FigureHistory<T, R> extends FigureKey {
  /** Every row of the figure, in the order its releases took effect. */
  readonly revisions: readonly Revision<T, R>[];
  /** The row in force after the latest release, null if the figure is withdrawn. */
  readonly current: T | null;
}

/** The full history of one indicator's baseline. */
export interface BaselineHistory<T, R> {
  /** Indicator slug. */
  readonly indicator_id: string;
  /** Every baseline row of the indicator, in release order. */
  readonly revisions: readonly Revision<T, R>[];
  /** The baseline in force after the latest release, null if withdrawn. */
  readonly current: T | null;
}

/** Returns what `row` did to a figure whose previous row was `previous` (null: none). */
export function classifyRevision(
  previous: { readonly value: number | null } | null,
  row: { readonly value: number | null },
): RevisionKind {
  if (row.value === null) return "withdrawn";
  if (previous === null) return "added";
  if (previous.value === null) return "republished";
  return previous.value === row.value ? "restated" : "revised";
}

/** Returns, per figure, every published row in release order with its kind; sorted by figure key. */
export function revisionHistory<T extends ObservationLike, R extends ReleaseLike>(
  observations: readonly T[],
  releases: readonly R[],
): FigureHistory<T, R>[] {
  const timelines = buildTimelines(observations, releases, figureKeyOf, "observation");
  return listRevisions(timelines, orderReleases(releases))
    .map(({ first, revisions, current }) => ({
      indicator_id: first.indicator_id,
      period: first.period,
      scope_id: first.scope_id,
      series_id: first.series_id,
      revisions,
      current,
    }))
    .sort(compareFigureKeys);
}

/** Returns, per indicator, every baseline row in release order with its kind; sorted by indicator_id. */
export function baselineHistory<T extends BaselineLike, R extends ReleaseLike>(
  baselines: readonly T[],
  releases: readonly R[],
): BaselineHistory<T, R>[] {
  const timelines = buildTimelines(baselines, releases, baselineKeyOf, "baseline");
  return listRevisions(timelines, orderReleases(releases))
    .map(({ first, revisions, current }) => ({
      indicator_id: first.indicator_id,
      revisions,
      current,
    }))
    .sort((a, b) => compareText(a.indicator_id, b.indicator_id));
}

function listRevisions<T extends { readonly value: number | null }, R>(
  timelines: Timelines<T>,
  ordered: readonly R[],
): { first: T; revisions: Revision<T, R>[]; current: T | null }[] {
  const histories: { first: T; revisions: Revision<T, R>[]; current: T | null }[] = [];
  for (const entries of timelines.byKey.values()) {
    const revisions: Revision<T, R>[] = [];
    let previous: T | null = null;
    for (const { rank, row } of entries) {
      // Ranks index `ordered`, which is built by the same ordering as the timelines.
      const release = ordered[rank] as R;
      revisions.push({ release, row, kind: classifyRevision(previous, row), previous });
      previous = row;
    }
    const first = (entries[0] as { row: T }).row;
    // The row in force after the latest release (timeline.ts), unless it withdraws the figure.
    const inForce = entryAsOf(entries, ordered.length - 1)?.row ?? null;
    const current = inForce !== null && inForce.value !== null ? inForce : null;
    histories.push({ first, revisions, current });
  }
  return histories;
}
