// Which built pages go into the search index, in which language's index, and under which "kind"
// filter. The kind comes from the URL (architecture.md § URLs), so pages need no markup for it.
// Pagefind keeps one index per language, keyed on <html lang> (issue 17): a Vietnamese page is
// found only from /tim-kiem/, an English page (under en/) only from /en/search/, and each index
// stores the kind under the label its own search page shows.

/** The languages the search indexes are kept in. */
export type SearchLang = "vi" | "en";

/** Kinds of page a reader can filter search results by, with their Vietnamese labels. */
export const PAGE_KINDS = {
  program: "Toàn văn chương trình",
  target: "Mục tiêu",
  indicator: "Chỉ tiêu",
  agency: "Cơ quan",
  other: "Trang khác",
} as const;

/** One kind of page. */
export type PageKind = keyof typeof PAGE_KINDS;

/** The kinds' labels in each language: the value of the index's `kind` filter and what is shown. */
export const PAGE_KIND_LABELS: Readonly<Record<SearchLang, Readonly<Record<PageKind, string>>>> = {
  vi: PAGE_KINDS,
  en: {
    program: "Program",
    target: "Target",
    indicator: "Indicator",
    agency: "Agency",
    other: "Other page",
  },
};

// Where each language's pages live: the program page, the sections whose /<section>/<slug>/
// pages have a kind of their own, and what is not content (search itself, embeds shown inside
// other sites). Vietnamese is unprefixed; English is under en/ (site.config.json languages).
const layouts: Readonly<
  Record<
    SearchLang,
    {
      prefix: string;
      program: string;
      sections: Readonly<Record<string, PageKind>>;
      excluded: readonly string[];
    }
  >
> = {
  vi: {
    prefix: "",
    program: "chuong-trinh/",
    sections: { "muc-tieu": "target", "chi-tieu": "indicator", "co-quan": "agency" },
    excluded: ["tim-kiem/", "nhung/"],
  },
  en: {
    prefix: "en/",
    program: "program/",
    sections: { targets: "target", indicators: "indicator", agencies: "agency" },
    excluded: ["search/"],
  },
};
const excludedFiles = new Set(["404.html", "500.html"]);

/** Returns the page's URL path ("chi-tieu/x/") for a built file ("chi-tieu/x/index.html"). */
export function pagePathOf(file: string): string {
  const slashed = file.replaceAll("\\", "/").replace(/^\/+/, "");
  return slashed === "index.html" ? "" : slashed.replace(/(^|\/)index\.html$/, "$1");
}

/** Returns the language of the page at `path` from its URL: "en" under en/, else "vi". */
export function languageOfPath(path: string): SearchLang {
  return path.startsWith(layouts.en.prefix) ? "en" : "vi";
}

/** Returns the kind of the page at `path` (relative to the base, e.g. "chi-tieu/x/"), or undefined when it is not indexed. */
export function classifyPage(path: string): PageKind | undefined {
  if (excludedFiles.has(path) || !(path === "" || path.endsWith("/"))) return undefined;
  const layout = layouts[languageOfPath(path)];
  const local = path.slice(layout.prefix.length);
  if (layout.excluded.some((prefix) => local.startsWith(prefix))) return undefined;
  if (local === layout.program) return "program";
  const [section, slug, ...rest] = local.split("/").filter(Boolean);
  if (section !== undefined && slug !== undefined && rest.length === 0) {
    return layout.sections[section] ?? "other";
  }
  return "other";
}

/** Returns the kind whose label in `lang` is `label` (as stored in the index), or undefined. */
export function kindOfLabel(label: string, lang: SearchLang = "vi"): PageKind | undefined {
  const labels = PAGE_KIND_LABELS[lang];
  return (Object.keys(labels) as PageKind[]).find((kind) => labels[kind] === label);
}
