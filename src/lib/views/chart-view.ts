// What LineChart.astro and Sparkline.astro draw: the geometry of src/lib/charts with the marks a
// renderer needs and nothing to compute. Each line style gets its own marker shape here (circle,
// square, triangle, diamond) and its own dash pattern in CSS, so lines are told apart without
// colour; goals get a star, revised figures a ring, the baseline a hollow marker. The chart's
// data table (one row per year, one column per line) is built here too, so the figure reads
// without the picture. Every word is in the page's language: the chart's own from the
// dictionary, the data's (name, unit, scopes, series, figures, goals) through chartInputIn.

import type { ProgramYears } from "../charts/axes.ts";
import { MARKER_RADIUS, placeLineChart } from "../charts/line-chart.ts";
import { labelLine, type LineFigure, type SeriesLine } from "../charts/lines.ts";
import { placeSparkline } from "../charts/sparkline.ts";
import type { PlacedText } from "../charts/labels.ts";
import type { Box, ChartSize, LabelledTick, LineStyle } from "../charts/types.ts";
import type { Dataset } from "../data/dataset.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import type { IndicatorAsOf } from "../resolve/types.ts";
import {
  figureIn,
  goalIn,
  indicatorNameIn,
  joinUnitIn,
  plainOf,
  scopeNameIn,
  seriesNameIn,
  unitIn,
} from "./localise.ts";

/**
 * Text sizes of the indicator chart in SVG units: `narrow` on phones (pages.css, below 30rem,
 * where the 400-unit chart shrinks to 288–448 px, so text is 12–19 px), `wide` above and in
 * the downloads. Labels are placed for the larger, so neither overlaps nor clips.
 */
export const CHART_TEXT = { narrow: 17, wide: 11 } as const;

/** Size of the indicator chart in SVG units; CSS scales it to the column (viewBox). */
export const CHART_SIZE: ChartSize = {
  width: 400,
  height: 260,
  margins: { top: 30, right: 18, bottom: 28, left: 46 },
  textSize: CHART_TEXT.narrow,
};

/** A legend swatch: its box and the line drawn through it, in its own units (page and downloads). */
export const LEGEND_SWATCH = { width: 32, height: 16, line: "M1,8H31" } as const;

const SWATCH_X = LEGEND_SWATCH.width / 2;
const SWATCH_Y = LEGEND_SWATCH.height / 2;

/** Size of a card's sparkline in CSS pixels. */
export const SPARKLINE_SIZE = { width: 96, height: 28, padding: 4 } as const;

/** A figure's marker on the chart. */
export interface MarkerView {
  readonly d: string;
  /** "2024: 51,0 triệu đồng/người/năm". */
  readonly label: string;
  readonly baseline: boolean;
  /** Ring drawn around a revised figure, or "". */
  readonly ring: string;
}

/** One line of the chart. */
export interface LineView {
  readonly key: string;
  readonly style: LineStyle;
  readonly variant: number;
  readonly d: string;
  readonly markers: readonly MarkerView[];
}

/** A goal level in its year, drawn as a star with a short label. */
export interface GoalMarkerView {
  readonly d: string;
  /** "Mục tiêu 2025", in words. */
  readonly short: string;
  readonly textX: number;
  readonly textY: number;
  readonly anchor: "start" | "middle" | "end";
}

/** One entry of the legend under the chart. */
export interface LegendItemView {
  readonly kind: "line" | "expected" | "goal" | "baseline" | "revised";
  readonly style: LineStyle | null;
  readonly variant: number;
  /** Marker path inside the swatch (LEGEND_SWATCH), or "". */
  readonly marker: string;
  readonly label: string;
  /** Why the line is or is not used for the status, or "". */
  readonly note: string;
  /** The entry shows a number the site derived (an expected path, a computed goal level). */
  readonly computed: boolean;
}

/** A cell of the chart table: a figure and what it is, or empty. */
export interface ChartCellView {
  readonly text: string;
  /** "năm gốc", "đã điều chỉnh", or "". */
  readonly note: string;
}

/** Everything the indicator chart shows. */
export interface ChartView {
  /** Prefix of the ids of <title> and <desc>. */
  readonly id: string;
  /** The language its words are in (the renderer marks computed entries in it). */
  readonly lang: Lang;
  readonly width: number;
  readonly height: number;
  readonly plot: Box;
  readonly title: string;
  readonly summary: string;
  /** Shown in the plot when there is no figure, else null. */
  readonly emptyLabel: PlacedText | null;
  readonly xTicks: readonly LabelledTick[];
  readonly yTicks: readonly LabelledTick[];
  /** Unit over the value axis ("Đơn vị: triệu đồng/người/năm"). */
  readonly yUnit: string;
  /** The same, placed and wrapped to the chart's width. */
  readonly unitLines: readonly PlacedText[];
  /** Length of an x-axis tick mark under the plot. */
  readonly tickLength: number;
  readonly lines: readonly LineView[];
  readonly expected: { readonly d: string } | null;
  readonly goals: readonly GoalMarkerView[];
  readonly legend: readonly LegendItemView[];
  readonly table: {
    readonly caption: string;
    readonly head: readonly string[];
    readonly rows: readonly {
      readonly period: string;
      readonly cells: readonly (ChartCellView | null)[];
    }[];
  };
}

/** A card's sparkline. */
export interface SparklineView {
  readonly width: number;
  readonly height: number;
  readonly style: LineStyle;
  readonly d: string;
  /** Dot on the latest figure, or "". */
  readonly last: string;
  /** Accessible name: "Xu hướng: từ 19,2% (2016) xuống 6,1% (2019)". */
  readonly label: string;
}

const R = MARKER_RADIUS;

/** Marker shapes, in the order styles and their variants take them. */
export const MARKER_SHAPES = ["circle", "square", "triangle", "diamond", "triangle-down"] as const;

/** A marker shape. */
export type MarkerShape = (typeof MARKER_SHAPES)[number];

const FIRST_SHAPE: Record<LineStyle, number> = {
  comparable: 0,
  "other-scope": 1,
  "other-series": 2,
  "no-baseline": 3,
};

/** Returns the marker shape of a line: its style's own, shifted by its variant so two lines of one style differ. */
export function pickMarkerShape(style: LineStyle, variant: number): MarkerShape {
  return MARKER_SHAPES[(FIRST_SHAPE[style] + variant) % MARKER_SHAPES.length] ?? "circle";
}

/** Returns the path of a marker of `shape` centred on (x, y). */
export function drawMarker(shape: MarkerShape, x: number, y: number, r: number = R): string {
  const n = (value: number): string => String(Math.round(value * 10) / 10);
  switch (shape) {
    case "circle":
      return `M${n(x - r)},${n(y)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0Z`;
    case "square":
      return `M${n(x - r)},${n(y - r)}h${n(2 * r)}v${n(2 * r)}h${n(-2 * r)}Z`;
    case "triangle":
      return `M${n(x)},${n(y - 1.3 * r)}L${n(x + 1.2 * r)},${n(y + 0.9 * r)}L${n(x - 1.2 * r)},${n(y + 0.9 * r)}Z`;
    case "diamond":
      return `M${n(x)},${n(y - 1.4 * r)}L${n(x + 1.4 * r)},${n(y)}L${n(x)},${n(y + 1.4 * r)}L${n(x - 1.4 * r)},${n(y)}Z`;
    case "triangle-down":
      return `M${n(x)},${n(y + 1.3 * r)}L${n(x + 1.2 * r)},${n(y - 0.9 * r)}L${n(x - 1.2 * r)},${n(y - 0.9 * r)}Z`;
  }
}

/** Returns a five-pointed star centred on (x, y) with outer radius `r`. */
export function drawStar(x: number, y: number, r: number = 6.5): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    const px = Math.round((x + radius * Math.cos(angle)) * 10) / 10;
    const py = Math.round((y + radius * Math.sin(angle)) * 10) / 10;
    points.push(`${px},${py}`);
  }
  return `M${points.join("L")}Z`;
}

function drawRing(x: number, y: number): string {
  const r = R + 3;
  return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/**
 * Returns `resolved` with the words a chart takes from the data in `lang`: the indicator's name
 * and unit, each line's name and note, each figure as written, each goal. Vietnamese gets
 * `resolved` itself. A word with no translation stays Vietnamese (the page's table marks it).
 */
export function chartInputIn(dataset: Dataset, lang: Lang, resolved: IndicatorAsOf): IndicatorAsOf {
  if (lang === "vi") return resolved;
  const t = dictionaryOf(lang);
  const indicator = dataset.indicatorById.get(resolved.indicator.id);
  if (!indicator) return resolved;
  const figures = [...resolved.figures, ...(resolved.baseline ? [resolved.baseline] : [])];
  const unit = unitIn(dataset, lang, indicator).text;
  const seriesShown = new Set(resolved.lines.map((line) => line.series_id)).size > 1;
  const figureText = (line: SeriesLine, point: LineFigure): string => {
    const figure = figures.find(
      (candidate) =>
        candidate.period === point.period &&
        candidate.scope_id === line.scope_id &&
        candidate.series_id === line.series_id &&
        candidate.release_id === point.release_id,
    );
    return figure
      ? plainOf(figureIn(dataset, lang, indicator, figure))
      : joinUnitIn(lang, point.value, indicator.decimals ?? 0, unit);
  };
  return {
    ...resolved,
    indicator: {
      ...resolved.indicator,
      name: plainOf(indicatorNameIn(dataset, lang, indicator)),
      unit: resolved.indicator.unit === null ? null : unit,
    },
    lines: resolved.lines.map((line) => ({
      ...line,
      label: labelLine(
        plainOf(scopeNameIn(dataset, lang, line.scope_id)),
        seriesShown ? plainOf(seriesNameIn(dataset, lang, line.series_id)) : null,
      ),
      note: t.chartLineNote(line.style),
      figures: line.figures.map((point) => ({ ...point, label: figureText(line, point) })),
    })),
    statuses: resolved.statuses.map((status) => ({
      ...status,
      goalText: plainOf(goalIn(dataset, lang, indicator, status)),
    })),
  };
}

/**
 * Returns the indicator chart of `resolved` (the indicator as of a release) over at least the
 * program's `period`, its words in `lang` (pass `resolved` through chartInputIn first).
 */
export function buildChartView(
  resolved: IndicatorAsOf,
  period: ProgramYears,
  lang: Lang = "vi",
): ChartView {
  const t = dictionaryOf(lang);
  const geometry = placeLineChart(resolved, CHART_SIZE, period, lang);
  const lines: LineView[] = geometry.lines.map((line) => ({
    key: line.key,
    style: line.style,
    variant: line.variant,
    d: line.d,
    markers: line.points.map((point) => ({
      d: drawMarker(pickMarkerShape(line.style, line.variant), point.x, point.y),
      label: `${point.period}: ${point.label}`,
      baseline: point.baseline,
      ring: point.revised ? drawRing(point.x, point.y) : "",
    })),
  }));
  const goals: GoalMarkerView[] = geometry.goals.map((goal) => ({
    d: drawStar(goal.x, goal.y),
    short: goal.tag.text,
    textX: goal.tag.x,
    textY: goal.tag.y,
    anchor: goal.tag.anchor,
  }));
  const points = geometry.lines.flatMap((line) => line.points);
  const legend: LegendItemView[] = [
    ...geometry.lines.map((line) => ({
      kind: "line" as const,
      style: line.style,
      variant: line.variant,
      marker: drawMarker(pickMarkerShape(line.style, line.variant), SWATCH_X, SWATCH_Y),
      label: line.label,
      note: line.note,
      computed: false,
    })),
    ...(points.some((point) => point.baseline)
      ? [
          legendItem(
            "baseline",
            drawMarker("circle", SWATCH_X, SWATCH_Y),
            t.chartLegendBaseline,
            false,
          ),
        ]
      : []),
    ...(points.some((point) => point.revised)
      ? [legendItem("revised", drawRing(SWATCH_X, SWATCH_Y), t.chartLegendRevised, false)]
      : []),
    ...(geometry.expected ? [legendItem("expected", "", geometry.expected.label, true)] : []),
    ...geometry.goals.map((goal) =>
      legendItem("goal", drawStar(SWATCH_X, SWATCH_Y, 6), goal.label, goal.computed),
    ),
  ];
  return {
    id: `bieu-do-${resolved.indicator.id}`,
    lang,
    width: geometry.width,
    height: geometry.height,
    plot: geometry.plot,
    title: t.chartTitle(geometry.title),
    summary: geometry.summary,
    emptyLabel: geometry.emptyLabel,
    xTicks: geometry.xTicks,
    yTicks: geometry.yTicks,
    yUnit: geometry.yUnit ? t.chartUnit(geometry.yUnit) : "",
    unitLines: geometry.unitLines,
    tickLength: geometry.tickLength,
    lines,
    expected: geometry.expected ? { d: geometry.expected.d } : null,
    goals,
    legend,
    table: buildChartTable(geometry.title, geometry.lines, lang),
  };
}

function legendItem(
  kind: LegendItemView["kind"],
  marker: string,
  label: string,
  computed: boolean,
): LegendItemView {
  return { kind, style: null, variant: 0, marker, label, note: "", computed };
}

function buildChartTable(
  title: string,
  lines: ReturnType<typeof placeLineChart>["lines"],
  lang: Lang,
): ChartView["table"] {
  const t = dictionaryOf(lang);
  const periods = [...new Set(lines.flatMap((line) => line.points.map((point) => point.period)))];
  periods.sort((a, b) => a - b);
  return {
    caption: t.chartTableCaption(title),
    head: [t.chartTableYear, ...lines.map((line) => line.label)],
    rows: periods.map((period) => ({
      period: String(period),
      cells: lines.map((line) => {
        const point = line.points.find((candidate) => candidate.period === period);
        if (!point) return null;
        const notes = [
          point.baseline ? t.chartCellBaseline : "",
          point.revised ? t.chartCellRevised : "",
        ];
        return { text: point.label, note: notes.filter(Boolean).join(", ") };
      }),
    })),
  };
}

/**
 * Returns a card's sparkline of `resolved` (through chartInputIn for another language), its
 * words in `lang`, or null when the indicator has no figure.
 */
export function buildSparklineView(
  resolved: Pick<IndicatorAsOf, "lines">,
  lang: Lang = "vi",
): SparklineView | null {
  const geometry = placeSparkline(resolved, SPARKLINE_SIZE, lang);
  if (geometry.empty || geometry.style === null) return null;
  const last = geometry.last;
  return {
    width: geometry.width,
    height: geometry.height,
    style: geometry.style,
    d: geometry.d,
    last: last ? drawMarker(pickMarkerShape(geometry.style, 0), last.x, last.y, 2.5) : "",
    label: dictionaryOf(lang).sparklineLabel(geometry.summary),
  };
}
