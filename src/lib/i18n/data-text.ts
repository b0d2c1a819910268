// A data cell in the reader's language (issue 17). The English wording of data rows lives in
// data/translations.csv, read by `translate` (src/lib/data/translations.ts, branch en-words);
// when a cell has no translation, the Vietnamese cell is shown, marked "(Vietnamese only)" and
// tagged lang="vi" (src/components/DataText.astro).
import type { Dataset } from "../data/dataset.ts";
import { translate } from "../data/translations.ts";
import type { Lang } from "./languages.ts";

/** Whose words a translated cell renders: the program's, a source's, or this site's own. */
export type Renders = "program" | "source" | "ours";

/** A cell as a page shows it: its text, the language it is in, and whose words it renders. */
export interface DataText {
  readonly text: string;
  /** The language of `text`: "vi" when the page's language has no translation of the cell. */
  readonly lang: Lang;
  /** Whose words a translation renders; null for the untranslated Vietnamese cell. */
  readonly renders: Renders | null;
}

/**
 * Returns the cell `field` of the row `key` (primary key values joined by "|") of `resource` in
 * `lang`: its translation, or the Vietnamese cell (lang "vi") when it has none.
 */
export function textIn(
  dataset: Dataset,
  lang: Lang,
  resource: string,
  key: string,
  field: string,
): DataText {
  return translate(dataset, lang, resource, key, field);
}

/** Returns true when `text` shown on a `lang` page needs the "(Vietnamese only)" mark. */
export function isFallback(text: DataText, lang: Lang): boolean {
  return text.lang !== lang;
}

/** Returns true when `text` is a translation of the program's or a source's own words. */
export function isUnofficialTranslation(text: DataText, lang: Lang): boolean {
  return (
    text.lang === lang && lang !== "vi" && (text.renders === "program" || text.renders === "source")
  );
}
