// The indicator page's chart as plain geometry (see types.ts). Every figure of the indicator is
// drawn, as of the resolved release, one line per (scope, series); the comparable line starts at
// the baseline; the expected path runs straight from the baseline to the level of the judged
// goal and is dashed and marked computed; every goal with a computable level gets a marker in
// its year. Lines, statuses and goal levels are read from the resolution (src/lib/resolve),
// never computed here, so the chart can never disagree with the status shown beside it. Margins grow to fit the
// labels at the size's textSize (the largest any renderer sets): the unit wraps over the plot,
// year ticks thin out to keep their labels apart (the base year always labelled), and each goal
// label ("Mục tiêu 2025", "2025 goal") takes the first spot beside its star that overlaps nothing.

import { line } from "d3-shape";
import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import type { IndicatorAsOf } from "../resolve/types.ts";
import { unitOf } from "../status/format-value.ts";
import type { StatusResult } from "../status/types.ts";
import {
  placeValueAxis,
  placeYearAxis,
  roundPx,
  type PlacedAxis,
  type ProgramYears,
} from "./axes.ts";
import {
  ASCENT,
  DESCENT,
  LINE_HEIGHT,
  boxOfText,
  estimateTextWidth,
  placeLabel,
  wrapText,
  type LabelBox,
  type LabelSpot,
  type PlacedText,
} from "./labels.ts";
import type { SeriesLine } from "./lines.ts";
import { describeChart } from "./summary.ts";
import type {
  Box,
  ChartSize,
  LineChartGeometry,
  PlacedExpectedPath,
  PlacedGoal,
  PlacedLine,
} from "./types.ts";

/** Text size when the size does not say (chart units). */
export const DEFAULT_TEXT_SIZE = 12;
/** Length of an x-axis tick mark, and the radius of a goal star. */
const TICK_LENGTH = 4;
const STAR_RADIUS = 6.5;
/** Radius of a figure's marker in chart units (6.5 px across on a 320 px phone). */
export const MARKER_RADIUS = 4.5;
// A diamond or triangle marker reaches 1.4 radii from its centre; labels keep clear of that.
const MARKER_REACH = 1.45 * MARKER_RADIUS;

/**
 * Returns the geometry of the indicator's line chart in a `size` box (coordinates to 0.1 px);
 * the year axis covers at least the program's `period`. Its own words are `lang`'s; the words it
 * takes from `resolved` (name, unit, line names, figures, goals) are the caller's, already in `lang`.
 */
export function placeLineChart(
  resolved: IndicatorAsOf,
  size: ChartSize,
  period: ProgramYears,
  lang: Lang = "vi",
): LineChartGeometry {
  const t = dictionaryOf(lang);
  const { lines, statuses, undated, judged } = resolved;
  const levels = statuses.flatMap((status) =>
    status.goalLevel ? [{ status, level: status.goalLevel.value }] : [],
  );
  const expectedEnd = judged?.baseline && judged.goalLevel ? judged.goalLevel.value : null;
  const textSize = size.textSize ?? DEFAULT_TEXT_SIZE;
  const unit = unitOf(resolved.indicator);
  const unitLines = placeUnit(unit, size.width, textSize, lang);
  const unitBottom = unitLines.reduce((bottom, line) => Math.max(bottom, line.box.bottom), 0);

  const figures = lines.flatMap((entry) => entry.figures);
  const years = [
    ...figures.map((figure) => figure.period),
    ...levels.map((entry) => entry.status.goalYear),
  ];
  const values = [...figures.map((figure) => figure.value), ...levels.map((entry) => entry.level)];
  // Room over the plot for the unit and for a goal label above a star drawn at the top.
  const top = Math.max(
    size.margins.top,
    Math.ceil(unitBottom + STAR_RADIUS + 3 + (ASCENT + DESCENT) * textSize),
  );
  const bottom = size.height - Math.max(size.margins.bottom, Math.ceil(xLabelDepth(textSize)));
  const y = placeValueAxis(values, top, bottom, unit, Math.max(40, 2.2 * textSize), lang);
  const yLabelWidth = Math.max(
    0,
    ...y.ticks.map((tick) => estimateTextWidth(tick.label, textSize)),
  );
  const yearWidth = estimateTextWidth("2030", textSize);
  const plot = {
    left: Math.max(size.margins.left, Math.ceil(yLabelWidth + 0.5 * textSize + 2)),
    top,
    right: size.width - Math.max(size.margins.right, Math.ceil(yearWidth / 2 - 2)),
    bottom,
  };
  const keyYears = figures.filter((figure) => figure.baseline).map((figure) => figure.period);
  const x = placeYearAxis(
    years,
    plot.left,
    plot.right,
    period,
    yearWidth + 0.6 * textSize,
    keyYears,
  );
  const yTicks = y.ticks.map((tick) => ({
    ...tick,
    text: placeText(
      tick.label,
      plot.left - 0.5 * textSize,
      tick.position + 0.35 * textSize,
      textSize,
      "end",
    ),
  }));
  const xTicks = x.ticks.map((tick) => ({
    ...tick,
    text: placeText(
      tick.label,
      tick.position,
      plot.bottom + xLabelGap(textSize) + ASCENT * textSize,
      textSize,
      "middle",
    ),
  }));
  const placedLines = lines.map((entry) => placeLine(entry, x, y));
  const expected =
    judged?.baseline && expectedEnd !== null
      ? placeExpected(judged, judged.baseline, expectedEnd, x, y, lang)
      : null;
  const goalMarks = levels.map(({ status, level }) => ({
    status,
    level,
    x: x.place(status.goalYear),
    y: y.place(level),
  }));
  const obstacles: LabelBox[] = [
    ...unitLines.map((line) => line.box),
    ...xTicks.map((tick) => tick.text.box),
    ...yTicks.map((tick) => tick.text.box),
    ...placedLines.flatMap((line) => line.points.map((point) => around(point, MARKER_REACH))),
    ...goalMarks.map((mark) => around(mark, STAR_RADIUS)),
    ...placedLines.flatMap((line) => traceSegments(line.points)),
    ...(expected ? traceSegments([expected.from, expected.to]) : []),
  ];
  const bounds = { left: 0, top: unitBottom, right: size.width, bottom: plot.bottom };
  const emptyLabel =
    figures.length === 0
      ? roundText(
          placeLabel(
            undated > 0 ? t.chartUndated : t.chartEmpty,
            textSize,
            false,
            emptySpots(plot, textSize),
            obstacles,
            plot,
          ),
        )
      : null;
  if (emptyLabel) obstacles.push(emptyLabel.box);
  const goals: PlacedGoal[] = [];
  for (const mark of goalMarks) {
    const tag = placeLabel(
      t.chartGoalTag(mark.status.goalYear),
      textSize,
      true,
      goalTagSpots(mark, textSize),
      [...obstacles, ...goals.map((goal) => goal.tag.box)],
      bounds,
    );
    goals.push(placeGoal(mark.status, mark.level, mark, roundText(tag), lang));
  }

  return {
    width: size.width,
    height: size.height,
    plot,
    empty: figures.length === 0,
    tickLength: TICK_LENGTH,
    textSize,
    xTicks,
    yTicks,
    undated,
    yUnit: unit,
    unitLines,
    emptyLabel,
    lines: placedLines,
    expected,
    goals,
    title: resolved.indicator.name,
    summary: describeChart(
      resolved.indicator.name,
      lines,
      statuses.flatMap((status) =>
        status.status === "qualitative" ? [] : [{ year: status.goalYear, text: status.goalText }],
      ),
      undated,
      lang,
    ),
  };
}

/** Where the "no figure" message may go, best first: the middle of the plot, then higher or lower. */
function emptySpots(plot: Box, textSize: number): LabelSpot[] {
  const x = (plot.left + plot.right) / 2;
  const middle = (plot.top + plot.bottom) / 2 + 0.35 * textSize;
  const step = 1.5 * textSize;
  return [0, 1, -1, 2, -2].map((shift) => ({ x, y: middle + shift * step, anchor: "middle" }));
}

/** Returns the depth an x-axis label takes under the plot: tick, gap, glyphs. */
function xLabelDepth(textSize: number): number {
  return xLabelGap(textSize) + (ASCENT + DESCENT) * textSize + 2;
}

// Year labels start below the tick marks and below the lowest value label ("0%", centred on
// the axis line), so a year next to the axis (the base year) never runs into it.
function xLabelGap(textSize: number): number {
  return Math.max(TICK_LENGTH + 3, (0.35 + DESCENT) * textSize + 1);
}

/** Returns "Đơn vị: …" ("Unit: …") over the plot, wrapped to the chart's width, or no line without a unit. */
export function placeUnit(
  unit: string,
  width: number,
  textSize: number,
  lang: Lang = "vi",
): PlacedText[] {
  if (!unit) return [];
  const left = 2;
  return wrapText(dictionaryOf(lang).chartUnit(unit), textSize, width - 2 * left).map(
    (line, index) =>
      placeText(
        line,
        left,
        ASCENT * textSize + 1 + index * LINE_HEIGHT * textSize,
        textSize,
        "start",
      ),
  );
}

/** Where a goal's label may go, best first: above the star, beside it, then below it. */
export function goalTagSpots(
  mark: { readonly x: number; readonly y: number },
  textSize: number,
): LabelSpot[] {
  const above = mark.y - STAR_RADIUS - 3 - DESCENT * textSize;
  const below = mark.y + STAR_RADIUS + 3 + ASCENT * textSize;
  const beside = mark.y + 0.35 * textSize;
  return [
    { x: mark.x, y: above, anchor: "middle" },
    { x: mark.x + STAR_RADIUS, y: above, anchor: "end" },
    { x: mark.x - STAR_RADIUS, y: above, anchor: "start" },
    { x: mark.x - STAR_RADIUS - 3, y: beside, anchor: "end" },
    { x: mark.x + STAR_RADIUS + 3, y: beside, anchor: "start" },
    { x: mark.x, y: below, anchor: "middle" },
    { x: mark.x + STAR_RADIUS, y: below, anchor: "end" },
    { x: mark.x - STAR_RADIUS, y: below, anchor: "start" },
  ];
}

function placeText(
  text: string,
  x: number,
  y: number,
  size: number,
  anchor: PlacedText["anchor"],
): PlacedText {
  const box = boxOfText(x, y, estimateTextWidth(text, size), size, anchor);
  return roundText({ text, x, y, anchor, box });
}

function roundText(placed: PlacedText): PlacedText {
  const { box } = placed;
  return {
    ...placed,
    x: roundPx(placed.x),
    y: roundPx(placed.y),
    box: {
      left: roundPx(box.left),
      top: roundPx(box.top),
      right: roundPx(box.right),
      bottom: roundPx(box.bottom),
    },
  };
}

// Small boxes along a drawn line, so a label is not written across it.
function traceSegments(points: readonly { readonly x: number; readonly y: number }[]): LabelBox[] {
  const boxes: LabelBox[] = [];
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1];
    const to = points[i];
    if (!from || !to) continue;
    const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 4);
    for (let step = 1; step < steps; step++) {
      const t = step / steps;
      boxes.push(around({ x: from.x + t * (to.x - from.x), y: from.y + t * (to.y - from.y) }, 1));
    }
  }
  return boxes;
}

function around(point: { readonly x: number; readonly y: number }, radius: number): LabelBox {
  return {
    left: point.x - radius,
    top: point.y - radius,
    right: point.x + radius,
    bottom: point.y + radius,
  };
}

/** Returns SVG path data through `points`, never across a gap in the input. */
export function drawPath(points: readonly { readonly x: number; readonly y: number }[]): string {
  if (points.length === 0) return "";
  const [only] = points;
  if (points.length === 1 && only) return `M${only.x},${only.y}Z`;
  return (
    line<{ readonly x: number; readonly y: number }>()
      .x((point) => point.x)
      .y((point) => point.y)
      .digits(1)(points) ?? ""
  );
}

function placeLine(entry: SeriesLine, x: PlacedAxis, y: PlacedAxis): PlacedLine {
  const points = entry.figures.map((figure) => ({
    ...figure,
    x: x.place(figure.period),
    y: y.place(figure.value),
  }));
  return {
    key: entry.key,
    scope_id: entry.scope_id,
    series_id: entry.series_id,
    style: entry.style,
    variant: entry.variant,
    label: entry.label,
    note: entry.note,
    d: drawPath(points),
    points,
  };
}

function placeExpected(
  status: StatusResult,
  baseline: { readonly period: number; readonly value: number },
  level: number,
  x: PlacedAxis,
  y: PlacedAxis,
  lang: Lang,
): PlacedExpectedPath {
  const from = {
    period: baseline.period,
    value: baseline.value,
    x: x.place(baseline.period),
    y: y.place(baseline.value),
  };
  const to = {
    period: status.goalYear,
    value: level,
    x: x.place(status.goalYear),
    y: y.place(level),
  };
  return {
    style: "expected",
    d: drawPath([from, to]),
    from,
    to,
    label: dictionaryOf(lang).chartExpected(status.goalYear),
    computed: true,
  };
}

function placeGoal(
  status: StatusResult,
  level: number,
  at: { readonly x: number; readonly y: number },
  tag: PlacedText,
  lang: Lang,
): PlacedGoal {
  return {
    year: status.goalYear,
    value: level,
    x: at.x,
    y: at.y,
    label: dictionaryOf(lang).chartGoalLegend(status.goalYear, status.goalText),
    computed: status.goalLevel?.computed ?? false,
    tag,
  };
}
