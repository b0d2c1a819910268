// The press files of issue 9 on a freshly built site: a share card for the overview, every
// target and every indicator, referenced by absolute og:image URLs that resolve; chart
// downloads (SVG and PNG) linked from each indicator page and carrying their credit; text
// pixels where the title and the source line are; the same bytes on a second run; embeds kept
// out of the sitemap and the search index.
import { existsSync, readFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildPress,
  buildPressFiles,
  loadPressFonts,
  readSiteRoot,
  type PressReport,
} from "../scripts/build-steps/cards.ts";
import { writeSitemap } from "../scripts/build-steps/sitemap.ts";
import { buildPressContext } from "../src/lib/cards/content.ts";
import {
  OVERVIEW_CARD_PATH,
  chartPngPath,
  chartSvgPath,
  embedPath,
  indicatorCardPath,
  targetCardPath,
} from "../src/lib/cards/paths.ts";
import type { Dataset } from "../src/lib/data/dataset.ts";
import { classifyPage } from "../src/lib/search/page-kind.ts";
import { buildIndicatorPage } from "../src/lib/views/indicator-page.ts";
import { requireDataset } from "../src/site/load-dataset.ts";
import { requireSiteConfig } from "../src/site/site-config.ts";
import { buildSiteForTest, repoRoot, type TestBuild } from "./program/build-site.ts";
import { countDarkPixels, decodePng, readPngSize } from "./press-png.ts";
import { scanTags, type Tag } from "./site/lib/html.ts";

let build: TestBuild;
let dataset: Dataset;
let siteRoot: string;
let report: PressReport;

beforeAll(async () => {
  build = await buildSiteForTest();
  dataset = requireDataset(path.join(repoRoot, "data"));
  siteRoot = readSiteRoot();
  report = await buildPress(build.distDir, dataset, siteRoot);
}, 300_000);

afterAll(async () => {
  await build?.remove();
});

const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(build.distDir, file)));
const pageFile = (pagePath: string) => path.join(build.distDir, pagePath, "index.html");

/** The pages that must have a card, with the card's path. */
function cardPages(): [string, string][] {
  return [
    ["", OVERVIEW_CARD_PATH],
    ...dataset.targets.map((target): [string, string] => [
      `muc-tieu/${target.id}/`,
      targetCardPath(target.id),
    ]),
    ...dataset.indicators.map((indicator): [string, string] => [
      `chi-tieu/${indicator.id}/`,
      indicatorCardPath(indicator.id),
    ]),
  ];
}

async function headOf(pagePath: string): Promise<Tag[]> {
  return scanTags(await readFile(pageFile(pagePath), "utf8")).filter((tag) => tag.name === "meta");
}

function metaContent(tags: readonly Tag[], key: string): string | undefined {
  return tags
    .find((tag) => tag.attrs.get("property") === key || tag.attrs.get("name") === key)
    ?.attrs.get("content");
}

function chartIds(): string[] {
  return dataset.indicators
    .filter(
      (indicator) =>
        buildIndicatorPage(dataset, indicator.id, siteRoot, "Trang thử").chart !== null,
    )
    .map((indicator) => indicator.id);
}

describe("share cards", () => {
  it("are written for the overview, every target and every indicator, 1200 × 630", () => {
    expect(report.cards).toBe(1 + dataset.targets.length + dataset.indicators.length);
    for (const [, card] of cardPages()) {
      expect({ card, size: readPngSize(bytesOf(card)) }).toEqual({
        card,
        size: { width: 1200, height: 630 },
      });
    }
  });

  it("are named by an absolute og:image URL on their page that resolves to the file", async () => {
    for (const [pagePath, card] of cardPages()) {
      const meta = await headOf(pagePath);
      const url = metaContent(meta, "og:image") ?? "";
      expect({ pagePath, url }).toEqual({ pagePath, url: new URL(card, siteRoot).href });
      expect(existsSync(path.join(build.distDir, url.slice(siteRoot.length)))).toBe(true);
      expect([
        metaContent(meta, "og:image:width"),
        metaContent(meta, "og:image:height"),
        metaContent(meta, "twitter:card"),
      ]).toEqual(["1200", "630", "summary_large_image"]);
      expect(metaContent(meta, "og:image:alt")?.length ?? 0).toBeGreaterThan(20);
    }
  });

  it("are never loaded by the page itself, only named in its meta tags", async () => {
    for (const [pagePath] of cardPages()) {
      const tags = scanTags(await readFile(pageFile(pagePath), "utf8"));
      const loads = tags.filter(
        (tag) =>
          tag.name !== "meta" &&
          [...tag.attrs.values()].some((value) => value.includes("the-chia-se.png")),
      );
      expect({ pagePath, loads: loads.map((tag) => tag.name) }).toEqual({ pagePath, loads: [] });
    }
  });

  it("show text where the site name, the title and the source line go, on a non-blank card", () => {
    for (const [, card] of cardPages()) {
      const image = decodePng(bytesOf(card));
      const band = (y0: number, y1: number) => countDarkPixels(image, { x0: 56, x1: 1144, y0, y1 });
      const all = countDarkPixels(image, { x0: 0, x1: 1200, y0: 0, y1: 630 });
      expect({
        card,
        siteName: band(12, 56) > 300,
        title: band(90, 150) > 800,
        source: band(540, 595) > 300,
        notBlank: all > 0.01 * 1200 * 630 && all < 0.5 * 1200 * 630,
      }).toEqual({ card, siteName: true, title: true, source: true, notBlank: true });
    }
  }, 120_000);

  it("are the same bytes when made again", async () => {
    const again = buildPressFiles(
      dataset,
      siteRoot,
      requireSiteConfig().siteName,
      await loadPressFonts(),
    );
    const changed = again.filter(
      (file) => !Buffer.from(file.bytes).equals(Buffer.from(bytesOf(file.path))),
    );
    expect(changed.map((file) => file.path)).toEqual([]);
  }, 120_000);
});

describe("chart downloads", () => {
  it("exist as SVG and PNG for every indicator with a chart, linked from its page", async () => {
    const ids = chartIds();
    expect(report.chartDownloads).toBe(ids.length);
    for (const id of ids) {
      const links = scanTags(await readFile(pageFile(`chi-tieu/${id}/`), "utf8"))
        .filter((tag) => tag.name === "a")
        .map((tag) => tag.attrs.get("href"));
      expect(links).toContain(`/${chartSvgPath(id)}`);
      expect(links).toContain(`/${chartPngPath(id)}`);
    }
  });

  it("carry the title, the source line, the page URL, the release with its date and the licence", () => {
    const context = buildPressContext(dataset, siteRoot, requireSiteConfig().siteName);
    for (const id of chartIds()) {
      const svg = new TextDecoder().decode(bytesOf(chartSvgPath(id)));
      // The words a reader sees, whichever line the title wraps at.
      const text = svg.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
      const name = dataset.indicatorById.get(id)?.name ?? id;
      expect({ id, province: text.includes("tỉnh Thái Nguyên") }).toEqual({ id, province: true });
      for (const part of [
        name.split(" ").slice(0, 3).join(" "),
        "Nguồn: ",
        new URL(`chi-tieu/${id}/`, siteRoot).href,
        `bản ${context.release.id}, ngày ${context.release.date}`,
        "CC BY 4.0",
      ]) {
        expect({ id, part, found: svg.includes(part) }).toEqual({ id, part, found: true });
      }
    }
  });

  it("draw the title at the top and the credit lines at the foot of the PNG", () => {
    for (const id of chartIds()) {
      const image = decodePng(bytesOf(chartPngPath(id)));
      expect(image.width).toBe(1200);
      const title = countDarkPixels(image, { x0: 48, x1: 1152, y0: 48, y1: 110 });
      const foot = countDarkPixels(image, {
        x0: 48,
        x1: 1152,
        y0: image.height - 150,
        y1: image.height - 30,
      });
      expect({ id, title: title > 800, foot: foot > 800 }).toEqual({ id, title: true, foot: true });
    }
  }, 120_000);
});

describe("embeds", () => {
  it("exist for every indicator: noindex, no canonical, a way back to the full page", async () => {
    for (const indicator of dataset.indicators) {
      const tags = scanTags(await readFile(pageFile(embedPath(indicator.id)), "utf8"));
      const back = tags.find(
        (tag) => tag.name === "a" && tag.attrs.get("href") === `/chi-tieu/${indicator.id}/`,
      );
      expect({
        id: indicator.id,
        noindex: tags.some(
          (tag) =>
            tag.name === "meta" &&
            tag.attrs.get("name") === "robots" &&
            tag.attrs.get("content") === "noindex",
        ),
        canonical: tags.some((tag) => tag.name === "link" && tag.attrs.get("rel") === "canonical"),
        target: back?.attrs.get("target"),
        nav: tags.some((tag) => tag.name === "nav"),
      }).toEqual({ id: indicator.id, noindex: true, canonical: false, target: "_top", nav: false });
    }
  });

  it("stay out of the sitemap and the search index", async () => {
    const urls = await writeSitemap(
      build.distDir,
      new URL(siteRoot).origin,
      new URL(siteRoot).pathname,
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes("/nhung/"))).toEqual([]);
    for (const indicator of dataset.indicators)
      expect(classifyPage(embedPath(indicator.id))).toBeUndefined();
  });

  it("are offered as a copyable iframe snippet on the indicator page", async () => {
    const id = dataset.indicators[0]?.id ?? "";
    const tags = scanTags(await readFile(pageFile(`chi-tieu/${id}/`), "utf8"));
    const snippet = tags.find((tag) => tag.name === "textarea");
    expect(snippet?.attrs.has("readonly")).toBe(true);
    expect(snippet?.text).toContain(`<iframe src="${new URL(embedPath(id), siteRoot).href}"`);
  });
});

describe("every page", () => {
  it("has a <title> and an og:title that end with the program and the province", async () => {
    const files = (await readdir(build.distDir, { recursive: true })).filter((file) =>
      file.endsWith(".html"),
    );
    // English pages (under en/, issue 17) name the program in English.
    const suffixOf = (file: string) =>
      file.startsWith("en/")
        ? " — Program 02/CTr-UBND, Thái Nguyên"
        : " — Chương trình 02/CTr-UBND, Thái Nguyên";
    for (const file of files) {
      const suffix = suffixOf(file);
      const tags = scanTags(await readFile(path.join(build.distDir, file), "utf8"));
      const meta = tags.filter((tag) => tag.name === "meta");
      const title = tags.find((tag) => tag.name === "title")?.text ?? "";
      expect({
        file,
        title: title.endsWith(suffix),
        og: metaContent(meta, "og:title")?.endsWith(suffix),
      }).toEqual({ file, title: true, og: true });
    }
  });

  it("has og:title, og:description and og:locale vi_VN (en_GB on the English pages)", async () => {
    const files = (await readdir(build.distDir, { recursive: true })).filter((file) =>
      file.endsWith(".html"),
    );
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const meta = scanTags(await readFile(path.join(build.distDir, file), "utf8")).filter(
        (tag) => tag.name === "meta",
      );
      expect({
        file,
        title: Boolean(metaContent(meta, "og:title")),
        description: Boolean(metaContent(meta, "og:description")),
        locale: metaContent(meta, "og:locale"),
      }).toEqual({
        file,
        title: true,
        description: true,
        locale: file.startsWith("en/") ? "en_GB" : "vi_VN",
      });
    }
  });
});
