// Uses the synthetic page fixture (tests/fixtures/pages): none of its figures is real.
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../data/dataset.ts";
import { requireDataset } from "../../site/load-dataset.ts";
import { buildIndicatorPage } from "../views/indicator-page.ts";
import { buildOverviewPage } from "../views/overview-page.ts";
import { buildTargetPage } from "../views/target-page.ts";
import {
  buildPressContext,
  describeChartDownload,
  describeIndicatorCard,
  describeOverviewCard,
  describeTargetCard,
  displayUrl,
  shareImageOfIndicator,
  shareImageOfOverview,
  shareImageOfTarget,
  type PressContext,
} from "./content.ts";

const siteRoot = "https://example.org/ctr/";
let dataset: Dataset;
let context: PressContext;
const page = (id: string) => buildIndicatorPage(dataset, id, siteRoot);

beforeAll(() => {
  dataset = requireDataset("tests/fixtures/pages");
  context = buildPressContext(dataset, siteRoot);
});

describe(buildPressContext, () => {
  it("names the latest release with its date dd/mm/yyyy", () => {
    expect(context.release).toEqual({ id: "1.1.0", date: "01/03/2026" });
  });

  it("ends the site root with a slash", () => {
    expect(buildPressContext(dataset, "https://example.org/ctr").siteRoot).toBe(siteRoot);
  });
});

describe(describeIndicatorCard, () => {
  it("shows what the page shows: status words, latest figure with its year, goal", () => {
    const card = describeIndicatorCard(page("xa-ntm-thu"), context);
    expect(card).toMatchObject({
      title: "Tỷ lệ xã nông thôn mới (thử)",
      status: {
        code: "awaiting_final",
        label: "Chờ số liệu năm 2025",
        against: "so với mục tiêu năm 2025",
      },
      provisional: "Tạm tính theo số liệu gần nhất: Chậm",
      latest: { value: "80,0% số xã", when: "năm 2024", caveat: "" },
      goal: "Mục tiêu 2025: ≥ 94% số xã",
    });
    expect(card.chart?.id).toBe("bieu-do-xa-ntm-thu");
  });

  it("marks a goal level the site derived as computed", () => {
    expect(describeIndicatorCard(page("thu-nhap-thu"), context).goal).toMatch(/\(tính toán\)$/);
  });

  it("cites every source of the figures, the release and the licence", () => {
    const card = describeIndicatorCard(page("thu-nhap-thu"), context);
    expect(card.source).toBe(
      "Nguồn: Báo cáo thử A — Nhà xuất bản thử; Báo cáo thử B — Nhà xuất bản thử",
    );
    expect(card.credit).toBe("Dữ liệu bản 1.1.0 (01/03/2026) · Giấy phép CC BY 4.0");
    expect(card.url).toBe("example.org/ctr/chi-tieu/thu-nhap-thu/");
  });

  it("cites the program when no figure is published", () => {
    const card = describeIndicatorCard(page("duong-thu"), context);
    expect(card.latest).toBeNull();
    expect(card.source).toMatch(
      /^Nguồn: Chương trình hành động số 02\/CTr-UBND .*chưa có số liệu công bố$/,
    );
  });

  it("quotes the program's words for a qualitative indicator, with no chart", () => {
    const card = describeIndicatorCard(page("co-so-thu"), context);
    expect(card.chart).toBeNull();
    expect(card.quote).toBe("hoàn thiện cơ sở vật chất các trường (câu thử)");
    expect(card.status.against).toBe("");
  });
});

describe(describeChartDownload, () => {
  it("carries the absolute page URL, the release with its date and the licence", () => {
    const download = describeChartDownload(page("ho-ngheo-thu"), context);
    expect(download).toMatchObject({
      title: "Tỷ lệ hộ nghèo (thử)",
      pageUrl: "https://example.org/ctr/chi-tieu/ho-ngheo-thu/",
      release: "Dữ liệu: bản 1.1.0, ngày 01/03/2026",
      licence: "Giấy phép: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
    });
    expect(download?.source).toMatch(/^Nguồn: /);
  });

  it("has nothing to download for an indicator without a chart", () => {
    expect(describeChartDownload(page("co-so-thu"), context)).toBeNull();
  });
});

describe(describeTargetCard, () => {
  it("lists the target's indicators with their status words and latest figure", () => {
    const card = describeTargetCard(buildTargetPage(dataset, 3), context);
    expect(card.title).toBe(buildTargetPage(dataset, 3).heading);
    expect(card.indicators.map((row) => [row.name, row.status.label, row.latest])).toEqual([
      ["Tỷ lệ xã nông thôn mới (thử)", "Chờ số liệu năm 2025", "80,0% số xã (2024)"],
    ]);
    expect(card.url).toBe("example.org/ctr/muc-tieu/3/");
  });
});

describe(describeOverviewCard, () => {
  it("counts every indicator once and words the verdict as the page does", () => {
    const overview = buildOverviewPage(dataset);
    const card = describeOverviewCard(overview, context);
    expect(card.counts.reduce((sum, row) => sum + row.count, 0)).toBe(dataset.indicators.length);
    expect(card.verdict).toContain(overview.verdict.headline);
    expect(card.url).toBe("example.org/ctr/");
  });
});

describe("share images", () => {
  it.each([
    [
      "an indicator",
      () => shareImageOfIndicator(page("nuoc-thu")),
      "chi-tieu/nuoc-thu/the-chia-se.png",
    ],
    [
      "a target",
      () => shareImageOfTarget(buildTargetPage(dataset, 6)),
      "muc-tieu/6/the-chia-se.png",
    ],
    ["the overview", () => shareImageOfOverview(buildOverviewPage(dataset)), "the-chia-se.png"],
  ])("gives %s a 1200 × 630 card with a describing alt text", (_, make, path) => {
    const image = make();
    expect(image).toMatchObject({ path, width: 1200, height: 630 });
    expect(image.alt.length).toBeGreaterThan(20);
  });

  it("says the status and the latest figure in an indicator card's alt text", () => {
    expect(shareImageOfIndicator(page("nuoc-thu")).alt).toBe(
      "Tỷ lệ dùng nước hợp vệ sinh (thử): Đúng tiến độ so với mục tiêu năm 2030. Số liệu gần nhất: 91,0% (năm 2025).",
    );
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
