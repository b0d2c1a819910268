// Vietnamese text folding. Two forms are needed because Pagefind itself folds tone and vowel
// marks (NFD, then drops combining marks) but keeps "đ", which has no Unicode decomposition:
// `foldForPagefind` reproduces what Pagefind stores as a word's key, `foldVietnamese` goes one
// step further (đ → d) and is what a reader typing without diacritics produces.

const combiningMarks = /\p{M}/gu;
const spaces = /\s+/gu;

/** Returns `text` in NFC with runs of white space collapsed to one space and the ends trimmed. */
export function normalizeSpacing(text: string): string {
  return text.normalize("NFC").replace(spaces, " ").trim();
}

/** Returns `text` lower-cased without tone or vowel marks but with "đ" kept, as Pagefind keys words. */
export function foldForPagefind(text: string): string {
  return normalizeSpacing(text).normalize("NFD").replace(combiningMarks, "").toLowerCase();
}

/** Returns `text` lower-cased in plain ASCII letters: no marks, "đ"/"Đ" → "d", single spaces. */
export function foldVietnamese(text: string): string {
  return foldForPagefind(text).replace(/đ/gu, "d");
}

/** Returns true when `text` contains "đ" or "Đ" (in any normalization form). */
export function hasDStroke(text: string): boolean {
  return /[đĐ]/u.test(text);
}

/** Returns the query as it is handed to Pagefind: NFC, lower case, single spaces, diacritics kept. */
export function normalizeQuery(query: string): string {
  return normalizeSpacing(query).toLowerCase();
}
