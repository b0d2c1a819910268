// Highlighting in search results, done here rather than with Pagefind's own <mark>s so that it
// follows the same Vietnamese rules as matching: a term typed without diacritics marks every
// word it folds to, a term typed with "đ" marks only đ-words (as Pagefind matched them), and an
// abbreviation marks its spelled-out phrase and the other way round. Pagefind matches every term
// as a word start; the highlight does so only for the last term, the one still being typed, so
// that "kho khan" marks "khó khăn" and not "khoa" or "không".
import { expandAbbreviation, FOLDED_ABBREVIATIONS, splitFoldedWords } from "./abbreviations.ts";
import { foldForPagefind, foldVietnamese, normalizeQuery } from "./fold.ts";

/** A run of excerpt text, marked when it matched the query. */
export interface TextSegment {
  /** The text, as it appears in the page. */
  text: string;
  /** True when the run matched the query. */
  mark: boolean;
}

/** One word of the query. */
export interface QueryTerm {
  /** As typed: NFC, lower case, diacritics kept ("dương"). */
  typed: string;
  /** As Pagefind keys it: marks dropped, đ kept ("duong"). */
  key: string;
  /** True for the last word of the query, which may still be incomplete: it marks word starts. */
  prefix: boolean;
}

/** What the query asks to highlight, computed once per query. */
export interface HighlightPlan {
  /** The query's words. */
  terms: readonly QueryTerm[];
  /** Folded word sequences to mark as a whole (abbreviations ↔ phrases). */
  phrases: readonly (readonly string[])[];
}

/** Returns what `query` should highlight: its terms plus the abbreviations and phrases they stand for. */
export function planHighlight(query: string): HighlightPlan {
  const words = normalizeQuery(query).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const terms = words.map((typed, index) => ({
    typed,
    key: foldForPagefind(typed),
    prefix: index === words.length - 1,
  }));
  const folded = splitFoldedWords(query);
  const phrases: (readonly string[])[] = [];
  // "KT-XH" is one abbreviation written in two pieces.
  const chunks = normalizeQuery(query)
    .split(" ")
    .map((chunk) => splitFoldedWords(chunk).join(""));
  for (const term of new Set([...folded, ...chunks])) {
    const expansion = expandAbbreviation(term);
    if (expansion) phrases.push(expansion);
  }
  for (const entry of FOLDED_ABBREVIATIONS) {
    const joined = ` ${folded.join(" ")} `;
    if (joined.includes(` ${entry.words.join(" ")} `)) phrases.push([entry.abbr]);
  }
  return { terms, phrases };
}

/** Returns true when `word` (as written in a page) starts with the query term keyed `term`. */
export function matchesTerm(word: string, term: string): boolean {
  // A term with đ only matches đ-words, exactly as Pagefind's index keys them; without đ it
  // matches through the folded alias as well.
  const key = term.includes("đ") ? foldForPagefind(word) : foldVietnamese(word);
  return term.length === 1 ? key === term : key.startsWith(term);
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

interface WordSpan {
  start: number;
  end: number;
  folded: string;
  word: string;
}

function markPhrases(words: readonly WordSpan[], plan: HighlightPlan, marked: boolean[]): void {
  for (const phrase of plan.phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((part, k) => words[i + k]?.folded === part)) {
        for (let k = 0; k < phrase.length; k++) marked[i + k] = true;
      }
    }
  }
}

// "LĐ-TB&XH" or "GD&ĐT" is one word to a reader (and one key to Pagefind): a query typed as
// "LĐTBXH", or an abbreviation standing for the query's phrase, marks all of it.
function markRuns(
  text: string,
  words: readonly WordSpan[],
  plan: HighlightPlan,
  marked: boolean[],
): void {
  let first = 0;
  for (let i = 1; i <= words.length; i++) {
    const gap = i < words.length ? text.slice(words[i - 1]?.end ?? 0, words[i]?.start ?? 0) : " ";
    if (gap !== "" && !/\s/u.test(gap)) continue;
    if (i - first > 1) {
      const joined = words
        .slice(first, i)
        .map((word) => word.folded)
        .join("");
      const hit =
        plan.terms.some((term) => {
          const typed = foldVietnamese(term.typed);
          return joined === typed || (term.prefix && joined.startsWith(typed));
        }) || plan.phrases.some((phrase) => phrase.length === 1 && phrase[0] === joined);
      if (hit) for (let k = first; k < i; k++) marked[k] = true;
    }
    first = i;
  }
}

/** Returns `text` split into marked and unmarked runs for `plan`; adjacent marks are merged. */
export function highlightText(text: string, plan: HighlightPlan): TextSegment[] {
  const words: WordSpan[] = [...text.matchAll(wordPattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: match[0],
    folded: foldVietnamese(match[0]),
  }));
  const marked = words.map(({ word, folded }) =>
    plan.terms.some((term) =>
      term.prefix
        ? matchesTerm(word, term.key)
        : matchesTerm(word, term.key) && folded === foldVietnamese(term.typed),
    ),
  );
  markPhrases(words, plan, marked);
  markRuns(text, words, plan, marked);

  const segments: TextSegment[] = [];
  const push = (segment: TextSegment): void => {
    if (segment.text === "") return;
    const previous = segments.at(-1);
    if (previous && previous.mark === segment.mark) previous.text += segment.text;
    else segments.push({ ...segment });
  };
  let last = 0;
  words.forEach((span, index) => {
    if (!marked[index]) return;
    const gap = text.slice(last, span.start);
    // Marked words separated only by spaces (a phrase), or by punctuation without a space (the
    // pieces of "LĐ-TB&XH"), read as one mark.
    const joinsPrevious =
      segments.at(-1)?.mark === true && (/^\s+$/u.test(gap) || !/\s/u.test(gap));
    push({ text: gap, mark: joinsPrevious });
    push({ text: span.word, mark: true });
    last = span.end;
  });
  push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * Returns how well `word` matches `term`: 4 the same word with the same diacritics, 3 the same
 * word once folded, 2 a word it starts with the same diacritics, 1 any other match, 0 none.
 */
export function rateMatch(word: string, term: QueryTerm): number {
  const written = normalizeQuery(word).replace(/[^\p{L}\p{M}\p{N}]/gu, "");
  if (!matchesTerm(written, term.key)) return 0;
  if (written === term.typed) return 4;
  if (foldVietnamese(written) === foldVietnamese(term.typed)) return 3;
  const typedWithMarks = term.typed !== foldVietnamese(term.typed);
  return typedWithMarks && written.startsWith(term.typed) ? 2 : 1;
}
