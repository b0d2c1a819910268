// Text on a chart without a browser: how wide a label will be, where it goes so it overlaps
// nothing, and how a long unit wraps. Widths are estimated per character from the widest common
// sans-serif a reader's system-ui may fall back to (DejaVu Sans, measured in Chromium), so an
// estimate is never narrower than the drawn text on Roboto, Noto Sans or Segoe UI: room is
// reserved for the widest face, and a narrower one only leaves more space. Boxes are in the
// chart's own units; y grows downwards as in SVG.

/** An axis-aligned box in chart units. */
export interface LabelBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A placed line of text: its anchor point (baseline) and how the text hangs from it. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  /** Room the text may take, for tests and further placement. */
  readonly box: LabelBox;
}

/** Height of the glyphs above the baseline, in ems (capitals and Vietnamese stacked marks). */
export const ASCENT = 0.95;
/** Depth of the glyphs below the baseline, in ems. */
export const DESCENT = 0.25;
/** Baseline-to-baseline distance of wrapped lines, in ems. */
export const LINE_HEIGHT = 1.25;

/** Returns the estimated width of `text` set at `size` units (bold ≈ 10 % wider). */
export function estimateTextWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text.normalize("NFC")) ems += charWidth(char);
  return ems * size * (bold ? 1.1 : 1);
}

function charWidth(char: string): number {
  if (/\d/u.test(char)) return 0.64;
  if (char === " ") return 0.32;
  if (char === "%") return 0.96;
  if (/[.,:;'’|!ịíìỉĩi]/u.test(char)) return 0.34;
  if (/[lIjfrt()[\]/]/u.test(char)) return 0.42;
  if (/[mwMW]/u.test(char)) return 0.98;
  const base = char.normalize("NFD").charAt(0);
  if (/\p{Lu}/u.test(base) || char === "Đ") return 0.76;
  return 0.6;
}

/** Returns the box of a line of text of `width` anchored at (x, y baseline), set at `size`. */
export function boxOfText(
  x: number,
  y: number,
  width: number,
  size: number,
  anchor: PlacedText["anchor"],
): LabelBox {
  const left = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
  return { left, right: left + width, top: y - ASCENT * size, bottom: y + DESCENT * size };
}

/** Returns the area two boxes share (0 when they only touch). */
export function overlapArea(a: LabelBox, b: LabelBox): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Returns the area of `box` outside `bounds`. */
export function outsideArea(box: LabelBox, bounds: LabelBox): number {
  const area = (box.right - box.left) * (box.bottom - box.top);
  return area - overlapArea(box, bounds);
}

/** A candidate spot for a label: its anchor point and anchor. */
export interface LabelSpot {
  readonly x: number;
  readonly y: number;
  readonly anchor: PlacedText["anchor"];
}

/**
 * Returns `text` placed at the first of `spots` (in order of preference) that stays inside
 * `bounds` and overlaps none of `obstacles`; when none is free, the spot with the least overlap
 * (area outside the bounds counts twice, so a label is never clipped to spare a marker).
 */
export function placeLabel(
  text: string,
  size: number,
  bold: boolean,
  spots: readonly LabelSpot[],
  obstacles: readonly LabelBox[],
  bounds: LabelBox,
): PlacedText {
  const width = estimateTextWidth(text, size, bold);
  let best: { placed: PlacedText; cost: number } | null = null;
  for (const spot of spots) {
    const box = boxOfText(spot.x, spot.y, width, size, spot.anchor);
    const cost =
      2 * outsideArea(box, bounds) +
      obstacles.reduce((sum, obstacle) => sum + overlapArea(box, obstacle), 0);
    const placed = { text, x: spot.x, y: spot.y, anchor: spot.anchor, box };
    if (cost === 0) return placed;
    if (!best || cost < best.cost) best = { placed, cost };
  }
  if (!best) throw new Error(`placeLabel: no spot offered for "${text}"`);
  return best.placed;
}

/** Returns `text` broken at spaces into lines no wider than `maxWidth` (a long word stays whole). */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ").filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (current && estimateTextWidth(next, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current) lines.push(current);
  return lines;
}
