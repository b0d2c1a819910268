// "A query typed with full diacritics ranks exact matches first" (architecture.md § Search).
// Pagefind matches words whatever their diacritics and only nudges exact ones up, which a short
// page with "đường" (found through its alias "duong") easily outweighs for the query "Dương". So a
// query typed with diacritics is searched twice, loosely and with exact diacritics, and the exact
// matches are listed first, each list in Pagefind's own order.
import { foldVietnamese, normalizeQuery } from "./fold.ts";

/** Returns true when `query` has a diacritic (or đ) anywhere, i.e. exact matches can be told apart. */
export function isTypedWithDiacritics(query: string): boolean {
  const normalized = normalizeQuery(query);
  return normalized !== foldVietnamese(normalized);
}

/**
 * Returns the loose results, those also found by the exact search first (in its order). The
 * loose result objects are returned even for exact matches: their data holds every matched
 * location (an abbreviation's alias too), which the paragraph ranking needs. A page only the
 * exact search found is left out: Pagefind's exact mode guesses differently at unknown words.
 */
export function orderExactFirst<T extends { id: string }>(
  exact: readonly { id: string }[],
  loose: readonly T[],
): T[] {
  const looseById = new Map(loose.map((result) => [result.id, result]));
  const first = exact.flatMap((result) => looseById.get(result.id) ?? []);
  const seen = new Set(first.map((result) => result.id));
  return [...first, ...loose.filter((result) => !seen.has(result.id))];
}
