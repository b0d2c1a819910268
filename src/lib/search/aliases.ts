// Search aliases: extra spellings glued to a word with "_" in the copy of the page that Pagefind
// indexes (never in the HTML served). Pagefind splits a word joined by ASCII punctuation into its
// parts and indexes every part at the word's own position, so "đường_duong" makes both "đường"
// and "duong" hit that exact word: excerpts, highlights and paragraph sub-results stay right.
// Aliases added:
//   - a word with đ gets its folded form ("đường" → "đường_duong"): Pagefind folds tone marks
//     but keeps đ, so without this "duong" could not find "đường";
//   - an abbreviation gets its phrase ("DTTS" → "DTTS_dan_toc_thieu_so");
//   - the first word of a spelled-out phrase gets the abbreviation ("dân" → "dân_dtts").
// Abbreviation and phrase parts come in both folded forms where they differ ("đặc_dac_dbkk_đbkk"),
// because a query typed with "đ" is looked up with its đ kept.
// `stripSearchAliases` removes them again from text that comes back from the index. It only
// removes parts that `listAliasParts` could have produced for that word, so a real "snake_case"
// word in a page (a CSV column name) is left alone.
import { findAbbreviation, findPhrasesAt, FOLDED_ABBREVIATIONS } from "./abbreviations.ts";
import { foldVietnamese, hasDStroke } from "./fold.ts";

// A word, or an HTML character reference (left untouched, and a separator for phrases).
const tokenPattern = /&#?[a-z0-9]+;|[\p{L}\p{M}\p{N}]+/giu;
// What may stand between two words of one phrase: spaces, hyphens and dashes, commas, "&".
const phraseGap = /^(?:[\s,\-–&]|&nbsp;|&#160;|&amp;)*$/u;
const aliasedWord = /([\p{L}\p{M}\p{N}]+)((?:_[a-z0-9đ]+)+)/gu;

/** Which aliases to add (both in the build; one or none only to measure what each costs). */
export interface AliasKinds {
  /** Folded form of words with đ ("đường_duong"). */
  dStroke: boolean;
  /** Abbreviations ↔ phrases ("DTTS_dan_…", "dân_dtts"). */
  abbreviations: boolean;
}

/** Every kind of alias: what the build indexes. */
export const ALL_ALIASES: AliasKinds = { dStroke: true, abbreviations: true };

interface Token {
  text: string;
  start: number;
  end: number;
  folded: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    if (match[0].startsWith("&")) continue;
    tokens.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      folded: foldVietnamese(match[0]),
    });
  }
  return tokens;
}

// An abbreviation is written in capitals ("DTTS", "HĐND"); a lower-case word that happens to
// fold to the same letters is an ordinary word.
function isWrittenAsAbbreviation(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function phraseMatchesAt(
  tokens: readonly Token[],
  text: string,
  start: number,
  length: number,
): boolean {
  for (let k = start; k < start + length - 1; k++) {
    const gap = text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0);
    if (!phraseGap.test(gap)) return false;
  }
  return true;
}

/** Returns the alias parts for `tokens[index]` of `text`: folded form, phrase words, abbreviations. */
function aliasesOf(
  tokens: readonly Token[],
  text: string,
  index: number,
  kinds: AliasKinds,
): string[] {
  const token = tokens[index];
  if (!token) return [];
  const aliases = new Set<string>();
  if (kinds.dStroke && hasDStroke(token.text)) aliases.add(token.folded);
  if (!kinds.abbreviations) return [...aliases];
  if (isWrittenAsAbbreviation(token.text)) {
    for (const word of findAbbreviation(token.folded)?.wordKeys ?? []) aliases.add(word);
  }
  const folded = tokens.map((t) => t.folded);
  for (const entry of findPhrasesAt(folded, index)) {
    if (!phraseMatchesAt(tokens, text, index, entry.words.length)) continue;
    for (const key of entry.abbrKeys) aliases.add(key);
  }
  return [...aliases];
}

/** Returns `text` with alias parts glued to the words that need them ("đường" → "đường_duong"). */
export function addSearchAliases(text: string, kinds: AliasKinds = ALL_ALIASES): string {
  const tokens = tokenize(text);
  let out = "";
  let last = 0;
  tokens.forEach((token, index) => {
    const aliases = aliasesOf(tokens, text, index, kinds);
    if (aliases.length === 0) return;
    out += text.slice(last, token.end) + "_" + aliases.join("_");
    last = token.end;
  });
  return out + text.slice(last);
}

/** Returns every alias part `addSearchAliases` may glue to `word`, in any context. */
export function listAliasParts(word: string): Set<string> {
  const folded = foldVietnamese(word);
  const parts = new Set<string>();
  if (hasDStroke(word)) parts.add(folded);
  if (isWrittenAsAbbreviation(word)) {
    for (const part of findAbbreviation(folded)?.wordKeys ?? []) parts.add(part);
  }
  for (const entry of FOLDED_ABBREVIATIONS) {
    if (entry.words[0] === folded) for (const key of entry.abbrKeys) parts.add(key);
  }
  return parts;
}

function gluedParts(word: string, suffix: string): string[] | undefined {
  const allowed = listAliasParts(word);
  const parts = suffix.slice(1).split("_");
  return parts.every((part) => allowed.has(part)) ? parts : undefined;
}

/** Returns `text` with the alias parts added for the index removed again ("đường_duong" → "đường"). */
export function stripSearchAliases(text: string): string {
  return text.replace(aliasedWord, (whole, word: string, suffix: string) =>
    gluedParts(word, suffix) ? word : whole,
  );
}

/** Returns the alias parts glued to the first word of `token` ("HĐND_hdnd_hoi," → ["hdnd", "hoi"]). */
export function readSearchAliases(token: string): string[] {
  for (const match of token.matchAll(aliasedWord)) {
    return gluedParts(match[1] ?? "", match[2] ?? "") ?? [];
  }
  return [];
}
