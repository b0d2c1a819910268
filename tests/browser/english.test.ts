// The English edition (issue 17) in Debian's Chromium, on a freshly built and indexed site:
// the language switch leads from every page kind to its twin and back; every page names its
// twin with hreflang both ways; /en/search/ finds English pages and never a Vietnamese one
// (and /tim-kiem/ never an English one); an English indicator page writes numbers and dates
// the English way; the English methodology is the whole Vietnamese page, in English words; and
// no English page scrolls sideways on a 320 px phone, with JavaScript on or off.
import { readdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatEnglishDate } from "../../src/lib/format.ts";
import { ENGLISH_KINDS, pathOf, type PageRef } from "../../src/lib/i18n/routes.ts";
import { requireDataset } from "../../src/site/load-dataset.ts";
import { repoRoot } from "../program/build-site.ts";
import { useBuiltSite } from "../support/site-session.ts";

const dataset = requireDataset(`${repoRoot}/data`);
const PHONE = { viewport: { width: 320, height: 800 }, isMobile: true } as const;

const site = useBuiltSite({ searchIndex: true });
const open = site.open;

/** One page of every kind the site builds in English (src/lib/i18n/routes.ts). */
function samplePages(): PageRef[] {
  const indicator = dataset.indicators[0]?.id ?? "";
  const agency = dataset.agencies[0]?.id ?? "";
  const target = dataset.targets[0]?.id ?? 1;
  const all: PageRef[] = [
    { kind: "home" },
    { kind: "program" },
    { kind: "target", n: target },
    { kind: "indicator", id: indicator },
    { kind: "agencies" },
    { kind: "agency", id: agency },
    { kind: "methodology" },
    { kind: "glossary" },
    { kind: "data" },
    { kind: "about" },
    { kind: "search" },
  ];
  return all.filter((page) => ENGLISH_KINDS.has(page.kind));
}

/** The page's <link rel="alternate" hreflang> as {lang: site path}. */
function alternatesOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map(
        (link) => [link.hreflang, new URL(link.href).pathname],
      ),
    ),
  );
}

describe("the language switch and hreflang", () => {
  it("cover every page kind built in English", () => {
    // The two pages this branch builds are in the list; a kind missing here has no twin.
    const kinds = samplePages().map((page) => page.kind);
    expect(kinds).toEqual(expect.arrayContaining(["home", "program", "search"]));
  });

  for (const ref of samplePages()) {
    const vi = pathOf("vi", ref);
    const en = pathOf("en", ref);
    it(`lead from /${vi} to /${en} and back, and name each other both ways`, async () => {
      const { page, errors } = await open(vi);
      expect(await page.getAttribute("html", "lang")).toBe("vi");
      expect(await alternatesOf(page)).toEqual({ vi: `/${vi}`, en: `/${en}` });
      await page.locator('.lang-switch a[hreflang="en"]').click();
      await page.waitForURL(`**/${en}`);
      expect(new URL(page.url()).pathname).toBe(`/${en}`);
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await alternatesOf(page)).toEqual({ en: `/${en}`, vi: `/${vi}` });
      await page.locator('.lang-switch a[hreflang="vi"]').click();
      await page.waitForURL((url) => url.pathname === `/${vi}`);
      expect(await page.getAttribute("html", "lang")).toBe("vi");
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

/** Types `query` on the search page `page` and returns the paths of the results shown. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator("[data-search-filters]").waitFor({ state: "visible" });
  const status = page.locator("[data-search-status]");
  await page.locator("#search-q").fill(query);
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`“${query}”`);
  return page
    .locator(".search-result h3 a")
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
}

describe("English search", () => {
  it("searches the English pages only, in English words", async () => {
    const { page, errors } = await open("en/search/");
    const found = await search(page, "Purpose and requirements");
    expect(found[0]).toBe("/en/program/");
    expect(found.filter((path) => !path.startsWith("/en/"))).toEqual([]);
    expect(await page.locator("[data-search-status]").textContent()).toMatch(
      /^\d+ results? for “Purpose and requirements”\.$/,
    );
    // English stemming: "requirement" finds "requirements".
    expect(await search(page, "requirement")).toContain("/en/program/");
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("finds an English indicator page by its English name, and no Vietnamese page", async () => {
    const indicator = dataset.indicators.find((row) => row.id === "ho-ngheo-dtts");
    expect(indicator).toBeDefined();
    const { page, errors } = await open("en/search/");
    const found = await search(page, "poverty rate");
    expect(found.slice(0, 3)).toContain("/en/indicators/ho-ngheo-dtts/");
    expect(found.filter((path) => !path.startsWith("/en/"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("filters by agency in English: the choices are the names the English index files pages under", async () => {
    const { page, errors } = await open("en/search/");
    await page.locator("[data-search-filters]").waitFor({ state: "visible" });
    const select = page.locator("select[data-search-agency]");
    const values = await select
      .locator("option")
      .evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
    // A string, so that the test runner does not rewrite the page's import().
    const indexed = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import(${JSON.stringify(`${site.rootUrl}pagefind/pagefind.js`)});
      return Object.keys((await pagefind.filters()).agency ?? {});
    })()`);
    expect(values.slice(1).toSorted()).toEqual(indexed.toSorted());
    expect(indexed).toContain("Provincial departments, boards and sectors");
    expect(indexed).not.toContain("Các sở, ban, ngành");
    // Choosing one keeps only the pages that name it.
    await select.selectOption("Provincial departments, boards and sectors");
    const found = await search(page, "ethnic minority");
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((path) => !path.startsWith("/en/"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("leaves the Vietnamese search with Vietnamese pages only", async () => {
    const { page } = await open("tim-kiem/");
    const found = await search(page, "chương trình");
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((path) => path.startsWith("/en/"))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("reads without JavaScript: a plain form to the same page and what to do instead", async () => {
    const { page } = await open("en/search/", { javaScriptEnabled: false });
    expect(await page.getAttribute("form[role=search].search-form", "action")).toBe("/en/search/");
    const fallback = page.locator("[data-search-fallback]");
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain("needs JavaScript");
    expect(
      await fallback.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
    ).toEqual(["/en/program/", "/en/"]);
    await page.context().close();
  });
});

describe("an English indicator page", () => {
  it("writes numbers and dates the English way", async () => {
    const { page } = await open("en/indicators/ho-ngheo-dtts/");
    // What the page writes in English: the parts tagged lang="vi" (a source's excerpt, a text
    // with no translation yet) keep the Vietnamese forms they were published in.
    const text = await page.locator("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const vietnamese of copy.querySelectorAll('[lang="vi"]')) vietnamese.remove();
      return copy.textContent ?? "";
    });
    expect(text).toContain(formatEnglishDate(dataset.latestRelease.date));
    // 5,85 % in Vietnamese is 5.85% in English: no decimal comma next to a per cent sign.
    expect(text).toMatch(/\d\.\d+ ?%/);
    expect(text).not.toMatch(/\d,\d+ ?%/);
    expect(text).not.toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
    await page.context().close();
  });
});

describe("the English methodology page", () => {
  /** The page's sections, headings, list items and table rows, by count, and its anchors. */
  async function outlineOf(path: string) {
    const { page } = await open(path);
    const outline = await page.locator("main").evaluate((main) => ({
      ids: [...main.querySelectorAll("[id]")].map((element) => element.id),
      counts: ["section", "h2", "h3", "ol > li", "ul > li", "table", "tbody tr", "td"].map(
        (selector) => main.querySelectorAll(selector).length,
      ),
    }));
    await page.context().close();
    return outline;
  }

  it("has the Vietnamese page's structure and anchors, in full", async () => {
    expect(await outlineOf("en/methodology/")).toEqual(await outlineOf("phuong-phap/"));
  });

  it("writes its headings, columns and sentences in English, never the Vietnamese ones", async () => {
    const { page } = await open("en/methodology/");
    const words = await page.locator("main").evaluate((main) => ({
      text: main.textContent ?? "",
      labels: [
        ...[...main.querySelectorAll("h1, h2, h3, th[scope=col]")].map((el) => el.textContent),
        ...[...main.querySelectorAll("[data-label]")].map((el) => el.getAttribute("data-label")),
      ].map((text) => (text ?? "").trim()),
    }));
    const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
    expect(words.labels.filter((label) => vietnamese.test(label))).toEqual([]);
    for (const heading of ["Cách tính trạng thái", "Các trạng thái", "Chính sách nguồn"])
      expect(words.text).not.toContain(heading);
    for (const heading of ["Ví dụ từ số liệu thật", "Chính sách đính chính", "Ý nghĩa"])
      expect(words.text).not.toContain(heading);
    expect(words.text).toContain("A worked example from the real data");
    expect(words.text).toMatch(/Progress ratio = \(\d+\.\d − \d+\.\d\) ÷ /);
    await page.context().close();
  });
});

describe("English pages on a 320 px phone", () => {
  it("never scroll sideways, with JavaScript on or off", async () => {
    const files = (await readdir(`${site.distDir}/en`, { recursive: true }))
      .filter((file) => file.endsWith("index.html"))
      .map((file) => `en/${file.replace(/index\.html$/, "")}`)
      .sort();
    expect(files).toEqual(expect.arrayContaining(["en/", "en/program/", "en/search/"]));
    const wide: string[] = [];
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await open("en/", { ...PHONE, javaScriptEnabled });
      for (const path of files) {
        await page.goto(site.rootUrl + path, { waitUntil: "load" });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${path} (JS ${javaScriptEnabled ? "on" : "off"}): ${width} px`);
      }
      await page.context().close();
    }
    expect(wide).toEqual([]);
  }, 240_000);
});
