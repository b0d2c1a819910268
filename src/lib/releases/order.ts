// The order in which releases took effect, and the identity of a figure across releases.
//
// Decision: releases are ordered by `date`, and releases that share a date by their position
// in the `releases` array given (releases.csv file order when read straight from the file;
// the Dataset lists them by date then version, which gives the same answer as long as
// same-day releases are written in version order). File order is NOT the publication order
// on its own: a correction may be added to the file after a later release (a 1.1.1 dated
// before 1.2.0 but written below it). "As of release R" means every release at or before R
// in this order, so two releases of the same day stay distinct snapshots.

import { ReleaseError, type FigureKey, type ReleaseLike } from "./types.ts";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Returns the releases in the order they took effect: by date, then by position in the input array. */
export function orderReleases<R extends ReleaseLike>(releases: readonly R[]): R[] {
  const seen = new Set<string>();
  for (const release of releases) {
    if (!isoDate.test(release.date)) {
      throw new ReleaseError(
        `release "${release.id}": date: expected YYYY-MM-DD, got "${release.date}"`,
      );
    }
    if (seen.has(release.id)) throw new ReleaseError(`release "${release.id}" is listed twice`);
    seen.add(release.id);
  }
  // Array.prototype.sort is stable, so same-day releases keep their file order.
  return [...releases].sort((a, b) => compareText(a.date, b.date));
}

/** Returns each release id's position (0 = first) in the order releases took effect. */
export function rankReleases(releases: readonly ReleaseLike[]): Map<string, number> {
  return new Map(orderReleases(releases).map((release, rank) => [release.id, rank]));
}

/** Returns the rank of `releaseId`, or throws naming the known releases. */
export function requireRank(ranks: ReadonlyMap<string, number>, releaseId: string): number {
  const rank = ranks.get(releaseId);
  if (rank === undefined) {
    throw new ReleaseError(
      `unknown release "${releaseId}" (known: ${[...ranks.keys()].join(", ") || "none"})`,
    );
  }
  return rank;
}

/** Returns a string that identifies the figure (indicator, period, scope, series). */
export function figureKeyOf(row: FigureKey): string {
  // Ids are slugs, so "|" cannot occur inside one and the key is unambiguous.
  return `${row.indicator_id}|${row.period}|${row.scope_id}|${row.series_id}`;
}

/** Orders figures by indicator_id, period (numeric), scope_id, series_id; for sorting. */
export function compareFigureKeys(a: FigureKey, b: FigureKey): number {
  return (
    compareText(a.indicator_id, b.indicator_id) ||
    a.period - b.period ||
    compareText(a.scope_id, b.scope_id) ||
    compareText(a.series_id, b.series_id)
  );
}

/** Compares by UTF-16 code units, so the order never depends on the build machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
