import { describe, expect, it } from "vitest";
import { decimalsOfStep, pickYearTicks, placeValueAxis, placeYearAxis, roundPx } from "./axes.ts";

describe(placeYearAxis, () => {
  it("labels years plainly and pads half a year on each side", () => {
    const axis = placeYearAxis([2020, 2025], 0, 300, [2021, 2025]);
    expect(axis.ticks.map((tick) => tick.label)).toEqual([
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    expect([axis.place(2020), axis.place(2025)]).toEqual([25, 275]);
  });

  it("thins the ticks on a narrow chart so labels do not overlap", () => {
    const axis = placeYearAxis([2020, 2025], 0, 120, [2021, 2025]);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(["2020", "2025"]);
  });

  it("keeps ticks at least the given spacing apart", () => {
    const axis = placeYearAxis([2016, 2030], 50, 380, [2021, 2025], 52);
    const positions = axis.ticks.map((tick) => tick.position);
    for (let i = 1; i < positions.length; i++) {
      expect((positions[i] ?? 0) - (positions[i - 1] ?? 0)).toBeGreaterThanOrEqual(52);
    }
    expect(axis.ticks.map((tick) => tick.label)).toEqual(["2020", "2025", "2030"]);
  });

  it("always labels the base year, dropping a regular tick too close to it", () => {
    const axis = placeYearAxis([2021, 2030], 50, 380, [2021, 2025], 52, [2021]);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(["2021", "2024", "2026", "2028", "2030"]);
  });

  it("never writes a year with a thousands separator or a fraction", () => {
    const axis = placeYearAxis([2016, 2030], 0, 300, [2021, 2025]);
    for (const tick of axis.ticks) expect(tick.label).toMatch(/^\d{4}$/);
  });

  it("always covers the program's years 2021–2025", () => {
    const axis = placeYearAxis([], 0, 300, [2021, 2025]);
    expect([axis.ticks[0]?.label, axis.ticks.at(-1)?.label]).toEqual(["2021", "2025"]);
  });

  it("reaches back to the earliest year before the program", () => {
    const axis = placeYearAxis([2016, 2019], 0, 600, [2021, 2025]);
    expect([axis.ticks[0]?.label, axis.ticks.at(-1)?.label]).toEqual(["2016", "2025"]);
  });
});

describe(pickYearTicks, () => {
  it.each([
    ["every year when there is room", 2021, 2025, 60, 50, [], [2021, 2022, 2023, 2024, 2025]],
    ["every second year", 2021, 2025, 30, 50, [], [2022, 2024]],
    ["every fifth year on a narrow phone", 2016, 2030, 22, 52, [], [2020, 2025, 2030]],
    ["the base year besides", 2016, 2030, 22, 52, [2016], [2016, 2020, 2025, 2030]],
    ["the base year instead of a tick too close", 2016, 2030, 22, 52, [2019], [2019, 2025, 2030]],
    ["no key year outside the axis", 2021, 2025, 60, 50, [2010], [2021, 2022, 2023, 2024, 2025]],
    ["every tenth year when very narrow", 2000, 2030, 6, 52, [], [2000, 2010, 2020, 2030]],
  ] as const)("labels %s", (_, low, high, perYear, spacing, keys, expected) => {
    expect(pickYearTicks(low, high, perYear, spacing, keys)).toEqual(expected);
  });
});

describe(placeValueAxis, () => {
  it.each([
    ["starts at 0 for positive values", [60, 94], "%", "0%", "100%"],
    ["reaches below 0 for negative values", [-3, 2], "xã", "−3", "2"],
    ["ends at 0 for negative values only", [-12, -5], "xã", "−12", "0"],
    ["shows decimals when the step needs them", [0.5, 1.2], "%", "0,0%", "1,2%"],
    ["labels thousands vi-VN", [1200, 4800], "hộ", "0", "5.000"],
  ] as const)("%s", (_, values, unit, first, last) => {
    const axis = placeValueAxis(values, 0, 200, unit);
    expect(axis.ticks[0]?.label).toBe(first);
    expect(axis.ticks.at(-1)?.label).toBe(last);
  });

  it("places higher values higher on screen", () => {
    const axis = placeValueAxis([0, 100], 10, 210, "%");
    expect([axis.place(0), axis.place(100)]).toEqual([210, 10]);
  });

  it("still has a scale when every value is 0", () => {
    const axis = placeValueAxis([0, 0], 0, 100, "xã");
    expect(axis.ticks.length).toBeGreaterThan(1);
    expect(axis.place(0)).toBe(100);
  });
});

describe(decimalsOfStep, () => {
  it.each([
    [[0, 20, 40], 0],
    [[0, 0.5, 1], 1],
    [[0, 0.25, 0.5], 2],
    [[0.1, 0.3], 1],
    [[5], 0],
  ])("writes the ticks %j with %d decimals", (ticks, decimals) => {
    expect(decimalsOfStep(ticks)).toBe(decimals);
  });
});

describe(roundPx, () => {
  it.each([
    [12.345, 12.3],
    [12.35, 12.4],
    [-0.04, 0],
  ])("rounds %d px to %d", (value, rounded) => {
    expect(Object.is(roundPx(value), rounded)).toBe(true);
  });
});
