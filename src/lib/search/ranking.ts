// "A query typed with full diacritics ranks exact matches first" (DESIGN.md §2). Pagefind
// matches words whatever their diacritics and only nudges exact ones up, which a short page
// with "đường" (found through its alias "duong") easily outweighs for the query "Dương". So a
// query typed with diacritics is searched twice, loosely and with exact diacritics, and the
// exact matches are listed first, each list in Pagefind's own order.
import { foldVietnamese, normalizeQuery } from "./fold.ts";

/** Returns true when `query` has a diacritic (or đ) anywhere, i.e. exact matches can be told apart. */
export function isTypedWithDiacritics(query: string): boolean {
  const normalized = normalizeQuery(query);
  return normalized !== foldVietnamese(normalized);
}

/** Returns the exact results first, then the other loose results, each once (matched by id). */
export function orderExactFirst<T extends { id: string }>(
  exact: readonly T[],
  loose: readonly T[],
): T[] {
  const seen = new Set(exact.map((result) => result.id));
  return [...exact, ...loose.filter((result) => !seen.has(result.id))];
}
