// Tiny hand-written sites for the gate tests: a page template that passes every gate, and a
// writer that puts a set of files in a fresh temporary folder. Tests then break one thing
// at a time and check that the right gate says so.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { hashSource } from "../../scripts/check-site/lib/csp.ts";
import { loadBuiltSite, type BuiltSite } from "../../scripts/check-site/lib/site.ts";

/** The origin fixture sites pretend to be published at. */
export const fixtureOrigin = "https://example.test";

/** A stylesheet with visible focus styles and a skip link that appears on focus. */
export const fixtureCss = `body{margin:0;font-family:sans-serif}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #c25e00;outline-offset:2px}
main:focus{outline:none}
.skip{position:absolute;left:0;top:-4rem;background:#fff}.skip:focus{top:0}`;

/** What differs between fixture pages. */
export interface FixturePage {
  /** URL path relative to the base, e.g. "a/" ("" for the home page). */
  path?: string;
  base?: string;
  title?: string;
  description?: string;
  /** Extra markup inside <head> after the stylesheet. */
  head?: string;
  /** Markup inside <main>. */
  body?: string;
  /** Inline scripts whose hashes the CSP lists. */
  scripts?: string[];
  /** The CSP meta content; null leaves the meta tag out. */
  csp?: string | null;
  lang?: string;
  /** Leave out the skip link. */
  noSkipLink?: boolean;
}

/** Returns a page that passes every gate unless `page` breaks something. */
export function renderPage(page: FixturePage = {}): string {
  const base = page.base ?? "/";
  const urlPath = page.path ?? "";
  const title = page.title ?? `Trang ${urlPath === "" ? "chủ" : urlPath}`;
  const description = page.description ?? `Mô tả của ${title}.`;
  const scripts = page.scripts ?? [];
  const csp =
    page.csp === undefined
      ? `default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' ${scripts.map(hashSource).join(" ")}; style-src 'self'`
      : page.csp;
  const skip = page.noSkipLink
    ? ""
    : '<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>';
  return [
    `<!DOCTYPE html><html lang="${page.lang ?? "vi"}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title><meta name="description" content="${description}">`,
    `<link rel="canonical" href="${fixtureOrigin}${base}${urlPath}">`,
    `<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">`,
    csp === null ? "" : `<meta http-equiv="content-security-policy" content="${csp}">`,
    `<link rel="stylesheet" href="${base}style.css">${page.head ?? ""}</head>`,
    `<body>${skip}<nav aria-label="Chính"><a href="${base}">Trang chủ</a></nav>`,
    `<main id="noi-dung" tabindex="-1"><h1>${title}</h1>${page.body ?? "<p>Nội dung.</p>"}</main>`,
    scripts.map((script) => `<script type="module">${script}</script>`).join(""),
    "</body></html>",
  ].join("");
}

/** The files every fixture site needs besides its pages. */
export function commonFiles(): Record<string, string> {
  return {
    "style.css": fixtureCss,
    "favicon.svg":
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
  };
}

/** A fixture site on disk. */
export interface FixtureSite {
  site: BuiltSite;
  remove: () => Promise<void>;
}

/** Writes `files` (path → content) into a new temporary folder and loads it as a built site. */
export async function writeFixtureSite(
  files: Record<string, string | Uint8Array>,
  base = "/",
): Promise<FixtureSite> {
  const dir = await mkdtemp(path.join(tmpdir(), "ctr02-gate-test-"));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return {
    site: await loadBuiltSite(dir, { origin: fixtureOrigin, base }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
