// Size arithmetic for gate 5. Sizes are what a phone downloads: gzip level 9 for text files
// (every static host compresses them) and the raw size for files that are already compressed
// (images, archives, wasm), which no server shrinks further.
import { gzipSync } from "node:zlib";
import { headTags, type Tag } from "./html.ts";
import { formatKilobytes } from "./text.ts";

/** The limits, in bytes, for every page except the search page. */
export const pageBudget = {
  /** HTML + CSS + JS a page loads. */
  htmlCssJs: 30 * 1024,
  /** JS a page loads (external files and their static imports, plus inline scripts). */
  js: 10 * 1024,
  /** Everything a page loads, images and icons included. */
  everything: 60 * 1024,
} as const;

const textExtensions = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".svg",
  ".xml",
  ".csv",
  ".txt",
  ".map",
]);

/** Returns the gzip (level 9) size of `bytes`. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Returns the bytes a browser downloads for `file`: gzip size for text, raw size otherwise. */
export function transferSize(file: string, bytes: Uint8Array): number {
  const extension = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? "";
  return textExtensions.has(extension) ? gzipSize(bytes) : bytes.length;
}

/** Returns the specifiers of the static imports and re-exports of a (minified) ES module. */
export function findStaticImports(js: string): string[] {
  const pattern = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
  return [...js.matchAll(pattern)].map((match) => match[1] ?? "");
}

/** What a page asks the browser to load, as the URLs are written. */
interface PageResources {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
  /** Images, icons, preloads, media posters. */
  other: string[];
  /** Classic `<script src>` in <head> without defer/async/type=module: they stop rendering. */
  renderBlocking: string[];
}

/** Returns the resources a page loads by itself (not what scripts fetch later). */
export function collectPageResources(tags: readonly Tag[]): PageResources {
  const resources: PageResources = {
    stylesheets: [],
    scripts: [],
    inlineScripts: [],
    other: [],
    renderBlocking: [],
  };
  const head = new Set(headTags(tags));
  for (const tag of tags) {
    const rel = (tag.attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const href = tag.attrs.get("href");
    const src = tag.attrs.get("src");
    if (tag.name === "link" && href !== undefined) {
      if (rel.includes("stylesheet")) resources.stylesheets.push(href);
      else if (rel.includes("modulepreload")) resources.scripts.push(href);
      else if (rel.includes("icon") || rel.includes("preload")) resources.other.push(href);
    } else if (tag.name === "script") {
      const type = (tag.attrs.get("type") ?? "").toLowerCase();
      const isScript = type === "" || type === "module" || type.includes("javascript");
      if (!isScript) continue;
      if (src === undefined) {
        resources.inlineScripts.push(tag.text ?? "");
      } else {
        resources.scripts.push(src);
        const deferred = type === "module" || tag.attrs.has("defer") || tag.attrs.has("async");
        if (head.has(tag) && !deferred) resources.renderBlocking.push(src);
      }
    } else if (
      (tag.name === "img" || tag.name === "source" || tag.name === "input") &&
      src !== undefined
    ) {
      resources.other.push(src);
    } else if (tag.name === "video" && tag.attrs.has("poster")) {
      resources.other.push(tag.attrs.get("poster") ?? "");
    }
  }
  return resources;
}

/** Transfer sizes of one page, in bytes. */
export interface PageWeight {
  /** The page's address, for the table. */
  page: string;
  html: number;
  css: number;
  /** External scripts with their static imports, plus inline scripts (gzip). */
  js: number;
  /** Images, icons and other files the page loads. */
  other: number;
}

/** Returns what is over budget on a page, one message per limit; [] when it fits. */
export function checkWeight(weight: PageWeight): string[] {
  const problems: string[] = [];
  const htmlCssJs = weight.html + weight.css + weight.js;
  if (htmlCssJs > pageBudget.htmlCssJs) {
    problems.push(
      `HTML + CSS + JS = ${formatKilobytes(htmlCssJs)} (gzip), quá ${formatKilobytes(pageBudget.htmlCssJs)} ` +
        `(HTML ${formatKilobytes(weight.html)}, CSS ${formatKilobytes(weight.css)}, JS ${formatKilobytes(weight.js)}). ` +
        `Chia trang, bỏ bớt phần lặp lại hoặc chuyển bảng dài sang tệp tải về.`,
    );
  }
  if (weight.js > pageBudget.js) {
    problems.push(
      `JS = ${formatKilobytes(weight.js)} (gzip), quá ${formatKilobytes(pageBudget.js)}. Trang phải đọc được không cần JS; bỏ thư viện nặng hoặc chỉ tải khi cần.`,
    );
  }
  const everything = htmlCssJs + weight.other;
  if (everything > pageBudget.everything) {
    problems.push(
      `tổng mọi tệp trang tải = ${formatKilobytes(everything)}, quá ${formatKilobytes(pageBudget.everything)} ` +
        `(ảnh, biểu tượng… ${formatKilobytes(weight.other)}). Thu nhỏ hoặc bỏ ảnh; vẽ biểu đồ bằng SVG nội tuyến.`,
    );
  }
  return problems;
}

/** Returns a text table of the `count` heaviest pages by HTML + CSS + JS. */
export function formatWeightTable(weights: readonly PageWeight[], count = 10): string[] {
  const rows = [...weights]
    .sort((a, b) => b.html + b.css + b.js - (a.html + a.css + a.js) || a.page.localeCompare(b.page))
    .slice(0, count)
    .map((weight) => [
      weight.page,
      formatKilobytes(weight.html),
      formatKilobytes(weight.css),
      formatKilobytes(weight.js),
      formatKilobytes(weight.html + weight.css + weight.js),
      formatKilobytes(weight.other),
    ]);
  const header = ["Trang", "HTML", "CSS", "JS", "Cộng", "Ảnh…"];
  const table = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? "").length)),
  );
  return table.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  "),
  );
}
