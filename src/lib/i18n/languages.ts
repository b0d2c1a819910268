// The languages the site is written in (issue 17). Vietnamese is the default: its pages keep the
// unprefixed URLs they always had; every other language lives under its own prefix ("/en/").
// Which languages a build publishes is site.config.json's `languages` (first = default).

/** A language the site has a dictionary for. */
export type Lang = "vi" | "en";

/** Every language the site can be written in, the default first. */
export const LANGS: readonly Lang[] = ["vi", "en"];

/** The default language: unprefixed URLs, the language of the data and the program text. */
export const DEFAULT_LANG: Lang = "vi";

/** How each language names itself, for the language switch. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { vi: "Tiếng Việt", en: "English" };

/** The Open Graph locale of each language (og:locale). */
export const OG_LOCALES: Readonly<Record<Lang, string>> = { vi: "vi_VN", en: "en_GB" };

/** Returns true when `value` is a language the site knows. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Returns the other language of the two: the one a page's language switch links to. */
export function otherLang(lang: Lang): Lang {
  return lang === "vi" ? "en" : "vi";
}

/**
 * Returns the `lang` attribute for words in `textLang` on a page in `pageLang`: none when they
 * are the page's language, else `textLang`. Source titles, excerpts and the program text stay
 * Vietnamese, so an English page marks them lang="vi" (WCAG 3.1.2).
 */
export function langOfPart(textLang: Lang, pageLang: Lang): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}
