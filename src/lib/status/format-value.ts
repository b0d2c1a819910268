// Writing the status module's numbers with their unit. A unit that starts with "%" sticks to the
// number ("19,2%", "3,16% số hộ DTTS"); any other unit follows a space ("51 triệu đồng"). A
// change of a percentage is in percentage points ("điểm %"), never in "%", so a reader does not
// mistake a fall from 10% to 8% for a fall of 20%.

import { formatNumber } from "../format.ts";
import { isPercentUnit } from "../units.ts";
import type { StatusIndicator } from "./types.ts";

/** Returns a figure of `indicator` written vi-VN with its decimals and unit ("19,2%"). */
export function formatFigure(value: number, indicator: StatusIndicator): string {
  return formatWithUnit(value, decimalsOf(indicator), unitOf(indicator));
}

/** Returns what a count of a percentage unit counts: "% số xã vùng DTTS" → "xã vùng DTTS". */
export function countedNoun(unit: string | null): string {
  return (unit ?? "")
    .trim()
    .replace(/^%\s*/, "")
    .replace(/^(số|tổng số)\s+/, "");
}

/** Returns a fraction as the source wrote it, vi-VN: "66/110 xã vùng DTTS và miền núi". */
export function formatFraction(
  numerator: number,
  denominator: number,
  unit: string | null,
): string {
  const noun = countedNoun(unit);
  const counts = `${formatNumber(numerator)}/${formatNumber(denominator)}`;
  return noun === "" ? counts : `${counts} ${noun}`;
}

/**
 * Returns a fraction with its share, the share said to be the site's own:
 * "66/110 xã vùng DTTS và miền núi (60,0%, tỷ lệ do trang tính)". Used wherever a figure's
 * text stands alone (headline, card, chart label); a table marks the share with its own marker.
 */
export function formatFractionFigure(
  numerator: number,
  denominator: number,
  share: number,
  indicator: StatusIndicator,
): string {
  const percent = formatWithUnit(share, decimalsOf(indicator), "%");
  return `${formatFraction(numerator, denominator, unitOf(indicator))} (${percent}, tỷ lệ do trang tính)`;
}

/** Returns the indicator's decimals (0 when unset). */
export function decimalsOf(indicator: StatusIndicator): number {
  return indicator.decimals ?? 0;
}

/** Returns the indicator's unit ("" when unset). */
export function unitOf(indicator: StatusIndicator): string {
  return indicator.unit ?? "";
}

/** Returns `value` written vi-VN with `decimals` decimals and the unit ("19,2%", "14 xã"). */
export function formatWithUnit(value: number, decimals: number, unit: string): string {
  return joinUnit(formatNumber(value, decimals), unit);
}

/** Returns the unit of a change of the indicator ("điểm %" for any percentage, else the unit). */
export function changeUnit(unit: string): string {
  return isPercentUnit(unit) ? "điểm %" : unit;
}

/** Returns `text` followed by `unit`, with no space before a "%" unit. */
export function joinUnit(text: string, unit: string): string {
  if (unit === "") return text;
  return isPercentUnit(unit) ? `${text}${unit}` : `${text} ${unit}`;
}

/** Returns a plain number (a factor, a share) vi-VN with as many decimals as it has, up to 3. */
export function formatPlain(value: number): string {
  const rounded = roundTo(value, 3);
  const decimals = (String(rounded).split(".")[1] ?? "").length;
  return formatNumber(rounded, decimals);
}

/** Returns `value` with 12 significant digits, clearing binary noise (3.9000000000000004 → 3.9). */
export function clean(value: number): number {
  const cleaned = Number(value.toPrecision(12));
  return cleaned === 0 ? 0 : cleaned;
}

/** Returns `value` rounded to `digits` decimals. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}
