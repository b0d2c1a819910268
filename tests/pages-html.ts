// Reading the pages' own markup in tests, without a browser: the indicator, target and overview
// pages mark what tests need (data-figure, data-computed, data-goal-figure, data-status, the
// chart's <svg role="img">), so small patterns over the built HTML are enough. Whitespace is
// collapsed and character references decoded, as a reader would see the text.
import { decodeEntities } from "../src/lib/xml.ts";

/** Returns the visible text of an HTML fragment: tags dropped, references decoded, spaces collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** Returns the text of every element whose start tag carries attribute `attribute` (no nesting). */
export function textsWithAttribute(html: string, attribute: string): string[] {
  const pattern = new RegExp(
    `<(\\w+)\\b[^>]*\\s${attribute}(?=[\\s=>])[^>]*>([\\s\\S]*?)</\\1>`,
    "g",
  );
  return [...html.matchAll(pattern)].map((match) => textOf(match[2] ?? ""));
}

/** Returns the HTML of every element matched by `open` (a start-tag pattern) up to its `</tag>`. */
export function sliceSections(html: string, startTag: RegExp, tag: string): string[] {
  const sections: string[] = [];
  for (const match of html.matchAll(new RegExp(startTag.source, "g"))) {
    const start = match.index ?? 0;
    const end = html.indexOf(`</${tag}>`, start);
    sections.push(html.slice(start, end === -1 ? html.length : end + tag.length + 3));
  }
  return sections;
}

/** A chart found in a page: its accessible name (its <title>) and its <desc>. */
export interface ChartFound {
  readonly name: string;
  readonly description: string;
}

/** Returns every <svg role="img"> chart of the page, named through aria-labelledby. */
export function findCharts(html: string): ChartFound[] {
  return sliceSections(html, /<svg class="chart__svg"[^>]*>/, "svg").map((svg) => {
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1] ?? "";
    const describedBy = /aria-describedby="([^"]+)"/.exec(svg)?.[1] ?? "";
    const role = /^<svg[^>]*\srole="img"/.test(svg);
    const title = new RegExp(`<title id="${labelledBy}">([^<]*)</title>`).exec(svg)?.[1] ?? "";
    const desc = new RegExp(`<desc id="${describedBy}">([^<]*)</desc>`).exec(svg)?.[1] ?? "";
    return { name: role ? textOf(title) : "", description: textOf(desc) };
  });
}

/** Returns the status code and word of the first status chip inside `html`. */
export function firstStatus(html: string): { status: string; label: string } | null {
  const match = /data-status="([a-z_]+)"[\s\S]*?class="status-chip__label">([^<]*)</.exec(html);
  return match ? { status: match[1] ?? "", label: textOf(match[2] ?? "") } : null;
}
