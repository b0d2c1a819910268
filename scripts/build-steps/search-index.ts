// Post-build step: the Pagefind search index of the built site, through Pagefind's Node API.
// Each page is indexed from a copy prepared in memory (src/lib/search/index-html.ts: search
// aliases for đ and abbreviations, the kind filter, titled paragraph sub-results); the HTML
// served is never changed. Pagefind keeps one index per language, keyed on each page's
// <html lang> (issue 17): Vietnamese pages in "vi", English pages in "en", and the search page
// of each language loads only its own (Pagefind's script reads the search page's <html lang>).
// Pages go in sorted by path, one at a time, so that two builds of the same site write the same
// index files; the next page is read and prepared here while Pagefind indexes the current one
// (at N = 2,000 the preparing is about 19 s of this process's CPU that used to wait in turn).
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { ALL_ALIASES, type AliasKinds } from "../../src/lib/search/aliases.ts";
import { prepareIndexHtml } from "../../src/lib/search/index-html.ts";
import {
  classifyPage,
  languageOfPath,
  pagePathOf,
  type SearchLang,
} from "../../src/lib/search/page-kind.ts";

/** Options, for measurements; the build uses the defaults. */
interface SearchIndexOptions {
  /** Which search aliases to index (default: all); fewer only to measure what they cost. */
  aliases?: AliasKinds;
}

/** What the step did. */
export interface SearchIndexReport {
  /** Pages indexed. */
  pages: number;
  /** Pages indexed in each language's index. */
  languages: Partial<Record<SearchLang, number>>;
  /** Paragraph sub-results titled on /chuong-trinh/. */
  subResults: number;
  /** Pages left out, with the reason ("tim-kiem/: not content"). */
  skipped: string[];
  /** Wall-clock time of the step, in seconds. */
  seconds: number;
  /** The index folder written (distDir/pagefind). */
  outputDir: string;
  /** Files in the index folder. */
  files: number;
  /** Bytes on disk of the index folder (its files are already gzip-compressed by Pagefind). */
  bytes: number;
}

/** A failure of the search step; the build stops and dist/ stays as it was. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

// Pagefind writes its ready-made UIs too. The search page uses the JS API only, on the main
// thread (no worker), so these are never requested: drop them from the published folder.
const unusedBundleFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
  "pagefind-worker.js",
];

// Pagefind cuts its word index into chunks and a query downloads the chunk holding each of its
// words; the list of chunks is in the pf_meta file every search downloads first. Smaller chunks
// make that list longer, larger ones make each chunk heavier; a word with many positions on one
// page (Vietnamese "o", "to" in the program text) fills a chunk of its own whatever the size.
// First search for "duong o to" (scripts/measure-search.ts), with what the pages keep out of the
// index today (src/lib/search/README.md):
//   postings a chunk   real site   N = 2,000 (pf_meta + index chunks)
//   2 000               92.0 KB    ~121 KB (meta 21 KB; 3 000: 120.4 KB)
//   4 000              100.4 KB    119.9 KB (meta 19.2 KB + chunks 20.3 KB)
//   5 000              104.6 KB    119.6 KB
//   6 000              110.2 KB    119.4 KB
// (and before those exclusions: 500 → 140 KB, 20 000, Pagefind's default → 140 KB at N = 2,000).
// 4 000 is the smallest that keeps N = 2,000 within the 120 KB budget; larger ones save little
// there and cost the real site more. Pagefind reads this setting only from an environment
// variable it calls unstable: the first-search budget test (tests/browser/search.test.ts) fails
// if a Pagefind update stops honouring it.
const indexChunkVariable = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE";
const indexChunkSize = "4000";

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else files.push(relative);
  }
  return files.sort();
}

const htmlLang = /<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z-]+)/i;

/**
 * Returns the language of a built page: its <html lang>, which is what Pagefind keys its index
 * on. A page whose <html lang> disagrees with its URL (an English page under en/) would be
 * searched from the wrong search page, so that stops the build.
 */
export function readPageLanguage(html: string, pagePath: string): SearchLang {
  const declared = htmlLang.exec(html)?.[1]?.toLowerCase();
  const expected = languageOfPath(pagePath);
  if (declared === undefined || declared.split("-")[0] !== expected) {
    throw new SearchIndexError(
      `/${pagePath}: <html lang> expected "${expected}" (from the URL), got ${declared === undefined ? "none" : `"${declared}"`}. Fix: give the page's layout lang="${expected}".`,
    );
  }
  return expected;
}

async function measureFolder(dir: string): Promise<{ files: number; bytes: number }> {
  const files = await listFiles(dir);
  let bytes = 0;
  for (const file of files) bytes += (await stat(path.join(dir, file))).size;
  return { files: files.length, bytes };
}

/** Indexes the built site in `distDir` and writes the index to `distDir/pagefind/`. */
export async function buildSearchIndex(
  distDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputDir = path.join(distDir, "pagefind");
  await rm(outputDir, { recursive: true, force: true });

  // The Pagefind service is a child process started by the first call: it inherits this.
  const previousChunkSize = process.env[indexChunkVariable];
  process.env[indexChunkVariable] = previousChunkSize ?? indexChunkSize;
  const { index, errors } = await pagefind.createIndex({
    // Only <main> is content: header, navigation and footer repeat on every page.
    rootSelector: "main",
    // The program text marks its own apparatus ("#II-3-1" links, editor's notes, contents).
    excludeSelectors: ["[data-not-program-text]"],
  });
  if (previousChunkSize === undefined) delete process.env[indexChunkVariable];
  if (!index) throw new SearchIndexError(`Pagefind không tạo được chỉ mục: ${errors.join("; ")}`);

  const skipped: string[] = [];
  let pages = 0;
  let subResults = 0;
  const languages: Partial<Record<SearchLang, number>> = {};
  // The page Pagefind is indexing now: at most one at a time, so the order is the sorted one.
  let indexing: Promise<void> = Promise.resolve();
  try {
    const htmlFiles = (await listFiles(distDir)).filter((file) => file.endsWith(".html"));
    for (const file of htmlFiles) {
      const pagePath = pagePathOf(file);
      const kind = classifyPage(pagePath);
      if (kind === undefined) {
        skipped.push(`${file}: không phải trang nội dung`);
        continue;
      }
      const html = await readFile(path.join(distDir, file), "utf8");
      const lang = readPageLanguage(html, pagePath);
      const prepared = prepareIndexHtml(html, {
        kind,
        lang,
        aliases: options.aliases ?? ALL_ALIASES,
      });
      if (!prepared.hasMain) {
        skipped.push(`${file}: không có <main>`);
        continue;
      }
      await indexing;
      indexing = index
        .addHTMLFile({ url: `/${pagePath}`, content: prepared.html })
        .then((added) => {
          if (added.errors.length > 0) {
            throw new SearchIndexError(`${file}: Pagefind báo lỗi: ${added.errors.join("; ")}`);
          }
        });
      // Handled by the next `await indexing`; not an unhandled rejection in the meantime.
      indexing.catch(() => undefined);
      pages++;
      languages[lang] = (languages[lang] ?? 0) + 1;
      subResults += prepared.subResults;
    }
    await indexing;
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0) {
      throw new SearchIndexError(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join("; ")}`);
    }
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  for (const file of unusedBundleFiles) await rm(path.join(outputDir, file), { force: true });

  const { files, bytes } = await measureFolder(outputDir);
  const seconds = (performance.now() - started) / 1000;
  return { pages, languages, subResults, skipped, seconds, outputDir, files, bytes };
}
