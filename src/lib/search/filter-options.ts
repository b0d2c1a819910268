// The search page's filters, known when the site is built: the kinds of page (page-kind.ts) and
// every agency of agencies.csv (each has its own page, which files itself under its name, so
// every name is a value of the index's agency filter). The page renders them into its HTML
// instead of asking Pagefind for its filter list on load: that list lives in the index's filter
// chunks, which grow with the number of pages and which a plain search never needs.
import { pageKindLabels, type SearchLang } from "./page-kind.ts";

/** One choice of a filter: `value` as stored in the index and sent in the URL, `label` as shown. */
interface FilterChoice {
  readonly value: string;
  readonly label: string;
}

/** The choices of the search page's two filters, "all" not included. */
interface SearchFilterOptions {
  /** Kinds of page, in page-kind.ts order. */
  readonly kinds: readonly FilterChoice[];
  /** Agencies, each once, in the alphabetical order of their labels in the page's language. */
  readonly agencies: readonly FilterChoice[];
}

/**
 * Returns the search filters' choices for a site whose agencies are `agencies`: each files its
 * pages under its `name` (the value), and is shown as `label` (its name in `lang`, default the
 * name itself), in `lang`'s alphabetical order of the labels.
 */
export function listSearchFilterOptions(
  agencies: readonly { readonly name: string; readonly label?: string }[],
  lang: SearchLang = "vi",
): SearchFilterOptions {
  const byValue = new Map(agencies.map((agency) => [agency.name, agency.label ?? agency.name]));
  const choices = [...byValue].map(([value, label]) => ({ value, label }));
  return {
    kinds: Object.values(pageKindLabels(lang)).map((kind) => ({ value: kind, label: kind })),
    agencies: choices.sort((a, b) => a.label.localeCompare(b.label, lang)),
  };
}
