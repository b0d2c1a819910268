// The sentences the search page's script writes, taken from the page's dictionary
// (src/lib/i18n/dictionaries) and handed to the script in a data attribute, so that the script
// carries no words of either language. `{query}`, `{count}`, `{status}` and `{filtered}` are
// filled in by the script.
import type { Dictionary } from "../i18n/dictionary.ts";

/** The sentences the search page's script writes. */
export interface SearchScriptMessages {
  readonly status: string;
  readonly count: string;
  readonly one: string;
  readonly none: string;
  readonly filtered: string;
  readonly noResults: string;
  readonly tipUnaccented: string;
  readonly tipUnfilter: string;
  readonly tipUnfilterLink: string;
  readonly tipFewer: string;
  readonly tipRead: string;
  readonly tipReadProgram: string;
  readonly tipReadOr: string;
  readonly tipReadOverview: string;
  readonly tipReadEnd: string;
  readonly loadFailed: string;
  /** The kind shown for a result the index files under no kind. */
  readonly otherKind: string;
  /** The kind the program text is filed under (its paragraphs are listed). */
  readonly programKind: string;
}

/** Returns the script's sentences from the dictionary `t`. */
export function searchScriptMessages(t: Dictionary): SearchScriptMessages {
  return {
    status: t.searchStatus,
    count: t.searchCount,
    one: t.searchCountOne,
    none: t.searchCountNone,
    filtered: t.searchFiltered,
    noResults: t.searchNoResults,
    tipUnaccented: t.searchTipUnaccented,
    tipUnfilter: t.searchTipUnfilter,
    tipUnfilterLink: t.searchTipUnfilterLink,
    tipFewer: t.searchTipFewer,
    tipRead: t.searchTipRead,
    tipReadProgram: t.searchTipReadProgram,
    tipReadOr: t.searchTipReadOr,
    tipReadOverview: t.searchTipReadOverview,
    tipReadEnd: t.searchTipReadEnd,
    loadFailed: t.searchLoadFailed,
    otherKind: t.searchKindOther,
    programKind: t.searchKindProgram,
  };
}

/** Returns `template` with each `{name}` replaced by `values[name]` (unknown names left as they are). */
export function fillMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
