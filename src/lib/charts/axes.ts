// Scales and ticks. The year axis always spans at least the program's period (program.csv), so
// charts of different indicators line up and an empty chart still shows the period; it is
// padded by half a year on each side so the first and last points are not drawn on the axes.
// Tick labels are plain years ("2024", never "2.024"). The value axis always includes 0 (every indicator of the program is a rate, a count
// or an amount, and a line that starts at 0 does not exaggerate a change), then the baseline,
// the figures and the goal levels; it is extended to round tick values.

import { scaleLinear } from "d3-scale";
import { formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { clean } from "../status/format-value.ts";
import { isPercentUnit } from "../units.ts";
import type { PlacedTick } from "./types.ts";

/** A placed axis: value → pixel, and its ticks. */
export interface PlacedAxis {
  readonly place: (value: number) => number;
  readonly ticks: readonly PlacedTick[];
}

/** Returns `value` rounded to 0.1 px (no "-0"), so geometry is the same on every machine. */
export function roundPx(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** The program's period, first and last year: every year axis covers at least these years. */
export type ProgramYears = readonly [number, number];

/** Year steps a year axis may label, fewest labels last. */
const YEAR_STEPS = [1, 2, 5, 10] as const;

/**
 * Returns the year axis over `years` and the program's `period` between pixels `left` and
 * `right`. Ticks are `minSpacing` apart at least (so their labels never touch: pass the label
 * width plus a gap), every 1, 2, 5 or 10 years; each of `keyYears` in range (the base year) is
 * always labelled, and a regular tick too close to it is dropped.
 */
export function placeYearAxis(
  years: readonly number[],
  left: number,
  right: number,
  period: ProgramYears,
  minSpacing = 48,
  keyYears: readonly number[] = [],
): PlacedAxis {
  const low = Math.min(period[0], ...years);
  const high = Math.max(period[1], ...years);
  const scale = scaleLinear()
    .domain([low - 0.5, high + 0.5])
    .range([left, right]);
  const perYear = (right - left) / (high - low + 1);
  const ticks = pickYearTicks(low, high, perYear, minSpacing, keyYears).map((tick) => ({
    value: tick,
    position: roundPx(scale(tick)),
    label: String(tick),
  }));
  return { place: (value) => roundPx(scale(value)), ticks };
}

/**
 * Returns the labelled years between `low` and `high`: `keyYears` in range, then the multiples
 * of the smallest step of 1, 2, 5 or 10 years that keeps ticks `minSpacing` apart at `perYear`
 * units a year, leaving out any closer than that to a key year. Sorted ascending.
 */
export function pickYearTicks(
  low: number,
  high: number,
  perYear: number,
  minSpacing: number,
  keyYears: readonly number[] = [],
): number[] {
  const gap = Math.max(1, Math.ceil(minSpacing / Math.max(perYear, 1e-9)));
  const step = YEAR_STEPS.find((candidate) => candidate >= gap) ?? 10 * Math.ceil(gap / 10);
  const keys = [...new Set(keyYears)].filter((year) => year >= low && year <= high);
  const regular: number[] = [];
  for (let year = Math.ceil(low / step) * step; year <= high; year += step) regular.push(year);
  const kept = regular.filter((year) => keys.every((key) => Math.abs(year - key) >= gap));
  return [...keys, ...kept].sort((a, b) => a - b);
}

/**
 * Returns the value axis over `values` and 0, from pixel `bottom` up to `top` (a tick per
 * `spacing` px, ~40), its numbers written as `lang` writes them.
 */
export function placeValueAxis(
  values: readonly number[],
  top: number,
  bottom: number,
  unit: string,
  spacing = 40,
  lang: Lang = "vi",
): PlacedAxis {
  const low = Math.min(0, ...values);
  let high = Math.max(0, ...values);
  if (high === low) high = low + 1;
  const count = Math.max(2, Math.floor((bottom - top) / spacing));
  const scale = scaleLinear().domain([low, high]).range([bottom, top]).nice(count);
  const values_ = scale.ticks(count);
  const decimals = decimalsOfStep(values_);
  const suffix = isPercentUnit(unit) ? "%" : "";
  const ticks = values_.map((tick) => ({
    value: clean(tick),
    position: roundPx(scale(tick)),
    label: `${formatNumberIn(lang, clean(tick), decimals)}${suffix}`,
  }));
  return { place: (value) => roundPx(scale(value)), ticks };
}

/** Returns the fewest decimals (≤ 3) that write every tick of an evenly spaced list exactly. */
export function decimalsOfStep(ticks: readonly number[]): number {
  const [first, second] = ticks;
  if (first === undefined || second === undefined) return 0;
  const step = clean(Math.abs(second - first));
  for (let decimals = 0; decimals < 3; decimals++) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return decimals;
  }
  return 3;
}
