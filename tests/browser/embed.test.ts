// Embeds that fit (issue 15): the embed code copied from an indicator page, pasted into a page
// of ANOTHER origin (a newspaper's article at http://localhost:<port>, the site at
// http://127.0.0.1:<port>), shows the whole embed at 320 and 1024 px: the host script sizes the
// iframe so nothing scrolls inside it, and the source line is on screen once the reader scrolls
// to the frame. Without the script (a host that strips it) the plain iframe still shows the
// source line. The site is built with SITE_URL set to the origin it is served from, so the code
// is exactly what a reader would copy.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndicatorPage } from "../../src/lib/views/indicator-page.ts";
import { requireDataset } from "../../src/site/load-dataset.ts";
import { buildSiteForTest, type TestBuild } from "../program/build-site.ts";
import { findFreePort } from "../../scripts/check-site/lib/nginx.ts";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import {
  startStaticServer,
  type StaticServer,
} from "../../scripts/check-site/lib/static-server.ts";
import { resolutionOf } from "../../src/lib/resolve/resolve-dataset.ts";

// Indicator pages offer the embed code with their chart; a qualitative one has neither.
const dataset = requireDataset();
const ids = dataset.indicators
  .map((indicator) => indicator.id)
  .filter(
    (id) =>
      buildIndicatorPage(resolutionOf(dataset), id, "http://127.0.0.1/", "Trang thử").chart !==
      null,
  );
const widths = [320, 1024];

let build: TestBuild;
let site: StaticServer;
let host: { origin: string; close: () => Promise<void>; serve: (html: string) => string };
let browser: Browser;

/** A server on another origin that returns whatever page the test gives it, by number. */
async function startHost(): Promise<typeof host> {
  const pages: string[] = [];
  const server: Server = createServer((request, response) => {
    const page = pages[Number((request.url ?? "").replace(/\D/g, ""))];
    response.writeHead(page === undefined ? 404 : 200, {
      "Content-Type": "text/html; charset=utf-8",
    });
    response.end(page ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // "localhost", not "127.0.0.1", and another port: a different origin on both counts.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve: (html) => `${origin}/${pages.push(html) - 1}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

beforeAll(async () => {
  const port = await findFreePort();
  build = await buildSiteForTest({ SITE_URL: `http://127.0.0.1:${port}` });
  site = await startStaticServer(build.distDir, "/", port);
  host = await startHost();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
  await build?.remove();
});

const snippets = new Map<string, string>();

/** Returns the embed code exactly as a reader copies it from the indicator page's text box. */
async function copySnippet(id: string): Promise<string> {
  const known = snippets.get(id);
  if (known !== undefined) return known;
  const page = await browser.newPage();
  await page.goto(`${site.rootUrl}chi-tieu/${id}/`);
  const snippet = await page.locator(".embed-snippet textarea").inputValue();
  await page.close();
  snippets.set(id, snippet);
  return snippet;
}

/** A newspaper article with the code pasted between two paragraphs. */
function article(snippet: string): string {
  const paragraph = "<p>Bài viết của một tờ báo, với đoạn văn đủ dài để biểu đồ nằm giữa bài.</p>";
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bài báo</title></head><body style="margin:0;padding:8px;font-family:sans-serif">${paragraph.repeat(3)}${snippet}${paragraph.repeat(3)}</body></html>`;
}

/** Opens the article at `width` px and returns the page and the embed's frame once it has loaded. */
async function openArticle(
  snippet: string,
  width: number,
): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 700 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(host.serve(article(snippet)));
  const iframe = page.locator("iframe").first();
  // The iframe loads lazily: bring it near the screen as a reader scrolling would.
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error("the pasted iframe has no frame");
  await frame.waitForSelector(".embed__source");
  await frame.waitForLoadState("load");
  return { page, frame, errors };
}

/** Returns how the embed sits in its frame: scrolling needed, and whether the source line is on screen. */
async function measure(page: Page, frame: Frame) {
  const inside = await frame.evaluate(() => {
    const root = document.documentElement;
    const middle = document.querySelector<HTMLElement>("[data-embed-middle]");
    return {
      scrollsDown: root.scrollHeight > root.clientHeight,
      scrollsSideways: root.scrollWidth > root.clientWidth,
      middleScrolls: middle ? middle.scrollHeight > middle.clientHeight : true,
    };
  });
  const source = frame.locator(".embed__source");
  // The reader scrolls the article down to the embed's source line (a frame taller than the
  // screen is fine, as long as nothing is cut or scrolls inside it).
  const sourceTop = await source.evaluate((element) => element.getBoundingClientRect().top);
  await page
    .locator("iframe")
    .first()
    .evaluate((iframe, top) => {
      const frameTop = iframe.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, Math.max(0, frameTop + top - 200));
    }, sourceTop);
  const box = await source.boundingBox();
  const frameBox = await page.locator("iframe").first().boundingBox();
  const viewport = page.viewportSize();
  const sourceVisible =
    box !== null &&
    frameBox !== null &&
    viewport !== null &&
    box.y >= 0 &&
    box.y + box.height <= viewport.height &&
    box.y >= frameBox.y &&
    box.y + box.height <= frameBox.y + frameBox.height;
  return { ...inside, sourceVisible };
}

describe("the embed code pasted into a page of another origin", () => {
  it("has the iframe and the host script that trusts only the site's origin", async () => {
    const snippet = await copySnippet(ids[0] ?? "");
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/nhung\/chi-tieu\/[^"]+\/"/);
    expect(snippet).toContain(`e.origin !== "${site.origin}"`);
  });

  for (const width of widths) {
    it.each(ids)(
      `fits the whole embed of %s at ${width} px: no scrolling inside, the source line on screen`,
      async (id) => {
        const { page, frame, errors } = await openArticle(await copySnippet(id), width);
        // The host script resizes the frame once the embed has posted its height.
        await page.waitForFunction(
          () => {
            const iframe = document.querySelector("iframe");
            return iframe !== null && iframe.style.height !== "";
          },
          undefined,
          { timeout: 10_000 },
        );
        const result = await measure(page, frame);
        await page.close();
        expect({ id, width, ...result, errors }).toEqual({
          id,
          width,
          scrollsDown: false,
          scrollsSideways: false,
          middleScrolls: false,
          sourceVisible: true,
          errors: [],
        });
      },
      30_000,
    );
  }

  it.each(ids)(
    "keeps the source line of %s in view at 320 px when the host strips the script",
    async (id) => {
      const iframeOnly = (await copySnippet(id)).replace(/<script>[^]*<\/script>/, "");
      const { page, frame } = await openArticle(iframeOnly, 320);
      const result = await measure(page, frame);
      const height = await page.locator("iframe").evaluate((iframe) => iframe.style.height);
      await page.close();
      expect({ id, height, sourceVisible: result.sourceVisible }).toEqual({
        id,
        height: "",
        sourceVisible: true,
      });
    },
    30_000,
  );

  it("lets no other origin resize a frame, even with a well-formed message", async () => {
    // A frame of the host's own origin posts the embed's message shape from inside its iframe.
    const impostor = host.serve(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head><body><script>parent.postMessage({ type: "ctr02-embed-height", height: 250 }, "*");</script></body></html>`,
    );
    const snippet = await copySnippet(ids[0] ?? "");
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(host.serve(article(`${snippet}<iframe id="khac" src="${impostor}"></iframe>`)));
    const other = page.frameLocator("#khac").locator("body");
    await other.waitFor({ state: "attached" });
    await page.waitForTimeout(300);
    const height = await page.locator("#khac").evaluate((iframe) => iframe.style.height);
    await page.close();
    expect(height).toBe("");
  });
});
