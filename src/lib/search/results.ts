// Turns what Pagefind returns for one result into what the search page shows: aliases removed,
// matches highlighted with the Vietnamese rules, and for the program text the paragraphs that
// match best (most distinct query words first), each linking to its own anchor.
import { decodeEntities } from "../xml.ts";
import { readSearchAliases, stripSearchAliases } from "./aliases.ts";
import { foldVietnamese } from "./fold.ts";
import {
  highlightText,
  rateMatch,
  type HighlightPlan,
  type QueryTerm,
  type TextSegment,
} from "./highlight.ts";

/** The part of a Pagefind sub-result this module reads. */
interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { id: string } | undefined;
  locations: number[];
  plain_excerpt: string;
}

/** The part of a Pagefind result's data() this module reads. */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  plain_excerpt: string;
  /** The excerpt with Pagefind's own <mark>…</mark> around what it matched (stems included). */
  excerpt?: string;
  sub_results: PagefindSubResult[];
  locations: number[];
}

/** One paragraph or section of a result. */
interface SectionView {
  /** Link to the anchor, base path included. */
  url: string;
  /** Readable title, e.g. "3. Mục tiêu cụ thể đến hết năm 2025 · #II-3-1". */
  title: string;
  /** Excerpt with matches marked. */
  excerpt: TextSegment[];
}

/** One search result as shown. */
export interface ResultView {
  /** Link to the page, base path included. */
  url: string;
  /** Page title. */
  title: string;
  /** Kind of page (filter label), e.g. "Chỉ tiêu". */
  kind: string | undefined;
  /** Status as the page shows it, for indicator, target and agency pages. */
  status: string | undefined;
  /** Excerpt of the page with matches marked. */
  excerpt: TextSegment[];
  /** Matching paragraphs with their own anchors, best first (program text). */
  sections: SectionView[];
  /** The most query words found together on the page (in a row, or in one abbreviation). */
  together: number;
}

function cleanText(text: string): string {
  return stripSearchAliases(decodeEntities(text)).replace(/\s+/gu, " ").trim();
}

// Rates an indexed word (aliases still glued on) against a query word: its own spelling first
// (rateMatch), else its aliases, so that "HĐND" counts for "hội đồng" and "dân" for "DTTS".
function rateIndexedWord(indexed: string, term: QueryTerm): number {
  const direct = rateMatch(stripSearchAliases(indexed), term);
  if (direct > 0) return direct;
  const folded = foldVietnamese(term.typed);
  const aliases = readSearchAliases(indexed);
  if (aliases.some((part) => part === term.key || part === folded)) return 3;
  return aliases.some((part) => part.startsWith(term.key)) ? 1 : 0;
}

interface RatedLocations {
  /** Match locations, ascending, each once. */
  sorted: number[];
  /** rates[i][t]: how well the word at sorted[i] matches query word t (rateIndexedWord). */
  rates: number[][];
}

function rateLocations(
  words: readonly string[],
  locations: readonly number[],
  plan: HighlightPlan,
): RatedLocations {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  const rates = sorted.map((location) =>
    plan.terms.map((term) => rateIndexedWord(words[location] ?? "", term)),
  );
  return { sorted, rates };
}

// The most query words found together: in a row ("đường ô tô"), or in one abbreviation that
// stands for several of them ("HĐND" for "hội đồng nhân dân").
function countTogether({ sorted, rates }: RatedLocations, terms: number): number {
  let together = Math.max(0, ...rates.map((row) => row.filter((rate) => rate > 0).length));
  for (let start = 0; start < sorted.length; start++) {
    for (let first = 0; first < terms; first++) {
      let run = 0;
      while (
        sorted[start + run] === (sorted[start] ?? 0) + run &&
        (rates[start + run]?.[first + run] ?? 0) > 0
      ) {
        run++;
      }
      together = Math.max(together, run);
    }
  }
  return together;
}

// Scores a sub-result by the words at its match locations: for each query word its best match,
// plus a bonus for the most query words found together. So the paragraph holding "Dương Văn
// Lượng" beats one with "văn" five times, "đường ô tô" beats "dưỡng ở … toàn", and "HĐND"
// beats "hội", "đồng", "nhân dân" scattered over a paragraph.
function scoreSection(
  words: readonly string[],
  locations: readonly number[],
  plan: HighlightPlan,
): number {
  const rated = rateLocations(words, locations, plan);
  let score = 0;
  plan.terms.forEach((_term, t) => {
    score += Math.max(0, ...rated.rates.map((row) => row[t] ?? 0));
  });
  return score + 3 * countTogether(rated, plan.terms.length);
}

/**
 * Returns `views` with the pages holding more of the query's words together first, otherwise in
 * Pagefind's order. Pagefind ranks words one by one; in Vietnamese, where every syllable is a
 * word, "chợ đầu mối" as a phrase is what the reader means.
 */
export function orderByPhrase(views: readonly ResultView[]): ResultView[] {
  return views
    .map((view, order) => ({ view, order }))
    .sort((a, b) => b.view.together - a.view.together || a.order - b.order)
    .map(({ view }) => view);
}

/**
 * Returns the display model of one result. Only the program text (filed under the kind
 * `programKind`, page-kind.ts) lists its matching paragraphs (at most `maxSections`): other
 * pages are short, and their excerpt says enough.
 */
export function shapeResult(
  data: PagefindResultData,
  plan: HighlightPlan,
  programKind: string,
  maxSections = 3,
): ResultView {
  const words = data.content.split(/\s+/u);
  const kind = data.filters["kind"]?.[0];
  const sections = (kind === programKind ? data.sub_results : [])
    .filter((sub) => sub.anchor !== undefined)
    .map((sub, order) => ({ sub, order, score: scoreSection(words, sub.locations, plan) }))
    .sort(
      (a, b) =>
        b.score - a.score || b.sub.locations.length - a.sub.locations.length || a.order - b.order,
    )
    .slice(0, maxSections)
    .map(({ sub }) => ({
      url: sub.url,
      title: cleanText(sub.title),
      excerpt: highlightText(cleanText(sub.plain_excerpt), plan),
    }));
  return {
    url: data.url,
    title: cleanText(data.meta["title"] ?? data.url),
    kind,
    status: data.meta["status"],
    excerpt: highlightText(cleanText(data.plain_excerpt), plan),
    sections,
    together: countTogether(rateLocations(words, data.locations, plan), plan.terms.length),
  };
}

/**
 * Returns Pagefind's own `excerpt` as text runs: marked where Pagefind put <mark>…</mark>. The
 * excerpt is never parsed as HTML: only those two tags are read, and entities decoded.
 */
export function readMarkedExcerpt(excerpt: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/u)) {
    if (piece === "<mark>" || piece === "</mark>") {
      mark = piece === "<mark>";
      continue;
    }
    const text = decodeEntities(piece.replace(/<[^>]*>/gu, ""));
    if (text === "") continue;
    const previous = segments.at(-1);
    if (previous && previous.mark === mark) previous.text += text;
    else segments.push({ text, mark });
  }
  return segments;
}

/**
 * Returns the display model of one result of the English index, where pages carry no
 * Vietnamese aliases and Pagefind stems English words itself: its marks and its order are kept
 * (`together` is 0, so orderByPhrase changes nothing).
 */
export function shapeEnglishResult(data: PagefindResultData): ResultView {
  return {
    url: data.url,
    title: decodeEntities(data.meta["title"] ?? data.url)
      .replace(/\s+/gu, " ")
      .trim(),
    kind: data.filters["kind"]?.[0],
    status: data.meta["status"],
    excerpt: readMarkedExcerpt(data.excerpt ?? data.plain_excerpt),
    sections: [],
    together: 0,
  };
}
