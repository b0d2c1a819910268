// npm run measure:search [-- --dist dist --query "duong o to"]
// Measures the search on a built site (issue 6's budgets): the index's size on disk and the time
// to build it; what the search aliases add (the đ aliases alone, then with abbreviations), by
// indexing copies of the site without them; and the bytes a phone downloads for a first search
// on a cold cache in Chromium, gzip-sized where a server would compress. Exits 1 over budget.
import { cp, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { ALL_ALIASES, type AliasKinds } from "../src/lib/search/aliases.ts";
import { transferSize } from "./check-site/lib/budget.ts";
import { launchChromium } from "./check-site/lib/chromium.ts";
import { startStaticServer } from "./check-site/lib/static-server.ts";
import { buildSearchIndex, type SearchIndexReport } from "./build-steps/search-index.ts";

/** Bytes allowed for everything a first search downloads (issue 6). */
export const FIRST_SEARCH_BUDGET = 120 * 1024;

/** One file downloaded during a first search. */
interface Download {
  /** Path of the file, from the site's root. */
  path: string;
  /** Bytes transferred: gzip size for text files, raw size for already compressed ones. */
  bytes: number;
  /** "search" (scripts and Pagefind files) or "page" (the page's HTML, CSS, icon). */
  part: "search" | "page";
}

/** What a first search downloaded. */
interface FirstSearch {
  downloads: Download[];
  /** Sum of the "search" downloads, the figure the budget applies to. */
  searchBytes: number;
  /** Sum of everything, the page itself included. */
  totalBytes: number;
  /** Results the query found. */
  results: number;
}

/**
 * Opens the search page in a fresh (cold-cache) browser context, types `query` and returns what
 * was downloaded until its results were shown. `siteUrl` is the site's root URL, base included.
 */
export async function measureFirstSearch(
  browser: Browser,
  siteUrl: string,
  query: string,
): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const root = new URL(siteUrl);
  const seen: Promise<Download | undefined>[] = [];
  page.on("response", (response) => {
    seen.push(
      (async () => {
        const url = new URL(response.url());
        if (url.origin !== root.origin || response.status() >= 300) return undefined;
        const file = url.pathname.slice(root.pathname.length);
        const bytes = transferSize(
          file.endsWith("/") || file === "" ? `${file}index.html` : file,
          await response.body(),
        );
        const part = file.startsWith("pagefind/") || file.endsWith(".js") ? "search" : "page";
        return { path: url.pathname, bytes, part };
      })(),
    );
  });
  await page.goto(`${siteUrl}tim-kiem/`, { waitUntil: "load" });
  await page.locator("[data-search-filters]").waitFor({ state: "visible", timeout: 30_000 });
  await page.locator("#search-q").fill(query);
  await page.locator("[data-search-results]").waitFor({ state: "visible", timeout: 30_000 });
  const results = await page.locator(".search-result").count();
  // Let the last fragments finish arriving before counting.
  await page.waitForLoadState("networkidle");
  const downloads = (await Promise.all(seen)).filter((d): d is Download => d !== undefined);
  await context.close();
  const sum = (list: readonly Download[]): number => list.reduce((total, d) => total + d.bytes, 0);
  return {
    downloads,
    searchBytes: sum(downloads.filter((d) => d.part === "search")),
    totalBytes: sum(downloads),
    results,
  };
}

async function folderBytes(
  dir: string,
  filter: (file: string) => boolean = () => true,
): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && filter(file)) bytes += (await stat(file)).size;
  }
  return bytes;
}

// The index proper: what grows with the site (the script and the WebAssembly do not).
const isIndexData = (file: string): boolean => /\.pf_(meta|index|fragment|filter)$/.test(file);

interface Variant {
  label: string;
  aliases: AliasKinds;
  report: SearchIndexReport;
  indexBytes: number;
}

async function indexCopy(siteDir: string, label: string, aliases: AliasKinds): Promise<Variant> {
  const copy = await mkdtemp(path.join(tmpdir(), "ctr02-measure-search-"));
  await cp(siteDir, copy, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}pagefind`),
  });
  try {
    const report = await buildSearchIndex(copy, { aliases });
    return { label, aliases, report, indexBytes: await folderBytes(report.outputDir, isIndexData) };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1).replace(".", ",")} KB`;
const percent = (part: number, whole: number): string =>
  `${((100 * part) / whole).toFixed(1).replace(".", ",")} %`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dist: { type: "string", default: "dist" },
      query: { type: "string", default: "duong o to" },
    },
  });
  const distDir = path.resolve(values.dist);
  const base = process.env["BASE_PATH"] ?? "/";

  const none = { dStroke: false, abbreviations: false };
  const variants: Variant[] = [];
  for (const [label, aliases] of [
    ["không alias", none],
    ["chỉ alias đ", { dStroke: true, abbreviations: false }],
    ["đủ alias (bản build)", ALL_ALIASES],
  ] as const) {
    variants.push(await indexCopy(distDir, label, aliases));
  }
  const [plain, dOnly, full] = variants as [Variant, Variant, Variant];

  console.log(
    `Chỉ mục tìm kiếm của ${path.relative(process.cwd(), distDir) || "."}/ (${full.report.pages} trang, ${full.report.subResults} đoạn của toàn văn):`,
  );
  for (const v of variants) {
    console.log(
      `  ${v.label.padEnd(22)} dữ liệu chỉ mục ${kb(v.indexBytes).padStart(9)}, cả thư mục pagefind/ ${kb(v.report.bytes).padStart(9)}, ${v.report.seconds.toFixed(2).replace(".", ",")} giây`,
    );
  }
  console.log(
    `  Alias đ thêm ${kb(dOnly.indexBytes - plain.indexBytes)} = ${percent(dOnly.indexBytes - plain.indexBytes, dOnly.indexBytes)} dữ liệu chỉ mục.`,
  );
  console.log(
    `  Mọi alias (đ + viết tắt) thêm ${kb(full.indexBytes - plain.indexBytes)} = ${percent(full.indexBytes - plain.indexBytes, full.indexBytes)}.`,
  );

  const site = await mkdtemp(path.join(tmpdir(), "ctr02-measure-site-"));
  await cp(distDir, site, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}pagefind`),
  });
  let browser: Browser | undefined;
  const server = await (async () => {
    await buildSearchIndex(site);
    return startStaticServer(site, base);
  })();
  try {
    browser = await launchChromium();
    const first = await measureFirstSearch(browser, server.rootUrl, values.query);
    console.log(
      `\nLần tìm đầu tiên “${values.query}” (bộ nhớ đệm trống, ${first.results} kết quả hiển thị):`,
    );
    for (const d of [...first.downloads].sort((a, b) => b.bytes - a.bytes)) {
      console.log(
        `  ${kb(d.bytes).padStart(9)}  ${d.part === "search" ? "tìm kiếm" : "trang   "}  ${d.path}`,
      );
    }
    console.log(
      `  Tổng phần tìm kiếm: ${kb(first.searchBytes)} (ngân sách ${kb(FIRST_SEARCH_BUDGET)}); cả trang: ${kb(first.totalBytes)}.`,
    );
    if (first.searchBytes > FIRST_SEARCH_BUDGET) {
      console.error(`Vượt ngân sách ${kb(first.searchBytes - FIRST_SEARCH_BUDGET)}.`);
      return 1;
    }
    return 0;
  } finally {
    await browser?.close();
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
}

if (import.meta.main) process.exitCode = await main();
