// Line breaking for card and chart-download text, measured with the bundled font's advances
// (font-metrics.ts). SVG has no automatic wrapping, and a long Vietnamese indicator name must
// wrap onto lines, never run off the picture: text that still does not fit in its lines ends
// in "…", so a reader sees it was cut.

import { measureText, type FontMetrics } from "./font-metrics.ts";

/** Size in px and weight of a run of text. */
export interface TextStyle {
  readonly size: number;
  readonly weight: "regular" | "bold";
}

/** Returns the width in px of `text` in `style`. */
export type MeasureText = (text: string, style: TextStyle) => number;

/** The two weights cards are set in. */
interface CardFonts {
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
}

/** Returns a measurer over the regular and bold fonts. */
export function createMeasure(fonts: CardFonts): MeasureText {
  return (text, style) =>
    measureText(style.weight === "bold" ? fonts.bold : fonts.regular, text, style.size);
}

/** Where and how text may wrap. */
interface WrapOptions {
  readonly maxWidth: number;
  readonly maxLines: number;
  readonly style: TextStyle;
  readonly measure: MeasureText;
}

/** Lines of wrapped text; `truncated` when the last line ends in "…" because text was left out. */
interface WrappedText {
  readonly lines: readonly string[];
  readonly truncated: boolean;
}

const ELLIPSIS = "…";
// A comparison sign belongs to the number after it ("≥ 94%"); a dash or a middle dot to the
// word before it, so no line starts with one.
const GLUE_NEXT = new Set(["≥", "≤", "<", ">", "=", "+", "−"]);
const GLUE_PREVIOUS = new Set(["—", "–", "·", ":"]);

/** Returns `text` broken into at most `maxLines` lines no wider than `maxWidth`. */
export function wrapText(text: string, options: WrapOptions): WrappedText {
  const { maxWidth, maxLines, style, measure } = options;
  const fits = (line: string): boolean => measure(line, style) <= maxWidth;
  const lines: string[] = [];
  let current = "";
  for (const unit of splitUnits(text)) {
    const candidate = current === "" ? unit : `${current} ${unit}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== "") lines.push(current);
    current = unit;
    // A single unit wider than the line (a long URL) is broken between characters.
    while (!fits(current)) {
      const [head, tail] = breakUnit(current, fits);
      lines.push(head);
      current = tail;
    }
  }
  if (current !== "") lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = ellipsize(`${kept[last] ?? ""} ${lines[last + 1] ?? ""}`, fits);
  return { lines: kept, truncated: true };
}

/** Text fitted to a box: the largest of the sizes tried at which it wraps without being cut. */
interface FittedText extends WrappedText {
  readonly size: number;
}

/** Returns `text` wrapped at the first of `sizes` (largest first) that needs no "…"; else cut at the last. */
export function fitText(
  text: string,
  options: Omit<WrapOptions, "style"> & {
    readonly sizes: readonly number[];
    readonly weight: TextStyle["weight"];
  },
): FittedText {
  const sizes = options.sizes.length > 0 ? options.sizes : [16];
  let wrapped: WrappedText = { lines: [], truncated: false };
  let size = sizes[0] ?? 16;
  for (const candidate of sizes) {
    size = candidate;
    wrapped = wrapText(text, { ...options, style: { size, weight: options.weight } });
    if (!wrapped.truncated) break;
  }
  return { ...wrapped, size };
}

/** Returns `text` shortened to fit one line, ending in "…" when something was cut. */
export function truncateText(text: string, options: Omit<WrapOptions, "maxLines">): string {
  return wrapText(text, { ...options, maxLines: 1 }).lines[0] ?? "";
}

function splitUnits(text: string): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const units: string[] = [];
  let glueNext = false;
  for (const word of words) {
    const previous = units.length - 1;
    if (previous >= 0 && (glueNext || GLUE_PREVIOUS.has(word))) {
      units[previous] = `${units[previous]} ${word}`;
    } else {
      units.push(word);
    }
    glueNext = GLUE_NEXT.has(word);
  }
  return units;
}

function breakUnit(unit: string, fits: (line: string) => boolean): [string, string] {
  const chars = [...unit];
  let end = 1;
  while (end < chars.length && fits(chars.slice(0, end + 1).join(""))) end += 1;
  return [chars.slice(0, end).join(""), chars.slice(end).join("")];
}

function ellipsize(line: string, fits: (line: string) => boolean): string {
  let words = line.trim().split(" ");
  while (words.length > 1 && !fits(`${words.join(" ")}${ELLIPSIS}`)) words = words.slice(0, -1);
  let result = words.join(" ").replace(/[\s,;:.—–-]+$/u, "");
  // One word too long for the line even alone: cut it between characters.
  while (result.length > 0 && !fits(`${result}${ELLIPSIS}`))
    result = [...result].slice(0, -1).join("");
  return `${result}${ELLIPSIS}`;
}
