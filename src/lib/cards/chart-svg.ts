// The indicator chart, status icons and sparklines as standalone SVG fragments, drawn from the
// very geometry the page renders (src/lib/views/chart-view.ts): the picture a reader shares is
// the chart they saw. A chart is placed in a box by a nested <svg> whose viewBox is the page
// chart's own coordinate system, so nothing is re-placed. Lines are told apart by dash pattern
// and marker shape as on the page; colour only supports them.

import type { LineStyle } from "../charts/types.ts";
import type { StatusCode } from "../status/types.ts";
import {
  CHART_TEXT,
  LEGEND_SWATCH,
  type ChartView,
  type LegendItemView,
  type SparklineView,
} from "../views/chart-view.ts";
import { STATUS_ICONS } from "../views/status-icons.ts";
import {
  CHART_PAINTS,
  CHART_STROKES,
  CHART_TEXT_COLOURS,
  ICON_STROKES,
  paintLine,
  strokeOfLine,
} from "../palette.ts";
import { COLOURS, STATUS_COLOURS, drawText, formatAttributes } from "./svg.ts";

// A stroke width as written, not rounded to 0.1 like coordinates (0.75 stays 0.75, as in pages.css).
function exact(width: number): string {
  return String(width);
}

/** A box in the picture's pixels. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Returns a tick's label, in the chart text colour the page uses for ticks. */
function drawTickLabel(tick: ChartView["yTicks"][number], size: number): string {
  return drawText(tick.label, {
    x: tick.text.x,
    y: tick.text.y,
    size,
    weight: "regular",
    fill: CHART_TEXT_COLOURS.tick,
    anchor: tick.text.anchor,
  });
}

/** Returns the chart drawn into `box`, keeping its aspect ratio (centred horizontally). */
export function drawChart(chart: ChartView, box: Box): string {
  const scale = Math.min(box.width / chart.width, box.height / chart.height);
  const width = chart.width * scale;
  const height = chart.height * scale;
  const { plot } = chart;
  const parts: string[] = [];
  const size = CHART_TEXT.wide;
  for (const unitLine of chart.unitLines) {
    parts.push(
      drawText(unitLine.text, {
        x: unitLine.x,
        y: unitLine.y,
        size,
        weight: "regular",
        fill: CHART_TEXT_COLOURS.unit,
      }),
    );
  }
  for (const tick of chart.yTicks) {
    parts.push(
      line(plot.left, tick.position, plot.right, tick.position, COLOURS.grid, CHART_STROKES.grid),
    );
    parts.push(drawTickLabel(tick, size));
  }
  parts.push(
    line(plot.left, plot.bottom, plot.right, plot.bottom, COLOURS.muted, CHART_STROKES.axis),
  );
  for (const tick of chart.xTicks) {
    parts.push(
      line(
        tick.position,
        plot.bottom,
        tick.position,
        plot.bottom + chart.tickLength,
        COLOURS.muted,
        CHART_STROKES.axis,
      ),
    );
    parts.push(drawTickLabel(tick, size));
  }
  if (chart.expected) parts.push(drawExpected(chart.expected.d));
  for (const chartLine of chart.lines) {
    const paint = paintLine(chartLine.style, chartLine.variant);
    parts.push(drawLinePath(chartLine.d, chartLine.style, chartLine.variant));
    for (const marker of chartLine.markers) {
      if (marker.ring) parts.push(drawRing(marker.ring));
      parts.push(drawMarkerPath(marker.d, paint.colour, marker.baseline));
    }
  }
  for (const goal of chart.goals) {
    parts.push(drawGoalStar(goal.d));
    parts.push(
      drawText(goal.short, {
        x: goal.textX,
        y: goal.textY,
        size,
        weight: "bold",
        fill: CHART_PAINTS.goal,
        anchor: goal.anchor,
      }),
    );
  }
  if (chart.emptyLabel) {
    parts.push(
      drawText(chart.emptyLabel.text, {
        x: chart.emptyLabel.x,
        y: chart.emptyLabel.y,
        size,
        weight: "regular",
        fill: CHART_TEXT_COLOURS.empty,
        anchor: chart.emptyLabel.anchor,
      }),
    );
  }
  const attributes = formatAttributes({
    x: box.x + (box.width - width) / 2,
    y: box.y,
    width,
    height,
    viewBox: `0 0 ${chart.width} ${chart.height}`,
  });
  return `<svg${attributes}>${parts.join("")}</svg>`;
}

/** Returns the swatch of a legend entry (LEGEND_SWATCH) drawn at (x, y), `scale` times larger. */
export function drawLegendSwatch(item: LegendItemView, x: number, y: number, scale = 1): string {
  const parts: string[] = [];
  if (item.kind === "line" && item.style) {
    parts.push(drawLinePath(SWATCH_LINE, item.style, item.variant));
    parts.push(drawMarkerPath(item.marker, paintLine(item.style, item.variant).colour, false));
  } else if (item.kind === "baseline") {
    parts.push(drawMarkerPath(item.marker, paintLine("comparable", 0).colour, true));
  } else if (item.kind === "revised") {
    parts.push(drawRing(item.marker));
  } else if (item.kind === "expected") {
    parts.push(drawExpected(SWATCH_LINE));
  } else if (item.kind === "goal") {
    parts.push(drawGoalStar(item.marker));
  }
  const attributes = formatAttributes({
    x,
    y,
    width: LEGEND_SWATCH.width * scale,
    height: LEGEND_SWATCH.height * scale,
    viewBox: `0 0 ${LEGEND_SWATCH.width} ${LEGEND_SWATCH.height}`,
  });
  return `<svg${attributes}>${parts.join("")}</svg>`;
}

/** Returns the status icon (16 × 16 design) drawn `size` px wide at (x, y); `inverse` draws it in white on the status colour. */
export function drawStatusIcon(
  status: StatusCode,
  x: number,
  y: number,
  size: number,
  inverse = false,
): string {
  const colour = inverse ? COLOURS.paper : STATUS_COLOURS[status];
  const mark = inverse ? STATUS_COLOURS[status] : COLOURS.paper;
  // As pages.css draws .status-chip__icon's .icon-* paths.
  const round = { "stroke-linecap": "round", "stroke-linejoin": "round" } as const;
  const parts = STATUS_ICONS[status].map((icon) => {
    switch (icon.paint) {
      case "fill":
        return path(icon.d, { fill: colour });
      case "mark":
        return path(icon.d, {
          fill: "none",
          stroke: mark,
          "stroke-width": exact(ICON_STROKES.mark),
          ...round,
        });
      case "outline":
        return path(icon.d, {
          fill: "none",
          stroke: colour,
          "stroke-width": exact(ICON_STROKES.outline),
          ...round,
        });
      case "dashed":
        return path(icon.d, {
          fill: "none",
          stroke: colour,
          "stroke-width": exact(ICON_STROKES.outline),
          "stroke-dasharray": ICON_STROKES.dash,
          ...round,
        });
    }
  });
  const attributes = formatAttributes({ x, y, width: size, height: size, viewBox: "0 0 16 16" });
  return `<svg${attributes}>${parts.join("")}</svg>`;
}

/** Returns a card's sparkline scaled uniformly into `box`. */
export function drawSparkline(sparkline: SparklineView, box: Box): string {
  const paint = paintLine(sparkline.style, 0);
  const attributes = formatAttributes({
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    viewBox: `0 0 ${sparkline.width} ${sparkline.height}`,
  });
  // Solid, as on the page: at card size a dash pattern would break the trend into dots.
  const trend = path(sparkline.d, {
    fill: "none",
    stroke: paint.colour,
    "stroke-width": exact(CHART_STROKES.sparkline),
    "stroke-linejoin": "round",
  });
  const dot = sparkline.last ? path(sparkline.last, { fill: paint.colour }) : "";
  return `<svg${attributes}>${trend}${dot}</svg>`;
}

const SWATCH_LINE = LEGEND_SWATCH.line;

// Each mark below is drawn as pages.css draws its class (named in the comment), with the
// palette's colours and CHART_STROKES: the download and the page are one drawing.

// .chart-line__path
function drawLinePath(d: string, style: LineStyle, variant: number): string {
  const paint = paintLine(style, variant);
  return path(d, {
    fill: "none",
    stroke: paint.colour,
    "stroke-width": exact(strokeOfLine(variant)),
    "stroke-dasharray": paint.dash,
    "stroke-linejoin": "round",
    "stroke-linecap": "round",
  });
}

// .chart-line__marker and .chart-line__marker.is-baseline
function drawMarkerPath(d: string, colour: string, baseline: boolean): string {
  return baseline
    ? path(d, {
        fill: COLOURS.paper,
        stroke: colour,
        "stroke-width": exact(CHART_STROKES.baselineMarker),
      })
    : path(d, { fill: colour, stroke: COLOURS.paper, "stroke-width": exact(CHART_STROKES.marker) });
}

// .chart__ring
function drawRing(d: string): string {
  return path(d, { fill: "none", stroke: COLOURS.ink, "stroke-width": exact(CHART_STROKES.ring) });
}

// .chart__expected
function drawExpected(d: string): string {
  return path(d, {
    fill: "none",
    stroke: CHART_PAINTS.expected.colour,
    "stroke-width": exact(CHART_STROKES.expected),
    "stroke-dasharray": CHART_PAINTS.expected.dash,
  });
}

// .chart__goal path
function drawGoalStar(d: string): string {
  return path(d, {
    fill: CHART_PAINTS.goal,
    stroke: COLOURS.paper,
    "stroke-width": exact(CHART_STROKES.goal),
  });
}

function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width: number,
): string {
  return `<line${formatAttributes({ x1, y1, x2, y2, stroke, "stroke-width": width })}/>`;
}

function path(
  d: string,
  attributes: Readonly<Record<string, string | number | undefined>>,
): string {
  return `<path${formatAttributes({ d, ...attributes })}/>`;
}
