// Groups append-only rows (observations or baselines) into one timeline per key, each in the
// order its releases took effect. Every other function of this folder reads these timelines.

import { rankReleases, requireRank } from "./order.ts";
import { ReleaseError, type ReleaseLike } from "./types.ts";

/** One row of a timeline with the rank of its release. */
export interface TimelineEntry<T> {
  /** Position of the row's release in the order releases took effect (0 = first). */
  readonly rank: number;
  /** The caller's row. */
  readonly row: T;
}

/** Timelines per key, and the rank of every release. */
export interface Timelines<T> {
  /** Release id → rank. */
  readonly ranks: ReadonlyMap<string, number>;
  /** Key → the rows of that key in release order (one per release at most). */
  readonly byKey: ReadonlyMap<string, readonly TimelineEntry<T>[]>;
}

/** Returns the rows grouped by `keyOf`, each group in release order; throws on unknown or repeated releases. */
export function buildTimelines<T extends { readonly release_id: string }>(
  rows: readonly T[],
  releases: readonly ReleaseLike[],
  keyOf: (row: T) => string,
  what: string,
): Timelines<T> {
  const ranks = rankReleases(releases);
  const byKey = new Map<string, TimelineEntry<T>[]>();
  for (const row of rows) {
    const key = keyOf(row);
    let rank: number;
    try {
      rank = requireRank(ranks, row.release_id);
    } catch (error) {
      throw new ReleaseError(`${what} ${key}: ${(error as Error).message}`);
    }
    const entries = byKey.get(key) ?? [];
    if (entries.some((entry) => entry.rank === rank)) {
      // The primary key includes release_id: two rows would make "the latest" ambiguous.
      throw new ReleaseError(`${what} ${key} appears twice in release "${row.release_id}"`);
    }
    entries.push({ rank, row });
    byKey.set(key, entries);
  }
  for (const entries of byKey.values()) entries.sort((a, b) => a.rank - b.rank);
  return { ranks, byKey };
}

/** Returns the last entry whose rank is at most `rank`, or undefined if none is that early. */
export function entryAsOf<T>(
  entries: readonly TimelineEntry<T>[],
  rank: number,
): TimelineEntry<T> | undefined {
  let found: TimelineEntry<T> | undefined;
  for (const entry of entries) {
    if (entry.rank > rank) break;
    found = entry;
  }
  return found;
}
