// Plain chart geometry: pixel coordinates, tick labels, path strings and words, nothing else.
// A stateless .astro component maps it to <svg> (OWID grapher's series → placed series →
// render); no DOM, no colours. Colours are the renderer's choice; meaning is carried by `style`
// keys, which the renderer must also draw with a dash pattern and a marker shape so that colour
// is never the only carrier of meaning (WCAG 1.4.1). Every label comes placed (anchor point,
// anchor, room taken), so renderers add no offsets of their own. All coordinates are rounded to 0.1 px so
// that expected-output fixtures are stable.

import type { PlacedText } from "./labels.ts";

/** Width, height and margins of a chart in CSS pixels. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
  /** Least margins; the chart widens them to fit its labels at `textSize`. */
  readonly margins: Box;
  /** Size of the largest text any renderer sets on the chart, in chart units (default 12). */
  readonly textSize?: number;
}

/** Four edges in CSS pixels: margins around a chart, or the plot area's edges within it. */
export interface Box {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * How a line is drawn. `comparable`: the baseline's scope and series (solid, circles).
 * `other-scope`: another geographic scope; `other-series`: another definition or standard;
 * `no-baseline`: there is no baseline to compare with. Renderers give each its own dash
 * pattern and marker shape, plus `variant` to tell apart two lines of one style.
 */
export type LineStyle = "comparable" | "other-scope" | "other-series" | "no-baseline";

/** One placed figure. */
export interface PlacedPoint {
  readonly period: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  /** Value written vi-VN with its unit ("19,2%"). */
  readonly label: string;
  /** An earlier release published another value (or withdrew it): mark it. */
  readonly revised: boolean;
  /** Same scope and series as the baseline. */
  readonly comparable: boolean;
  /** This point is the baseline (from baselines.csv). */
  readonly baseline: boolean;
  readonly release_id: string;
}

/** Which line it is and how it is drawn and named, before and after placement. */
export interface LineIdentity {
  /** "scope_id|series_id", unique within a chart. */
  readonly key: string;
  readonly scope_id: string;
  readonly series_id: string;
  readonly style: LineStyle;
  /** 0 for the first line of its style, 1 for the second… */
  readonly variant: number;
  /** Legend text: "scope name · series name", the scope alone for the series "Mặc định". */
  readonly label: string;
  /** Legend note: comparable or why not ("Khác phạm vi, không dùng để đánh giá"). */
  readonly note: string;
}

/** One line: the figures of one (scope, series), never joined to another line. */
export interface PlacedLine extends LineIdentity {
  /** SVG path data through the points in period order ("M…L…"); a lone point is "M x,y Z". */
  readonly d: string;
  readonly points: readonly PlacedPoint[];
}

/** One axis tick. */
export interface PlacedTick {
  readonly value: number;
  /** Pixel position along the axis (x for the x axis, y for the y axis). */
  readonly position: number;
  /** "2024" for years; vi-VN numbers ("1.000", "2,5%") for values. */
  readonly label: string;
}

/** An axis tick with its label placed: nothing to offset in a renderer. */
export interface LabelledTick extends PlacedTick {
  readonly text: PlacedText;
}

/** The dashed straight path from the baseline to the goal level (derived, so computed). */
export interface PlacedExpectedPath {
  readonly style: "expected";
  readonly d: string;
  readonly from: {
    readonly period: number;
    readonly value: number;
    readonly x: number;
    readonly y: number;
  };
  readonly to: {
    readonly period: number;
    readonly value: number;
    readonly x: number;
    readonly y: number;
  };
  /** Legend text ("Lộ trình cần có đến mục tiêu 2025"; `computed` marks it as the site's). */
  readonly label: string;
  readonly computed: true;
}

/** A goal level in its year. */
export interface PlacedGoal {
  readonly year: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  /** "Mục tiêu 2025: ≥ 94%". */
  readonly label: string;
  /** True when the level was derived (e.g. 2 × baseline), false when quoted from the program. */
  readonly computed: boolean;
  /** "Mục tiêu 2025" beside the marker, where it overlaps no other label, tick or figure. */
  readonly tag: PlacedText;
}

/** Everything a renderer needs to draw the indicator's line chart. */
export interface LineChartGeometry {
  readonly width: number;
  readonly height: number;
  /** Plot area in pixels. */
  readonly plot: Box;
  /** No figure at all: draw the axes and `summary` as the message. */
  readonly empty: boolean;
  /** Length of an x-axis tick mark under the plot. */
  readonly tickLength: number;
  /** Size the labels were placed for, in chart units (renderers may set them smaller). */
  readonly textSize: number;
  readonly xTicks: readonly LabelledTick[];
  readonly yTicks: readonly LabelledTick[];
  /** Figures left off the chart because their source gives no exact year. */
  readonly undated: number;
  /** Unit for the y axis title ("%", "triệu đồng"). */
  readonly yUnit: string;
  /** "Đơn vị: …" over the plot, wrapped to the chart's width; empty when there is no unit. */
  readonly unitLines: readonly PlacedText[];
  /** "Chưa có số liệu công bố" in the plot when there is no figure (clear of the goal labels), else null. */
  readonly emptyLabel: PlacedText | null;
  readonly lines: readonly PlacedLine[];
  readonly expected: PlacedExpectedPath | null;
  readonly goals: readonly PlacedGoal[];
  /** Indicator name, for <title>. */
  readonly title: string;
  /** One Vietnamese sentence for <desc>. */
  readonly summary: string;
}

/** A tiny trend line for cards. */
export interface SparklineGeometry {
  readonly width: number;
  readonly height: number;
  readonly empty: boolean;
  /** Style of the line drawn (the comparable one when it has figures). */
  readonly style: LineStyle | null;
  readonly d: string;
  readonly last: PlacedPoint | null;
  /** Short text for screen readers ("19,2% (2016) → 6,1% (2019)"). */
  readonly summary: string;
}
