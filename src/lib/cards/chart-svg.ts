// The indicator chart, status icons and sparklines as standalone SVG fragments, drawn from the
// very geometry the page renders (src/lib/views/chart-view.ts): the picture a reader shares is
// the chart they saw. A chart is placed in a box by a nested <svg> whose viewBox is the page
// chart's own coordinate system, so nothing is re-placed. Lines are told apart by dash pattern
// and marker shape as on the page; colour only supports them.

import type { StatusCode } from "../status/types.ts";
import {
  CHART_TEXT,
  type ChartView,
  type LegendItemView,
  type SparklineView,
} from "../views/chart-view.ts";
import { STATUS_ICONS } from "../views/status-icons.ts";
import { CHART_PAINTS, paintLine } from "../palette.ts";
import { COLOURS, STATUS_COLOURS, drawText, formatAttributes } from "./svg.ts";

/** A box in the picture's pixels. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Returns a tick's label, in the muted colour of the axes. */
function drawTickLabel(tick: ChartView["yTicks"][number], size: number): string {
  return drawText(tick.label, {
    x: tick.text.x,
    y: tick.text.y,
    size,
    weight: "regular",
    fill: COLOURS.muted,
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
        fill: COLOURS.muted,
      }),
    );
  }
  for (const tick of chart.yTicks) {
    parts.push(line(plot.left, tick.position, plot.right, tick.position, COLOURS.grid, 1));
    parts.push(drawTickLabel(tick, size));
  }
  parts.push(line(plot.left, plot.bottom, plot.right, plot.bottom, COLOURS.muted, 1));
  for (const tick of chart.xTicks) {
    parts.push(
      line(
        tick.position,
        plot.bottom,
        tick.position,
        plot.bottom + chart.tickLength,
        COLOURS.muted,
        1,
      ),
    );
    parts.push(drawTickLabel(tick, size));
  }
  if (chart.expected) {
    parts.push(
      path(chart.expected.d, {
        fill: "none",
        stroke: CHART_PAINTS.expected.colour,
        "stroke-width": 1.5,
        "stroke-dasharray": CHART_PAINTS.expected.dash,
      }),
    );
  }
  for (const chartLine of chart.lines) {
    const paint = paintLine(chartLine.style, chartLine.variant);
    parts.push(
      path(chartLine.d, {
        fill: "none",
        stroke: paint.colour,
        "stroke-width": 2.5,
        "stroke-dasharray": paint.dash,
        "stroke-linejoin": "round",
        "stroke-linecap": "round",
      }),
    );
    for (const marker of chartLine.markers) {
      if (marker.ring)
        parts.push(path(marker.ring, { fill: "none", stroke: COLOURS.ink, "stroke-width": 1.2 }));
      parts.push(
        path(marker.d, {
          fill: marker.baseline ? COLOURS.paper : paint.colour,
          stroke: paint.colour,
          "stroke-width": 1.5,
        }),
      );
    }
  }
  for (const goal of chart.goals) {
    parts.push(
      path(goal.d, { fill: CHART_PAINTS.goal, stroke: COLOURS.paper, "stroke-width": 0.8 }),
    );
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
        fill: COLOURS.muted,
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

/** Returns the swatch of a legend entry drawn in a 32 × 16 box at (x, y), `scale` times larger. */
export function drawLegendSwatch(item: LegendItemView, x: number, y: number, scale = 1): string {
  const parts: string[] = [];
  if (item.kind === "line" && item.style) {
    const paint = paintLine(item.style, item.variant);
    parts.push(
      path("M1,8H31", {
        fill: "none",
        stroke: paint.colour,
        "stroke-width": 2.5,
        "stroke-dasharray": paint.dash,
      }),
    );
    parts.push(
      path(item.marker, { fill: paint.colour, stroke: paint.colour, "stroke-width": 1.5 }),
    );
  } else if (item.kind === "baseline") {
    const paint = paintLine("comparable", 0);
    parts.push(
      path(item.marker, { fill: COLOURS.paper, stroke: paint.colour, "stroke-width": 1.5 }),
    );
  } else if (item.kind === "revised") {
    parts.push(path(item.marker, { fill: "none", stroke: COLOURS.ink, "stroke-width": 1.2 }));
  } else if (item.kind === "expected") {
    parts.push(
      path("M1,8H31", {
        fill: "none",
        stroke: CHART_PAINTS.expected.colour,
        "stroke-width": 1.5,
        "stroke-dasharray": CHART_PAINTS.expected.dash,
      }),
    );
  } else if (item.kind === "goal") {
    parts.push(path(item.marker, { fill: CHART_PAINTS.goal }));
  }
  const attributes = formatAttributes({
    x,
    y,
    width: 32 * scale,
    height: 16 * scale,
    viewBox: "0 0 32 16",
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
  const parts = STATUS_ICONS[status].map((icon) => {
    switch (icon.paint) {
      case "fill":
        return path(icon.d, { fill: colour });
      case "mark":
        return path(icon.d, {
          fill: "none",
          stroke: mark,
          "stroke-width": 1.8,
          "stroke-linecap": "round",
          "stroke-linejoin": "round",
        });
      case "outline":
        return path(icon.d, {
          fill: "none",
          stroke: colour,
          "stroke-width": 1.4,
          "stroke-linecap": "round",
          "stroke-linejoin": "round",
        });
      case "dashed":
        return path(icon.d, {
          fill: "none",
          stroke: colour,
          "stroke-width": 1.4,
          "stroke-dasharray": "2.2 1.6",
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
  const trend = path(sparkline.d, {
    fill: "none",
    stroke: paint.colour,
    "stroke-width": 2,
    "stroke-dasharray": paint.dash,
    "stroke-linejoin": "round",
  });
  const dot = sparkline.last ? path(sparkline.last, { fill: paint.colour }) : "";
  return `<svg${attributes}>${trend}${dot}</svg>`;
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
