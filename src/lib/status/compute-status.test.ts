// Synthetic data for tests only: none of these figures is real.
import { describe, expect, it } from "vitest";
import { computeStatus } from "./compute-status.ts";
import type { StatusInput, StatusObservation } from "./types.ts";
import {
  AFTER_END,
  base,
  makeInput,
  obs,
  ruleInput,
} from "../../../tests/support/synthetic-status-input.ts";

/** Returns the input for the goal "below 8 by 2030" from 20 in 2020, with one figure. */
function belowEightBy2030(figure: StatusObservation, asOf?: string): StatusInput {
  return makeInput({
    rule: "below",
    value: 8,
    direction: "down",
    goalYear: 2030,
    baselines: [base(2020, 20)],
    observations: [figure],
    ...(asOf === undefined ? {} : { asOf }),
  });
}

describe(computeStatus, () => {
  // Each rule with baseline 2020 and a 2024 figure, judged on 01/06/2025 (before the deadline).
  it.each([
    ["at_least", 94, "up", 60, 95, "achieved", "Đã đạt", "128%"],
    ["at_least", 94, "up", 60, 86, "on_track", "Đúng tiến độ", "95%"],
    ["at_least", 94, "up", 60, 75, "behind", "Chậm", "55%"],
    ["at_least", 94, "up", 60, 70, "off_track", "Rất chậm", "36%"],
    ["at_least", 94, "up", 60, 55, "off_track", "Rất chậm", "−18%"],
    ["at_most", 0, "down", 14, 0, "achieved", "Đã đạt", "125%"],
    ["at_most", 0, "down", 14, 3, "on_track", "Đúng tiến độ", "98%"],
    ["at_most", 0, "down", 14, 8, "behind", "Chậm", "53%"],
    ["at_most", 0, "down", 14, 12, "off_track", "Rất chậm", "17%"],
    ["at_most", 0, "down", 14, 15, "off_track", "Rất chậm", "−8%"],
    ["below", 8, "down", 20, 7.9, "achieved", "Đã đạt", "126%"],
    ["below", 8, "down", 20, 10.8, "on_track", "Đúng tiến độ", "95%"],
    ["below", 8, "down", 20, 14, "behind", "Chậm", "62%"],
    ["below", 8, "down", 20, 17, "off_track", "Rất chậm", "31%"],
    ["below", 8, "down", 20, 21, "off_track", "Rất chậm", "−10%"],
    ["multiple_of_baseline", 2, "up", 28, 56, "achieved", "Đã đạt", "125%"],
    ["multiple_of_baseline", 2, "up", 28, 51, "on_track", "Đúng tiến độ", "102%"],
    ["multiple_of_baseline", 2, "up", 28, 40, "behind", "Chậm", "53%"],
    ["multiple_of_baseline", 2, "up", 28, 30, "off_track", "Rất chậm", "8%"],
    ["multiple_of_baseline", 2, "up", 28, 27, "off_track", "Rất chậm", "−4%"],
    ["multiple_of_baseline", 0.5, "down", 20, 10, "achieved", "Đã đạt", "125%"],
    ["multiple_of_baseline", 0.5, "down", 20, 12, "on_track", "Đúng tiến độ", "100%"],
    ["change_per_year", -2, "down", 12, 2, "achieved", "Đã đạt", "125%"],
    ["change_per_year", -2, "down", 12, 4.3, "on_track", "Đúng tiến độ", "96%"],
    ["change_per_year", -2, "down", 12, 7, "behind", "Chậm", "62%"],
    ["change_per_year", -2, "down", 12, 10, "off_track", "Rất chậm", "25%"],
    ["change_per_year", -2, "down", 12, 13, "off_track", "Rất chậm", "−12%"],
    ["change_per_year", 3, "up", 40, 52, "on_track", "Đúng tiến độ", "100%"],
    ["reduce_by_share", 50, "down", 14, 7, "achieved", "Đã đạt", "125%"],
    ["reduce_by_share", 50, "down", 14, 8.6, "on_track", "Đúng tiến độ", "96%"],
    ["reduce_by_share", 50, "down", 14, 11, "behind", "Chậm", "53%"],
    ["reduce_by_share", 50, "down", 14, 13, "off_track", "Rất chậm", "17%"],
    ["reduce_by_share", 50, "down", 14, 15, "off_track", "Rất chậm", "−17%"],
    ["share_of_reference", 60, "up", 28, 48, "achieved", "Đã đạt", "125%"],
    ["share_of_reference", 60, "up", 28, 43.5, "on_track", "Đúng tiến độ", "96%"],
    ["share_of_reference", 60, "up", 28, 38, "behind", "Chậm", "62%"],
    ["share_of_reference", 60, "up", 28, 30, "off_track", "Rất chậm", "12%"],
    ["share_of_reference", 60, "up", 28, 25, "off_track", "Rất chậm", "−18%"],
  ] as const)(
    "%s %d (%s) from %d to %d is %s",
    (rule, value, direction, start, latest, status, label, ratio) => {
      const result = computeStatus(ruleInput(rule, value, direction, start, [obs(2024, latest)]));
      expect(result.status).toBe(status);
      expect(result.label).toBe(label);
      expect(result.ratio?.text).toBe(ratio);
      expect(result.final).toBe(false);
    },
  );

  it.each([
    [8, "on_track", "Đúng tiến độ"],
    [7.9, "achieved", "Đã đạt"],
  ] as const)("treats 'below 8' as strict: %d in 2024 is %s", (latest, status, label) => {
    const result = computeStatus(belowEightBy2030(obs(2024, latest)));
    expect([result.status, result.label]).toEqual([status, label]);
  });

  it.each([
    [8, "not_achieved", "Không đạt"],
    [7.9, "achieved", "Đã đạt"],
  ] as const)("gives the final 2030 verdict on 'below 8' for %d: %s", (latest, status, label) => {
    const result = computeStatus(belowEightBy2030(obs(2030, latest), "2.0.0"));
    expect([result.status, result.label, result.final]).toEqual([status, label, true]);
  });

  it.each([
    [76.1, "on_track"],
    [40.1, "behind"],
    [40.09, "off_track"],
  ] as const)("applies the 0.95 and 0.5 thresholds inclusively: %d is %s", (latest, status) => {
    // Baseline 0.1 and goal 100.1: expected change to 2024 is 80, so 76 is exactly 0.95
    // and 40 exactly 0.5 — the sums carry binary noise that must not flip the status.
    const result = computeStatus(
      makeInput({ value: 100.1, baselines: [base(2020, 0.1)], observations: [obs(2024, latest)] }),
    );
    expect(result.status).toBe(status);
  });

  it("is qualitative for a qualitative goal, with no level, ratio or figure verdict", () => {
    const result = computeStatus(makeInput({ rule: "qualitative", value: null }));
    expect(result).toMatchObject({
      status: "qualitative",
      label: "Chỉ tiêu định tính",
      goalLevel: null,
      ratio: null,
      goalText: "…",
    });
  });

  it("is qualitative for a qualitative indicator even with figures", () => {
    const input = makeInput({ observations: [obs(2024, 95)] });
    const result = computeStatus({
      ...input,
      indicator: { ...input.indicator, kind: "qualitative" },
    });
    expect(result.status).toBe("qualitative");
  });
});

describe("computeStatus reasons and computed numbers", () => {
  it.each([
    [
      "the program's poverty example",
      ruleInput("change_per_year", -2, "down", 11.88, [obs(2024, 3.16)]),
      "Tỷ lệ thử giảm bình quân 2,18 điểm %/năm (2020–2024), đạt yêu cầu giảm bình quân trên 2 điểm phần trăm mỗi năm.",
    ],
    [
      "a final miss on a rate",
      ruleInput("change_per_year", -2, "down", 12, [obs(2025, 3.05)], AFTER_END),
      "Tỷ lệ thử giảm bình quân 1,79 điểm %/năm (2020–2025), không đạt yêu cầu giảm bình quân trên 2 điểm phần trăm mỗi năm.",
    ],
    [
      "progress on a level",
      makeInput({ observations: [obs(2024, 75)] }),
      "Tỷ lệ thử là 75,0% (2024), bằng 55% tiến độ cần có để đạt mục tiêu năm 2025 (ít nhất 94%); theo lộ trình từ 60,0% (2020), năm 2024 cần 87,2%.",
    ],
    [
      "the wrong way",
      makeInput({ observations: [obs(2024, 55)] }),
      "Tỷ lệ thử là 55,0% (2024), giảm so với 60,0% (2020), ngược chiều mục tiêu năm 2025 (ít nhất 94%).",
    ],
    [
      "a goal met early",
      ruleInput("multiple_of_baseline", 2, "up", 28, [obs(2023, 57)]),
      "Tỷ lệ thử là 57,0% (2023), đã đạt mục tiêu năm 2025 (ít nhất 56,0%, tăng trên 2 lần so với năm 2020).",
    ],
    [
      "awaiting the goal-year figure",
      makeInput({ observations: [obs(2024, 86)], asOf: AFTER_END }),
      "Tỷ lệ thử: chưa có số liệu năm 2025; gần nhất là 86,0% (2024), bằng 95% tiến độ cần có để đạt mục tiêu năm 2025 (ít nhất 94%); theo lộ trình từ 60,0% (2020), năm 2024 cần 87,2%.",
    ],
    [
      "a final miss on a level",
      makeInput({ observations: [obs(2025, 90)], asOf: AFTER_END }),
      "Tỷ lệ thử là 90,0% (2025), không đạt mục tiêu năm 2025 (ít nhất 94%), bằng 88% mức thay đổi cần có.",
    ],
    [
      "figures of another scope only (not comparable)",
      makeInput({ observations: [obs(2024, 99, { scope_id: "tinh-moi" })] }),
      "Tỷ lệ thử: có số liệu nhưng không số liệu nào từ năm 2021 đến năm 2025 cùng phạm vi và cùng chuỗi với số liệu năm gốc (60,0%, năm 2020: Tỉnh Ví Dụ (cũ), Mặc định); số liệu đã có: năm 2024 — khác phạm vi: Tỉnh Ví Dụ (sau sáp nhập).",
    ],
    [
      "figures of another scope and another series (not comparable)",
      makeInput({
        observations: [
          obs(2023, 98, { scope_id: "tinh-moi" }),
          obs(2024, 99, { scope_id: "tinh-moi" }),
          obs(2024, 70, { series_id: "chuan-moi" }),
        ],
      }),
      "Tỷ lệ thử: có số liệu nhưng không số liệu nào từ năm 2021 đến năm 2025 cùng phạm vi và cùng chuỗi với số liệu năm gốc (60,0%, năm 2020: Tỉnh Ví Dụ (cũ), Mặc định); số liệu đã có: năm 2023, 2024 — khác phạm vi: Tỉnh Ví Dụ (sau sáp nhập); năm 2024 — khác chuỗi: chuan-moi.",
    ],
    [
      "no figure at all (no data)",
      makeInput({ baselines: [] }),
      "Tỷ lệ thử: chưa có số liệu nào được công bố, kể cả số liệu năm gốc, nên chưa so sánh được với mục tiêu năm 2025 (ít nhất 94%).",
    ],
    [
      "a baseline and an earlier figure only (no data)",
      makeInput({ observations: [obs(2016, 40)] }),
      "Tỷ lệ thử: chưa có số liệu nào được công bố từ năm 2021 đến năm 2025; số liệu năm gốc là 60,0% (năm 2020); số liệu trước năm gốc: năm 2016 — 40,0%.",
    ],
    [
      "figures without a baseline (not comparable)",
      makeInput({
        baselines: [],
        observations: [obs(2024, 95), obs(2025, 96, { scope_id: "tinh-moi" })],
      }),
      "Tỷ lệ thử: có số liệu nhưng chưa có số liệu năm gốc để so sánh với mục tiêu năm 2025 (ít nhất 94%); số liệu đã có: năm 2024 — Tỉnh Ví Dụ (cũ), Mặc định; năm 2025 — Tỉnh Ví Dụ (sau sáp nhập), Mặc định.",
    ],
    [
      "a related figure beside no figure of the indicator (no data)",
      makeInput({
        baselines: [],
        observations: [obs(2024, 3.16, { measure: "tỷ lệ chung (thử)", measure_unit: "% mọi hộ" })],
      }),
      "Tỷ lệ thử: chưa có số liệu nào được công bố, kể cả số liệu năm gốc, nên chưa so sánh được với mục tiêu năm 2025 (ít nhất 94%); 1 số liệu liên quan đo một đại lượng khác được hiện riêng, không dùng để đánh giá.",
    ],
    [
      "a kept level that slipped",
      makeInput({ value: 8, baselines: [base(2021, 8)], observations: [obs(2024, 7.5)] }),
      "Tỷ lệ thử là 7,5% (2024), chưa đạt mục tiêu năm 2025 (ít nhất 8%); năm gốc 2021: 8,0%.",
    ],
  ])("explains %s in one sentence", (_, input, reason) => {
    expect(computeStatus(input).reason).toBe(reason);
  });

  it("keeps a level that the baseline already met: achieved, no ratio", () => {
    const result = computeStatus(
      makeInput({ value: 8, baselines: [base(2021, 8)], observations: [obs(2024, 8.2)] }),
    );
    expect([result.status, result.ratio]).toEqual(["achieved", null]);
  });

  it("marks every derived number as computed and every figure as data", () => {
    const result = computeStatus(ruleInput("multiple_of_baseline", 2, "up", 28, [obs(2024, 51)]));
    expect(result.goalLevel).toEqual({ value: 56, text: "56,0%", computed: true });
    expect(result.expectedAtLatest).toEqual({ value: 50.4, text: "50,4%", computed: true });
    expect(result.ratio).toEqual({ value: 1.0268, text: "102%", computed: true });
    expect(result.changePerYear).toEqual({ value: 5.75, text: "5,75 điểm %/năm", computed: true });
    expect(result.latest?.computed).toBe(false);
    expect(result.baseline?.computed).toBe(false);
    expect(result.goalText).toBe("ít nhất 56,0% (tăng trên 2 lần so với năm 2020)");
  });

  it("reports the as-of release it used", () => {
    expect(computeStatus(makeInput({})).asOf).toEqual({ id: "1.1.0", date: "2025-06-01" });
  });
});

describe("computeStatus input errors", () => {
  it("names the known releases when the as-of release is unknown", () => {
    expect(() => computeStatus(makeInput({ asOf: "9.9.9" }))).toThrowErrorMatchingInlineSnapshot(
      `[StatusInputError: unknown release "9.9.9" (known: 1.0.0, 1.1.0, 1.2.0, 1.3.0, 2.0.0)]`,
    );
  });

  it("names the goal years when the indicator has no goal for the year asked", () => {
    const input = makeInput({});
    expect(() => computeStatus({ ...input, goalYear: 2030 })).toThrowErrorMatchingInlineSnapshot(
      `[StatusInputError: indicator "x" has no goal for 2030 (goal years: 2025)]`,
    );
  });

  it("rejects a figure from an unknown release", () => {
    const input = makeInput({ observations: [obs(2024, 86, { release_id: "0.9.0" })] });
    expect(() => computeStatus(input)).toThrow('unknown release "0.9.0"');
  });
});

describe("computeStatus with a related figure (another measure)", () => {
  const related = { measure: "tỷ lệ chung của mọi hộ (thử)", measure_unit: "% tổng số hộ (thử)" };

  it("never takes a related figure as the latest figure, even in the baseline's scope and series", () => {
    const result = computeStatus(
      makeInput({ observations: [obs(2024, 86), obs(2025, 99.25, related)], asOf: AFTER_END }),
    );
    expect(result.status).toBe("awaiting_final");
    expect(result.latest?.value).toBe(86);
    expect(result.comparable.map((figure) => figure.value)).toEqual([86]);
    expect(result.others).toEqual([]);
    expect(result.related).toMatchObject([
      { period: 2025, value: 99.25, text: "99,25% tổng số hộ (thử)", ...related },
    ]);
  });

  it("writes a related figure with its own unit and its published decimals, never the indicator's", () => {
    const result = computeStatus(makeInput({ observations: [obs(2024, 3.16, related)] }));
    expect(result.related[0]?.text).toBe("3,16% tổng số hộ (thử)");
    expect(result.status).toBe("no_data");
  });

  it("lets a later release turn a figure into a related one (the latest row decides)", () => {
    const result = computeStatus(
      makeInput({
        observations: [obs(2024, 95), obs(2024, 95, { ...related, release_id: "1.1.0" })],
      }),
    );
    expect(result.latest).toBeNull();
    expect(result.related.map((figure) => figure.value)).toEqual([95]);
    expect(result.status).toBe("no_data");
  });
});
