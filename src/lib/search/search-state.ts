// The search page's state lives in its URL (?q=…&loai=…&co-quan=…) so that a search can be
// shared, and the same names are the form fields' names, so the form works as a plain GET form.
import { formatNumber } from "../format.ts";
import { foldVietnamese, normalizeSpacing } from "./fold.ts";
import { fillMessage, type SearchScriptMessages } from "./messages.ts";
import type { SearchLang } from "./page-kind.ts";

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
export interface SearchParams {
  readonly query: string;
  readonly kind: string;
  readonly agency: string;
}

/** URL parameter (and form field) names of the Vietnamese search page. */
export const SEARCH_PARAMS = { query: "q", kind: "loai", agency: "co-quan" } as const;

/** URL parameter names of each language's search page (the English one's are English). */
export const SEARCH_PARAMS_BY_LANG: Readonly<Record<SearchLang, SearchParams>> = {
  vi: SEARCH_PARAMS,
  en: { query: "q", kind: "kind", agency: "agency" },
};

/** Returns the state in a URL's query string ("?q=duong&loai=Chỉ+tiêu"). */
export function readSearchState(search: string, names: SearchParams = SEARCH_PARAMS): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: normalizeSpacing(params.get(names.query) ?? ""),
    kind: params.get(names.kind) ?? "",
    agency: params.get(names.agency) ?? "",
  };
}

/** Returns the query string for `state` ("" when nothing is set), leaving out empty fields. */
export function writeSearchState(state: SearchState, names: SearchParams = SEARCH_PARAMS): string {
  const params = new URLSearchParams();
  if (state.query !== "") params.set(names.query, state.query);
  if (state.kind !== "") params.set(names.kind, state.kind);
  if (state.agency !== "") params.set(names.agency, state.agency);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

// Whole numbers as each language writes them ("1.234", "1,234").
const countFormats: Readonly<Record<SearchLang, (count: number) => string>> = {
  vi: formatNumber,
  en: (count) => count.toLocaleString("en-GB"),
};

/** Returns the sentence announcing how many results `query` found. */
export function describeResultCount(
  count: number,
  query: string,
  filtered: boolean,
  messages: SearchScriptMessages,
  lang: SearchLang,
): string {
  const template = count === 0 ? messages.none : count === 1 ? messages.one : messages.count;
  return fillMessage(template, {
    count: countFormats[lang](count),
    query,
    filtered: filtered ? messages.filtered : "",
  });
}

/** Returns the query without diacritics to suggest when a query found nothing, or undefined. */
export function suggestUnaccented(query: string): string | undefined {
  const folded = foldVietnamese(query);
  return folded !== normalizeSpacing(query).toLowerCase() ? folded : undefined;
}
