// Highlighting in search results, done here rather than with Pagefind's own <mark>s so that it
// follows the same Vietnamese rules as matching: a term typed without diacritics marks every
// word it folds to, a term typed with "đ" marks only đ-words (as Pagefind matched them), and an
// abbreviation marks its spelled-out phrase and the other way round. Terms match word starts,
// as Pagefind's prefix search does, except one-letter terms, which must be the whole word.
import { expandAbbreviation, FOLDED_ABBREVIATIONS, splitFoldedWords } from "./abbreviations.ts";
import { foldForPagefind, foldVietnamese } from "./fold.ts";

/** A run of excerpt text, marked when it matched the query. */
export interface TextSegment {
  /** The text, as it appears in the page. */
  text: string;
  /** True when the run matched the query. */
  mark: boolean;
}

/** What the query asks to highlight, computed once per query. */
export interface HighlightPlan {
  /** Query terms as Pagefind keys them (marks dropped, đ kept). */
  terms: readonly string[];
  /** Folded word sequences to mark as a whole (abbreviations ↔ phrases). */
  phrases: readonly (readonly string[])[];
}

/** Returns what `query` should highlight: its terms plus the abbreviations and phrases they stand for. */
export function planHighlight(query: string): HighlightPlan {
  const terms = foldForPagefind(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  const folded = splitFoldedWords(query);
  const phrases: (readonly string[])[] = [];
  for (const term of folded) {
    const expansion = expandAbbreviation(term);
    if (expansion) phrases.push(expansion);
  }
  for (const entry of FOLDED_ABBREVIATIONS) {
    const joined = ` ${folded.join(" ")} `;
    if (joined.includes(` ${entry.words.join(" ")} `)) phrases.push([entry.abbr]);
  }
  return { terms, phrases };
}

/** Returns true when `word` (as written in a page) matches the query term `term`. */
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

/** Returns `text` split into marked and unmarked runs for `plan`; adjacent marks are merged. */
export function highlightText(text: string, plan: HighlightPlan): TextSegment[] {
  const words: WordSpan[] = [...text.matchAll(wordPattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: match[0],
    folded: foldVietnamese(match[0]),
  }));
  const marked = words.map(({ word }) => plan.terms.some((term) => matchesTerm(word, term)));
  markPhrases(words, plan, marked);

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
    // Words separated only by spaces inside one highlighted phrase read as one mark.
    const joinsPrevious = segments.at(-1)?.mark === true && /^\s+$/u.test(gap);
    push({ text: gap, mark: joinsPrevious });
    push({ text: span.word, mark: true });
    last = span.end;
  });
  push({ text: text.slice(last), mark: false });
  return segments;
}
