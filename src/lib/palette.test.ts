import { describe, expect, it } from "vitest";
import { STATUS_CODES } from "./status/types.ts";
import {
  LINE_PAINTS,
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
