import { describe, expect, it } from "vitest";
import { fitText, truncateText, wrapText, type MeasureText } from "./text-layout.ts";

// A monospace stand-in: every character is half the font size wide, so widths are easy to reason
// about (a 20 px line of 10 characters is 100 px).
const measure: MeasureText = (text, style) => [...text].length * style.size * 0.5;
const style = { size: 20, weight: "regular" } as const;
const longName =
  "Tỷ lệ cán bộ, công chức, viên chức người DTTS cấp huyện, cấp xã theo Quyết định 402/QĐ-TTg";

describe(wrapText, () => {
  it("keeps every line within the width and loses no word", () => {
    const wrapped = wrapText(longName, { maxWidth: 300, maxLines: 10, style, measure });
    expect(wrapped.truncated).toBe(false);
    for (const line of wrapped.lines) expect(measure(line, style)).toBeLessThanOrEqual(300);
    expect(wrapped.lines.join(" ")).toBe(longName);
  });

  it("ends the last allowed line in … when the text needs more lines", () => {
    const wrapped = wrapText(longName, { maxWidth: 300, maxLines: 2, style, measure });
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]).toMatch(/…$/);
    expect(measure(wrapped.lines[1] ?? "", style)).toBeLessThanOrEqual(300);
  });

  it.each([
    ["a comparison sign stays with its number", "Mục tiêu 2025: ≥ 94% số xã", 170, "≥ 94%"],
    ["a dash stays with the word before it", "Nguồn dữ liệu — Báo Dân tộc", 150, "liệu —"],
  ])("%s", (_, text, width, together) => {
    const wrapped = wrapText(text, { maxWidth: width, maxLines: 5, style, measure });
    expect(wrapped.lines.some((line) => line.includes(together))).toBe(true);
  });

  it("breaks a word longer than the line between characters", () => {
    const url = "https://ctr02.thainguyen.example/chi-tieu/cbccvc-dtts-cap-huyen-xa/";
    const wrapped = wrapText(url, { maxWidth: 200, maxLines: 5, style, measure });
    expect(wrapped.lines.join("")).toBe(url);
    for (const line of wrapped.lines) expect(measure(line, style)).toBeLessThanOrEqual(200);
  });

  it("returns no line for empty text", () => {
    expect(wrapText("  ", { maxWidth: 100, maxLines: 2, style, measure }).lines).toEqual([]);
  });
});

describe(fitText, () => {
  // The long name in bold, at the first of `sizes` that fits `maxLines` lines of `maxWidth` px.
  const fitBold = (sizes: number[], maxWidth: number, maxLines: number) =>
    fitText(longName, { sizes, weight: "bold", maxWidth, maxLines, measure });

  it("takes the largest size at which the text fits its lines", () => {
    const fitted = fitBold([40, 30, 20], 400, 3);
    // 90 characters: at most 20 a line at 40 px, 26 at 30 px, 40 at 20 px.
    expect(fitted.size).toBe(20);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines).toHaveLength(3);
  });

  it("cuts at the smallest size when no size fits", () => {
    const fitted = fitBold([40, 30], 200, 2);
    expect(fitted.size).toBe(30);
    expect(fitted.truncated).toBe(true);
  });
});

describe(truncateText, () => {
  it.each([
    ["Tỷ lệ hộ nghèo DTTS", 400, "Tỷ lệ hộ nghèo DTTS"],
    ["Tỷ lệ hộ nghèo DTTS", 150, "Tỷ lệ hộ nghèo…"],
    ["Tỷ lệ hộ nghèo DTTS", 100, "Tỷ lệ hộ…"],
  ])("writes %j in %i px as %j", (text, width, expected) => {
    expect(truncateText(text, { maxWidth: width, style, measure })).toBe(expected);
  });
});
