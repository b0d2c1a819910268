// What a gate knows about a built site: where it is, the URL it will be served at, its files,
// and its pages. Pages come from sitemap.xml when the build wrote one, in its order, followed by
// every HTML file it leaves out (404, noindex embeds), so the gates grow with every page the
// site publishes; without a sitemap, from the HTML files alone.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { decodeEntities } from "../../../src/lib/xml.ts";

/** One HTML page of the built site. */
export interface SitePage {
  /** File path relative to the site folder, with "/" separators, e.g. "chuong-trinh/index.html". */
  file: string;
  /** URL path relative to the base path, e.g. "chuong-trinh/" ("" for the home page). */
  path: string;
  /** The public URL, e.g. "https://example.org/ctr-02/chuong-trinh/". */
  url: string;
}

/** Where a site is published: origin and base path. */
export interface SiteAddress {
  /** Origin, e.g. "https://ctr02.thainguyen.example" (no trailing slash). */
  origin: string;
  /** Base path with leading and trailing "/", e.g. "/" or "/ctr-02/". */
  base: string;
}

/** A built site, ready for the gates. */
export interface BuiltSite extends SiteAddress {
  /** Absolute path of the folder holding the built site. */
  distDir: string;
  /** Every file, relative, "/"-separated, sorted. */
  files: string[];
  /** Every HTML file as a page, sorted by path. */
  htmlPages: SitePage[];
  /** Pages to load in the browser: the sitemap's pages first, then every HTML page it leaves out. */
  browserPages: SitePage[];
  /** Whether dist/sitemap.xml exists. */
  hasSitemap: boolean;
}

/** The path of the search page relative to the base; it alone may load Pagefind. */
export const searchPagePath = "tim-kiem/";

/** The search pages of every language (issue 17): only they may load Pagefind. */
export const searchPagePaths: readonly string[] = [searchPagePath, "en/search/"];

/** Returns true when the page at `path` is a search page of one of the site's languages. */
export function isSearchPage(path: string): boolean {
  return searchPagePaths.includes(path);
}

/** Returns `base` with exactly one leading and one trailing "/" ("ctr-02" → "/ctr-02/"). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** Returns the URL path (relative to the base) that serves `file`: "a/index.html" → "a/". */
function pathOfFile(file: string): string {
  if (file === "index.html") return "";
  return file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
}

/** Returns the file that serves URL path `urlPath` (relative to the base): "a/" → "a/index.html". */
export function fileOfPath(urlPath: string): string {
  return urlPath === "" || urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
}

/** Returns every file below `dir`, relative and "/"-separated, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .sort();
}

/** Returns the <loc> values of a sitemap (or of a sitemap index). */
export function parseSitemap(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) =>
    decodeEntities(match[1] ?? ""),
  );
}

/** Returns the page that a public URL names, or undefined when it is outside the site. */
export function pageOfUrl(url: string, address: SiteAddress): SitePage | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.origin !== address.origin || !parsed.pathname.startsWith(address.base))
    return undefined;
  const urlPath = decodeURIComponent(parsed.pathname.slice(address.base.length));
  return { file: fileOfPath(urlPath), path: urlPath, url: parsed.origin + parsed.pathname };
}

/** Returns the page object for a file of the site. */
export function pageOfFile(file: string, address: SiteAddress): SitePage {
  const urlPath = pathOfFile(file);
  return { file, path: urlPath, url: `${address.origin}${address.base}${urlPath}` };
}

/** Reads a built site folder: its files, its pages and, if present, its sitemap. */
export async function loadBuiltSite(distDir: string, address: SiteAddress): Promise<BuiltSite> {
  const root = path.resolve(distDir);
  const files = await listFiles(root);
  const fileSet = new Set(files);
  const htmlPages = files
    .filter((file) => file.endsWith(".html"))
    .map((file) => pageOfFile(file, address))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hasSitemap = fileSet.has("sitemap.xml");
  let browserPages = htmlPages;
  if (hasSitemap) {
    const listed = parseSitemap(await readFile(path.join(root, "sitemap.xml"), "utf8"))
      .map((url) => pageOfUrl(url, address))
      .filter((page): page is SitePage => page !== undefined && fileSet.has(page.file));
    // Pages kept out of the sitemap (404, noindex embeds) are still pages readers load.
    const listedFiles = new Set(listed.map((page) => page.file));
    const unlisted = htmlPages.filter((page) => !listedFiles.has(page.file));
    browserPages = [...listed, ...unlisted];
  }
  return { ...address, distDir: root, files, htmlPages, browserPages, hasSitemap };
}

/** Returns the page's address for messages: its URL path from the site root, e.g. "/ctr-02/a/". */
export function showPage(page: SitePage, site: SiteAddress): string {
  return site.base + page.path;
}
