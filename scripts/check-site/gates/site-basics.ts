// Gate 11: what every public site needs. sitemap.xml lists every indexable page (and nothing
// else), robots.txt points to it, a Vietnamese 404 page exists, and every page has
// <html lang="vi">, a favicon, its own canonical URL, and a title and description no other
// page uses.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GateResult } from "../gate.ts";
import { scanTags, type Tag } from "../lib/html.ts";
import { pageOfUrl, parseSitemap, showPage, type BuiltSite, type SitePage } from "../lib/site.ts";
import { formatCount, listPlaces } from "../lib/text.ts";

/** The facts gate 11 needs from one page. */
interface PageHead {
  page: SitePage;
  lang: string | undefined;
  title: string;
  description: string;
  canonicals: string[];
  icons: string[];
  noindex: boolean;
}

/** Returns the head facts of a page's HTML. */
function readPageHead(page: SitePage, html: string): PageHead {
  const tags = scanTags(html);
  const meta = (name: string): Tag | undefined =>
    tags.find((tag) => tag.name === "meta" && tag.attrs.get("name")?.toLowerCase() === name);
  const links = (rel: string): string[] =>
    tags
      .filter(
        (tag) =>
          tag.name === "link" &&
          (tag.attrs.get("rel") ?? "").toLowerCase().split(/\s+/).includes(rel),
      )
      .map((tag) => tag.attrs.get("href") ?? "");
  return {
    page,
    lang: tags.find((tag) => tag.name === "html")?.attrs.get("lang"),
    title: (tags.find((tag) => tag.name === "title")?.text ?? "").trim(),
    description: (meta("description")?.attrs.get("content") ?? "").trim(),
    canonicals: links("canonical"),
    icons: links("icon"),
    noindex: /noindex/i.test(meta("robots")?.attrs.get("content") ?? ""),
  };
}

/** Returns the per-page problems of `heads` plus duplicate titles and descriptions across pages. */
function checkHeads(heads: readonly PageHead[], site: BuiltSite): string[] {
  const problems: string[] = [];
  const files = new Set(site.files);
  const titles = new Map<string, string[]>();
  const descriptions = new Map<string, string[]>();
  for (const head of heads) {
    const where = showPage(head.page, site);
    // English pages live under en/ (issue 17, src/lib/i18n/routes.ts); every other page is Vietnamese.
    const lang = head.page.path.startsWith("en/") ? "en" : "vi";
    if (head.lang !== lang)
      problems.push(
        `${where}: <html lang="${head.lang ?? ""}">, cần lang="${lang}". Dùng layout Base với lang="${lang}".`,
      );
    if (head.title === "") problems.push(`${where}: thiếu <title>. Truyền title cho layout Base.`);
    else titles.set(head.title, [...(titles.get(head.title) ?? []), where]);
    if (head.description === "")
      problems.push(
        `${where}: thiếu <meta name="description">. Truyền description cho layout Base.`,
      );
    else descriptions.set(head.description, [...(descriptions.get(head.description) ?? []), where]);
    if (head.icons.length === 0)
      problems.push(`${where}: thiếu <link rel="icon">. Dùng layout Base.`);
    for (const icon of head.icons) {
      const target = pageOfUrl(new URL(icon, head.page.url).href, site);
      if (!target || !files.has(target.file))
        problems.push(`${where}: biểu tượng ${icon} không có trong bản build.`);
    }
    if (head.canonicals.length > 1)
      problems.push(`${where}: có ${head.canonicals.length} <link rel="canonical">, chỉ được một.`);
    const canonical = head.canonicals[0];
    if (canonical === undefined && !head.noindex) {
      problems.push(
        `${where}: thiếu <link rel="canonical" href="${head.page.url}">. Dùng layout Base.`,
      );
    } else if (canonical !== undefined && canonical !== head.page.url) {
      const fix = head.noindex
        ? "Trang noindex không nên có canonical (Base.astro: bỏ canonical khi noindex)."
        : "Dựng canonical từ Astro.site và Astro.url.";
      problems.push(
        `${where}: canonical là ${canonical}, không phải địa chỉ của chính trang (${head.page.url}). ${fix}`,
      );
    }
  }
  for (const [title, pages] of titles) {
    if (pages.length > 1)
      problems.push(
        `${formatCount(pages.length)} trang cùng tiêu đề "${title}": ${listPlaces(pages)}. Mỗi trang cần <title> riêng.`,
      );
  }
  for (const [description, pages] of descriptions) {
    if (pages.length > 1) {
      problems.push(
        `${formatCount(pages.length)} trang cùng mô tả "${description.length > 60 ? `${description.slice(0, 59)}…` : description}": ${listPlaces(pages)}. Mỗi trang cần description riêng.`,
      );
    }
  }
  return problems;
}

/** Returns the problems of sitemap.xml and robots.txt given the page heads. */
function checkSitemapAndRobots(
  sitemapXml: string | undefined,
  robotsTxt: string | undefined,
  heads: readonly PageHead[],
  site: BuiltSite,
): string[] {
  const problems: string[] = [];
  const sitemapUrl = `${site.origin}${site.base}sitemap.xml`;
  if (sitemapXml === undefined) {
    problems.push(
      "không có sitemap.xml. Gọi writeSitemap(distDir, site, base) (scripts/build-steps/sitemap.ts) trong bước sau build.",
    );
  } else {
    const files = new Set(site.files);
    const listed = new Set<string>();
    for (const loc of parseSitemap(sitemapXml)) {
      const page = pageOfUrl(loc, site);
      if (!page)
        problems.push(
          `sitemap.xml: ${loc} không nằm dưới ${site.origin}${site.base}. Kiểm tra SITE_URL và BASE_PATH.`,
        );
      else if (!files.has(page.file))
        problems.push(`sitemap.xml: ${loc} không có trang (${page.file}).`);
      else listed.add(page.file);
    }
    for (const head of heads) {
      if (!head.noindex && !listed.has(head.page.file)) {
        problems.push(
          `sitemap.xml thiếu ${head.page.url}. Build lại để writeSitemap liệt kê mọi trang.`,
        );
      }
      if (head.noindex && listed.has(head.page.file))
        problems.push(`sitemap.xml liệt kê trang noindex ${head.page.url}.`);
    }
  }
  if (robotsTxt === undefined) {
    problems.push("không có robots.txt (src/pages/robots.txt.ts).");
  } else if (!robotsTxt.split(/\r?\n/).some((line) => line.trim() === `Sitemap: ${sitemapUrl}`)) {
    problems.push(`robots.txt không có dòng "Sitemap: ${sitemapUrl}".`);
  }
  return problems;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Gate 11: sitemap, robots.txt, 404 page, favicon, canonical, lang, unique title and description. */
export async function checkSiteBasics(site: BuiltSite): Promise<GateResult> {
  const heads: PageHead[] = [];
  for (const page of site.htmlPages) {
    heads.push(readPageHead(page, await readFile(path.join(site.distDir, page.file), "utf8")));
  }
  const problems = [
    ...checkSitemapAndRobots(
      await readOptional(path.join(site.distDir, "sitemap.xml")),
      await readOptional(path.join(site.distDir, "robots.txt")),
      heads,
      site,
    ),
    ...checkHeads(heads, site),
  ];
  if (!site.files.includes("404.html"))
    problems.push("không có trang 404.html (src/pages/404.astro).");
  const indexable = heads.filter((head) => !head.noindex).length;
  return {
    name: "Thông tin cơ bản của trang",
    summary: `${formatCount(heads.length)} trang (${formatCount(indexable)} cần có trong sitemap), sitemap, robots.txt, 404, favicon, canonical, lang, tiêu đề và mô tả; ${formatCount(problems.length)} lỗi`,
    problems,
  };
}
