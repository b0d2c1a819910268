// Uses the synthetic page fixture (tests/fixtures/pages): none of its figures is real. Indicators
// are picked by what they show (a status, a computed goal, no figure), not by id, so the
// fixture can grow without breaking these tests.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { buildIndicatorPage, type IndicatorPageView } from "../views/indicator-page.ts";
import { buildOverviewPage } from "../views/overview-page.ts";
import { buildTargetPage } from "../views/target-page.ts";
import {
  buildPressContext,
  describeChartDownload,
  describeIndicatorCard,
  describeOverviewCard,
  describeTargetCard,
  displayUrl,
  joinCountLabel,
  shareImageOfIndicator,
  shareImageOfOverview,
  shareImageOfTarget,
  splitIndicatorSource,
  writeIndicatorSource,
} from "./content.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const siteRoot = "https://example.org/ctr/";
const dataset = loadPagesFixture();
const context = buildPressContext(dataset, siteRoot, "Trang thử");
const pages = dataset.indicators.map((indicator) =>
  buildIndicatorPage(resolutionOf(dataset), indicator.id, siteRoot, "Trang thử"),
);

function pick(test: (page: IndicatorPageView) => boolean, what: string): IndicatorPageView {
  const found = pages.find(test);
  if (!found) throw new Error(`the page fixture has no indicator that ${what}`);
  return found;
}

const awaiting = pick((page) => page.status.chip.status === "awaiting_final", "awaits 2025");
const computedGoal = pick(
  (page) => page.goals.some((goal) => goal.judged && goal.computed),
  "has a computed goal level",
);
const noFigure = pick((page) => !page.qualitative && page.figures.length === 0, "has no figure");
const qualitative = pick((page) => page.qualitative, "is qualitative");
const withFigures = pick((page) => page.figures.length > 0 && page.chart !== null, "has figures");

describe(buildPressContext, () => {
  it("names the latest release with its date dd/mm/yyyy", () => {
    expect(context.release.id).toBe(dataset.latestRelease.id);
    expect(context.release.date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(context.release.date.split("/").reverse().join("-")).toBe(dataset.latestRelease.date);
  });

  it("ends the site root with a slash", () => {
    expect(buildPressContext(dataset, "https://example.org/ctr", "Trang thử").siteRoot).toBe(
      siteRoot,
    );
  });
});

describe(describeIndicatorCard, () => {
  it("shows what the page shows: status words, latest figure with its year, goal", () => {
    const card = describeIndicatorCard(awaiting, context);
    expect(card.title).toBe(awaiting.name);
    expect(card.status).toEqual({
      code: "awaiting_final",
      label: "Chờ số liệu năm 2025",
      against: "so với mục tiêu năm 2025",
    });
    expect(card.provisional).toMatch(/^Tạm tính theo số liệu gần nhất: /);
    expect(card.latest).toEqual({
      value: awaiting.latest?.text,
      when: `năm ${awaiting.latest?.period}`,
      caveat: awaiting.latest?.caveat,
    });
    expect(card.goal).toMatch(/^Chỉ tiêu đến 2025: /);
    expect(card.chart).toBe(awaiting.chart);
  });

  it("marks a goal level the site derived as computed", () => {
    expect(describeIndicatorCard(computedGoal, context).goal).toMatch(/\(trang tự tính\)$/);
  });

  it("cites every source of the figures, the release and the licence", () => {
    const card = describeIndicatorCard(withFigures, context);
    const sources = [...new Set(withFigures.figures.map((row) => row.source.label))];
    expect(card.source).toBe(`Nguồn: ${sources.join("; ")}`);
    expect(card.credit).toBe(
      `Dữ liệu bản ${context.release.id} (${context.release.date}) · Giấy phép CC BY 4.0`,
    );
    expect(card.url).toBe(`example.org/ctr/chi-tieu/${withFigures.id}/`);
  });

  it("cites the program when no figure is published", () => {
    const card = describeIndicatorCard(noFigure, context);
    expect(card.latest).toBeNull();
    // The fixture's synthetic program (tests/fixtures/pages/program.csv), by its official reference.
    expect(card.source).toBe(
      "Nguồn: Kế hoạch ví dụ (tổng hợp) số 99/KH-VD ngày 15/03/2022 của UBND tỉnh Ví Dụ (mục tiêu); chưa có số liệu công bố",
    );
  });

  it("quotes the program's words for a qualitative indicator, with no chart", () => {
    const card = describeIndicatorCard(qualitative, context);
    expect(card.chart).toBeNull();
    expect(card.quote).toBe(qualitative.goals.find((goal) => goal.judged)?.wording);
    expect(card.quote).not.toBe("");
    expect(card.status.against).toBe("");
  });
});

describe(describeChartDownload, () => {
  it("carries a title naming the province, the absolute page URL, the release and the licence", () => {
    expect(describeChartDownload(withFigures, context)).toMatchObject({
      title: `${withFigures.name} — tỉnh Ví Dụ`,
      pageUrl: `https://example.org/ctr/chi-tieu/${withFigures.id}/`,
      release: `Dữ liệu: bản ${context.release.id}, ngày ${context.release.date}`,
      licence: "Giấy phép: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
      source: expect.stringMatching(/^Nguồn: /),
    });
  });

  it("has nothing to download for an indicator without a chart", () => {
    expect(describeChartDownload(qualitative, context)).toBeNull();
  });
});

describe(describeTargetCard, () => {
  it("lists every indicator of the target with its status words and latest figure", () => {
    const target = buildTargetPage(resolutionOf(dataset), dataset.targets[0]?.id ?? 1);
    const card = describeTargetCard(target, context);
    expect(card.title).toBe(target.heading);
    expect(card.indicators.map((row) => [row.name, row.status.label])).toEqual(
      target.cards.map((entry) => [entry.name, entry.chip.label]),
    );
    expect(card.url).toBe(`example.org/ctr/muc-tieu/${target.n}/`);
  });
});

describe(describeOverviewCard, () => {
  it("counts every indicator once and words the verdict as the page does", () => {
    const overview = buildOverviewPage(resolutionOf(dataset));
    const card = describeOverviewCard(overview, context);
    expect(card.counts.reduce((sum, row) => sum + row.count, 0)).toBe(dataset.indicators.length);
    expect(card.verdict).toContain(overview.verdict.headline);
    expect(card.url).toBe("example.org/ctr/");
  });
});

describe("share images", () => {
  it.each([
    ["an indicator", () => shareImageOfIndicator(withFigures), `chi-tieu/${withFigures.id}/`],
    [
      "a target",
      () => shareImageOfTarget(buildTargetPage(resolutionOf(dataset), 1)),
      "muc-tieu/1/",
    ],
    [
      "the overview",
      () => shareImageOfOverview(buildOverviewPage(resolutionOf(dataset)), context.program),
      "",
    ],
  ])("gives %s a 1200 × 630 card with a describing alt text", (_, make, folder) => {
    const image = make();
    expect(image).toMatchObject({ path: `${folder}the-chia-se.png`, width: 1200, height: 630 });
    expect(image.alt.length).toBeGreaterThan(20);
  });

  it("says the status and the latest figure in an indicator card's alt text", () => {
    expect(shareImageOfIndicator(awaiting).alt).toBe(
      `${awaiting.name}: Chờ số liệu năm 2025 so với mục tiêu năm 2025. Số liệu gần nhất: ${awaiting.latest?.text} (năm ${awaiting.latest?.period}).`,
    );
  });
});

describe(joinCountLabel, () => {
  it.each([
    ["6 chỉ tiêu", "Chỉ tiêu định tính", "6 chỉ tiêu định tính"],
    ["1 chỉ tiêu", "Đúng tiến độ", "1 chỉ tiêu đúng tiến độ"],
  ])("joins %s and %s without repeating the noun", (count, label, expected) => {
    expect(joinCountLabel(count, label)).toBe(expected);
  });

  it("never writes “chỉ tiêu chỉ tiêu” in the overview card's alt text", () => {
    expect(
      shareImageOfOverview(buildOverviewPage(resolutionOf(dataset)), context.program).alt,
    ).not.toContain("chỉ tiêu chỉ tiêu");
  });
});

describe(splitIndicatorSource, () => {
  const program = { reference: "01/KH-THU" };
  const sources = [...new Set(withFigures.figures.map((row) => row.source.label))].join("; ");

  it.each([
    ["vi", "Nguồn: "],
    ["en", "Source: "],
  ] as const)(
    "in %s, keeps the sources' titles apart from the words around them",
    (lang, before) => {
      const t = dictionaryOf(lang);
      expect(splitIndicatorSource(withFigures, program, t)).toEqual({
        before,
        titles: sources,
        after: "",
      });
      expect(writeIndicatorSource(withFigures, program, t)).toBe(`${before}${sources}`);
    },
  );

  it("names the program when the indicator has no figure, with no titles", () => {
    expect(splitIndicatorSource(noFigure, program)).toEqual({
      before: "Nguồn: 01/KH-THU (mục tiêu); chưa có số liệu công bố",
      titles: "",
      after: "",
    });
  });
});

describe(displayUrl, () => {
  it.each([
    ["https://example.org/", "example.org"],
    ["https://example.org/ctr/chi-tieu/x/", "example.org/ctr/chi-tieu/x/"],
    ["http://localhost:4321/", "localhost:4321"],
  ])("writes %s as %s", (url, expected) => {
    expect(displayUrl(url)).toBe(expected);
  });
});
