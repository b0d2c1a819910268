// The one-sentence summary, in the page's language, a chart carries in <desc> (and a sparkline as its text):
// the main line's first and last figures, the goals, and what else is drawn. The main line is
// the comparable one; without a baseline it is the line with the most figures.

import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import type { SeriesLine } from "./lines.ts";

/** A goal as the summary names it. */
export interface SummaryGoal {
  readonly year: number;
  /** "≥ 94%", "≤ 3,9% (giảm ≥ 2 điểm %/năm)". */
  readonly text: string;
}

/** Returns the line a summary or sparkline should follow, or null when no line has a figure. */
export function pickMainLine(lines: readonly SeriesLine[]): SeriesLine | null {
  const comparable = lines.find((line) => line.style === "comparable" && line.figures.length > 0);
  if (comparable) return comparable;
  let best: SeriesLine | null = null;
  for (const line of lines) {
    if (line.figures.length > (best?.figures.length ?? 0)) best = line;
  }
  return best;
}

/** Returns "19,2% (2016) → 6,1% (2019)"-style words for a line: from its first to its last figure. */
export function describeTrend(line: SeriesLine, lang: Lang = "vi"): string {
  const t = dictionaryOf(lang);
  const first = line.figures[0];
  const last = line.figures.at(-1);
  if (!first || !last) return "";
  if (first === last) return `${first.label} (${first.period})`;
  if (last.value === first.value) {
    return t.trendHeld(first.label, first.period, last.period);
  }
  return t.trendMoved(first.label, first.period, last.value > first.value, last.label, last.period);
}

/** Returns the chart's one-sentence summary for <desc>. */
export function describeChart(
  name: string,
  lines: readonly SeriesLine[],
  goals: readonly SummaryGoal[],
  undated = 0,
  lang: Lang = "vi",
): string {
  const t = dictionaryOf(lang);
  const main = pickMainLine(lines);
  const parts: string[] = [];
  if (!main && undated > 0) {
    parts.push(t.chartSummaryUndated(name, undated));
  } else if (!main) {
    parts.push(t.chartSummaryEmpty(name));
  } else {
    const trend = describeTrend(main, lang);
    // With several lines, say which one the trend follows.
    if (lines.length > 1) parts.push(`${name}, ${main.label}: ${trend}`);
    else parts.push(main.figures.length === 1 ? `${name}: ${trend}` : `${name} ${trend}`);
  }
  for (const goal of goals) parts.push(t.chartSummaryGoal(goal.year, goal.text));
  const others = lines.filter((line) => line !== main && line.figures.length > 0).length;
  if (others > 0 && main?.style === "comparable") {
    parts.push(t.chartSummaryOthersApart(others));
  } else if (others > 0) {
    parts.push(t.chartSummaryOthers(others));
  }
  const revised = lines.flatMap((line) => line.figures).filter((figure) => figure.revised).length;
  if (revised > 0) parts.push(t.chartSummaryRevised(revised));
  return `${parts.join("; ")}.`;
}
