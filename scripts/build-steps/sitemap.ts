// Post-build step: writes sitemap.xml from the HTML files of the built site, so every page any
// route produces is listed without a second list to keep in step. Pages marked
// <meta name="robots" content="noindex"> (the 404 page) are left out. No <lastmod>: the build
// clock must not leak into the output (two builds of one commit are byte-identical).
// A page that names its language versions with <link rel="alternate" hreflang="…" href="…">
// (every page of a site in two languages, issue 17) gets the same alternates in the sitemap as
// <xhtml:link> elements, read from its own <head>: the sitemap never disagrees with the pages.
import { decodeEntities, escapeXml } from "../../src/lib/xml.ts";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

const noindex =
  /<meta\s+(?=[^>]*\bname=["']?robots["']?)(?=[^>]*\bcontent=["'][^"']*noindex)[^>]*>/i;

/** One language version of a page, as its <link rel="alternate" hreflang> names it. */
export interface SitemapAlternate {
  /** "vi", "en", "x-default". */
  readonly hreflang: string;
  /** Absolute URL. */
  readonly href: string;
}

/** One page of the sitemap. */
export interface SitemapEntry {
  readonly url: string;
  readonly alternates: readonly SitemapAlternate[];
}

/** Returns the public URL of an HTML file of the site ("a/index.html" → "<site><base>a/"). */
export function urlOfHtmlFile(file: string, site: string, base: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  const urlPath = file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1");
  return new URL(root + urlPath.split("/").map(encodeURIComponent).join("/"), site).href;
}

const linkTag = /<link\b[^>]*>/gi;
const attribute = /\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * Returns the language versions `html` names in its <head> (<link rel="alternate" hreflang>),
 * their hrefs resolved against the page's own `url`, in the order the page gives them.
 */
export function readAlternates(html: string, url: string): SitemapAlternate[] {
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd < 0 ? html : html.slice(0, headEnd);
  const alternates: SitemapAlternate[] = [];
  for (const [tag] of head.matchAll(linkTag)) {
    const attrs = new Map<string, string>();
    for (const match of tag.matchAll(attribute)) {
      attrs.set(
        (match[1] ?? "").toLowerCase(),
        decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""),
      );
    }
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const hreflang = attrs.get("hreflang");
    const href = attrs.get("href");
    if (!rel.includes("alternate") || !hreflang || !href) continue;
    alternates.push({ hreflang, href: new URL(href, url).href });
  }
  return alternates;
}

/** Returns the XML of a sitemap listing `entries` (plain URLs: pages without alternates). */
export function renderSitemap(entries: readonly (string | SitemapEntry)[]): string {
  const pages = entries.map((entry) =>
    typeof entry === "string" ? { url: entry, alternates: [] } : entry,
  );
  const withAlternates = pages.some((page) => page.alternates.length > 0);
  const body = pages
    .map((page) => {
      const links = page.alternates
        .map(
          (alternate) =>
            `    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>\n`,
        )
        .join("");
      return links === ""
        ? `  <url><loc>${escapeXml(page.url)}</loc></url>\n`
        : `  <url>\n    <loc>${escapeXml(page.url)}</loc>\n${links}  </url>\n`;
    })
    .join("");
  const namespaces = withAlternates
    ? ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    : ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset${namespaces}>\n${body}</urlset>\n`;
}

/** Writes `<distDir>/sitemap.xml` listing every indexable page; returns the listed URLs. */
export async function writeSitemap(distDir: string, site: string, base: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) =>
      path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .filter((file) => file !== "404.html")
    .sort();
  const pages: SitemapEntry[] = [];
  for (const file of files) {
    const html = await readFile(path.join(distDir, file), "utf8");
    if (noindex.test(html)) continue;
    const url = urlOfHtmlFile(file, site, base);
    pages.push({ url, alternates: readAlternates(html, url) });
  }
  const target = path.join(distDir, "sitemap.xml");
  // Write beside, then rename: a reader never sees half a sitemap.
  await writeFile(`${target}.tmp`, renderSitemap(pages), "utf8");
  await rename(`${target}.tmp`, target);
  return pages.map((page) => page.url);
}
