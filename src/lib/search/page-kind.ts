// Which built pages go into the search index, in which language's index, and under which "kind"
// filter. The kind comes from the URL (src/lib/i18n/routes.ts), so pages need no markup for it.
// Pagefind keeps one index per language, keyed on <html lang> (issue 17): a Vietnamese page is
// found only from /tim-kiem/, an English page (under en/) only from /en/search/, and each index
// stores the kind under the label its own search page shows (the dictionary's searchKind…).
import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import { ENGLISH_PREFIX, pageOfPath } from "../i18n/routes.ts";

/** The languages the search indexes are kept in: the site's. */
export type SearchLang = Lang;

/** Kinds of page a reader can filter search results by. */
export type PageKind = "program" | "target" | "indicator" | "agency" | "other";

/** The kinds' labels in `lang`: the value of that index's `kind` filter, and what is shown. */
export function pageKindLabels(lang: Lang): Readonly<Record<PageKind, string>> {
  const t = dictionaryOf(lang);
  return {
    program: t.searchKindProgram,
    target: t.searchKindTarget,
    indicator: t.searchKindIndicator,
    agency: t.searchKindAgency,
    other: t.searchKindOther,
  };
}

/** The Vietnamese labels (the index's values on the Vietnamese site). */
export const PAGE_KINDS: Readonly<Record<PageKind, string>> = pageKindLabels("vi");

// Pages that are not content: search itself, embeds (shown inside other sites), error pages.
const excludedPrefixes = ["nhung/"];
const excludedFiles = new Set(["404.html", "500.html"]);

/** Returns the page's URL path ("chi-tieu/x/") for a built file ("chi-tieu/x/index.html"). */
export function pagePathOf(file: string): string {
  const slashed = file.replaceAll("\\", "/").replace(/^\/+/, "");
  return slashed === "index.html" ? "" : slashed.replace(/(^|\/)index\.html$/, "$1");
}

/** Returns the language of the page at `path` from its URL: "en" under en/, else "vi". */
export function languageOfPath(path: string): Lang {
  return path.startsWith(ENGLISH_PREFIX) ? "en" : "vi";
}

/** Returns the kind of the page at `path` (relative to the base, e.g. "chi-tieu/x/"), or undefined when it is not indexed. */
export function classifyPage(path: string): PageKind | undefined {
  if (excludedFiles.has(path) || !(path === "" || path.endsWith("/"))) return undefined;
  if (excludedPrefixes.some((prefix) => path.startsWith(prefix))) return undefined;
  const kind = pageOfPath(path)?.page.kind;
  if (kind === "search") return undefined;
  return kind === "program" || kind === "target" || kind === "indicator" || kind === "agency"
    ? kind
    : "other";
}

/** Returns the kind whose label in `lang` is `label` (as stored in the index), or undefined. */
export function kindOfLabel(label: string, lang: Lang = "vi"): PageKind | undefined {
  const labels = pageKindLabels(lang);
  return (Object.keys(labels) as PageKind[]).find((kind) => labels[kind] === label);
}
