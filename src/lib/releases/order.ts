// The order in which releases took effect, and the identity of a figure across releases.
//
// Decision: releases are ordered by `date`, and releases that share a date by their semantic
// version (`compareReleases`, the site's only release order: the Dataset, the validation
// rules, the status, the snapshots and the downloads all sort with it). File order is NOT
// the publication order: a correction may be added to the file after a later release (a
// 1.1.1 dated before 1.2.0 but written below it), and two same-day releases may be written in
// either order. "As of release R" means every release at or before R in this order, so two
// releases of the same day stay distinct snapshots.

import { ReleaseError, type FigureKey, type ReleaseLike } from "./types.ts";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Returns the releases in the order they took effect (`compareReleases`); throws on a bad date or a repeated id. */
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
  return [...releases].sort(compareReleases);
}

/** Orders releases by date, then by semantic version (negative when `a` took effect first). */
export function compareReleases(a: ReleaseLike, b: ReleaseLike): number {
  return compareText(a.date, b.date) || compareVersions(a.id, b.id);
}

/** Orders semantic versions ("1.10.0" after "1.9.2"); non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const partsA = a.split(/[.+-]/);
  const partsB = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const x = partsA[i] ?? "";
    const y = partsB[i] ?? "";
    const order = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : compareText(x, y);
    if (order !== 0) return order;
  }
  return 0;
}

// Ranks of a frozen releases list (the Dataset's), computed once: the resolve step asks for them
// for every indicator as of every release. A list that can still change is ranked every time.
const frozenRanks = new WeakMap<readonly ReleaseLike[], ReadonlyMap<string, number>>();

/** Returns each release id's position (0 = first) in the order releases took effect. */
export function rankReleases(releases: readonly ReleaseLike[]): ReadonlyMap<string, number> {
  const cached = frozenRanks.get(releases);
  if (cached) return cached;
  const ranks = new Map(orderReleases(releases).map((release, rank) => [release.id, rank]));
  if (Object.isFrozen(releases) && releases.every((release) => Object.isFrozen(release))) {
    frozenRanks.set(releases, ranks);
  }
  return ranks;
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
