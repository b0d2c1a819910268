// Gate 5: page weight on the built files. Every page but search stays within pageBudget
// (HTML + CSS + JS ≤ 30 KB gzip, JS ≤ 10 KB, everything ≤ 60 KB) and no page has a
// render-blocking script. Prints the ten heaviest pages so a regression shows in every run.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GateResult } from "../gate.ts";
import {
  checkWeight,
  collectPageResources,
  findStaticImports,
  formatWeightTable,
  gzipSize,
  transferSize,
  type PageWeight,
} from "../lib/budget.ts";
import { scanTags } from "../lib/html.ts";
import { isSearchPage, pageOfFile, showPage, type BuiltSite } from "../lib/site.ts";
import { formatCount } from "../lib/text.ts";
import { resolveUrl } from "./links.ts";

/** Gate 5: size budgets per page and no render-blocking scripts. */
export async function checkBudgets(site: BuiltSite): Promise<GateResult> {
  const files = new Set(site.files);
  const sizeCache = new Map<string, number>();
  const sizeOf = async (file: string): Promise<number> => {
    let size = sizeCache.get(file);
    if (size === undefined) {
      size = transferSize(file, await readFile(path.join(site.distDir, file)));
      sizeCache.set(file, size);
    }
    return size;
  };
  // Maps a URL written on `fromUrl` to a file of the site, or undefined (external or missing:
  // gates 2 and 4 report those).
  const fileOf = (url: string, fromUrl: string): string | undefined => {
    const resolution = resolveUrl(url, fromUrl, site);
    return resolution.kind === "internal" && files.has(resolution.target.file)
      ? resolution.target.file
      : undefined;
  };
  // A module's static imports load before it runs, so they count towards the page.
  const moduleGraph = async (entry: string, seen: Set<string>): Promise<void> => {
    if (seen.has(entry)) return;
    seen.add(entry);
    const source = await readFile(path.join(site.distDir, entry), "utf8");
    const entryUrl = pageOfFile(entry, site).url;
    for (const specifier of findStaticImports(source)) {
      const imported = fileOf(specifier, entryUrl);
      if (imported !== undefined) await moduleGraph(imported, seen);
    }
  };

  const problems: string[] = [];
  const weights: PageWeight[] = [];
  for (const page of site.htmlPages) {
    const html = await readFile(path.join(site.distDir, page.file), "utf8");
    const resources = collectPageResources(scanTags(html));
    const where = showPage(page, site);
    const sum = async (urls: readonly string[]): Promise<number> => {
      let total = 0;
      for (const file of new Set(urls.map((url) => fileOf(url, page.url)))) {
        if (file !== undefined) total += await sizeOf(file);
      }
      return total;
    };
    const scripts = new Set<string>();
    for (const url of resources.scripts) {
      const file = fileOf(url, page.url);
      if (file !== undefined) await moduleGraph(file, scripts);
    }
    let js = 0;
    for (const file of scripts) js += await sizeOf(file);
    for (const inline of resources.inlineScripts) js += gzipSize(inline);
    const weight: PageWeight = {
      page: where,
      html: gzipSize(html),
      css: await sum(resources.stylesheets),
      js,
      other: await sum(resources.other),
    };
    weights.push(weight);
    if (!isSearchPage(page.path)) {
      for (const problem of checkWeight(weight)) problems.push(`${where}: ${problem}`);
    }
    for (const src of resources.renderBlocking) {
      problems.push(
        `${where}: <script src="${src}"> trong <head> chặn hiển thị trang. Thêm type="module" hoặc defer, hoặc chuyển xuống cuối <body>.`,
      );
    }
  }
  return {
    name: "Dung lượng trang",
    summary: `${formatCount(weights.length)} trang, ${formatCount(problems.length)} vượt ngân sách hoặc chặn hiển thị (trang tìm kiếm được miễn ngân sách)`,
    problems,
    report: [
      "10 trang nặng nhất (gzip):",
      ...formatWeightTable(weights).map((line) => `  ${line}`),
    ],
  };
}
