// Gate 2: every internal href, src and srcset of every HTML page (and every url() of every
// stylesheet) resolves to a file of the built site, and every fragment names an id of the
// target page. Links are resolved as a browser would, against the page's public URL, so a link
// that forgets the base path (/du-lieu/ instead of /ctr-02/du-lieu/) is caught.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GateResult } from "../gate.ts";
import { collectIds, describeTag, extractLinks, scanTags, type LinkRef } from "../lib/html.ts";
import { fileOfPath, pageOfFile, showPage, type BuiltSite, type SiteAddress } from "../lib/site.ts";
import { findClosest, formatCount, ProblemGroups } from "../lib/text.ts";

/** Where an internal URL points: a file of the site and, maybe, a fragment. */
interface InternalTarget {
  /** File relative to the site folder, e.g. "chuong-trinh/index.html". */
  file: string;
  /** Decoded fragment without "#", or undefined. */
  fragment: string | undefined;
}

/** How a URL found on a page resolves. */
type Resolution =
  | { kind: "external" }
  | { kind: "internal"; target: InternalTarget }
  | { kind: "outside-base"; pathname: string };

/** Resolves `url`, written on the page served at `pageUrl`, against the site's address. */
export function resolveUrl(url: string, pageUrl: string, site: SiteAddress): Resolution {
  let parsed: URL;
  try {
    parsed = new URL(url, pageUrl);
  } catch {
    return { kind: "external" };
  }
  if (parsed.origin !== site.origin || !/^https?:$/.test(parsed.protocol))
    return { kind: "external" };
  if (!parsed.pathname.startsWith(site.base))
    return { kind: "outside-base", pathname: parsed.pathname };
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(parsed.pathname.slice(site.base.length));
  } catch {
    urlPath = parsed.pathname.slice(site.base.length);
  }
  const fragment = parsed.hash === "" ? undefined : safeDecode(parsed.hash.slice(1));
  return { kind: "internal", target: { file: fileOfPath(urlPath), fragment } };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Returns the problem with `link` (already resolved to `target`), or undefined when it works. */
function checkTarget(
  link: LinkRef,
  target: InternalTarget,
  files: ReadonlySet<string>,
  idsOf: (file: string) => ReadonlySet<string> | undefined,
  site: SiteAddress,
): string | undefined {
  const shown = describeTag(link.tag, link.attr, link.url);
  if (!files.has(target.file)) {
    if (files.has(`${target.file}/index.html`)) {
      return `${shown}: thiếu dấu "/" ở cuối; viết ${site.base}${target.file}/ (trang dùng trailingSlash "always").`;
    }
    return `${shown}: không có tệp ${target.file} trong bản build. Sửa đường dẫn hoặc tạo trang/tệp đó.`;
  }
  // "#" alone and "#top" are the top of the page for every browser (HTML spec).
  if (target.fragment === undefined || target.fragment === "" || target.fragment === "top")
    return undefined;
  const ids = idsOf(target.file);
  if (ids === undefined || ids.has(target.fragment)) return undefined;
  const nearest = findClosest(target.fragment, ids);
  const hint =
    nearest.length > 0 ? ` id gần nhất: ${nearest.join(", ")}.` : " Trang đó không có id nào.";
  return `${shown}: trang ${site.base}${target.file.replace(/index\.html$/, "")} không có id "${target.fragment}".${hint} Sửa liên kết hoặc đặt id này cho phần cần trỏ tới.`;
}

/** Returns the url() references of a stylesheet, data: URIs left out. */
export function extractCssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((match) => (match[2] ?? "").trim())
    .filter((url) => !url.startsWith("data:"));
}

/** Gate 2: internal links, sources and fragments of the built site all resolve. */
export async function checkLinks(site: BuiltSite): Promise<GateResult> {
  const files = new Set(site.files);
  const groups = new ProblemGroups();
  const idCache = new Map<string, Set<string>>();
  const htmlByFile = new Map<string, string>();
  for (const page of site.htmlPages) {
    htmlByFile.set(page.file, await readFile(path.join(site.distDir, page.file), "utf8"));
  }
  const idsOf = (file: string): Set<string> | undefined => {
    const html = htmlByFile.get(file);
    if (html === undefined) return undefined;
    let ids = idCache.get(file);
    if (!ids) {
      ids = collectIds(scanTags(html));
      idCache.set(file, ids);
    }
    return ids;
  };

  let checked = 0;
  const check = (link: LinkRef, fromUrl: string, where: string): void => {
    const resolution = resolveUrl(link.url, fromUrl, site);
    if (resolution.kind === "external") return;
    checked++;
    if (resolution.kind === "outside-base") {
      groups.add(
        `${describeTag(link.tag, link.attr, link.url)}: trỏ ra ngoài đường dẫn gốc ${site.base} (${resolution.pathname}). Dựng liên kết bằng withBase(import.meta.env.BASE_URL, …), không viết "/" ở đầu.`,
        where,
      );
      return;
    }
    const problem = checkTarget(link, resolution.target, files, idsOf, site);
    if (problem !== undefined) groups.add(problem, where);
  };

  for (const page of site.htmlPages) {
    const html = htmlByFile.get(page.file) ?? "";
    const tags = scanTags(html);
    const baseTag = tags.find((tag) => tag.name === "base")?.attrs.get("href");
    const pageUrl = baseTag === undefined ? page.url : new URL(baseTag, page.url).href;
    for (const link of extractLinks(tags)) check(link, pageUrl, showPage(page, site));
  }
  for (const file of site.files.filter((name) => name.endsWith(".css"))) {
    const css = await readFile(path.join(site.distDir, file), "utf8");
    const cssPage = pageOfFile(file, site);
    for (const url of extractCssUrls(css)) {
      check({ tag: "css", attr: "url", url }, cssPage.url, `${site.base}${file}`);
    }
  }

  return {
    name: "Liên kết nội bộ",
    summary: `${formatCount(checked)} liên kết trên ${formatCount(site.htmlPages.length)} trang, ${formatCount(groups.size)} lỗi`,
    problems: groups.lines(),
  };
}
