// The indicator page's chart as plain geometry (see types.ts). Every figure of the indicator is
// drawn, as of the input's release, one line per (scope, series); the comparable line starts at
// the baseline; the expected path runs straight from the baseline to the level of the judged
// goal (input.goalYear, default 2025) and is dashed and marked computed; every goal with a
// computable level gets a marker in its year. Status and goal levels come from src/lib/status,
// so the chart can never disagree with the status shown beside it.

import { line } from "d3-shape";
import { computeStatuses, DEFAULT_GOAL_YEAR } from "../status/compute-status.ts";
import { unitOf } from "../status/format-value.ts";
import { findRelease, isRelated, resolveBaseline, resolveFigures } from "../status/resolve.ts";
import type { StatusInput, StatusResult } from "../status/types.ts";
import { placeValueAxis, placeYearAxis, type PlacedAxis } from "./axes.ts";
import { groupLines, type SeriesLine } from "./lines.ts";
import { describeChart } from "./summary.ts";
import type {
  ChartSize,
  LineChartGeometry,
  PlacedExpectedPath,
  PlacedGoal,
  PlacedLine,
} from "./types.ts";

/** Returns the geometry of the indicator's line chart in a `size` box (coordinates to 0.1 px). */
export function placeLineChart(input: StatusInput, size: ChartSize): LineChartGeometry {
  const { lines, statuses, undated } = prepareChart(input);
  const judged = statuses.find(
    (status) => status.goalYear === (input.goalYear ?? DEFAULT_GOAL_YEAR),
  );
  const levels = statuses.flatMap((status) =>
    status.goalLevel ? [{ status, level: status.goalLevel.value }] : [],
  );
  const expectedEnd = judged?.baseline && judged.goalLevel ? judged.goalLevel.value : null;

  const plot = {
    left: size.margins.left,
    top: size.margins.top,
    right: size.width - size.margins.right,
    bottom: size.height - size.margins.bottom,
  };
  const figures = lines.flatMap((entry) => entry.figures);
  const years = [
    ...figures.map((figure) => figure.period),
    ...levels.map((entry) => entry.status.goalYear),
  ];
  const values = [...figures.map((figure) => figure.value), ...levels.map((entry) => entry.level)];
  const unit = unitOf(input.indicator);
  const x = placeYearAxis(years, plot.left, plot.right);
  const y = placeValueAxis(values, plot.top, plot.bottom, unit);

  return {
    width: size.width,
    height: size.height,
    plot,
    empty: figures.length === 0,
    undated,
    xTicks: x.ticks,
    yTicks: y.ticks,
    yUnit: unit,
    lines: lines.map((entry) => placeLine(entry, x, y)),
    expected:
      judged?.baseline && expectedEnd !== null
        ? placeExpected(judged, judged.baseline, expectedEnd, x, y)
        : null,
    goals: levels.map(({ status, level }) => placeGoal(status, level, x, y)),
    title: input.indicator.name,
    summary: describeChart(
      input.indicator.name,
      lines,
      statuses.flatMap((status) =>
        status.status === "qualitative" ? [] : [{ year: status.goalYear, text: status.goalText }],
      ),
      undated,
    ),
  };
}

/** Returns the indicator's lines and its status for every goal year, as of the input's release. */
export function prepareChart(input: StatusInput): {
  lines: SeriesLine[];
  statuses: StatusResult[];
  /** How many figures have no exact year and so no place on the chart. */
  undated: number;
} {
  const asOf = findRelease(input.releases, input.asOf);
  // A related figure (another measure) is never drawn: it is not on the indicator's scale.
  const figures = resolveFigures(input.indicator, input.observations, input.releases, asOf).filter(
    (figure) => !isRelated(figure),
  );
  const baseline = resolveBaseline(input.indicator, input.baselines, input.releases, asOf);
  return {
    // A figure without an exact year has no place on a time axis; its table row says why.
    lines: groupLines(
      figures.filter((figure) => figure.period_basis === null),
      baseline,
      input.scopes ?? [],
      input.series ?? [],
    ),
    statuses: computeStatuses(input),
    undated: figures.filter((figure) => figure.period_basis !== null).length,
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
    label: `Lộ trình cần có đến mục tiêu ${status.goalYear} (tính toán)`,
    computed: true,
  };
}

function placeGoal(status: StatusResult, level: number, x: PlacedAxis, y: PlacedAxis): PlacedGoal {
  return {
    year: status.goalYear,
    value: level,
    x: x.place(status.goalYear),
    y: y.place(level),
    label: `Mục tiêu ${status.goalYear}: ${status.goalText}`,
    computed: status.goalLevel?.computed ?? false,
  };
}
