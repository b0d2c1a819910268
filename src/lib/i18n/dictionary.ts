// The one entry point to the interface words: the dictionary of a language (issue 17).
import { en } from "./dictionaries/en.ts";
import { vi, type Dictionary } from "./dictionaries/vi.ts";
import type { Lang } from "./languages.ts";

export type { Dictionary } from "./dictionaries/vi.ts";

const dictionaries: Readonly<Record<Lang, Dictionary>> = { vi, en };

/** Returns the dictionary of `lang`. */
export function dictionaryOf(lang: Lang): Dictionary {
  return dictionaries[lang];
}
