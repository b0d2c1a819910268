// Turns what Pagefind returns for one result into what the search page shows: aliases removed,
// matches highlighted with the Vietnamese rules, and for the program text the paragraphs that
// match best (most distinct query words first), each linking to its own anchor.
import { stripSearchAliases } from "./aliases.ts";
import { highlightText, matchesTerm, type HighlightPlan, type TextSegment } from "./highlight.ts";

/** The part of a Pagefind sub-result this module reads. */
export interface PagefindSubResult {
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
  sub_results: PagefindSubResult[];
}

/** One paragraph or section of a result. */
export interface SectionView {
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
}

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  "#x27": "'",
  nbsp: " ",
};

/** Returns Pagefind's HTML-escaped excerpt as plain text. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#?[a-z0-9]+);/gi,
    (whole, name: string) => entities[name.toLowerCase()] ?? whole,
  );
}

function cleanText(text: string): string {
  return stripSearchAliases(decodeEntities(text)).replace(/\s+/gu, " ").trim();
}

// How many different query terms the words at `locations` match: a paragraph holding
// "Dương Văn Lượng" beats one that only says "văn" five times.
function countDistinctTerms(
  words: readonly string[],
  locations: readonly number[],
  plan: HighlightPlan,
): number {
  const found = new Set<string>();
  for (const location of locations) {
    const word = stripSearchAliases(words[location] ?? "");
    for (const term of plan.terms)
      if (matchesTerm(word.replace(/[^\p{L}\p{M}\p{N}]/gu, ""), term)) found.add(term);
  }
  return found.size;
}

/** Returns the display model of one result; `maxSections` caps the paragraphs listed. */
export function shapeResult(
  data: PagefindResultData,
  plan: HighlightPlan,
  maxSections = 3,
): ResultView {
  const words = data.content.split(/\s+/u);
  const sections = data.sub_results
    .filter((sub) => sub.anchor !== undefined)
    .map((sub, order) => ({ sub, order, score: countDistinctTerms(words, sub.locations, plan) }))
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
    kind: data.filters["kind"]?.[0],
    status: data.meta["status"],
    excerpt: highlightText(cleanText(data.plain_excerpt), plan),
    sections,
  };
}
