// Synthetic data for tests only: none of these figures is real.
import { describe, expect, it } from "vitest";
import { computeGoalLevel, expectedValueAt, meetsGoal } from "./goal-level.ts";
import { GOAL_RULE_VALUES, type GoalRule } from "../data/rows.ts";
import type { Figure, StatusIndicator } from "./types.ts";

const INDICATOR: StatusIndicator = {
  id: "x",
  name: "Thu nhập thử",
  unit: "triệu đồng",
  decimals: 1,
  direction: "up",
  kind: "quantitative",
};

function baseline(period: number, value: number): Figure {
  return {
    period,
    value,
    scope_id: "tinh-cu",
    series_id: "mac-dinh",
    release_id: "1.0.0",
    source_id: "s1",
    excerpt: "…",
    note: "",
    revised: false,
    history: [],
    text: String(value),
    computed: false,
    fraction: null,
    period_basis: null,
    measure: null,
    measure_unit: null,
  };
}

function goal(rule: GoalRule, value: number | null, year = 2025) {
  return { indicator_id: "x", year, rule, value, reference: "bình quân cả nước" };
}

describe(computeGoalLevel, () => {
  it.each([
    ["at_least", 94, "down", 94, ">=", "ít nhất 94 triệu đồng", false],
    ["at_most", 0, "down", 0, "<=", "không còn triệu đồng", false],
    ["below", 8, "down", 8, "<", "dưới 8 triệu đồng", false],
    [
      "multiple_of_baseline",
      2,
      "up",
      56,
      ">=",
      "ít nhất 56,0 triệu đồng (tăng trên 2 lần so với năm 2020)",
      true,
    ],
    [
      "multiple_of_baseline",
      0.5,
      "down",
      14,
      "<=",
      "không quá 14,0 triệu đồng (còn 0,5 lần mức năm 2020)",
      true,
    ],
    [
      "change_per_year",
      -2,
      "down",
      18,
      "<=",
      "không quá 18,0 triệu đồng (giảm bình quân trên 2 triệu đồng mỗi năm)",
      true,
    ],
    [
      "change_per_year",
      1.5,
      "up",
      35.5,
      ">=",
      "ít nhất 35,5 triệu đồng (tăng bình quân trên 1,5 triệu đồng mỗi năm)",
      true,
    ],
    [
      "change_per_year",
      0,
      "down",
      28,
      "<=",
      "không quá 28,0 triệu đồng (không tăng so với năm gốc)",
      true,
    ],
    [
      "reduce_by_share",
      50,
      "down",
      14,
      "<=",
      "không quá 14,0 triệu đồng (giảm 50% so với năm 2020)",
      true,
    ],
    [
      "share_of_reference",
      60,
      "up",
      48,
      ">=",
      "ít nhất 48,0 triệu đồng (bằng 60% bình quân cả nước năm 2024)",
      true,
    ],
    [
      "share_of_reference",
      60,
      "down",
      48,
      "<=",
      "không quá 48,0 triệu đồng (bằng 60% bình quân cả nước năm 2024)",
      true,
    ],
  ] as const)(
    "turns %s %d (direction %s) into level %d, %s",
    (rule, value, direction, level, sense, text, computed) => {
      const result = computeGoalLevel(
        goal(rule, value),
        { ...INDICATOR, direction },
        baseline(2020, 28),
        [{ period: 2024, value: 80 }],
        2024,
      );
      expect(result.level?.value).toBe(level);
      expect(result.level?.computed).toBe(computed);
      expect(result.sense).toBe(sense);
      expect(result.text).toBe(text);
    },
  );

  it.each([
    ["multiple_of_baseline", 2, "tăng trên 2 lần so với năm gốc", "chưa có số liệu năm gốc"],
    ["change_per_year", -2, "giảm bình quân trên 2 triệu đồng mỗi năm", "chưa có số liệu năm gốc"],
    ["reduce_by_share", 50, "giảm 50% so với năm gốc", "chưa có số liệu năm gốc"],
  ] as const)("has no %s level without a baseline", (rule, value, text, missing) => {
    const result = computeGoalLevel(goal(rule, value), INDICATOR, null, [], null);
    expect(result).toMatchObject({ level: null, text, missing });
  });

  it.each([
    ["no reference value", [], 2024, "chưa có số liệu bình quân cả nước năm 2024"],
    [
      "a withdrawn reference value",
      [{ period: 2024, value: null }],
      2024,
      "chưa có số liệu bình quân cả nước năm 2024",
    ],
    [
      "no period to compare",
      [{ period: 2024, value: 80 }],
      null,
      "chưa có số liệu bình quân cả nước",
    ],
  ] as const)("has no share_of_reference level with %s", (_, references, period, missing) => {
    const result = computeGoalLevel(
      goal("share_of_reference", 60),
      INDICATOR,
      baseline(2020, 28),
      references,
      period,
    );
    expect(result).toMatchObject({ level: null, missing, text: "bằng 60% bình quân cả nước" });
  });

  it("computes change_per_year from the baseline year to the goal year", () => {
    const result = computeGoalLevel(
      goal("change_per_year", -2, 2030),
      INDICATOR,
      baseline(2022, 20),
      [],
      null,
    );
    expect(result.level?.value).toBe(4);
  });

  it("clears binary noise from a computed level", () => {
    const result = computeGoalLevel(
      goal("change_per_year", -2),
      INDICATOR,
      baseline(2021, 11.9),
      [],
      null,
    );
    expect(result.level?.value).toBe(3.9);
  });
});

describe("goal sentences a citizen reads", () => {
  const percent = (unit: string, name = "Tỷ lệ thử"): StatusIndicator => ({
    ...INDICATOR,
    name,
    unit,
    decimals: 1,
  });
  const level = (rule: GoalRule, value: number, indicator: StatusIndicator) =>
    computeGoalLevel(goal(rule, value), indicator, baseline(2020, 28), [], null).text;

  it.each([
    ["all of a percentage", "at_least", 100, percent("% số xóm"), "100% số xóm"],
    ["at least a share", "at_least", 94, percent("% số xã"), "ít nhất 94% số xã"],
    ["below a share", "below", 8, percent("% số hộ"), "dưới 8% số hộ"],
    [
      "none left of a count",
      "at_most",
      0,
      percent("xã", "Số xã đặc biệt khó khăn trên địa bàn tỉnh"),
      "không còn xã đặc biệt khó khăn trên địa bàn tỉnh",
    ],
  ] as const)("writes %s as words, never a sign", (_, rule, value, indicator, text) => {
    expect(level(rule, value, indicator)).toBe(text);
  });

  it("writes a yearly fall of a percentage in percentage points, in words", () => {
    expect(level("change_per_year", -2, { ...percent("% số hộ"), direction: "down" })).toBe(
      "không quá 18,0% số hộ (giảm bình quân trên 2 điểm phần trăm mỗi năm)",
    );
  });

  it("writes a multiple of the baseline as the program does", () => {
    expect(level("multiple_of_baseline", 2, INDICATOR)).toBe(
      "ít nhất 56,0 triệu đồng (tăng trên 2 lần so với năm 2020)",
    );
  });

  it("never writes ≥, ≤ or < in any numeric goal's words", () => {
    const numericRules = GOAL_RULE_VALUES.filter((rule) => rule !== "qualitative");
    for (const rule of numericRules) {
      expect(level(rule, 2, INDICATOR)).not.toMatch(/[≥≤<>]/);
    }
  });
});

describe(meetsGoal, () => {
  it.each([
    [94, 94, ">=", true],
    [93.9, 94, ">=", false],
    [8, 8, "<=", true],
    [8.1, 8, "<=", false],
    [8, 8, "<", false],
    [7.99, 8, "<", true],
    [0.1 + 0.2, 0.3, "<=", true],
  ] as const)("%d against %d with %s is %s", (x, level, sense, met) => {
    expect(meetsGoal(x, level, sense)).toBe(met);
  });
});

describe(expectedValueAt, () => {
  it.each([
    [2020, 60],
    [2022, 73.6],
    [2024, 87.2],
    [2025, 94],
    [2027, 94],
  ])("puts the straight path 60 (2020) → 94 (2025) at %d on %d", (period, expected) => {
    expect(expectedValueAt(baseline(2020, 60), 94, 2025, period)).toBe(expected);
  });

  it("goes straight to the level when the baseline year is the goal year", () => {
    expect(expectedValueAt(baseline(2025, 60), 94, 2025, 2025)).toBe(94);
  });
});
