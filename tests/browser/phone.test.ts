// Every indicator page of the real build on a 320 px phone (issue 13, item 4), in Debian's
// Chromium: each figure's value, year, scope, source link, excerpt and note lie inside the
// screen with no sideways scrolling (with JavaScript off, as the layout is CSS alone); the
// chart's labels neither overlap nor leave the picture, are at least 12 px, name goals in
// words ("Mục tiêu 2025", never "MT 2025"), and the source line sits under the chart. The
// embed pages, the methodology and the program's appendix stack their tables the same way. The
// English indicator pages (/en/indicators/<id>/, issue 17) are held to the same, in English
// words ("2025 goal", "Source: …").
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../program/build-site.ts";
import { useBuiltSite } from "../support/site-session.ts";
import { requireDataset } from "../../src/site/load-dataset.ts";

const dataset = requireDataset(`${repoRoot}/data`);
const PHONE = { viewport: { width: 320, height: 800 }, isMobile: true } as const;
const quantitative = dataset.indicators.filter((indicator) => indicator.kind === "quantitative");

/** Each edition's indicator page path and the words its chart must use. */
const EDITIONS = [
  { page: (id: string) => `chi-tieu/${id}/`, goal: /^Mục tiêu \d{4}$/, source: /^Nguồn: \S/ },
  { page: (id: string) => `en/indicators/${id}/`, goal: /^\d{4} goal$/, source: /^Source: \S/ },
] as const;
const eachPage = (ids: readonly { readonly id: string }[]) =>
  ids.flatMap(({ id }) => EDITIONS.map((edition) => [edition.page(id), edition] as const));

const { open } = useBuiltSite();

interface Rect {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Returns the page's sideways scroll width. */
function scrollWidthOf(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Returns what of `selector` (each match, and each link inside) sticks out of 0..320 or is hidden. */
function outsideScreen(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      for (const part of [element, ...element.querySelectorAll<HTMLElement>("a")]) {
        const rect = part.getBoundingClientRect();
        const label = `${part.tagName.toLowerCase()} "${(part.textContent ?? "").trim().slice(0, 40)}"`;
        if (rect.width === 0 || rect.height === 0) problems.push(`${label} is not shown`);
        else if (rect.left < -0.5 || rect.right > 320.5)
          problems.push(`${label} spans ${Math.round(rect.left)}..${Math.round(rect.right)} px`);
      }
    }
    return problems;
  }, selector);
}

/** Returns the chart's svg box and the boxes and rendered sizes of its text labels. */
function chartTexts(page: Page): Promise<{ svg: Rect; texts: (Rect & { size: number })[] }> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>("svg.chart__svg");
    if (!svg) throw new Error("no chart");
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      const { left, right, top, bottom } = rect;
      return { text: (element.textContent ?? "").trim(), left, right, top, bottom };
    };
    const scale = svg.getScreenCTM()?.a ?? 1;
    return {
      svg: box(svg),
      texts: [...svg.querySelectorAll("text")].map((text) => ({
        ...box(text),
        size: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      })),
    };
  });
}

function overlap(a: Rect, b: Rect): boolean {
  const tolerance = 0.5;
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance
  );
}

describe.each(eachPage(dataset.indicators))("/%s at 320 px", (path) => {
  it("shows every figure's value, year, scope, source link, excerpt and note on screen (JS off)", async () => {
    const { page } = await open(path, { ...PHONE, javaScriptEnabled: false });
    expect(await scrollWidthOf(page)).toBeLessThanOrEqual(320);
    const rows = await page.locator(".figures-table tbody tr").count();
    // Every row links its source (an address outside the site).
    expect(await page.locator(".figures-table tbody tr:has(td a[href^='http'])").count()).toBe(
      rows,
    );
    expect(await outsideScreen(page, ".figures-table tbody th, .figures-table tbody td")).toEqual(
      [],
    );
    expect(
      await outsideScreen(page, ".facts, .chart-table td:not(:has(> .empty-cell)), .chart__source"),
    ).toEqual([]);
    await page.context().close();
  });
});

describe.each(eachPage(quantitative))("the chart of /%s at 320 px", (path, edition) => {
  it("has labels that neither overlap nor leave the chart, at 12 px or more", async () => {
    const { page } = await open(path, PHONE);
    const { svg, texts } = await chartTexts(page);
    expect(texts.length).toBeGreaterThan(3);
    for (const [index, text] of texts.entries()) {
      expect(text.size, text.text).toBeGreaterThanOrEqual(11.95);
      expect(text.left, text.text).toBeGreaterThanOrEqual(svg.left - 0.5);
      expect(text.right, text.text).toBeLessThanOrEqual(svg.right + 0.5);
      expect(text.top, text.text).toBeGreaterThanOrEqual(svg.top - 0.5);
      expect(text.bottom, text.text).toBeLessThanOrEqual(svg.bottom + 0.5);
      for (const other of texts.slice(index + 1)) {
        expect(overlap(text, other), `"${text.text}" overlaps "${other.text}"`).toBe(false);
      }
    }
    await page.context().close();
  });

  it("names goals in words, leaves the default series out of the legend, and puts the source under the chart", async () => {
    const { page } = await open(path, PHONE);
    const goals = await page.locator(".chart__goal text").allTextContents();
    for (const goal of goals) expect(goal.trim()).toMatch(edition.goal);
    expect(await page.locator("main").textContent()).not.toMatch(/\bMT \d{4}/);
    const legend = await page.locator(".chart-legend").textContent();
    expect(legend).not.toMatch(/Mặc định|As the program defines it/);
    const source = page.locator(".chart .chart__source");
    expect((await source.textContent())?.trim()).toMatch(edition.source);
    const [svgBox, sourceBox] = await Promise.all([
      page.locator("svg.chart__svg").boundingBox(),
      source.boundingBox(),
    ]);
    expect(sourceBox?.y ?? 0).toBeGreaterThan((svgBox?.y ?? 0) + (svgBox?.height ?? 0));
    await page.context().close();
  });
});

describe("goals on the charts", () => {
  it("say “Mục tiêu 2025” in words on the indicators with a 2025 goal level", async () => {
    const { page } = await open("chi-tieu/nuoc-hop-ve-sinh/", PHONE);
    const goals = await page.locator(".chart__goal text").allTextContents();
    expect(goals.map((goal) => goal.trim())).toContain("Mục tiêu 2025");
    await page.context().close();
  });
});

describe.each([
  ...quantitative.map((indicator) => [`nhung/chi-tieu/${indicator.id}/`, ".embed__source"]),
  ["phuong-phap/", "main table tbody th, main table tbody td"],
  ["chuong-trinh/", ".appendix-table tbody th, .appendix-table tbody td"],
])("/%s at 320 px", (path, selector) => {
  it("does not scroll sideways and keeps its tables and source on screen", async () => {
    const { page } = await open(path, PHONE);
    expect(await scrollWidthOf(page)).toBeLessThanOrEqual(320);
    expect(await page.locator(selector).count()).toBeGreaterThan(0);
    expect(await outsideScreen(page, selector)).toEqual([]);
    await page.context().close();
  });
});
