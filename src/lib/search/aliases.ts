// Search aliases: extra spellings glued with "_" to the end of a word in the copy of the page
// that Pagefind indexes (never in the HTML served). Pagefind splits a word joined by ASCII
// punctuation into its parts and indexes every part at the word's own position, so
// "đường_duong" makes both "đường" and "duong" hit that exact word: excerpts, highlights and
// paragraph sub-results stay right. Aliases added:
//   - a word with đ gets its folded form ("đường" → "đường_duong"): Pagefind folds tone marks
//     but keeps đ, so without this "duong" could not find "đường";
//   - an abbreviation gets its phrase ("DTTS" → "DTTS_dan_toc_thieu_so");
//   - the first word of a spelled-out phrase gets the abbreviation ("dân" → "dân_dtts").
// Abbreviation and phrase parts come in both folded forms where they differ ("đặc_dac_dbkk_đbkk"),
// because a query typed with "đ" is looked up with its đ kept.
// Aliases go at the end of a whole run of non-space characters, never inside: Pagefind keys
// "LĐ-TB&XH" as one word "lđtbxh", and "LĐ-TB&XH_ldtbxh_…" still starts with that key, where
// "LĐ_ld-TB&XH" would not. Such a run also gets the aliases of its letters read as one word.
// `stripSearchAliases` removes them again from text that comes back from the index. It only
// removes parts that `listAliasParts` could have produced for that run, so a real "snake_case"
// word in a page (a CSV column name) is left alone.
import { findAbbreviation, findPhrasesAt, FOLDED_ABBREVIATIONS } from "./abbreviations.ts";
import { foldVietnamese, hasDStroke } from "./fold.ts";

// A word, or an HTML character reference (left untouched, and a separator for phrases).
const tokenPattern = /&#?[a-z0-9]+;|[\p{L}\p{M}\p{N}]+/giu;
// What may stand between two words of one phrase: spaces, hyphens and dashes, commas, "&".
const phraseGap = /^(?:[\s,\-–&]|&nbsp;|&#160;|&amp;)*$/u;
// What ends a run of non-space characters.
const runBreak = /\s|&nbsp;|&#160;/u;
// A run of non-space characters ending in a word, then glued alias parts.
const aliasedRun = /(\S*?[\p{L}\p{M}\p{N}])((?:_[a-z0-9đ]+)+)(?![\p{L}\p{M}\p{N}])/gu;

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

/** Returns the tokens grouped into runs without spaces ("LĐ-TB&amp;XH" is one run of three). */
function groupRuns(tokens: readonly Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const run = runs.at(-1);
    if (run && previous && !runBreak.test(text.slice(previous.end, token.start))) run.push(token);
    else runs.push([token]);
  });
  return runs;
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

/** Adds the aliases of one written word (or the letters of a run read as one word). */
function addWordAliases(word: string, kinds: AliasKinds, into: Set<string>): void {
  const folded = foldVietnamese(word);
  if (kinds.dStroke && hasDStroke(word)) into.add(folded);
  if (kinds.abbreviations && isWrittenAsAbbreviation(word)) {
    for (const part of findAbbreviation(folded)?.wordKeys ?? []) into.add(part);
  }
}

/** Returns `text` with alias parts glued to the words that need them ("đường" → "đường_duong"). */
export function addSearchAliases(text: string, kinds: AliasKinds = ALL_ALIASES): string {
  const tokens = tokenize(text);
  const folded = tokens.map((token) => token.folded);
  const indexOf = new Map(tokens.map((token, index) => [token, index]));
  let out = "";
  let last = 0;
  for (const run of groupRuns(tokens, text)) {
    const aliases = new Set<string>();
    for (const token of run) {
      addWordAliases(token.text, kinds, aliases);
      if (!kinds.abbreviations) continue;
      const index = indexOf.get(token) ?? 0;
      for (const entry of findPhrasesAt(folded, index)) {
        if (!phraseMatchesAt(tokens, text, index, entry.words.length)) continue;
        for (const key of entry.abbrKeys) aliases.add(key);
      }
    }
    if (run.length > 1) addWordAliases(run.map((token) => token.text).join(""), kinds, aliases);
    const end = run.at(-1)?.end ?? 0;
    if (aliases.size === 0) continue;
    out += text.slice(last, end) + "_" + [...aliases].join("_");
    last = end;
  }
  return out + text.slice(last);
}

/** Returns every alias part `addSearchAliases` may glue to the run `written`, in any context. */
export function listAliasParts(written: string): Set<string> {
  const parts = new Set<string>();
  const tokens = tokenize(written);
  for (const token of tokens) {
    addWordAliases(token.text, ALL_ALIASES, parts);
    for (const entry of FOLDED_ABBREVIATIONS) {
      if (entry.words[0] === token.folded) for (const key of entry.abbrKeys) parts.add(key);
    }
  }
  if (tokens.length > 1)
    addWordAliases(tokens.map((token) => token.text).join(""), ALL_ALIASES, parts);
  return parts;
}

function gluedParts(run: string, suffix: string): string[] | undefined {
  const allowed = listAliasParts(run);
  const parts = suffix.slice(1).split("_");
  return parts.every((part) => allowed.has(part)) ? parts : undefined;
}

/** Returns `text` with the alias parts added for the index removed again ("đường_duong" → "đường"). */
export function stripSearchAliases(text: string): string {
  return text.replace(aliasedRun, (whole, run: string, suffix: string) =>
    gluedParts(run, suffix) ? run : whole,
  );
}

/** Returns the alias parts glued to `token` ("HĐND_hdnd_hoi," → ["hdnd", "hoi"]). */
export function readSearchAliases(token: string): string[] {
  for (const match of token.matchAll(aliasedRun)) {
    return gluedParts(match[1] ?? "", match[2] ?? "") ?? [];
  }
  return [];
}
