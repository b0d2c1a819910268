// A tiny trend for an indicator card: the comparable line (from the baseline), or, without one,
// the line with the most figures, with its last point to mark. Its value axis spans only the
// line's own figures, so the shape of the trend is visible at 80 × 24 px; the card's text,
// not the sparkline, carries the figures (`summary` is there for screen readers).

import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import type { IndicatorAsOf } from "../resolve/types.ts";
import { roundPx } from "./axes.ts";
import { drawPath } from "./line-chart.ts";
import { describeTrend, pickMainLine } from "./summary.ts";
import type { PlacedPoint, SparklineGeometry } from "./types.ts";

/** Size of a sparkline in CSS pixels; `padding` keeps the end dot inside the box. */
export interface SparklineSize {
  readonly width: number;
  readonly height: number;
  readonly padding?: number;
}

/** Returns the geometry of the indicator's sparkline (coordinates to 0.1 px), its words in `lang`. */
export function placeSparkline(
  resolved: Pick<IndicatorAsOf, "lines">,
  size: SparklineSize,
  lang: Lang = "vi",
): SparklineGeometry {
  const main = pickMainLine(resolved.lines);
  const padding = size.padding ?? 2;
  if (!main) {
    return {
      width: size.width,
      height: size.height,
      empty: true,
      style: null,
      d: "",
      last: null,
      summary: dictionaryOf(lang).sparklineEmpty,
    };
  }
  const periods = main.figures.map((figure) => figure.period);
  const values = main.figures.map((figure) => figure.value);
  const placeX = stretch(periods, padding, size.width - padding);
  // Screen y grows downward: the highest value goes to the top edge.
  const placeY = stretch(values, size.height - padding, padding);
  const points: PlacedPoint[] = main.figures.map((figure) => ({
    ...figure,
    x: placeX(figure.period),
    y: placeY(figure.value),
  }));
  return {
    width: size.width,
    height: size.height,
    empty: false,
    style: main.style,
    d: drawPath(points),
    last: points.at(-1) ?? null,
    summary: describeTrend(main, lang),
  };
}

// Maps [min, max] of `values` onto [from, to]; a single value goes to the middle.
function stretch(values: readonly number[], from: number, to: number): (value: number) => number {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (high === low) return () => roundPx((from + to) / 2);
  return (value) => roundPx(from + ((value - low) / (high - low)) * (to - from));
}
