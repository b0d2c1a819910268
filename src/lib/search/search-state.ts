// The search page's state lives in its URL (?q=…&loai=…&co-quan=…) so that a search can be
// shared, and the same names are the form fields' names, so the form works as a plain GET form.
import { formatNumber } from "../format.ts";
import { foldVietnamese, normalizeSpacing } from "./fold.ts";

/** What the reader asked for. */
export interface SearchState {
  /** The query as typed (spacing normalized), "" when empty. */
  query: string;
  /** Kind filter label, "" for all kinds. */
  kind: string;
  /** Agency filter value, "" for all agencies. */
  agency: string;
}

/** URL parameter (and form field) names. */
export const SEARCH_PARAMS = { query: "q", kind: "loai", agency: "co-quan" } as const;

/** Returns the state in a URL's query string ("?q=duong&loai=Chỉ+tiêu"). */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: normalizeSpacing(params.get(SEARCH_PARAMS.query) ?? ""),
    kind: params.get(SEARCH_PARAMS.kind) ?? "",
    agency: params.get(SEARCH_PARAMS.agency) ?? "",
  };
}

/** Returns the query string for `state` ("" when nothing is set), leaving out empty fields. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== "") params.set(SEARCH_PARAMS.query, state.query);
  if (state.kind !== "") params.set(SEARCH_PARAMS.kind, state.kind);
  if (state.agency !== "") params.set(SEARCH_PARAMS.agency, state.agency);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** Returns the sentence announcing how many results `query` found. */
export function describeResultCount(count: number, query: string, filtered: boolean): string {
  const scope = filtered ? " (đã lọc)" : "";
  if (count === 0) return `Không có kết quả nào cho “${query}”${scope}.`;
  return `${formatNumber(count)} kết quả cho “${query}”${scope}.`;
}

/** Returns the query without diacritics to suggest when a query found nothing, or undefined. */
export function suggestUnaccented(query: string): string | undefined {
  const folded = foldVietnamese(query);
  return folded !== normalizeSpacing(query).toLowerCase() ? folded : undefined;
}
