// Which built pages go into the search index, and under which "kind" filter. The kind comes
// from the URL (architecture.md § URLs), so pages need no markup for it.

/** Kinds of page a reader can filter search results by. */
export const PAGE_KINDS = {
  program: "Toàn văn chương trình",
  target: "Mục tiêu",
  indicator: "Chỉ tiêu",
  agency: "Cơ quan",
  other: "Trang khác",
} as const;

/** One kind of page. */
export type PageKind = keyof typeof PAGE_KINDS;

// Pages that are not content: search itself, embeds (shown inside other sites), error pages.
const excludedPrefixes = ["tim-kiem/", "nhung/"];
const excludedFiles = new Set(["404.html", "500.html"]);

/** Returns the page's URL path ("chi-tieu/x/") for a built file ("chi-tieu/x/index.html"). */
export function pagePathOf(file: string): string {
  const slashed = file.replaceAll("\\", "/").replace(/^\/+/, "");
  return slashed === "index.html" ? "" : slashed.replace(/(^|\/)index\.html$/, "$1");
}

/** Returns the kind of the page at `path` (relative to the base, e.g. "chi-tieu/x/"), or undefined when it is not indexed. */
export function classifyPage(path: string): PageKind | undefined {
  if (excludedFiles.has(path) || !(path === "" || path.endsWith("/"))) return undefined;
  if (excludedPrefixes.some((prefix) => path.startsWith(prefix))) return undefined;
  if (path === "chuong-trinh/") return "program";
  const [section, slug, ...rest] = path.split("/").filter(Boolean);
  if (slug !== undefined && rest.length === 0) {
    if (section === "muc-tieu") return "target";
    if (section === "chi-tieu") return "indicator";
    if (section === "co-quan") return "agency";
  }
  return "other";
}

/** Returns the kind whose label is `label` (as stored in the index), or undefined. */
export function kindOfLabel(label: string): PageKind | undefined {
  return (Object.keys(PAGE_KINDS) as PageKind[]).find((kind) => PAGE_KINDS[kind] === label);
}
