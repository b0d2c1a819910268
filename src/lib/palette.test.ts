import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STATUS_CODES } from "./status/types.ts";
import {
  CHART_STROKES,
  CHART_TEXT_COLOURS,
  ICON_STROKES,
  LINE_PAINTS,
  SITE_COLOURS,
  STATUS_COLOURS,
  VARIANT_PAINTS,
  paintLine,
  statusClassName,
  writePaletteCss,
} from "./palette.ts";

// WCAG 2.2 relative luminance and contrast ratio, written out here so the test does not trust
// the module it checks.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe(writePaletteCss, () => {
  const css = writePaletteCss();

  it.each(STATUS_CODES)("gives %s its colour as a custom property and its chip rule", (status) => {
    const name = statusClassName(status);
    expect(css).toContain(`--status-${name}:${STATUS_COLOURS[status]}`);
    expect(css).toContain(`.status-chip--${name}{--chip:var(--status-${name})}`);
  });

  it("colours awaiting the 2025 figure purple on the page, as in the pictures", () => {
    expect(css).toContain("--status-awaiting-final:#5a3e8a");
  });

  it("styles each chart line and lets the variants override the style (later in the file)", () => {
    expect(css).toContain(".chart-line--other-scope{--line-colour:#8a5300}");
    expect(css).toContain(".chart-line--other-scope .chart-line__path{stroke-dasharray:7 4}");
    expect(css.indexOf(".chart-line--v1{")).toBeGreaterThan(
      css.indexOf(".chart-line--no-baseline{"),
    );
    expect(css.indexOf(".status-chip{")).toBeLessThan(css.indexOf(".status-chip--achieved{"));
  });
});

describe(paintLine, () => {
  it.each([
    ["other-series", 0, LINE_PAINTS["other-series"]],
    ["other-series", 1, VARIANT_PAINTS[0]],
    ["comparable", 2, VARIANT_PAINTS[1]],
    ["no-baseline", 3, LINE_PAINTS["no-baseline"]],
  ] as const)("paints %s variant %i as the page does", (style, variant, expected) => {
    expect(paintLine(style, variant)).toEqual(expected);
  });
});

describe("palette contrast", () => {
  it.each(Object.entries(STATUS_COLOURS))(
    "status %s is readable as text on white (WCAG AA, 4.5:1)",
    (_status, colour) => {
      expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each([...Object.values(LINE_PAINTS), ...VARIANT_PAINTS].map((paint) => paint.colour))(
    "chart line %s stands out from white (WCAG non-text, 3:1)",
    (colour) => {
      expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(3);
    },
  );
});

// The page draws the chart with pages.css classes, the downloads and cards with CHART_STROKES
// and CHART_TEXT_COLOURS (src/lib/cards/chart-svg.ts): one drawing only if the two agree.
describe("the chart's strokes and text colours in pages.css", () => {
  const css = readFileSync(new URL("../styles/pages.css", import.meta.url), "utf8");
  // The value of `property` in the first rule whose selector (at a line's start) is `selector`.
  const declaration = (selector: string, property: string): string | undefined => {
    const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const blocks = css.matchAll(new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`, "g"));
    for (const [, block = ""] of blocks) {
      const value = new RegExp(`(?:^|;|\\s)${property}:\\s*([^;]+);`).exec(block)?.[1];
      if (value !== undefined) return value.trim();
    }
    return undefined;
  };

  it.each([
    [".chart-line__path", CHART_STROKES.line],
    [".chart-line--v2 .chart-line__path", CHART_STROKES.dottedLine],
    [".chart-line__marker", CHART_STROKES.marker],
    [".chart-line__marker.is-baseline", CHART_STROKES.baselineMarker],
    [".chart__ring", CHART_STROKES.ring],
    [".chart__expected", CHART_STROKES.expected],
    [".chart__goal path", CHART_STROKES.goal],
    [".chart__grid line", CHART_STROKES.grid],
    [".chart__axis line", CHART_STROKES.axis],
    [".sparkline__line", CHART_STROKES.sparkline],
    [".status-chip__icon .icon-mark", ICON_STROKES.mark],
    [".status-chip__icon .icon-outline,\n.status-chip__icon .icon-dashed", ICON_STROKES.outline],
  ])("%s is stroked %d wide", (selector, width) => {
    expect(Number(declaration(selector, "stroke-width"))).toBe(width);
  });

  it("dashes a dashed status icon as the cards do", () => {
    expect(declaration(".status-chip__icon .icon-dashed", "stroke-dasharray")).toBe(
      ICON_STROKES.dash,
    );
  });

  it.each([
    [".chart__svg text", CHART_TEXT_COLOURS.tick],
    [".chart__unit", CHART_TEXT_COLOURS.unit],
    [".chart__svg .chart__empty", CHART_TEXT_COLOURS.empty],
  ])("%s is written in %s", (selector, colour) => {
    const name = Object.entries(SITE_COLOURS).find(([, value]) => value === colour)?.[0];
    expect(declaration(selector, "fill")).toBe(`var(--${name})`);
  });
});
