// The browser smoke test shared by gate 6 (base path) and gate 10 (nginx): the home page
// renders with its stylesheet, a download link found on the pages serves its file, and a
// search from the header form finds pages whose links stay under the base path.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { extractLinks, scanTags } from "./html.ts";
import { searchPagePath, type BuiltSite, type SitePage } from "./site.ts";

/** File extensions that count as downloads (open data). */
const downloadPattern = /\.(csv|json|zip)$/i;

/** A download link found on a page: the page and the href as written. */
interface DownloadLink {
  page: SitePage;
  href: string;
}

/** Returns the first link to a data file (.csv, .json, .zip) on the site's pages, preferring CSV. */
async function findDownloadLink(site: BuiltSite): Promise<DownloadLink | undefined> {
  let fallback: DownloadLink | undefined;
  for (const page of site.htmlPages) {
    const html = await readFile(path.join(site.distDir, page.file), "utf8");
    for (const link of extractLinks(scanTags(html))) {
      if (link.tag !== "a" || !downloadPattern.test(link.url.split(/[?#]/)[0] ?? "")) continue;
      if (/\.csv$/i.test(link.url)) return { page, href: link.url };
      fallback ??= { page, href: link.url };
    }
  }
  return fallback;
}

/** What the smoke test saw of a download. */
interface DownloadCheck {
  url: string;
  status: number;
  contentType: string;
}

async function checkHome(tab: Page, rootUrl: string): Promise<string[]> {
  const response = await tab.goto(rootUrl, { waitUntil: "load" });
  if (response?.status() !== 200)
    return [`trang chủ ${rootUrl} trả về HTTP ${response?.status() ?? "không có"}, cần 200.`];
  const shown = await tab.evaluate(() => ({
    heading: document.querySelector("main h1")?.textContent?.trim() ?? "",
    styled: [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0),
  }));
  const problems: string[] = [];
  if (shown.heading === "") problems.push(`trang chủ ${rootUrl} không hiện <h1> trong <main>.`);
  if (!shown.styled)
    problems.push(
      `trang chủ ${rootUrl} không tải được CSS: kiểm tra đường dẫn /_astro/ dưới đường dẫn gốc.`,
    );
  return problems;
}

/** Follows a download link as the browser resolves it on its page; returns status and Content-Type. */
async function fetchDownload(
  tab: Page,
  rootUrl: string,
  link: DownloadLink,
): Promise<DownloadCheck> {
  const pageUrl = new URL(link.page.path, rootUrl).href;
  const url = new URL(link.href, pageUrl).href;
  const response = await tab.request.get(url);
  return { url, status: response.status(), contentType: response.headers()["content-type"] ?? "" };
}

// Types "dân tộc" into the search page (via ?q=, as the header form does) and waits for result
// links that the static page did not have; each must stay under the base path and load.
async function checkSearch(tab: Page, rootUrl: string, site: BuiltSite): Promise<string[]> {
  const searchFile = `${searchPagePath}index.html`;
  if (!site.files.includes(searchFile))
    return [`chưa có trang tìm kiếm ${site.base}${searchPagePath} để thử.`];
  const staticHtml = await readFile(path.join(site.distDir, searchFile), "utf8");
  const staticHrefs = new Set(extractLinks(scanTags(staticHtml)).map((link) => link.url));
  const searchUrl = new URL(`${searchPagePath}?q=${encodeURIComponent("dân tộc")}`, rootUrl).href;
  await tab.goto(searchUrl, { waitUntil: "load" });
  let results: string[] = [];
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && results.length === 0) {
    await tab.waitForTimeout(200);
    results = await tab.evaluate(
      (known) =>
        [...document.querySelectorAll("main a[href]")]
          .filter((anchor) => !known.includes(anchor.getAttribute("href") ?? ""))
          .map((anchor) => (anchor as HTMLAnchorElement).href),
      [...staticHrefs],
    );
  }
  if (results.length === 0) {
    return [
      `tìm "dân tộc" ở ${searchUrl} không ra kết quả nào sau 15 giây (kiểm tra chỉ mục Pagefind và tham số ?q=).`,
    ];
  }
  const problems: string[] = [];
  const base = new URL(rootUrl).pathname;
  for (const href of results.slice(0, 3)) {
    const url = new URL(href);
    if (!url.pathname.startsWith(base)) {
      problems.push(
        `kết quả tìm kiếm trỏ tới ${url.pathname}, ngoài đường dẫn gốc ${base}. Đặt baseUrl cho Pagefind.`,
      );
      continue;
    }
    const status = (await tab.request.get(href)).status();
    if (status !== 200) problems.push(`kết quả tìm kiếm ${href} trả về HTTP ${status}.`);
  }
  return problems;
}

/** Runs the smoke test against a site served at `rootUrl`; returns problems and the download seen. */
export async function runSmokeTest(
  browser: Browser,
  rootUrl: string,
  site: BuiltSite,
): Promise<{ problems: string[]; download: DownloadCheck | undefined }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  try {
    const problems = await checkHome(tab, rootUrl);
    const link = await findDownloadLink(site);
    let download: DownloadCheck | undefined;
    if (link === undefined) {
      problems.push("không trang nào có liên kết tải tệp dữ liệu (.csv/.json/.zip) để thử tải.");
    } else {
      download = await fetchDownload(tab, rootUrl, link);
      if (download.status !== 200) {
        problems.push(
          `liên kết tải ${link.href} (trang ${site.base}${link.page.path}) → ${download.url} trả về HTTP ${download.status}.`,
        );
      }
    }
    problems.push(...(await checkSearch(tab, rootUrl, site)));
    return { problems, download };
  } finally {
    await context.close();
  }
}
