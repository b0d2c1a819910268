// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import type { Dataset } from "../data/dataset.ts";
import { METHODOLOGY_VERSION } from "../status/methodology.ts";
import { buildScorecard, summariseIndicatorFiles, type ScorecardRow } from "./scorecard.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const dataset = loadPagesFixture();

function rowOf(rows: readonly ScorecardRow[], id: string): ScorecardRow {
  const row = rows.find((candidate) => candidate.indicator_id === id);
  if (!row) throw new Error(`no scorecard row for ${id}`);
  return row;
}

// The fixture with one more observation of `id`: a related figure (another measure).
function withRelated(id: string, period: number, value: number): Dataset {
  const rows = dataset.observationsByIndicator.get(id) ?? [];
  const related = {
    indicator_id: id,
    period,
    scope_id: "tinh-cu",
    series_id: "mac-dinh",
    value,
    release_id: "1.1.0",
    source_id: "nguon-thu-b",
    excerpt: `câu thử có số ${value} (đại lượng khác)`,
    note: null,
    measure: "tỷ lệ chung của mọi xã (thử)",
    measure_unit: "% mọi xã (thử)",
    numerator: null,
    denominator: null,
    period_basis: null,
    disputes: null,
  };
  return {
    ...dataset,
    observationsByIndicator: new Map([
      ...dataset.observationsByIndicator,
      [id, [...rows, related]],
    ]),
  } as Dataset;
}

// The fixture with every source graded weak.
function allWeak(): Dataset {
  return {
    ...dataset,
    sourceById: new Map(
      [...dataset.sourceById].map(([id, source]) => [id, { ...source, strength: "weak" as const }]),
    ),
  };
}

describe(buildScorecard, () => {
  const scorecard = buildScorecard(resolutionOf(dataset));

  it("has one row per indicator: appendix targets in order, then the indicators outside it", () => {
    expect(scorecard.rows).toHaveLength(dataset.indicators.length);
    const targets = scorecard.rows.map((row) => row.target_id);
    expect(targets.slice(0, 20)).toEqual(
      [...targets.slice(0, 20)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(
      scorecard.rows.slice(-2).map((row) => [row.indicator_id, row.target_id, row.view.target]),
    ).toEqual([
      ["phat-trien-ben-vung-2030", null, "Khác"],
      ["dan-dau-thuc-hien-nq88", null, "Khác"],
    ]);
  });

  it("names the method version and the release the statuses were computed from", () => {
    expect(scorecard.methodology_version).toBe(METHODOLOGY_VERSION);
    expect(scorecard.release).toEqual({ id: "1.1.0", date: "2026-03-01" });
  });

  it("gives an achieved indicator its goal, baseline, latest comparable figure and sources", () => {
    const row = rowOf(scorecard.rows, "thu-nhap-dtts");
    expect(row).toMatchObject({
      target_id: 1,
      goal_year: 2025,
      goal_value: 40,
      goal_value_computed: true,
      baseline_value: 20,
      baseline_year: 2020,
      // 2025 has a figure of the new province too (38): never the latest comparable figure.
      latest_value: 42,
      latest_period: 2025,
      latest_scope_id: "tinh-cu",
      status: "achieved",
      status_label: "Đã đạt",
      status_final: true,
      source_strength: "press",
      rests_only_on_weak_sources: false,
      source_ids: ["nguon-thu-a", "nguon-thu-b"],
    });
    expect(row.view).toMatchObject({
      target: "Mục tiêu 1",
      goal: "Mục tiêu 2025: ít nhất 40,0 triệu đồng/người/năm (tăng trên 2 lần so với năm 2020)",
      baseline: "20,0 triệu đồng/người/năm (năm 2020)",
      latest: "42,0 triệu đồng/người/năm (năm 2025)",
      strength: "Nguồn chính thức; báo chí",
      weakBasis: "",
    });
  });

  it("says in words why a row has no figure, and grades no source", () => {
    const row = rowOf(scorecard.rows, "duong-xom-cung-hoa");
    expect(row).toMatchObject({
      status: "no_data",
      baseline_value: null,
      latest_value: null,
      progress_ratio: null,
      source_strength: null,
      source_ids: [],
    });
    expect(row.status_reason).toContain("chưa có số liệu nào được công bố");
    expect([row.view.baseline, row.view.latest, row.view.strength]).toEqual([
      "Chưa có số liệu năm gốc",
      "Chưa có số liệu công bố",
      "Chưa có số liệu để đánh giá",
    ]);
  });

  it("judges a 2030-only indicator against its orientation and says so", () => {
    const row = rowOf(scorecard.rows, "nuoc-hop-ve-sinh");
    expect([row.goal_year, row.status]).toEqual([2030, "on_track"]);
    expect(row.view.goal).toMatch(/^Định hướng 2030: /);
    expect(row.progress_ratio).toBeGreaterThanOrEqual(0.95);
  });

  it("shows a qualitative indicator's goal in the program's words, with no figure", () => {
    const row = rowOf(scorecard.rows, "co-so-vat-chat-noi-tru");
    expect(row.status).toBe("qualitative");
    expect(row.goal_text).toBe(row.goal_wording);
    expect(row.view.latest).toBe("Định tính: không đo bằng số");
  });

  it("never takes a related figure as the latest comparable figure, even a newer one", () => {
    // The fixture's xa-ntm has a related figure for 2025 (97,35, scope and series of the
    // baseline) beside its own 2024 figure; a second row for that key and release would
    // break the observations' primary key.
    const row = rowOf(buildScorecard(resolutionOf(dataset)).rows, "xa-ntm");
    expect([row.latest_value, row.latest_period, row.status]).toEqual([80, 2024, "awaiting_final"]);
    expect(row.view.latest).toBe("80,0% số xã (năm 2024)");
  });

  it("keeps a related figure out of an indicator that has no figure of its own", () => {
    const row = rowOf(
      buildScorecard(resolutionOf(withRelated("duong-xom-cung-hoa", 2024, 3.16))).rows,
      "duong-xom-cung-hoa",
    );
    expect([row.latest_value, row.status, row.source_strength]).toEqual([null, "no_data", null]);
  });

  it("says so when a result rests only on weak sources", () => {
    const row = rowOf(buildScorecard(resolutionOf(allWeak())).rows, "thu-nhap-dtts");
    expect([row.source_strength, row.rests_only_on_weak_sources]).toEqual(["weak", true]);
    expect(row.view.strength).toBe("Nguồn thứ cấp");
    expect(row.view.weakBasis).toBe("Tạm tính theo một nguồn thứ cấp");
  });

  it("sorts statuses by the status module's order and targets by number", () => {
    const keys = (id: string) => rowOf(scorecard.rows, id).view.sort;
    expect(keys("thu-nhap-dtts").status < keys("duong-xom-cung-hoa").status).toBe(true);
    expect(keys("thu-nhap-dtts").target).toBe("01");
    expect(keys("dan-dau-thuc-hien-nq88").target).toBe("99");
  });
});

describe(summariseIndicatorFiles, () => {
  it("gives each indicator its status sentence and every goal year's goal phrase", () => {
    const summary = summariseIndicatorFiles(resolutionOf(dataset)).get("thu-nhap-dtts");
    expect(summary?.status).toBe("achieved");
    expect([...(summary?.goalTexts.keys() ?? [])]).toEqual([2025, 2030]);
    expect(summary?.goalTexts.get(2025)).toBe(
      "ít nhất 40,0 triệu đồng/người/năm (tăng trên 2 lần so với năm 2020)",
    );
  });
});
