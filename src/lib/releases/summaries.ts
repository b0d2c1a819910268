// The list of releases for /du-lieu/phien-ban/: newest first, each with what it changed
// compared with the release just before it in the order releases took effect.

import { diffBaselines, diffDisputes, diffReleases } from "./diff.ts";
import { orderReleases } from "./order.ts";
import type { BaselineLike, ObservationLike, ReleaseLike } from "./types.ts";

/** How many figures a release changed, by kind. */
export interface ReleaseCounts {
  /** Figures published for the first time. */
  readonly added: number;
  /** Figures whose value changed. */
  readonly revised: number;
  /** Figures withdrawn. */
  readonly withdrawn: number;
  /** Figures published again after a withdrawal. */
  readonly republished: number;
  /** Figures restated with the same value (e.g. a better source). */
  readonly restated: number;
  /** Baselines added, changed or withdrawn. */
  readonly baselines: number;
  /** Disputed figures published (each contradicts a figure kept for the status). */
  readonly disputed: number;
}

/** One release with its predecessor and counts. */
export interface ReleaseSummary<R> {
  /** The caller's release row (id, date, title, summary …). */
  readonly release: R;
  /** The release just before it (the one it is compared with), null for the first. */
  readonly previous: R | null;
  /** What it changed compared with `previous`. */
  readonly counts: ReleaseCounts;
}

/** The versioned tables; a Dataset with these properties can be passed as is. */
export interface VersionedTables<R extends ReleaseLike> {
  /** Rows of releases.csv, in file order. */
  readonly releases: readonly R[];
  /** Rows of observations.csv. */
  readonly observations: readonly ObservationLike[];
  /** Rows of baselines.csv. */
  readonly baselines: readonly BaselineLike[];
  /** Disputed rows of observations.csv (a Dataset keeps them apart); none when absent. */
  readonly disputedObservations?: readonly ObservationLike[] | undefined;
}

/** Returns every release newest first, with the counts of what it changed since the release before it. */
export function releaseSummaries<R extends ReleaseLike>(
  tables: VersionedTables<R>,
): ReleaseSummary<R>[] {
  const ordered = orderReleases(tables.releases);
  const summaries = ordered.map((release, rank) => {
    const previous = rank === 0 ? null : (ordered[rank - 1] as R);
    const fromId = previous === null ? null : previous.id;
    const diff = diffReleases(tables.observations, tables.releases, fromId, release.id);
    const baselines = diffBaselines(tables.baselines, tables.releases, fromId, release.id);
    const counts: ReleaseCounts = {
      added: diff.added.length,
      revised: diff.revised.length,
      withdrawn: diff.withdrawn.length,
      republished: diff.republished.length,
      restated: diff.restated.length,
      baselines: baselines.added.length + baselines.changed.length + baselines.withdrawn.length,
      disputed: diffDisputes(tables.disputedObservations ?? [], tables.releases, fromId, release.id)
        .length,
    };
    return { release, previous, counts };
  });
  return summaries.reverse();
}
