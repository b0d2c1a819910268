// Printing on A4 in Debian's Chromium (print media emulated, then a real PDF): the indicator,
// target and overview pages drop their navigation, keep the chart and its table, write link
// URLs out and end with the citation; the date of printing is the reader's, filled in on
// `beforeprint`, and without JavaScript the foot keeps only the release date.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../src/lib/format.ts";
import { requireDataset } from "../../src/site/load-dataset.ts";
import { buildIndicatorPage } from "../../src/lib/views/indicator-page.ts";
import { buildSiteForTest, type TestBuild } from "../program/build-site.ts";
import { countDarkPixels, decodePng } from "../press-png.ts";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import {
  startStaticServer,
  type StaticServer,
} from "../../scripts/check-site/lib/static-server.ts";
import { resolutionOf } from "../../src/lib/resolve/resolve-dataset.ts";

let build: TestBuild;
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

const dataset = requireDataset("data");
const release = dataset.latestRelease;
const withChart = dataset.indicators.find(
  (indicator) =>
    buildIndicatorPage(resolutionOf(dataset), indicator.id, "https://x.example/", "Trang thử")
      .chart !== null,
);
const indicatorPath = `chi-tieu/${withChart?.id ?? ""}/`;

beforeAll(async () => {
  build = await buildSiteForTest();
  server = await startStaticServer(build.distDir, "/");
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  await build?.remove();
});

/** Opens `path` as it prints: A4 width at 96 dpi, print media. */
async function openForPrint(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 794, height: 1123 },
    javaScriptEnabled,
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date("2027-03-05T09:00:00+07:00"));
  await page.goto(server.rootUrl + path, { waitUntil: "load" });
  await page.emulateMedia({ media: "print" });
  return page;
}

async function isVisible(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const elements = [...document.querySelectorAll<HTMLElement>(target)];
    return elements.some((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
    });
  }, selector);
}

describe.each([
  ["the indicator page", indicatorPath],
  ["a target page", "muc-tieu/1/"],
  ["the overview", ""],
])("printing %s", (_, path) => {
  it("hides the header, navigation, search form and footer and keeps the heading", async () => {
    const page = await openForPrint(path);
    expect({
      header: await isVisible(page, ".site-header"),
      nav: await isVisible(page, "nav"),
      form: await isVisible(page, "form"),
      footer: await isVisible(page, ".site-footer"),
      heading: await isVisible(page, "h1"),
    }).toEqual({ header: false, nav: false, form: false, footer: false, heading: true });
  });

  it("ends with the citation: site, page title, address and data release", async () => {
    const page = await openForPrint(path);
    expect(await isVisible(page, ".print-foot")).toBe(true);
    const foot = (await page.locator(".print-foot").innerText()).replace(/\s+/g, " ");
    expect(foot).toContain("Trích dẫn: Theo dõi Chương trình 02/CTr-UBND Thái Nguyên.");
    expect(foot).toContain(new URL(path, "https://ctr02.thainguyen.example/").pathname);
    expect(foot).toContain(`bản phát hành dữ liệu ${release.id} ngày ${formatDate(release.date)}`);
  });

  it("fills in the reader's date of printing just before it prints", async () => {
    const page = await openForPrint(path);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await page.locator("[data-print-date]").innerText()).toContain("Ngày in: 05/03/2027.");
  });

  it("prints the release date alone without JavaScript", async () => {
    const page = await openForPrint(path, false);
    expect(await isVisible(page, "[data-print-date]")).toBe(false);
    expect(await page.locator(".print-foot").innerText()).toContain(formatDate(release.date));
  });

  it("lays out on A4 pages in a PDF", async () => {
    const page = await openForPrint(path);
    const pdf = new TextDecoder("latin1").decode(await page.pdf({ format: "A4" }));
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, width, height] of boxes) {
      // A4 is 210 × 297 mm = 595.3 × 841.9 pt; Chromium rounds to whole CSS pixels.
      expect(Math.abs(Number(width) - 595.3)).toBeLessThan(2);
      expect(Math.abs(Number(height) - 841.9)).toBeLessThan(2);
    }
  });
});

describe("printing an English page", () => {
  it("writes the date of printing the English way", async () => {
    const page = await openForPrint(`en/indicators/${indicatorPath.split("/").at(-2)}/`);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await page.locator("[data-print-date]").innerText()).toMatch(/\b5 Mar 2027\./);
  });
});

describe("printing an indicator with a chart", () => {
  it("keeps the chart and its table and drops the downloads and the embed code", async () => {
    const page = await openForPrint(indicatorPath);
    expect({
      chart: await isVisible(page, ".chart__svg"),
      table: await isVisible(page, ".chart-table"),
      downloads: await isVisible(page, ".chart-downloads"),
      embed: await isVisible(page, ".embed-snippet"),
    }).toEqual({ chart: true, table: true, downloads: false, embed: false });
  });

  it("writes the address of each source link after it", async () => {
    const page = await openForPrint(indicatorPath);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')]
        .filter((link) => !link.closest(".citation"))
        .map((link) => getComputedStyle(link, "::after").content.includes(link.href)),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every(Boolean)).toBe(true);
  });

  it("shows the page's heading where the site header was, in a screenshot", async () => {
    const page = await openForPrint(indicatorPath);
    const image = decodePng(new Uint8Array(await page.screenshot({ fullPage: false })));
    const h1 = await page.locator("h1").boundingBox();
    expect(h1?.y ?? 999).toBeLessThan(80);
    const ink = countDarkPixels(image, { x0: 0, x1: image.width, y0: 0, y1: 120 });
    expect(ink).toBeGreaterThan(500);
  });
});
