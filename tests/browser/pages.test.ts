// The indicator, target, agency and overview pages of the real build in Debian's Chromium: every
// quantitative indicator has exactly one chart with an accessible name, every indicator page a
// table whose figures equal data/, nothing goes to the console, axe-core finds no WCAG 2.2 AA
// violation, nothing scrolls sideways at 320 px, and the chart prints.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { Indicator } from "../../src/lib/data/rows.ts";
import { formatNumber } from "../../src/lib/format.ts";
import { observationsAsOf } from "../../src/lib/releases/as-of.ts";
import { formatFraction } from "../../src/lib/status/format-value.ts";
import { resolvedOf } from "../../src/lib/views/indicator-status.ts";
import { requireDataset, requireResolution } from "../../src/site/load-dataset.ts";
import { repoRoot } from "../program/build-site.ts";
import { useBuiltSite } from "../support/site-session.ts";

const dataset = requireDataset(`${repoRoot}/data`);
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const { open } = useBuiltSite();

/** The figures of data/ the indicator's table must show: the baseline and the figures in force. */
function expectedTableValues(indicator: Indicator): string[] {
  const observations = dataset.observationsByIndicator.get(indicator.id) ?? [];
  const baseline = (dataset.baselinesByIndicator.get(indicator.id) ?? []).at(-1);
  // A related figure (another measure) is never in the indicator's table: it has its own block.
  const rows = [
    ...(baseline ? [baseline] : []),
    ...observationsAsOf(observations, dataset.releases, dataset.latestRelease.id).filter(
      (row) => row.measure === null,
    ),
  ];
  // A fraction is written as the source gave it ("66/110 xã …"); its share sits beside it, computed.
  return rows
    .map((row) =>
      "numerator" in row && row.numerator !== null && row.denominator !== null
        ? formatFraction(row.numerator, row.denominator, indicator.unit)
        : formatNumber(row.value ?? Number.NaN, indicator.decimals ?? 0),
    )
    .sort();
}

function countRelated(indicator: Indicator): number {
  const observations = dataset.observationsByIndicator.get(indicator.id) ?? [];
  return observationsAsOf(observations, dataset.releases, dataset.latestRelease.id).filter(
    (row) => row.measure !== null,
  ).length;
}

describe.each(dataset.indicators.map((indicator) => [indicator.id, indicator] as const))(
  "/chi-tieu/%s/",
  (id, indicator) => {
    it("has one named chart (quantitative) or none (qualitative), the data's figures and no console error", async () => {
      const { page, errors } = await open(`chi-tieu/${id}/`);
      const charts = page.getByRole("img", { name: `Biểu đồ: ${indicator.name}`, exact: true });
      const expectedCharts = indicator.kind === "quantitative" ? 1 : 0;
      expect(await charts.count()).toBe(expectedCharts);
      expect(await page.locator("svg.chart__svg").count()).toBe(expectedCharts);
      const values = await page.locator(".figures-table [data-figure]").allTextContents();
      expect(values.map((value) => value.trim()).sort()).toEqual(expectedTableValues(indicator));
      expect(await page.locator(".related-figures [data-related-figure]").count()).toBe(
        countRelated(indicator),
      );
      expect(errors).toEqual([]);
      await page.context().close();
    });
  },
);

// axe walks every node: the overview with its 22-row scorecard takes several seconds on a shared
// 2-core machine, past vitest's default 5 s.
describe("layout and accessibility", { timeout: 30_000 }, () => {
  const samples = ["", "muc-tieu/1/", "chi-tieu/thu-nhap-dtts/", "co-quan/so-nn-ptnt/"];

  it.each(samples)("axe-core finds no WCAG 2.2 AA violation on /%s", async (path) => {
    const { page } = await open(path);
    const axeSource = await readFile(
      createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
      "utf8",
    );
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results = await axe.run(document, { runOnly: { type: "tag", values: tags } });
      return results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
    }, wcagTags);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it.each([...samples, "chi-tieu/ho-ngheo-dtts/", "phuong-phap/", "thuat-ngu/", "gioi-thieu/"])(
    "does not scroll sideways at 320 px on /%s",
    async (path) => {
      const { page } = await open(path, { viewport: { width: 320, height: 640 }, isMobile: true });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(320);
      await page.context().close();
    },
  );

  it("keeps the chart and its table on paper, without the site's navigation", async () => {
    const { page } = await open("chi-tieu/thu-nhap-dtts/");
    await page.emulateMedia({ media: "print" });
    const chart = await page.locator("svg.chart__svg").boundingBox();
    expect(chart?.width).toBeGreaterThan(200);
    expect(await page.locator(".chart-table").isVisible()).toBe(true);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    await page.context().close();
  });

  it("answers “how is the province doing” on the first screen of a phone", async () => {
    const { page } = await open("", { viewport: { width: 360, height: 800 }, isMobile: true });
    const bottom = await page
      .locator(".verdict .status-counts")
      .evaluate((element) => element.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(800);
    await page.context().close();
  });

  it("reads the status and figures with JavaScript off", async () => {
    const { page } = await open("chi-tieu/thu-nhap-dtts/", { javaScriptEnabled: false });
    expect(await page.locator(".status-box .status-chip__label").textContent()).toBe(
      resolvedOf(requireResolution(`${repoRoot}/data`), "thu-nhap-dtts").judged.label,
    );
    expect(await page.locator("svg.chart__svg").count()).toBe(1);
    await page.context().close();
  });
});

describe("plain words and who publishes the site, on a 320 px phone without JavaScript", () => {
  const phone = { viewport: { width: 320, height: 640 }, isMobile: true, javaScriptEnabled: false };

  it("spells out DTTS in an indicator's heading and links it to the glossary", async () => {
    const { page } = await open("chi-tieu/thu-nhap-dtts/", phone);
    expect(await page.locator("h1").innerText()).toBe(
      "Thu nhập bình quân của người dân tộc thiểu số (DTTS)",
    );
    await page.locator("h1 abbr").click();
    await page.waitForURL(/\/thuat-ngu\/#dtts$/);
    expect(await page.locator("#dtts").isVisible()).toBe(true);
    await page.context().close();
  });

  it("names the province in the header of every page", async () => {
    const { page } = await open("chi-tieu/duong-xom-cung-hoa/", phone);
    const subtitle = page.locator(".site-name__sub");
    expect(await subtitle.isVisible()).toBe(true);
    expect(await subtitle.innerText()).toContain("tỉnh Thái Nguyên");
    await page.context().close();
  });

  it("leads from the footer to the glossary and to how to report an error", async () => {
    const { page } = await open("", phone);
    await page.locator("footer").getByRole("link", { name: "Báo lỗi" }).click();
    await page.waitForURL(/\/gioi-thieu\/#bao-loi$/);
    expect(await page.locator("#bao-loi").innerText()).toBe("Báo lỗi hoặc gửi số liệu đã công bố");
    await page.locator("footer").getByRole("link", { name: "Thuật ngữ" }).click();
    await page.waitForURL(/\/thuat-ngu\/$/);
    expect(await page.locator("h1").innerText()).toBe("Thuật ngữ");
    await page.context().close();
  }, 30_000);

  it("says on the district authorities' page when they ended, with its source", async () => {
    const { page } = await open("co-quan/ubnd-cap-huyen/", phone);
    const ended = page.locator(".agency-ended");
    expect(await ended.innerText()).toContain("Hoạt động đến ngày 30/06/2025.");
    expect(await ended.getByRole("link").getAttribute("href")).toBe(
      dataset.sourceById.get("laodong-ket-thuc-cap-huyen")?.url,
    );
    await page.context().close();
  });
});
