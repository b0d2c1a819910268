// Figures grouped into lines, one per (scope, series). Lines are never joined across a scope or a
// series (architecture.md § Missing data): a merged-province figure or a figure under a new poverty
// standard gets its own line, drawn in another style, even when it continues the same years. The
// comparable line starts at the baseline (baselines.csv), which is what the status is measured
// from; a comparable observation for the baseline year itself stays in the data table only, so the
// line never shows two values for one year.

import { isComparable, nameOf } from "../status/compute-status.ts";
import type { Figure, NamedRow } from "../status/types.ts";
import type { LineIdentity, LineStyle } from "./types.ts";

/** A figure on its way to a point (not yet placed). */
export interface LineFigure {
  readonly period: number;
  readonly value: number;
  readonly label: string;
  readonly revised: boolean;
  readonly comparable: boolean;
  readonly baseline: boolean;
  readonly release_id: string;
}

/** A line before placement: figures of one (scope, series) in period order. */
export interface SeriesLine extends LineIdentity {
  readonly figures: readonly LineFigure[];
}

/** Legend note of each line style: used for the status or why not (the Vietnamese dictionary's). */
export const LINE_NOTES: Readonly<Record<LineStyle, string>> = {
  comparable: "Cùng phạm vi và chuỗi với năm gốc: dùng để đánh giá",
  "other-scope": "Khác phạm vi: không dùng để đánh giá",
  "other-series": "Khác chuỗi số liệu: không dùng để đánh giá",
  "no-baseline": "Chưa có số liệu năm gốc để so sánh",
};

/** Returns the indicator's lines: the comparable one first, then the others by scope and series. */
export function groupLines(
  figures: readonly Figure[],
  baseline: Figure | null,
  scopes: readonly NamedRow[],
  series: readonly NamedRow[],
): SeriesLine[] {
  const groups = new Map<string, Figure[]>();
  if (baseline) groups.set(keyOf(baseline), []);
  for (const figure of figures) {
    const key = keyOf(figure);
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const variants = new Map<LineStyle, number>();
  // The series tells lines apart only when the chart has more than one: else the legend says the
  // scope alone (the indicator's own definition needs no name beside it).
  const seriesShown = new Set(keys.map((key) => key.split("|")[1])).size > 1;
  return keys.map((key) => {
    const members = groups.get(key) ?? [];
    const [scope_id = "", series_id = ""] = key.split("|");
    const style = styleOf({ scope_id, series_id }, baseline);
    const variant = variants.get(style) ?? 0;
    variants.set(style, variant + 1);
    const comparable = style === "comparable";
    const lineFigures = members
      .filter((figure) => !(comparable && baseline && figure.period === baseline.period))
      .map((figure) => toLineFigure(figure, comparable, false));
    if (comparable && baseline) lineFigures.push(toLineFigure(baseline, true, true));
    lineFigures.sort((a, b) => a.period - b.period);
    return {
      key,
      scope_id,
      series_id,
      style,
      variant,
      label: labelLine(nameOf(scopes, scope_id), seriesShown ? nameOf(series, series_id) : null),
      note: LINE_NOTES[style],
      figures: lineFigures,
    };
  });

  function rank(key: string): number {
    return baseline && key === keyOf(baseline) ? 0 : 1;
  }
}

/** Returns a line's legend text: "scope · series", or the scope alone when `series` is null. */
export function labelLine(scope: string, series: string | null): string {
  return series === null ? scope : `${scope} · ${series}`;
}

function keyOf(row: { readonly scope_id: string; readonly series_id: string }): string {
  return `${row.scope_id}|${row.series_id}`;
}

function styleOf(
  row: { readonly scope_id: string; readonly series_id: string },
  baseline: Figure | null,
): LineStyle {
  if (!baseline) return "no-baseline";
  if (isComparable(row, baseline)) return "comparable";
  return row.scope_id === baseline.scope_id ? "other-series" : "other-scope";
}

function toLineFigure(figure: Figure, comparable: boolean, baseline: boolean): LineFigure {
  return {
    period: figure.period,
    value: figure.value,
    label: figure.text,
    revised: figure.revised,
    comparable,
    baseline,
    release_id: figure.release_id,
  };
}
