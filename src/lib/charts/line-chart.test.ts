// Synthetic data for tests only: none of these figures is real.
import { describe, expect, it } from "vitest";
import {
  AFTER_END,
  base,
  makeInput,
  obs,
  ruleInput,
} from "../../../tests/support/synthetic-status-input.ts";
import type { StatusInput } from "../status/types.ts";
import { overlapArea } from "./labels.ts";
import { drawPath, placeLineChart } from "./line-chart.ts";
import { resolveIndicatorAsOf } from "../resolve/resolve-indicator.ts";

/** The synthetic input's period. */
const PERIOD = [2021, 2025] as const;
const SIZE = { width: 320, height: 200, margins: { top: 10, right: 10, bottom: 24, left: 40 } };
const merged = { scope_id: "tinh-moi" };

/** Returns the chart of a synthetic input, resolved as of its release, at SIZE over PERIOD. */
function chartOf(input: StatusInput, size: Parameters<typeof placeLineChart>[1] = SIZE) {
  return placeLineChart(resolveIndicatorAsOf(input), size, PERIOD);
}

function withGoals(input: StatusInput, goals: StatusInput["goals"]): StatusInput {
  return { ...input, goals };
}

describe(placeLineChart, () => {
  const input = withGoals(
    makeInput({
      baselines: [base(2020, 60)],
      observations: [obs(2022, 70), obs(2024, 75), obs(2024, 80, { release_id: "1.1.0" })],
    }),
    [
      { indicator_id: "x", year: 2025, rule: "at_least", value: 94 },
      { indicator_id: "x", year: 2030, rule: "at_least", value: 100 },
    ],
  );
  const chart = chartOf(input);

  it("draws the comparable figures as one line from the baseline", () => {
    expect(chart.lines).toHaveLength(1);
    expect(chart.lines[0]?.points.map((point) => point.label)).toEqual(["60,0%", "70,0%", "80,0%"]);
    expect(chart.lines[0]?.d.match(/[ML]/g)).toHaveLength(3);
  });

  it("marks a figure whose value changed between releases as revised", () => {
    expect(chart.lines[0]?.points.map((point) => point.revised)).toEqual([false, false, true]);
  });

  it("draws the expected path from the baseline to the 2025 level, as computed", () => {
    expect(chart.expected).toMatchObject({
      style: "expected",
      from: { period: 2020, value: 60 },
      to: { period: 2025, value: 94 },
      computed: true,
      label: "Lộ trình cần có đến mục tiêu 2025",
    });
    const point = chart.lines[0]?.points[0];
    expect([chart.expected?.from.x, chart.expected?.from.y]).toEqual([point?.x, point?.y]);
  });

  it("marks the 2025 and 2030 goals in their years with their levels", () => {
    expect(chart.goals.map((goal) => [goal.year, goal.label, goal.computed])).toEqual([
      [2025, "Mục tiêu 2025: ít nhất 94%", false],
      [2030, "Mục tiêu 2030: 100%", false],
    ]);
    expect(chart.xTicks.at(-1)?.label).toBe("2030");
    expect(chart.yTicks.at(-1)?.value).toBeGreaterThanOrEqual(100);
  });

  it("summarises the chart in one Vietnamese sentence", () => {
    expect(chart.summary).toBe(
      "Tỷ lệ thử từ 60,0% (2020) lên 80,0% (2024); mục tiêu 2025: ít nhất 94%; mục tiêu 2030: 100%; 1 số liệu đã được điều chỉnh.",
    );
  });

  it("keeps every coordinate on a 0.1 px grid inside the box", () => {
    const numbers = [
      ...chart.lines.flatMap((line) => line.points.flatMap((point) => [point.x, point.y])),
      ...chart.goals.flatMap((goal) => [goal.x, goal.y]),
      ...chart.xTicks.map((tick) => tick.position),
      ...chart.yTicks.map((tick) => tick.position),
    ];
    for (const value of numbers) {
      expect(Math.round(value * 10) / 10).toBe(value);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(SIZE.width);
    }
  });

  it("gives the same geometry for the same input", () => {
    expect(chartOf(input)).toEqual(chart);
  });

  it("never joins a merged-province figure to the old-province line", () => {
    const split = chartOf(
      makeInput({
        baselines: [base(2020, 60)],
        observations: [obs(2024, 80), obs(2025, 90, merged)],
      }),
    );
    expect(split.lines.map((line) => [line.style, line.points.length])).toEqual([
      ["comparable", 2],
      ["other-scope", 1],
    ]);
    expect(split.lines[1]?.d).toBe(
      `M${split.lines[1]?.points[0]?.x},${split.lines[1]?.points[0]?.y}Z`,
    );
    expect(split.summary).toContain("1 đường khác phạm vi hoặc khác chuỗi vẽ riêng");
  });

  it("shows a computed goal level as computed, with the program's words", () => {
    const doubled = chartOf(ruleInput("multiple_of_baseline", 2, "up", 28, [obs(2024, 51)]));
    expect(doubled.goals).toMatchObject([
      {
        year: 2025,
        value: 56,
        computed: true,
        label: "Mục tiêu 2025: ít nhất 56,0% (tăng trên 2 lần so với năm 2020)",
      },
    ]);
  });

  it("shows only figures published by the as-of release", () => {
    const later = makeInput({
      observations: [obs(2024, 80), obs(2025, 95, { release_id: "1.3.0" })],
    });
    expect(chartOf(later).lines[0]?.points).toHaveLength(2);
    expect(chartOf({ ...later, asOf: AFTER_END }).lines[0]?.points).toHaveLength(3);
  });

  it("handles a single point with no baseline and no path", () => {
    const single = chartOf(makeInput({ baselines: [], observations: [obs(2019, 6.1)] }));
    expect(single.empty).toBe(false);
    expect(single.expected).toBeNull();
    expect(single.lines[0]?.style).toBe("no-baseline");
    expect(single.lines[0]?.d).toMatch(/^M[\d.]+,[\d.]+Z$/);
    expect(single.summary).toBe("Tỷ lệ thử: 6,1% (2019); mục tiêu 2025: ít nhất 94%.");
  });

  it("returns an empty state with axes when there is no figure", () => {
    const empty = chartOf(makeInput({ baselines: [], observations: [] }));
    expect(empty).toMatchObject({ empty: true, lines: [], expected: null });
    expect(empty.xTicks.length).toBeGreaterThan(1);
    expect(empty.summary).toBe("Tỷ lệ thử: chưa có số liệu công bố; mục tiêu 2025: ít nhất 94%.");
  });

  it("places negative figures below the zero line", () => {
    const negative = chartOf(
      makeInput({
        rule: "at_most",
        value: -2,
        direction: "down",
        baselines: [base(2020, 1)],
        observations: [obs(2022, -1), obs(2024, -3)],
      }),
    );
    const zero = negative.yTicks.find((tick) => tick.value === 0)?.position ?? 0;
    const points = negative.lines[0]?.points ?? [];
    expect(points.map((point) => point.y > zero)).toEqual([false, true, true]);
    expect(negative.summary).toContain("từ 1,0% (2020) xuống −3,0% (2024)");
  });
});

describe(drawPath, () => {
  it.each([
    [[], ""],
    [[{ x: 1, y: 2 }], "M1,2Z"],
    [
      [
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ],
      "M1,2L3.5,4",
    ],
  ])("draws %j as %s", (points, d) => {
    expect(drawPath(points)).toBe(d);
  });
});

describe("placeLineChart on a phone-sized chart", () => {
  const PHONE = {
    width: 300,
    height: 250,
    margins: { top: 10, right: 10, bottom: 24, left: 40 },
    textSize: 17,
  };
  const input = withGoals(
    makeInput({
      baselines: [base(2016, 19.2)],
      observations: [obs(2019, 6.1), obs(2024, 3.2, { scope_id: "tinh-moi" })],
    }),
    [
      { indicator_id: "x", year: 2025, rule: "at_most", value: 100 },
      { indicator_id: "x", year: 2030, rule: "at_most", value: 98 },
    ],
  );
  const chart = chartOf(input, PHONE);
  const labels = [
    ...chart.unitLines,
    ...chart.xTicks.map((tick) => tick.text),
    ...chart.yTicks.map((tick) => tick.text),
    ...chart.goals.map((goal) => goal.tag),
  ];

  it("labels the base year even when it sits next to the value axis", () => {
    expect(chart.xTicks[0]?.label).toBe("2016");
  });

  it("keeps year labels apart", () => {
    const boxes = chart.xTicks.map((tick) => tick.text.box);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]?.left ?? 0).toBeGreaterThan(boxes[i - 1]?.right ?? 0);
    }
  });

  it("writes goal labels in words, with no two labels overlapping and none clipped", () => {
    expect(chart.goals.map((goal) => goal.tag.text)).toEqual(["Mục tiêu 2025", "Mục tiêu 2030"]);
    for (const [index, label] of labels.entries()) {
      expect(label.box.left).toBeGreaterThanOrEqual(0);
      expect(label.box.right).toBeLessThanOrEqual(PHONE.width);
      expect(label.box.top).toBeGreaterThanOrEqual(0);
      expect(label.box.bottom).toBeLessThanOrEqual(PHONE.height);
      for (const other of labels.slice(index + 1)) {
        expect(overlapArea(label.box, other.box), `${label.text} / ${other.text}`).toBe(0);
      }
    }
  });
});
