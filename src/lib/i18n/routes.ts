// The public pages by kind, in each language (issue 17, architecture.md § URLs). Vietnamese keeps
// its slugs, unprefixed; English pages live under "en/" with English slugs. A page's twin is the
// same page in the other language: the layout links it (hreflang, language switch). Paths never
// start with "/": templates pass them through withBase (src/lib/paths.ts).
import {
  ABOUT_PATH,
  AGENCIES_PATH,
  agencyPath,
  GLOSSARY_PATH,
  HOME_PATH,
  indicatorPath,
  METHODOLOGY_PATH,
  OPEN_DATA_PATH,
  targetPath,
} from "../views/links.ts";
import { LANGS, type Lang } from "./languages.ts";

/** A page that exists in more than one language, with its parameter. */
export type PageRef =
  | { readonly kind: "home" }
  | { readonly kind: "program" }
  | { readonly kind: "target"; readonly n: number }
  | { readonly kind: "indicator"; readonly id: string }
  | { readonly kind: "agencies" }
  | { readonly kind: "agency"; readonly id: string }
  | { readonly kind: "methodology" }
  | { readonly kind: "glossary" }
  | { readonly kind: "data" }
  | { readonly kind: "about" }
  | { readonly kind: "search" };

/** The kind of a page that has a twin. */
export type PageKind = PageRef["kind"];

/** Prefix of every English path. */
export const ENGLISH_PREFIX = "en/";

/** The page kinds built in English. */
export const ENGLISH_KINDS: ReadonlySet<PageKind> = new Set<PageKind>([
  "home",
  "program",
  "search",
  "target",
  "indicator",
  "agencies",
  "agency",
  "methodology",
  "glossary",
  "data",
  "about",
]);

/** Returns true when the page kind `kind` is built in `lang`. */
export function hasPage(lang: Lang, kind: PageKind): boolean {
  return lang === "vi" || ENGLISH_KINDS.has(kind);
}

function vietnamesePath(page: PageRef): string {
  switch (page.kind) {
    case "home":
      return HOME_PATH;
    case "program":
      return "chuong-trinh/";
    case "target":
      return targetPath(page.n);
    case "indicator":
      return indicatorPath(page.id);
    case "agencies":
      return AGENCIES_PATH;
    case "agency":
      return agencyPath(page.id);
    case "methodology":
      return METHODOLOGY_PATH;
    case "glossary":
      return GLOSSARY_PATH;
    case "data":
      return OPEN_DATA_PATH;
    case "about":
      return ABOUT_PATH;
    case "search":
      return "tim-kiem/";
  }
}

function englishPath(page: PageRef): string {
  switch (page.kind) {
    case "home":
      return ENGLISH_PREFIX;
    case "target":
      return `${ENGLISH_PREFIX}targets/${page.n}/`;
    case "indicator":
      return `${ENGLISH_PREFIX}indicators/${page.id}/`;
    case "agencies":
      return `${ENGLISH_PREFIX}agencies/`;
    case "agency":
      return `${ENGLISH_PREFIX}agencies/${page.id}/`;
    default:
      return `${ENGLISH_PREFIX}${page.kind}/`;
  }
}

/** Returns the site-relative path of `page` in `lang` ("chi-tieu/x/", "en/indicators/x/"). */
export function pathOf(lang: Lang, page: PageRef): string {
  return lang === "en" ? englishPath(page) : vietnamesePath(page);
}

const singles: readonly PageKind[] = [
  "home",
  "program",
  "agencies",
  "methodology",
  "glossary",
  "data",
  "about",
  "search",
];

// A parameter that no path contains: the path of a page with it, split there, gives the prefix
// and suffix that surround the parameter in that language.
const HOLE = "\u0000";

function paramOf(path: string, pattern: string): string | undefined {
  const [prefix = "", suffix = ""] = pattern.split(HOLE);
  if (!path.startsWith(prefix) || !path.endsWith(suffix)) return undefined;
  const param = path.slice(prefix.length, path.length - suffix.length);
  return /^[^/]+$/.test(param) ? param : undefined;
}

/** Returns the page and language that `path` (site-relative, "en/targets/3/") is, or null. */
export function pageOfPath(path: string): { lang: Lang; page: PageRef } | null {
  const clean = path.replace(/^\/+/, "").replace(/index\.html$/, "");
  for (const lang of LANGS) {
    for (const kind of singles) {
      const page = { kind } as PageRef;
      if (pathOf(lang, page) === clean) return { lang, page };
    }
    const n = paramOf(clean, pathOf(lang, { kind: "target", n: 0 }).replace("0", HOLE));
    if (n !== undefined && /^\d+$/.test(n)) return { lang, page: { kind: "target", n: Number(n) } };
    for (const kind of ["indicator", "agency"] as const) {
      const id = paramOf(clean, pathOf(lang, { kind, id: HOLE }));
      if (id !== undefined) return { lang, page: { kind, id } };
    }
  }
  return null;
}

/**
 * Returns the path of the same page in `lang` when that page is built, else null
 * (a release page, an embed, or a kind not built in English yet).
 */
export function twinPath(path: string, lang: Lang): string | null {
  const found = pageOfPath(path);
  if (!found || !hasPage(lang, found.page.kind)) return null;
  return pathOf(lang, found.page);
}
