// Abbreviations spelled out at their first use on a page (issue 13, item 5): "người DTTS" reads
// "người dân tộc thiểu số (DTTS)" the first time, then "người DTTS". The dictionary is the one
// search uses (src/lib/search/abbreviations.ts), so the site has one list of abbreviations.
// The function is pure: the caller passes what the page has already spelled out and gets back
// the new set, in page order, so one page's texts go through it one after another.

import { ABBREVIATIONS, type Abbreviation } from "../search/abbreviations.ts";

/** A piece of UI text: plain words, or an abbreviation to render as `<abbr title>`. */
export type TextSegment =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "abbr";
      /** The abbreviation as written ("DTTS"). */
      readonly abbr: string;
      /** What it stands for ("dân tộc thiểu số"), for `title` and the spelled-out words. */
      readonly phrase: string;
      /** First use on the page: render "phrase (ABBR)"; later uses render "ABBR". */
      readonly spelled: boolean;
    };

/** The result of spelling out one text. */
interface SpelledText {
  readonly segments: readonly TextSegment[];
  /** Abbreviations spelled out on the page so far, this text included. */
  readonly seen: ReadonlySet<string>;
}

// Letters, digits and the joiners of document numbers ("07/KH-UBND") around a match mean it is
// part of a longer token, not the abbreviation on its own.
const tokenChar = "[\\p{L}\\p{N}/\\-&]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function buildPattern(dictionary: readonly Abbreviation[]): RegExp {
  const alternatives = [...dictionary]
    .map((entry) => entry.abbr)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?<!${tokenChar})(${alternatives.join("|")})(?!${tokenChar})`, "gu");
}

const defaultPattern = buildPattern(ABBREVIATIONS);

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

function endsWithPhrase(before: string, phrase: string): boolean {
  return before
    .trimEnd()
    .replace(/\($/, "")
    .trimEnd()
    .toLocaleLowerCase("vi")
    .endsWith(phrase.toLocaleLowerCase("vi"));
}

/**
 * Returns `text` cut into plain text and abbreviations; an abbreviation not in `seen` is marked
 * to be spelled out (unless the text already spells it out just before, "dân tộc thiểu số
 * (DTTS)"), and every abbreviation found joins the returned `seen`.
 */
export function spellOutFirstUse(
  text: string,
  seen: ReadonlySet<string> = new Set(),
  dictionary: readonly Abbreviation[] = ABBREVIATIONS,
): SpelledText {
  const pattern = dictionary === ABBREVIATIONS ? defaultPattern : buildPattern(dictionary);
  const phrases = new Map(dictionary.map((entry) => [entry.abbr, entry.phrase]));
  const source = text.normalize("NFC");
  const segments: TextSegment[] = [];
  const next = new Set(seen);
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    const abbr = match[0];
    const phrase = phrases.get(abbr);
    if (phrase === undefined || match.index === undefined || next.has(abbr)) continue;
    const before = source.slice(last, match.index);
    if (before) segments.push({ kind: "text", text: before });
    const opening = source.slice(0, match.index);
    const already = endsWithPhrase(opening, phrase);
    // A sentence that starts with the abbreviation starts with a capital letter when spelled out.
    const shown = /(^|[.!?:]\s+)\s*$/u.test(opening) ? capitalize(phrase) : phrase;
    segments.push({ kind: "abbr", abbr, phrase: shown, spelled: !already });
    next.add(abbr);
    last = match.index + abbr.length;
  }
  const rest = source.slice(last);
  if (rest || segments.length === 0) segments.push({ kind: "text", text: rest });
  return { segments, seen: next };
}

/** Returns each of a page's texts, in page order, with abbreviations spelled out at first use. */
export function spellOutPage(
  texts: readonly string[],
  seen: ReadonlySet<string> = new Set(),
): (readonly TextSegment[])[] {
  let state = seen;
  return texts.map((text) => {
    const result = spellOutFirstUse(text, state);
    state = result.seen;
    return result.segments;
  });
}

/** Returns the plain text of `segments` as a reader sees it ("dân tộc thiểu số (DTTS)"). */
export function segmentsToText(segments: readonly TextSegment[]): string {
  return segments
    .map((segment) =>
      segment.kind === "text"
        ? segment.text
        : segment.spelled
          ? `${segment.phrase} (${segment.abbr})`
          : segment.abbr,
    )
    .join("");
}
