import { describe, expect, it } from "vitest";
import {
  boxOfText,
  estimateTextWidth,
  overlapArea,
  placeLabel,
  wrapText,
  type LabelBox,
} from "./labels.ts";

const BOUNDS: LabelBox = { left: 0, top: 0, right: 400, bottom: 250 };

describe(estimateTextWidth, () => {
  // Widths measured in Chromium with DejaVu Sans (the widest fallback of system-ui), in ems.
  it.each([
    ["2016", 2.54],
    ["100%", 2.86],
    ["Mục tiêu 2025", 7.15],
    ["ABCDEFGHIJKLMNOPQRSTUVWXYZ", 17.47],
    ["abcdefghijklmnopqrstuvwxyz", 14.65],
  ])("never estimates %s narrower than it is drawn", (text, ems) => {
    expect(estimateTextWidth(text, 100)).toBeGreaterThanOrEqual(ems * 100);
    expect(estimateTextWidth(text, 100)).toBeLessThanOrEqual(ems * 100 * 1.15);
  });

  it("makes bold text wider", () => {
    expect(estimateTextWidth("Mục tiêu 2030", 17, true)).toBeGreaterThan(
      estimateTextWidth("Mục tiêu 2030", 17),
    );
  });
});

describe(placeLabel, () => {
  const spots = [
    { x: 200, y: 20, anchor: "middle" },
    { x: 200, y: 60, anchor: "middle" },
  ] as const;

  it("takes the first spot that is free", () => {
    expect(placeLabel("Mục tiêu 2025", 17, true, spots, [], BOUNDS).y).toBe(20);
  });

  it("moves to the next spot when the first overlaps another label", () => {
    const other = boxOfText(200, 20, 60, 17, "middle");
    const placed = placeLabel("Mục tiêu 2025", 17, true, spots, [other], BOUNDS);
    expect(placed.y).toBe(60);
    expect(overlapArea(placed.box, other)).toBe(0);
  });

  it("never leaves the bounds when a spot inside exists", () => {
    const edge = [
      { x: 395, y: 100, anchor: "middle" },
      { x: 395, y: 100, anchor: "end" },
    ] as const;
    const placed = placeLabel("Mục tiêu 2030", 17, true, edge, [], BOUNDS);
    expect(placed.anchor).toBe("end");
    expect(placed.box.right).toBeLessThanOrEqual(400);
  });

  it("takes the least overlap when every spot is taken, never a clipped one", () => {
    const edge = [
      { x: 0, y: 100, anchor: "end" },
      { x: 100, y: 100, anchor: "middle" },
    ] as const;
    const marker = { left: 95, top: 95, right: 105, bottom: 105 };
    const placed = placeLabel("Mục tiêu 2030", 17, true, edge, [marker], BOUNDS);
    expect(placed.x).toBe(100);
  });
});

describe(wrapText, () => {
  it("keeps a short unit on one line", () => {
    expect(wrapText("Đơn vị: xã", 17, 396)).toEqual(["Đơn vị: xã"]);
  });

  it("breaks a long unit at spaces so each line fits", () => {
    const lines = wrapText("Đơn vị: % số xã vùng DTTS và miền núi của huyện", 17, 396);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(estimateTextWidth(line, 17)).toBeLessThanOrEqual(396);
    expect(lines.join(" ")).toBe("Đơn vị: % số xã vùng DTTS và miền núi của huyện");
  });
});
