// What the benchmark measures on a built site: files and sizes on disk, the gzip size of the
// indicator pages, Astro's per-route render times, and the bytes Chromium transfers for a
// first search on a cold cache (the search helper's scripts/measure-search.ts, reused as is:
// gzip sizes for compressible files, raw sizes for Pagefind's precompressed ones).
import { existsSync, readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { measureFirstSearch } from "../../scripts/measure-search.ts";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import { startStaticServer } from "../../scripts/check-site/lib/static-server.ts";

/** Sizes of a built site on disk. */
export interface DistMeasures {
  /** HTML pages (files ending in .html). */
  pages: number;
  /** Indicator pages (chi-tieu/<id>/index.html). */
  indicatorPages: number;
  files: number;
  bytes: number;
  /** Bytes of dist/pagefind/ (0 when there is no search index). */
  searchIndexBytes: number;
  searchIndexFiles: number;
  /** gzip -6 size (as nginx sends it) of the median and largest indicator page. */
  indicatorPageGzip: { median: number; max: number; maxId: string; medianRaw: number } | null;
  /** gzip -6 size of the home page and the program page. */
  homeGzip: number | null;
  programGzip: number | null;
  /** Largest gzip -6 HTML page of each kind (first path segment), with its path. */
  largestPageGzipByKind: Record<string, { path: string; gzip: number }>;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function gzipSize(file: string): number {
  // Level 6 is nginx's gzip_comp_level in deploy/nginx.conf.
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

function gzipIfExists(file: string): number | null {
  try {
    return gzipSize(file);
  } catch {
    return null;
  }
}

/** Returns the sizes of the built site in `distDir`. */
export async function measureDist(distDir: string): Promise<DistMeasures> {
  const files = await listFiles(distDir);
  let bytes = 0;
  let searchIndexBytes = 0;
  let searchIndexFiles = 0;
  const indicatorFiles: string[] = [];
  for (const file of files) {
    const size = (await stat(path.join(distDir, file))).size;
    bytes += size;
    if (file.startsWith(`pagefind${path.sep}`)) {
      searchIndexBytes += size;
      searchIndexFiles += 1;
    }
    if (/^chi-tieu\/[^/]+\/index\.html$/.test(file.split(path.sep).join("/")))
      indicatorFiles.push(file);
  }
  const largestPageGzipByKind: DistMeasures["largestPageGzipByKind"] = {};
  for (const file of files.filter((name) => name.endsWith(".html"))) {
    const kind = file.split(path.sep)[0] ?? file;
    const gzip = gzipSize(path.join(distDir, file));
    if (gzip > (largestPageGzipByKind[kind]?.gzip ?? -1))
      largestPageGzipByKind[kind] = { path: file.split(path.sep).join("/"), gzip };
  }
  const gz = indicatorFiles
    .map((file) => ({
      id: path.basename(path.dirname(file)),
      gzip: gzipSize(path.join(distDir, file)),
      raw: 0,
    }))
    .sort((a, b) => a.gzip - b.gzip);
  const middle = gz[Math.floor((gz.length - 1) / 2)];
  const largest = gz.at(-1);
  if (middle)
    middle.raw = (await stat(path.join(distDir, "chi-tieu", middle.id, "index.html"))).size;
  return {
    pages: files.filter((file) => file.endsWith(".html")).length,
    indicatorPages: indicatorFiles.length,
    files: files.length,
    bytes,
    searchIndexBytes,
    searchIndexFiles,
    indicatorPageGzip:
      middle && largest
        ? { median: middle.gzip, max: largest.gzip, maxId: largest.id, medianRaw: middle.raw }
        : null,
    homeGzip: gzipIfExists(path.join(distDir, "index.html")),
    programGzip: gzipIfExists(path.join(distDir, "chuong-trinh", "index.html")),
    largestPageGzipByKind,
  };
}

/** Render time of Astro's routes, grouped by the first path segment ("chi-tieu", "du-lieu"…). */
export type RouteTimes = Record<string, { routes: number; seconds: number }>;

/** Returns the per-route render times Astro prints at info level ("├─ /a/b/index.html (+5ms)"). */
export function parseRouteTimes(log: string): RouteTimes {
  const times: RouteTimes = {};
  const line = /├─ (\S+)\s+\(\+([\d.]+)(ms|s|m)\b/g;
  for (const match of log.matchAll(line)) {
    const [, route = "", amount = "0", unit = "ms"] = match;
    const seconds = Number(amount) / (unit === "ms" ? 1000 : unit === "m" ? 1 / 60 : 1);
    const kind = route.split("/").filter(Boolean)[0] ?? "/";
    const entry = (times[kind] ??= { routes: 0, seconds: 0 });
    entry.routes += 1;
    entry.seconds += seconds;
  }
  for (const entry of Object.values(times)) entry.seconds = Math.round(entry.seconds * 1000) / 1000;
  return times;
}

/** What a first search on a cold cache transferred (scripts/measure-search.ts does the measuring). */
export interface SearchTransfer {
  query: string;
  /** Results shown. */
  results: number;
  requests: number;
  /** Script and Pagefind files: what issue 8's 120 KB goal is about. */
  searchBytes: number;
  /** Everything, the search page's own HTML, CSS and icon included. */
  totalBytes: number;
  /** Set when the measurement failed (e.g. the search page is not built yet). */
  error?: string;
}

/** Serves `distDir` and returns what Chromium downloads for a first search for `query`. */
export async function measureSearchTransfer(
  distDir: string,
  query: string,
): Promise<SearchTransfer> {
  if (!existsSync(path.join(distDir, "pagefind"))) {
    const error = "no search index (dist/pagefind/ is missing)";
    return { query, results: 0, requests: 0, searchBytes: 0, totalBytes: 0, error };
  }
  const server = await startStaticServer(distDir);
  const browser = await launchChromium();
  try {
    const found = await measureFirstSearch(browser, server.rootUrl, query);
    return {
      query,
      results: found.results,
      requests: found.downloads.length,
      searchBytes: found.searchBytes,
      totalBytes: found.totalBytes,
    };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return { query, results: 0, requests: 0, searchBytes: 0, totalBytes: 0, error: message };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Returns the seconds src/lib/downloads takes to build every du-lieu/ file for `dataDir`, run
 * here in the benchmark's own process: in the build it runs inside the download route's
 * getStaticPaths, where Astro reports no time of its own. Null when it cannot run.
 */
export async function timeOpenDataBuild(dataDir: string): Promise<number | null> {
  try {
    const { validateDataDir } = await import("../../src/site/load-dataset.ts");
    const { readOpenDataSource } = await import("../../src/site/open-data.ts");
    const { buildOpenDataFiles } = await import("../../src/lib/downloads/open-data-files.ts");
    const validated = validateDataDir(dataDir);
    if (!validated.ok) return null;
    const { descriptor, files } = readOpenDataSource(dataDir);
    const started = performance.now();
    buildOpenDataFiles({ descriptor, files, tables: validated.dataset });
    return Math.round(performance.now() - started) / 1000;
  } catch {
    return null;
  }
}
