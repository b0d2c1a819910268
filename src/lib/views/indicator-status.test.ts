// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import {
  buildStatusInput,
  computeIndicatorStatuses,
  pickGoalYear,
  requireIndicator,
} from "./indicator-status.ts";

const dataset = loadPagesFixture();

describe(computeIndicatorStatuses, () => {
  it.each([
    ["thu-nhap-dtts", 2025, "achieved", "Đã đạt", true],
    ["ho-ngheo-dtts", 2025, "not_achieved", "Không đạt", true],
    ["xa-ntm", 2025, "awaiting_final", "Chờ số liệu năm 2025", false],
    ["duong-xom-cung-hoa", 2025, "no_data", "Chưa có số liệu công bố", false],
    ["co-so-vat-chat-noi-tru", 2025, "qualitative", "Chỉ tiêu định tính", false],
    ["nuoc-hop-ve-sinh", 2030, "on_track", "Đúng tiến độ", false],
    ["xa-dbkk", 2030, "behind", "Chậm", false],
    ["nha-van-hoa-dat-chuan", 2030, "off_track", "Chậm nhiều", false],
    ["phat-trien-ben-vung-2030", 2030, "qualitative", "Chỉ tiêu định tính", false],
  ])("judges %s against its %i goal: %s (%s), final %s", (id, year, status, label, final) => {
    const { judged } = computeIndicatorStatuses(dataset, requireIndicator(dataset, id));
    expect(judged).toMatchObject({ goalYear: year, status, label, final });
  });

  it("also returns the 2030 orientation of an indicator judged on 2025", () => {
    const { all } = computeIndicatorStatuses(dataset, requireIndicator(dataset, "thu-nhap-dtts"));
    expect(all.map((result) => [result.goalYear, result.status])).toEqual([
      [2025, "achieved"],
      [2030, "on_track"],
    ]);
  });

  it("computes each indicator's statuses once per Dataset and shares the result", () => {
    const indicator = requireIndicator(dataset, "thu-nhap-dtts");
    const first = computeIndicatorStatuses(dataset, indicator);
    expect(computeIndicatorStatuses(dataset, indicator)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.all)).toBe(true);
  });

  it("computes afresh for another Dataset, so a changed goal changes the status", () => {
    const indicator = requireIndicator(dataset, "thu-nhap-dtts");
    expect(computeIndicatorStatuses(dataset, indicator).judged.goalYear).toBe(2025);
    const goals = (dataset.goalsByIndicator.get(indicator.id) ?? []).filter(
      (goal) => goal.year !== 2025,
    );
    const withoutGoal2025 = {
      ...dataset,
      goalsByIndicator: new Map([...dataset.goalsByIndicator, [indicator.id, goals]]),
    };
    expect(computeIndicatorStatuses(withoutGoal2025, indicator).judged.goalYear).toBe(2030);
    expect(computeIndicatorStatuses(dataset, indicator).judged.goalYear).toBe(2025);
  });
});

describe(pickGoalYear, () => {
  it.each([
    ["thu-nhap-dtts", 2025],
    ["nuoc-hop-ve-sinh", 2030],
  ])("picks %s's goal year %i", (id, year) => {
    expect(pickGoalYear(dataset, requireIndicator(dataset, id))).toBe(year);
  });

  it("fails naming the indicator when it has no goal at all", () => {
    const indicator = {
      ...requireIndicator(dataset, "duong-xom-cung-hoa"),
      id: "khong-co-muc-tieu",
    };
    expect(() => pickGoalYear(dataset, indicator)).toThrowErrorMatchingInlineSnapshot(
      `[ViewInputError: indicator "khong-co-muc-tieu" has no goal in goals.csv: add its 2025 goal or 2030 orientation]`,
    );
  });
});

describe(buildStatusInput, () => {
  it("takes today from the latest release unless told otherwise", () => {
    const indicator = requireIndicator(dataset, "thu-nhap-dtts");
    expect(buildStatusInput(dataset, indicator, 2025).asOf).toBe("1.1.0");
    expect(buildStatusInput(dataset, indicator, 2025, "1.0.0").asOf).toBe("1.0.0");
  });
});

describe(requireIndicator, () => {
  it("names the known indicators when the id is unknown", () => {
    expect(() => requireIndicator(dataset, "khong-co")).toThrow(
      'unknown indicator "khong-co" (known: thu-nhap-dtts, ho-ngheo-dtts,',
    );
  });
});
