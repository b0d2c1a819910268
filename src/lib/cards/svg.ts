// Small builders of SVG markup shared by the cards and the chart downloads. Everything is drawn
// with presentation attributes, never CSS classes: the files must look the same in the
// rasteriser, in an image viewer and pasted into a newsroom's layout tool, none of which
// shares the site's stylesheet.

import { CHART_PAINTS, SITE_COLOURS, STATUS_COLOURS } from "../palette.ts";
import { escapeXml } from "../xml.ts";

/** Font stack written into every image; the rasteriser only ever has the bundled font. */
const FONT_FAMILY = "Be Vietnam Pro, Noto Sans, Arial, sans-serif";

/** Colours of the site (src/lib/palette.ts, the page's colours too), with the chart's grid. */
export const COLOURS = { ...SITE_COLOURS, grid: CHART_PAINTS.grid } as const;

/** The colour each status is drawn in (src/lib/palette.ts); always beside its word and icon. */
export { STATUS_COLOURS };

/** Returns `value` rounded to 0.1 as the shortest decimal string ("12.5", "3", "-0.4"). */
function formatCoordinate(value: number): string {
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
interface TextBlockStyle {
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
