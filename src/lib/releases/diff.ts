// What changed between two releases, figure by figure: the content of a release page.
// The diff compares the two as-of snapshots, so it holds for any pair of releases, not only
// neighbours. Goals and agencies carry no release column in the data contract, so their
// changes cannot be rebuilt from the files and are not part of a diff.

import { baselineKeyOf } from "./as-of.ts";
import { compareFigureKeys, compareText, figureKeyOf, rankReleases, requireRank } from "./order.ts";
import { buildTimelines, entryAsOf, type TimelineEntry } from "./timeline.ts";
import {
  ReleaseError,
  type BaselineLike,
  type ObservationLike,
  type ReleaseLike,
} from "./types.ts";

/** A figure in force at both releases, with its row at each. */
export interface ChangedRow<T> {
  /** The row in force at the earlier release. */
  readonly before: T;
  /** The row in force at the later release. */
  readonly after: T;
}

/** A figure in force at the earlier release and withdrawn by the later one. */
export interface WithdrawnRow<T> {
  /** The row in force at the earlier release. */
  readonly before: T;
  /** The row (value empty) that withdrew it; its note says why. */
  readonly withdrawal: T;
}

/** The figures that changed between two releases; each list sorted by figure key. */
export interface ReleaseDiff<T> {
  /** Figures in force at the later release that were never published up to the earlier one. */
  readonly added: readonly T[];
  /** Figures in force at the later release that had been published and withdrawn by the earlier one. */
  readonly republished: readonly T[];
  /** Figures whose value changed; `before`/`after` give both values and both sources. */
  readonly revised: readonly ChangedRow<T>[];
  /** Figures published again with the same value (source, excerpt or note may differ). */
  readonly restated: readonly ChangedRow<T>[];
  /** Figures in force at the earlier release and withdrawn by the later one. */
  readonly withdrawn: readonly WithdrawnRow<T>[];
}

/** A baseline column whose value differs between two releases. */
export type BaselineField =
  "year" | "scope_id" | "series_id" | "value" | "source_id" | "excerpt" | "note";

/** A baseline replaced by another row with different content. */
export interface ChangedBaseline<T> extends ChangedRow<T> {
  /** The columns that differ, in file order. */
  readonly fields: readonly BaselineField[];
}

/** The baselines that changed between two releases; each list sorted by indicator_id. */
export interface BaselineDiff<T> {
  /** Indicators that have a baseline at the later release and none at the earlier one. */
  readonly added: readonly T[];
  /** Indicators whose baseline row changed in at least one column. */
  readonly changed: readonly ChangedBaseline<T>[];
  /** Indicators whose baseline was withdrawn (value empty) by the later release. */
  readonly withdrawn: readonly WithdrawnRow<T>[];
}

const baselineFields: readonly BaselineField[] = [
  "year",
  "scope_id",
  "series_id",
  "value",
  "source_id",
  "excerpt",
  "note",
];

/** Returns the figures added, republished, revised, restated and withdrawn from `fromId` (null: empty dataset) to `toId`. */
export function diffReleases<T extends ObservationLike>(
  observations: readonly T[],
  releases: readonly ReleaseLike[],
  fromId: string | null,
  toId: string,
): ReleaseDiff<T> {
  const timelines = buildTimelines(observations, releases, figureKeyOf, "observation");
  const [from, to] = rankPair(timelines.ranks, fromId, toId);
  const added: T[] = [];
  const republished: T[] = [];
  const revised: ChangedRow<T>[] = [];
  const restated: ChangedRow<T>[] = [];
  const withdrawn: WithdrawnRow<T>[] = [];
  for (const entries of timelines.byKey.values()) {
    const { before, latest, after } = rowsAtBothReleases(entries, from, to);
    if (before && after) {
      if (before === after) continue;
      (before.value === after.value ? restated : revised).push({ before, after });
    } else if (after) {
      const shownBefore = entries.some((e) => e.rank <= from && e.row.value !== null);
      (shownBefore ? republished : added).push(after);
    } else if (before && latest) {
      withdrawn.push({ before, withdrawal: latest.row });
    }
  }
  const byAfter = (a: ChangedRow<T>, b: ChangedRow<T>) => compareFigureKeys(a.after, b.after);
  return {
    added: added.sort(compareFigureKeys),
    republished: republished.sort(compareFigureKeys),
    revised: revised.sort(byAfter),
    restated: restated.sort(byAfter),
    withdrawn: withdrawn.sort((a, b) => compareFigureKeys(a.before, b.before)),
  };
}

/** Returns the baselines added, changed (with the differing columns) and withdrawn from `fromId` (null: none) to `toId`. */
export function diffBaselines<T extends BaselineLike>(
  baselines: readonly T[],
  releases: readonly ReleaseLike[],
  fromId: string | null,
  toId: string,
): BaselineDiff<T> {
  const timelines = buildTimelines(baselines, releases, baselineKeyOf, "baseline");
  const [from, to] = rankPair(timelines.ranks, fromId, toId);
  const added: T[] = [];
  const changed: ChangedBaseline<T>[] = [];
  const withdrawn: WithdrawnRow<T>[] = [];
  for (const entries of timelines.byKey.values()) {
    const { before, latest, after } = rowsAtBothReleases(entries, from, to);
    if (before && after) {
      const fields = baselineFields.filter((field) => before[field] !== after[field]);
      if (fields.length > 0) changed.push({ before, after, fields });
    } else if (after) {
      added.push(after);
    } else if (before && latest) {
      withdrawn.push({ before, withdrawal: latest.row });
    }
  }
  const byIndicator = (a: BaselineLike, b: BaselineLike) =>
    compareText(a.indicator_id, b.indicator_id);
  return {
    added: added.sort(byIndicator),
    changed: changed.sort((a, b) => byIndicator(a.after, b.after)),
    withdrawn: withdrawn.sort((a, b) => byIndicator(a.before, b.before)),
  };
}

/**
 * Returns the disputed figures (rows with `disputes` set) that releases after `fromId` (null:
 * none) up to `toId` published, sorted by figure key. A disputed figure never revises or
 * withdraws the figure it contradicts, so it is listed apart, never in `diffReleases`.
 */
export function diffDisputes<T extends ObservationLike>(
  disputed: readonly T[],
  releases: readonly ReleaseLike[],
  fromId: string | null,
  toId: string,
): T[] {
  const ranks = rankReleases(releases);
  const [from, to] = rankPair(ranks, fromId, toId);
  return disputed
    .filter((row) => {
      const rank = requireRank(ranks, row.release_id);
      return row.disputes && rank > from && rank <= to;
    })
    .sort(compareFigureKeys);
}

/** Returns the ranks of the two releases; -1 stands for "before the first release". */
function rankPair(
  ranks: ReadonlyMap<string, number>,
  fromId: string | null,
  toId: string,
): [number, number] {
  const to = requireRank(ranks, toId);
  const from = fromId === null ? -1 : requireRank(ranks, fromId);
  if (from > to) {
    throw new ReleaseError(
      `cannot diff from release "${fromId}" to the earlier release "${toId}"; swap them`,
    );
  }
  return [from, to];
}

/**
 * Returns a key's row in force at rank `from` (`before`) and at rank `to` (`after`), each
 * undefined when there is none or it was withdrawn, and the entry at `to` (`latest`), which is
 * the withdrawal when `after` is undefined but `latest` is not.
 */
function rowsAtBothReleases<T extends { readonly value: number | null }>(
  entries: readonly TimelineEntry<T>[],
  from: number,
  to: number,
): { before: T | undefined; latest: TimelineEntry<T> | undefined; after: T | undefined } {
  const latest = entryAsOf(entries, to);
  return { before: liveRow(entryAsOf(entries, from)?.row), latest, after: liveRow(latest?.row) };
}

function liveRow<T extends { readonly value: number | null }>(row: T | undefined): T | undefined {
  return row !== undefined && row.value !== null ? row : undefined;
}
