// Synthetic data for tests only: none of these figures is real.
import { afterEach, describe, expect, it, vi } from "vitest";
import { computeStatus, computeStatuses } from "./compute-status.ts";
import {
  AFTER_END,
  base,
  BEFORE_END,
  LAST_DAY,
  makeInput,
  obs,
  ruleInput,
} from "../../../tests/support/synthetic-status-input.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("computeStatus around the 2025 deadline", () => {
  it.each([
    ["on 01/06/2025 with a 2024 figure", BEFORE_END, [obs(2024, 86)], "on_track", null, false],
    ["on 31/12/2025 with a 2024 figure", LAST_DAY, [obs(2024, 86)], "on_track", null, false],
    [
      "on 01/01/2026 with a 2024 figure",
      AFTER_END,
      [obs(2024, 86)],
      "awaiting_final",
      "on_track",
      false,
    ],
    [
      "on 01/01/2026, 2024 already met",
      AFTER_END,
      [obs(2024, 95)],
      "awaiting_final",
      "achieved",
      false,
    ],
    [
      "on 01/01/2026 with 2025 met",
      AFTER_END,
      [obs(2024, 86), obs(2025, 95)],
      "achieved",
      null,
      true,
    ],
    [
      "on 01/01/2026 with 2025 missed",
      AFTER_END,
      [obs(2024, 95), obs(2025, 90)],
      "not_achieved",
      null,
      true,
    ],
    ["on 01/06/2025 with an early 2025 figure", BEFORE_END, [obs(2025, 90)], "behind", null, false],
    ["on 01/01/2026 with no figure at all", AFTER_END, [], "no_data", null, false],
  ] as const)("%s: %s", (_, asOf, observations, status, provisional, final) => {
    const result = computeStatus(makeInput({ asOf, observations: [...observations] }));
    expect(result.status).toBe(status);
    expect(result.provisional).toBe(provisional);
    expect(result.final).toBe(final);
  });

  // Every quantitative rule through the deadline: baseline 2020, judged on 01/01/2026.
  const RULES = [
    ["at_least", 94, "up", 60, 95, 90],
    ["at_most", 0, "down", 14, 0, 2],
    ["below", 8, "down", 20, 7.9, 8],
    ["multiple_of_baseline", 2, "up", 28, 56, 55],
    ["change_per_year", -2, "down", 12, 2, 2.5],
    ["reduce_by_share", 50, "down", 14, 7, 8],
    ["share_of_reference", 60, "up", 28, 48, 45],
  ] as const;
  const deadlineCases = RULES.flatMap(
    ([rule, value, direction, start, met, missed]) =>
      [
        [
          rule,
          value,
          direction,
          start,
          "a 2025 figure that meets it",
          "achieved",
          "Đã đạt",
          [obs(2025, met)],
        ],
        [
          rule,
          value,
          direction,
          start,
          "a 2025 figure that misses it",
          "not_achieved",
          "Không đạt",
          [obs(2025, missed)],
        ],
        [
          rule,
          value,
          direction,
          start,
          "only a 2024 figure",
          "awaiting_final",
          "Chờ số liệu năm 2025",
          [obs(2024, missed)],
        ],
        [
          rule,
          value,
          direction,
          start,
          "only a merged-province figure",
          "not_comparable",
          "Có số liệu nhưng chưa so sánh được",
          [obs(2025, met, { scope_id: "tinh-moi" })],
        ],
      ] as const,
  );

  it.each(deadlineCases)(
    "%s %d (%s, baseline %d) after 2025 with %s is %s",
    (rule, value, direction, start, _, status, label, observations) => {
      const result = computeStatus(
        ruleInput(rule, value, direction, start, [...observations], AFTER_END),
      );
      expect([result.status, result.label]).toEqual([status, label]);
      expect(result.final).toBe(status === "achieved" || status === "not_achieved");
    },
  );

  it("labels the wait with the goal year and still reports the latest ratio", () => {
    const result = computeStatus(makeInput({ asOf: AFTER_END, observations: [obs(2024, 86)] }));
    expect(result.label).toBe("Chờ số liệu năm 2025");
    expect(result.ratio).toEqual({ value: 0.9559, text: "95%", computed: true });
    expect(result.latest?.period).toBe(2024);
  });

  it("ignores a 2025 figure published in a release after the as-of release", () => {
    const observations = [obs(2024, 86), obs(2025, 95, { release_id: "1.3.0" })];
    expect(computeStatus(makeInput({ asOf: LAST_DAY, observations })).status).toBe("on_track");
    expect(computeStatus(makeInput({ asOf: AFTER_END, observations })).status).toBe("achieved");
  });

  it("does not let a 2026 figure decide the 2025 goal", () => {
    const observations = [obs(2023, 80), obs(2026, 99)];
    const result = computeStatus(makeInput({ asOf: AFTER_END, observations }));
    expect(result.status).toBe("awaiting_final");
    expect(result.latest?.period).toBe(2023);
  });

  it("reads 'today' from the as-of release, never from the clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-01-01T00:00:00Z"));
    const result = computeStatus(makeInput({ asOf: BEFORE_END, observations: [obs(2024, 86)] }));
    expect(result.status).toBe("on_track");
  });

  it("judges the 2030 orientation separately from the 2025 goal", () => {
    const input = makeInput({ asOf: AFTER_END, observations: [obs(2024, 86)] });
    const results = computeStatuses({
      ...input,
      goals: [...input.goals, { indicator_id: "x", year: 2030, rule: "at_least", value: 100 }],
    });
    expect(results.map((result) => [result.goalYear, result.status])).toEqual([
      [2025, "awaiting_final"],
      [2030, "on_track"],
    ]);
  });
});

describe("computeStatus with scope changes and series breaks", () => {
  const merged = { scope_id: "tinh-moi" };
  const newStandard = { series_id: "ngheo-da-chieu-2022-2025" };

  it("never counts a merged-province figure for an old-province baseline", () => {
    const observations = [obs(2024, 80), obs(2025, 99, merged)];
    const result = computeStatus(makeInput({ asOf: AFTER_END, observations }));
    expect(result.status).toBe("awaiting_final");
    expect(result.others).toMatchObject([
      {
        period: 2025,
        value: 99,
        reason: "other-scope",
        label: "Khác phạm vi: Tỉnh Ví Dụ (sau sáp nhập)",
      },
    ]);
  });

  it.each([
    ["another scope", [obs(2024, 99, merged)], "other-scope"],
    ["another series", [obs(2024, 99, newStandard)], "other-series"],
    ["another scope and series", [obs(2024, 99, { ...merged, ...newStandard })], "other-scope"],
  ] as const)("has no comparable figure when the only one is of %s", (_, observations, reason) => {
    const result = computeStatus(makeInput({ observations: [...observations] }));
    expect(result.status).toBe("not_comparable");
    expect(result.label).toBe("Có số liệu nhưng chưa so sánh được");
    expect(result.comparable).toEqual([]);
    expect(result.others.map((figure) => figure.reason)).toEqual([reason]);
  });

  it("follows the series of the baseline across a change of standard", () => {
    const baselines = [base(2021, 12, newStandard)];
    const observations = [obs(2020, 3), obs(2024, 4.3, newStandard)];
    const result = computeStatus(
      makeInput({ rule: "change_per_year", value: -2, direction: "down", baselines, observations }),
    );
    expect(result.latest?.value).toBe(4.3);
    expect(result.others.map((figure) => figure.period)).toEqual([2020]);
    expect(result.status).toBe("on_track");
  });

  it("does not use a figure of the baseline year itself as progress", () => {
    const result = computeStatus(makeInput({ observations: [obs(2020, 60)] }));
    // Nothing was published after the baseline year: no figure tells progress.
    expect(result.status).toBe("no_data");
    expect(result.comparable.map((figure) => figure.period)).toEqual([2020]);
  });
});

describe("computeStatus without a usable baseline or reference", () => {
  it.each([
    ["no baseline row", []],
    ["a baseline only in a later release", [base(2020, 60, { release_id: "1.3.0" })]],
  ] as const)("has no comparable figure with %s", (_, baselines) => {
    const result = computeStatus(
      makeInput({ baselines: [...baselines], observations: [obs(2024, 95)] }),
    );
    expect(result.status).toBe("not_comparable");
    expect(result.baseline).toBeNull();
    expect(result.others).toMatchObject([{ period: 2024, reason: "no-baseline" }]);
  });

  it("keeps the absolute level of an at_least goal without a baseline", () => {
    const result = computeStatus(makeInput({ baselines: [] }));
    expect(result.goalLevel).toEqual({ value: 94, text: "94%", computed: false });
  });

  it.each([
    ["no reference value", undefined],
    ["a reference of another year only", "other-year"],
  ] as const)("has no comparable figure for share_of_reference with %s", (_, kind) => {
    const input = makeInput({
      rule: "share_of_reference",
      value: 60,
      observations: [obs(2024, 48)],
    });
    const referenceValues = kind === undefined ? [] : [{ period: 2023, value: 80 }];
    const result = computeStatus({ ...input, referenceValues });
    expect(result.status).toBe("not_comparable");
    expect(result.goalLevel).toBeNull();
    expect(result.reason).toBe(
      "Tỷ lệ thử là 48,0% (2024), nhưng chưa có số liệu bình quân chung cả nước năm 2024 nên chưa tính được mức mục tiêu (bằng 60% bình quân chung cả nước).",
    );
  });

  it("uses the baseline of the latest release, by date", () => {
    const baselines = [base(2020, 70, { release_id: "1.1.0" }), base(2020, 60)];
    const result = computeStatus(makeInput({ baselines, observations: [obs(2024, 86)] }));
    expect(result.baseline?.value).toBe(70);
    expect(result.baseline?.revised).toBe(true);
    expect(result.ratio?.text).toBe("83%");
  });
});

describe("computeStatus with revised figures", () => {
  it("takes the value of the latest release by date, whatever the file order", () => {
    const releases = [
      { id: "1.0.1", date: "2025-03-01" },
      { id: "1.1.0", date: "2024-12-01" },
    ];
    const observations = [
      obs(2024, 86, { release_id: "1.0.1" }),
      obs(2024, 70, { release_id: "1.1.0" }),
    ];
    const baselines = [base(2020, 60, { release_id: "1.1.0" })];
    const result = computeStatus({
      ...makeInput({ baselines, observations }),
      releases,
      asOf: "1.0.1",
    });
    expect(result.latest).toMatchObject({ value: 86, release_id: "1.0.1", revised: true });
    expect(result.latest?.history).toEqual([
      { release_id: "1.1.0", value: 70 },
      { release_id: "1.0.1", value: 86 },
    ]);
  });

  it("orders same-day releases by their place in the list (the Dataset's version order)", () => {
    const releases = [
      { id: "1.9.0", date: "2025-03-01" },
      { id: "1.10.0", date: "2025-03-01" },
    ];
    const baselines = [base(2020, 60, { release_id: "1.9.0" })];
    const observations = [
      obs(2024, 86, { release_id: "1.10.0" }),
      obs(2024, 70, { release_id: "1.9.0" }),
    ];
    const result = computeStatus({
      ...makeInput({ baselines, observations }),
      releases,
      asOf: "1.9.0",
    });
    expect(result.latest?.value).toBe(70);
    const later = computeStatus({
      ...makeInput({ baselines, observations }),
      releases,
      asOf: "1.10.0",
    });
    expect(later.latest?.value).toBe(86);
  });

  it("drops a withdrawn figure and falls back to the one before", () => {
    const observations = [obs(2023, 75), obs(2024, 86), obs(2024, null, { release_id: "1.1.0" })];
    const result = computeStatus(makeInput({ observations }));
    expect(result.latest?.period).toBe(2023);
    expect(result.comparable.map((figure) => figure.period)).toEqual([2023]);
  });

  it("keeps a figure whose withdrawal comes after the as-of release", () => {
    const observations = [obs(2024, 86), obs(2024, null, { release_id: "1.3.0" })];
    const result = computeStatus(makeInput({ observations, asOf: LAST_DAY }));
    expect(result.latest).toMatchObject({ period: 2024, value: 86, revised: false });
  });

  it("marks an unchanged republication as not revised", () => {
    const observations = [obs(2024, 86), obs(2024, 86, { release_id: "1.1.0" })];
    expect(computeStatus(makeInput({ observations })).latest?.revised).toBe(false);
  });

  it("ignores rows of other indicators", () => {
    const observations = [obs(2024, 86), obs(2024, 10, { indicator_id: "y" })];
    const result = computeStatus(makeInput({ observations }));
    expect(result.comparable.map((figure) => figure.value)).toEqual([86]);
  });
});
