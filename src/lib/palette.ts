// The site's colours and chart line styles, in one place for both renderers: the stylesheet's
// custom properties and chart rules are generated from this module at build time (the Vite
// plugin in astro.config.mjs serves writePaletteCss() as "virtual:palette.css"), and the share
// cards and chart downloads (src/lib/cards) draw with the same values. A copy in each had
// drifted: "Chờ số liệu năm 2025" was grey in the PNG and purple on the page.
//
// Status colours are keyed by status code, so a new code is one line here (the type makes it
// required). Every colour passes WCAG AA on white and is always paired with a word and an icon
// (status) or a dash pattern and a marker (chart lines): colour only supports them.

import type { LineStyle } from "./charts/types.ts";
import type { StatusCode } from "./status/types.ts";

/** The site's base colours, as hex: text, borders, backgrounds, links and focus. */
export const SITE_COLOURS = {
  ink: "#1b1b1b",
  muted: "#4a4a4a",
  line: "#c9c9c9",
  paper: "#ffffff",
  tint: "#f3f5f7",
  link: "#0b4f9c",
  focus: "#c25e00",
} as const;

/** The colour each status is drawn in, by status code. */
export const STATUS_COLOURS: Readonly<Record<StatusCode, string>> = {
  achieved: "#1a6b35",
  on_track: "#1d5fa8",
  behind: "#8a5300",
  off_track: "#a4161a",
  not_achieved: "#a4161a",
  awaiting_final: "#5a3e8a",
  not_comparable: "#555f6b",
  no_data: "#555f6b",
  qualitative: "#3d5566",
};

/** How a chart line is stroked: its colour and SVG dash pattern (undefined: solid). */
interface LinePaint {
  readonly colour: string;
  readonly dash: string | undefined;
}

/** The paint of the first line of each style (a figure's own series, another scope, …). */
export const LINE_PAINTS: Readonly<Record<LineStyle, LinePaint>> = {
  comparable: { colour: "#0b4f9c", dash: undefined },
  "other-scope": { colour: "#8a5300", dash: "7 4" },
  "other-series": { colour: "#6a2c8a", dash: "2 3" },
  "no-baseline": { colour: "#4a4a4a", dash: "10 3 2 3" },
};

/** The paint of a second and third line of one style (variants 1 and 2), whatever the style. */
export const VARIANT_PAINTS: readonly LinePaint[] = [
  { colour: "#1f5f5b", dash: "12 3" },
  { colour: "#7a2e2e", dash: "1 3" },
];

/** The rest of a chart: grid lines, the expected path (baseline → goal) and the goal markers. */
export const CHART_PAINTS = {
  grid: "#dcdcdc",
  expected: { colour: "#4a4a4a", dash: "4 4" },
  goal: "#1a6b35",
} as const;

/** Colours of the chart's words: tick labels, the unit and the "no figure" message (goal labels take CHART_PAINTS.goal). */
export const CHART_TEXT_COLOURS = {
  tick: SITE_COLOURS.ink,
  unit: SITE_COLOURS.muted,
  empty: SITE_COLOURS.muted,
} as const;

/**
 * Stroke widths of the chart, its legend swatches and the cards' sparklines, in chart units.
 * pages.css draws the page with the same widths (palette.test.ts compares them); the chart
 * downloads and share cards draw with these. A figure's marker has a white outline; the
 * baseline's is hollow, outlined in the line's colour; the dotted third line of one style
 * (variant 2) is drawn a little thicker to stay visible.
 */
export const CHART_STROKES = {
  line: 2.25,
  dottedLine: 2.75,
  marker: 1,
  baselineMarker: 2,
  ring: 1.25,
  expected: 1.5,
  goal: 0.75,
  grid: 1,
  axis: 1,
  sparkline: 1.75,
} as const;

/**
 * How a status icon's strokes are drawn (src/lib/views/status-icons.ts paints): the white mark
 * on a filled icon, the ring of an outlined or dashed one and its dash pattern. pages.css
 * draws the chips with the same values (palette.test.ts compares them).
 */
export const ICON_STROKES = { mark: 1.8, outline: 1.5, dash: "2.2 1.8" } as const;

/** Returns the stroke width of a chart line of variant `variant` (CHART_STROKES). */
export function strokeOfLine(variant: number): number {
  return variant === 2 ? CHART_STROKES.dottedLine : CHART_STROKES.line;
}

/** Returns the paint of a line of `style`; `variant` 1 and 2 tell apart further lines of one style. */
export function paintLine(style: LineStyle, variant: number): LinePaint {
  return VARIANT_PAINTS[variant - 1] ?? LINE_PAINTS[style];
}

/** Returns the CSS name part of a status code ("awaiting_final" → "awaiting-final"). */
export function statusClassName(status: StatusCode): string {
  return status.replaceAll("_", "-");
}

/** Returns the stylesheet generated from the palette: custom properties, status chip and chart line rules. */
export function writePaletteCss(): string {
  const properties = [
    ...Object.entries(SITE_COLOURS).map(([name, colour]) => `--${name}:${colour}`),
    ...Object.entries(STATUS_COLOURS).map(
      ([status, colour]) => `--status-${statusClassName(status as StatusCode)}:${colour}`,
    ),
    `--chart-main:${LINE_PAINTS.comparable.colour}`,
    `--chart-grid:${CHART_PAINTS.grid}`,
    `--chart-expected:${CHART_PAINTS.expected.colour}`,
    `--chart-goal:${CHART_PAINTS.goal}`,
  ];
  // Rules of equal specificity: the order below is the cascade (default, then each status; each
  // style, then the variants that override it), kept in this one file so no import order can
  // change it.
  const rules = [
    `:root{${properties.join(";")}}`,
    ".status-chip{--chip:var(--muted)}",
    ...Object.keys(STATUS_COLOURS).map((status) => {
      const name = statusClassName(status as StatusCode);
      return `.status-chip--${name}{--chip:var(--status-${name})}`;
    }),
    ".chart-line{--line-colour:var(--chart-main)}",
    ...Object.entries(LINE_PAINTS).map(([style, paint]) =>
      lineRules(`chart-line--${style}`, paint),
    ),
    ...VARIANT_PAINTS.map((paint, index) => lineRules(`chart-line--v${index + 1}`, paint)),
    `.chart__expected{stroke-dasharray:${CHART_PAINTS.expected.dash}}`,
  ];
  return `/* Generated from src/lib/palette.ts: edit the colours there. */\n${rules.join("\n")}\n`;
}

function lineRules(className: string, paint: LinePaint): string {
  const colour = `.${className}{--line-colour:${paint.colour}}`;
  return paint.dash === undefined
    ? colour
    : `${colour}\n.${className} .chart-line__path{stroke-dasharray:${paint.dash}}`;
}
