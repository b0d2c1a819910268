// Post-build step: writes sitemap.xml from the HTML files of the built site, so every page any
// route produces is listed without a second list to keep in step. Pages marked
// <meta name="robots" content="noindex"> (the 404 page) are left out. No <lastmod>: the build
// clock must not leak into the output (two builds of one commit are byte-identical).
import { escapeXml } from "../../src/lib/xml.ts";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

const noindex =
  /<meta\s+(?=[^>]*\bname=["']?robots["']?)(?=[^>]*\bcontent=["'][^"']*noindex)[^>]*>/i;

/** Returns the public URL of an HTML file of the site ("a/index.html" → "<site><base>a/"). */
export function urlOfHtmlFile(file: string, site: string, base: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  const urlPath = file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1");
  return new URL(root + urlPath.split("/").map(encodeURIComponent).join("/"), site).href;
}

/** Returns the XML of a sitemap listing `urls`. */
export function renderSitemap(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>\n`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
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
  const urls: string[] = [];
  for (const file of files) {
    const html = await readFile(path.join(distDir, file), "utf8");
    if (!noindex.test(html)) urls.push(urlOfHtmlFile(file, site, base));
  }
  const target = path.join(distDir, "sitemap.xml");
  // Write beside, then rename: a reader never sees half a sitemap.
  await writeFile(`${target}.tmp`, renderSitemap(urls), "utf8");
  await rename(`${target}.tmp`, target);
  return urls;
}
