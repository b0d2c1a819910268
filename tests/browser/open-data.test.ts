// /du-lieu/ and its English twin /en/data/, the release pages and feed.xml of the built site
// (dist/) in Debian's Chromium, used the way a reader would: every download link on /du-lieu/
// gives a file that parses, /en/data/ offers the same files in English words only,
// the feed is well-formed XML (Chromium's strict XML parser) with one entry per release,
// the pages report nothing to the console, fit a 320 px screen and pass axe-core.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import Papa from "papaparse";
import type { Browser, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import {
  startStaticServer,
  type StaticServer,
} from "../../scripts/check-site/lib/static-server.ts";
import { readZip } from "../fixtures/open-data/read-zip.ts";
import { readFeedLinks, requireBuiltSite } from "../fixtures/open-data/site.ts";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const site = requireBuiltSite();
  // The feed's self link names the base path the site was built for.
  const { self } = readFeedLinks(await readFile(path.join(site, "feed.xml"), "utf8"));
  server = await startStaticServer(site, new URL(".", self).pathname);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `urlPath` (relative to the site root) and collects what the page reports as errors. */
async function open(urlPath: string, width = 1024): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" || message.type() === "warning") {
      errors.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  const response = await page.goto(server.rootUrl + urlPath, { waitUntil: "load" });
  expect(response?.status(), urlPath).toBe(200);
  return { page, errors };
}

/** Returns the absolute URLs of the links on the page whose path ends in one of `extensions`. */
async function fileLinks(page: Page, extensions: readonly string[]): Promise<string[]> {
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.filter((href) => extensions.some((ext) => new URL(href).pathname.endsWith(ext)));
}

async function axeViolations(page: Page): Promise<string[]> {
  const axeSource = await readFile(
    createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
    "utf8",
  );
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  });
}

describe("/du-lieu/", { timeout: 60_000 }, () => {
  it("links only to downloads that parse: CSV with papaparse, JSON, ZIP", async () => {
    const { page } = await open("du-lieu/");
    const links = await fileLinks(page, [".csv", ".json", ".zip"]);
    // Every table twice, datapackage.json, the zip, one CSV per indicator.
    expect(links.filter((l) => l.includes("/du-lieu/excel/")).length).toBeGreaterThan(5);
    expect(links.some((l) => l.endsWith("/du-lieu/datapackage.json"))).toBe(true);
    expect(links.some((l) => l.endsWith(".zip"))).toBe(true);
    for (const link of links) {
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
      const body = await response.body();
      if (link.endsWith(".csv")) {
        const parsed = Papa.parse<Record<string, string>>(body.toString("utf8"), {
          header: true,
          skipEmptyLines: true,
        });
        expect(parsed.errors, link).toEqual([]);
        expect(parsed.meta.fields?.length ?? 0, link).toBeGreaterThan(1);
      } else if (link.endsWith(".json")) {
        expect(() => JSON.parse(body.toString("utf8")) as unknown, link).not.toThrow();
      } else {
        expect(readZip(new Uint8Array(body)).length, link).toBeGreaterThan(1);
      }
    }
    await page.context().close();
  });

  it("shows Vietnamese correctly from the Excel copy: the text after the BOM is the machine CSV", async () => {
    const { page } = await open("du-lieu/");
    const [machine] = await fileLinks(page, ["/du-lieu/targets.csv"]);
    const [excel] = await fileLinks(page, ["/du-lieu/excel/targets.csv"]);
    const machineText = (await (await page.request.get(machine as string)).body()).toString("utf8");
    const excelBytes = await (await page.request.get(excel as string)).body();
    expect([...excelBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excelBytes.subarray(3).toString("utf8")).toBe(machineText);
    // Vietnamese letters (ậ, ư, đ…) arrive as UTF-8, so Excel shows them once it sees the BOM.
    expect(machineText).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữự]/u);
    await page.context().close();
  });

  it.each([
    ["du-lieu/", /nhấp đúp trong Excel, hãy chọn bản này để chữ tiếng Việt hiện đúng/],
    ["en/data/", /double-clicking it in Excel, choose this one so that the Vietnamese letters/],
  ])("says on %s which CSV to pick when opening it in Excel", async (path, advice) => {
    const { page } = await open(path);
    await expect.poll(() => page.locator("main").innerText()).toMatch(advice);
    await page.context().close();
  });

  it.each(["du-lieu/", "en/data/"])(
    "logs nothing to the console on %s, fits 320 px and has no axe-core violations",
    async (path) => {
      const { page, errors } = await open(path, 320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
  it.each(["du-lieu/", "en/data/"])(
    "lines up the links of the jump list on %s row by row at 320 px",
    async (path) => {
      const { page } = await open(path, 320);
      const boxes = await page.locator(".on-page a").evaluateAll((links) =>
        links.map((link) => ({
          top: link.getBoundingClientRect().top,
          bottom: link.getBoundingClientRect().bottom,
        })),
      );
      expect(boxes.length).toBeGreaterThan(5);
      // Each link starts on the row of the one before it, or on a row below it, never half-way.
      const misplaced = boxes.filter(
        (box, i) => i > 0 && box.top !== boxes[i - 1]?.top && box.top < (boxes[i - 1]?.bottom ?? 0),
      );
      expect(misplaced).toEqual([]);
      await page.context().close();
    },
  );
});

// Letters that only Vietnamese writes (the English page's own words never have them).
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe("/en/data/, the same page in English", { timeout: 60_000 }, () => {
  it("shows none of the Vietnamese page's headings, sentences or labels", async () => {
    // Every heading, paragraph, list item and link text of /du-lieu/ written in Vietnamese,
    // outside the column documentation (it comes from datapackage.json, not from the page).
    const { page: vi } = await open("du-lieu/");
    const vietnamese = await vi.locator("main").evaluate((main, letter) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const schema of copy.querySelectorAll("section.schema")) schema.remove();
      return [...copy.querySelectorAll("h1, h2, h3, p, li, summary, a")]
        .map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim())
        .filter((text) => new RegExp(letter, "iu").test(text));
    }, VIETNAMESE_LETTER.source);
    expect(vietnamese).toEqual(expect.arrayContaining(["Tải về", "Nên tải bản nào?", "Báo lỗi"]));
    // The English page, without the parts marked lang="vi" (a name with no English wording).
    const { page: en } = await open("en/data/");
    const english = await en.locator("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const schema of copy.querySelectorAll("section.schema")) schema.remove();
      for (const marked of copy.querySelectorAll('[lang="vi"]')) marked.remove();
      return (copy.textContent ?? "").replace(/\s+/g, " ");
    });
    expect(vietnamese.filter((text) => english.includes(text))).toEqual([]);
    await vi.context().close();
    await en.context().close();
  });

  it("has the Vietnamese page's sections under the same ids, and the same downloads", async () => {
    const outline = async (path: string) => {
      const { page } = await open(path);
      const ids = await page
        .locator("main [id]")
        .evaluateAll((elements) => elements.map((element) => element.id));
      const files = await fileLinks(page, [".csv", ".json", ".zip"]);
      await page.context().close();
      return { ids, files };
    };
    const vi = await outline("du-lieu/");
    expect(vi.ids).toEqual(expect.arrayContaining(["tai-ve", "bang-tong-hop", "bao-loi"]));
    expect(await outline("en/data/")).toEqual(vi);
  });
});

describe("releases and feed.xml", { timeout: 60_000 }, () => {
  it("lists every release, each page offering its snapshot zip, without console errors", async () => {
    const { page, errors } = await open("du-lieu/phien-ban/");
    const releases = await page
      .locator("main ol a")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) {
      const pageErrors: string[] = [];
      const releasePage = await page.context().newPage();
      releasePage.on("console", (m) => {
        if (m.type() === "error") pageErrors.push(m.text());
      });
      await releasePage.goto(release);
      const zips = await fileLinks(releasePage, [".zip"]);
      expect(zips, release).toHaveLength(1);
      expect((await page.request.get(zips[0] as string)).status()).toBe(200);
      expect(pageErrors, release).toEqual([]);
      await releasePage.close();
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("has a release page with no axe-core violations at 320 px", async () => {
    const { page } = await open("du-lieu/phien-ban/", 320);
    const first = await page.locator("main ol a").first().getAttribute("href");
    await page.goto(new URL(first as string, page.url()).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("parses the feed linked from the head as XML, one Atom entry per release", async () => {
    const { page } = await open("du-lieu/phien-ban/");
    const feedHref = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute("href");
    const releases = await page.locator("main ol > li").count();
    const response = await page.request.get(new URL(feedHref as string, page.url()).href);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        entries: doc.getElementsByTagNameNS(atom, "entry").length,
        updated: doc.documentElement.getElementsByTagNameNS(atom, "updated")[0]?.textContent,
        links: [...doc.getElementsByTagNameNS(atom, "link")].map((l) => l.getAttribute("href")),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(parsed.entries).toBe(releases);
    expect(parsed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
    for (const link of parsed.links) {
      // The feed's absolute links name the configured site; the same paths are served here.
      const local = new URL(new URL(link as string).pathname, server.origin).href;
      expect((await page.request.get(local)).status(), link ?? "").toBe(200);
    }
    await page.context().close();
  });
});
