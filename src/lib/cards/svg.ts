// Small builders of SVG markup shared by the cards and the chart downloads. Everything is drawn
// with presentation attributes, never CSS classes: the files must look the same in the
// rasteriser, in an image viewer and pasted into a newsroom's layout tool, none of which
// shares the site's stylesheet.

import type { StatusCode } from "../status/types.ts";

/** Font stack written into every image; the rasteriser only ever has the bundled font. */
export const FONT_FAMILY = "Be Vietnam Pro, Noto Sans, Arial, sans-serif";

/** Colours of the site (src/styles/global.css), repeated here because images carry no CSS. */
export const COLOURS = {
  ink: "#1b1b1b",
  muted: "#4a4a4a",
  line: "#c9c9c9",
  grid: "#e4e7eb",
  paper: "#ffffff",
  tint: "#f3f5f7",
  link: "#0b4f9c",
} as const;

/** The colour each status is drawn in; always beside its word and its icon shape. */
export const STATUS_COLOURS: Readonly<Record<StatusCode, string>> = {
  achieved: "#1a6b35",
  on_track: "#1d5fa8",
  behind: "#8a5300",
  off_track: "#a4161a",
  not_achieved: "#a4161a",
  awaiting_final: "#555f6b",
  not_comparable: "#555f6b",
  no_data: "#555f6b",
  qualitative: "#555f6b",
};

/** Returns `text` safe inside XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Returns `value` rounded to 0.1 as the shortest decimal string ("12.5", "3", "-0.4"). */
export function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/** Returns attribute text (` a="1" b="x"`) for the defined entries, values escaped. */
export function formatAttributes(
  attributes: Readonly<Record<string, string | number | undefined>>,
): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([name, value]) =>
        ` ${name}="${escapeXml(typeof value === "number" ? formatCoordinate(value) : value)}"`,
    )
    .join("");
}

/** How a block of lines is set. */
export interface TextBlockStyle {
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  readonly size: number;
  readonly weight: "regular" | "bold";
  readonly lineHeight: number;
  readonly fill: string;
  readonly anchor?: "start" | "middle" | "end";
}

/** Returns one <text> per line, baselines `lineHeight` apart. */
export function drawTextLines(lines: readonly string[], style: TextBlockStyle): string {
  return lines
    .map((line, index) => drawText(line, { ...style, y: style.y + index * style.lineHeight }))
    .join("");
}

/** Returns one <text> element. */
export function drawText(text: string, style: Omit<TextBlockStyle, "lineHeight">): string {
  const attributes = formatAttributes({
    x: style.x,
    y: style.y,
    "font-size": style.size,
    "font-weight": style.weight === "bold" ? "700" : undefined,
    fill: style.fill,
    "text-anchor":
      style.anchor === undefined || style.anchor === "start" ? undefined : style.anchor,
  });
  return `<text${attributes}>${escapeXml(text)}</text>`;
}

/** Returns the opening tag of a standalone SVG document of `width` × `height` px. */
export function openSvg(
  width: number,
  height: number,
  label: { title: string; desc: string },
): string {
  const attributes = formatAttributes({
    xmlns: "http://www.w3.org/2000/svg",
    "xml:lang": "vi",
    width,
    height,
    viewBox: `0 0 ${formatCoordinate(width)} ${formatCoordinate(height)}`,
    role: "img",
    "aria-labelledby": "tieu-de mo-ta",
    "font-family": FONT_FAMILY,
  });
  return `<svg${attributes}><title id="tieu-de">${escapeXml(label.title)}</title><desc id="mo-ta">${escapeXml(label.desc)}</desc>`;
}
