// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import type { Dataset } from "../data/dataset.ts";
import { buildPressContext, describeIndicatorCard } from "../cards/content.ts";
import { scorecardCsv } from "../downloads/scorecard-files.ts";
import { buildAgencyPage } from "../views/agency-page.ts";
import { buildIndicatorPage } from "../views/indicator-page.ts";
import { buildOverviewPage } from "../views/overview-page.ts";
import { buildProgramChip } from "../views/program-chip.ts";
import { buildScorecard, summariseIndicatorFiles } from "../views/scorecard.ts";
import { buildTargetPage } from "../views/target-page.ts";
import { buildStatusInput, pickGoalYear, resolutionOf, resolveDataset } from "./resolve-dataset.ts";

const dataset = loadPagesFixture();
const resolution = resolutionOf(dataset);
const latestOf = (id: string) => {
  const resolved = resolution.indicators[id];
  if (!resolved) throw new Error(`no indicator ${id} in the fixture`);
  return resolved.latest;
};
const requireRow = (id: string) => {
  const row = dataset.indicatorById.get(id);
  if (!row) throw new Error(`no indicator ${id} in the fixture`);
  return row;
};

describe(resolveDataset, () => {
  it.each([
    ["thu-nhap-dtts", 2025, "achieved", "Đã đạt", true],
    ["ho-ngheo-dtts", 2025, "not_achieved", "Không đạt", true],
    ["xa-ntm", 2025, "awaiting_final", "Chờ số liệu năm 2025", false],
    ["duong-xom-cung-hoa", 2025, "no_data", "Chưa có số liệu công bố", false],
    ["co-so-vat-chat-noi-tru", 2025, "qualitative", "Chỉ tiêu định tính", false],
    ["nuoc-hop-ve-sinh", 2030, "on_track", "Đúng tiến độ", false],
    ["xa-dbkk", 2030, "behind", "Chậm", false],
    ["nha-van-hoa-dat-chuan", 2030, "off_track", "Rất chậm", false],
    ["phat-trien-ben-vung-2030", 2030, "qualitative", "Chỉ tiêu định tính", false],
  ])("judges %s against its %i goal: %s (%s), final %s", (id, year, status, label, final) => {
    expect(latestOf(id).judged).toMatchObject({ goalYear: year, status, label, final });
    expect(latestOf(id).goalYear).toBe(year);
  });

  it("also resolves the 2030 orientation of an indicator judged on 2025", () => {
    expect(latestOf("thu-nhap-dtts").statuses.map((s) => [s.goalYear, s.status])).toEqual([
      [2025, "achieved"],
      [2030, "on_track"],
    ]);
  });

  it("resolves every indicator as of every release, the latest release's values winning", () => {
    const xaNtm = resolution.indicators["xa-ntm"];
    expect(Object.keys(xaNtm?.asOf ?? {})).toEqual(["1.0.0", "1.1.0"]);
    // 2022's 70% is published in 1.0.0 and withdrawn in 1.1.0.
    const periods = (release: string) =>
      xaNtm?.asOf[release]?.figures.map((figure) => [figure.period, figure.value]);
    expect(periods("1.0.0")).toEqual([[2022, 70]]);
    expect(periods("1.1.0")).toEqual([[2024, 80]]);
    expect(xaNtm?.latest).toBe(xaNtm?.asOf["1.1.0"]);
    expect(xaNtm?.asOf["1.0.0"]?.release).toMatchObject({ id: "1.0.0", date: "2025-03-01" });
  });

  it("keeps related figures apart from the figures, the comparable set and the lines", () => {
    const xaNtm = latestOf("xa-ntm");
    expect(xaNtm.related.map((figure) => figure.value)).toEqual([97.35]);
    const values = [
      ...xaNtm.figures,
      ...xaNtm.comparable,
      ...xaNtm.lines.flatMap((line) => line.figures),
    ].map((figure) => figure.value);
    expect(values).not.toContain(97.35);
  });

  it("shares the judged status's figures: the comparable set is the one the status used", () => {
    for (const resolved of Object.values(resolution.indicators)) {
      const { judged, comparable, baseline } = resolved.latest;
      expect(comparable).toBe(judged.comparable);
      expect(baseline).toBe(judged.baseline);
      for (const status of resolved.latest.statuses) expect(status.baseline).toBe(baseline);
    }
  });

  it("is deeply frozen: nothing downstream can change a figure or a status", () => {
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (typeof value !== "object" || value === null || value === dataset) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
    };
    visit(resolution, "resolution");
    expect(unfrozen).toEqual([]);
    const judged = latestOf("thu-nhap-dtts").judged;
    expect(() => {
      (judged as { status: string }).status = "off_track";
    }).toThrow(TypeError);
  });
});

describe(resolutionOf, () => {
  it("resolves once per Dataset and hands every caller the same structure", () => {
    expect(resolutionOf(dataset)).toBe(resolution);
    expect(resolution.dataset).toBe(dataset);
  });

  it("resolves afresh for another Dataset, so a changed goal changes the status", () => {
    const id = "thu-nhap-dtts";
    const goals = (dataset.goalsByIndicator.get(id) ?? []).filter((goal) => goal.year !== 2025);
    const withoutGoal2025 = {
      ...dataset,
      goalsByIndicator: new Map([...dataset.goalsByIndicator, [id, goals]]),
    } as Dataset;
    expect(resolutionOf(withoutGoal2025).indicators[id]?.latest.judged.goalYear).toBe(2030);
    expect(latestOf(id).judged.goalYear).toBe(2025);
  });
});

// What a reader notices when a status is computed twice or differently: one indicator with two
// statuses. Every view and file reads the one resolution, so each shows the judged label.
describe("one status per indicator wherever it is shown", () => {
  const siteRoot = "https://example.org/";
  const context = buildPressContext(dataset, siteRoot, "Trang thử");
  const overview = buildOverviewPage(resolution);
  const overviewCards = [...overview.targets.flatMap((target) => target.cards), ...overview.others];
  const scorecard = buildScorecard(resolution);
  const csv = scorecardCsv(scorecard);
  const summaries = summariseIndicatorFiles(resolution);
  const agencyCards = dataset.agencies.flatMap((agency) => {
    const page = buildAgencyPage(resolution, agency.id);
    return [...page.leads, ...page.supports].flatMap((target) => target.cards);
  });

  it.each(dataset.indicators.map((indicator) => [indicator.id]))("%s", (id) => {
    const { judged } = latestOf(id);
    const label = judged.label;
    const page = buildIndicatorPage(resolution, id, siteRoot, "Trang thử");
    const indicator = requireRow(id);
    const shown = [
      page.status.chip.label,
      describeIndicatorCard(page, context).status.label,
      buildProgramChip(resolution, id).label,
      ...overviewCards.filter((card) => card.id === id).map((card) => card.chip.label),
      ...agencyCards.filter((card) => card.id === id).map((card) => card.chip.label),
      ...(indicator.target_id === null
        ? []
        : buildTargetPage(resolution, indicator.target_id)
            .cards.filter((card) => card.id === id)
            .map((card) => card.chip.label)),
      ...scorecard.rows.filter((row) => row.indicator_id === id).map((row) => row.status_label),
      summaries.get(id)?.status_label,
    ];
    expect(shown.length).toBeGreaterThanOrEqual(6);
    expect(new Set(shown)).toEqual(new Set([label]));
    const csvLine = csv.split("\n").find((line) => line.includes(`,${id},`));
    expect(csvLine?.split(",")).toContain(judged.status);
  });

  it("draws each chart against the judged status's goal levels", () => {
    for (const indicator of dataset.indicators) {
      const { judged, statuses } = latestOf(indicator.id);
      const chart = buildIndicatorPage(resolution, indicator.id, siteRoot, "Trang thử").chart;
      if (!chart) continue;
      const levels = statuses.flatMap((status) =>
        status.goalLevel ? [`Mục tiêu ${status.goalYear}`] : [],
      );
      expect(chart.goals.map((goal) => goal.short)).toEqual(levels);
      expect(chart.expected !== null).toBe(judged.baseline !== null && judged.goalLevel !== null);
    }
  });
});

describe(pickGoalYear, () => {
  it.each([
    ["thu-nhap-dtts", 2025],
    ["nuoc-hop-ve-sinh", 2030],
  ])("picks %s's goal year %i", (id, year) => {
    expect(pickGoalYear(dataset, requireRow(id))).toBe(year);
  });

  it("fails naming the indicator when it has no goal at all", () => {
    const indicator = { ...requireRow("duong-xom-cung-hoa"), id: "khong-co-muc-tieu" };
    expect(() => pickGoalYear(dataset, indicator)).toThrowErrorMatchingInlineSnapshot(
      `[ResolveError: indicator "khong-co-muc-tieu" has no goal in goals.csv: add its goal or orientation]`,
    );
  });
});

describe(buildStatusInput, () => {
  it("takes today from the latest release unless told otherwise", () => {
    const indicator = requireRow("thu-nhap-dtts");
    expect(buildStatusInput(dataset, indicator, 2025).asOf).toBe("1.1.0");
    expect(buildStatusInput(dataset, indicator, 2025, "1.0.0").asOf).toBe("1.0.0");
  });
});
