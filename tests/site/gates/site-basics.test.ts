import { afterEach, describe, expect, it } from "vitest";
import { writeSitemap } from "../../../scripts/build-steps/sitemap.ts";
import {
  commonFiles,
  fixtureOrigin,
  renderPage,
  writeFixtureSite,
  type FixtureSite,
} from "../fixture-site.ts";
import { loadBuiltSite } from "../../../scripts/check-site/lib/site.ts";
import { checkSiteBasics } from "../../../scripts/check-site/gates/site-basics.ts";

let fixture: FixtureSite | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

const robots = `User-agent: *\nAllow: /\n\nSitemap: ${fixtureOrigin}/sitemap.xml\n`;

/** Writes a fixture site, then its sitemap the way the build does, and reloads it. */
async function siteWithSitemap(files: Record<string, string>): Promise<FixtureSite> {
  const written = await writeFixtureSite({ ...commonFiles(), "robots.txt": robots, ...files });
  await writeSitemap(written.site.distDir, fixtureOrigin, "/");
  return { site: await loadBuiltSite(written.site.distDir, written.site), remove: written.remove };
}

const notFound = renderPage({
  title: "Không tìm thấy trang",
  head: '<meta name="robots" content="noindex">',
}).replace(/<link rel="canonical"[^>]*>/, "");

describe(checkSiteBasics, () => {
  it("passes a site with sitemap, robots.txt, 404 page and distinct titles", async () => {
    fixture = await siteWithSitemap({
      "index.html": renderPage(),
      "a/index.html": renderPage({ path: "a/" }),
      "404.html": notFound,
    });
    const result = await checkSiteBasics(fixture.site);
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatch(/^3 trang \(2 cần có trong sitemap\)/);
  });

  it("reports a duplicate title, a missing description, a wrong lang and a wrong canonical", async () => {
    fixture = await siteWithSitemap({
      "index.html": renderPage({ title: "Trùng" }),
      "a/index.html": renderPage({ path: "a/", title: "Trùng" }),
      "b/index.html": renderPage({ path: "b/", description: "", lang: "en" }).replace(
        `${fixtureOrigin}/b/`,
        `${fixtureOrigin}/`,
      ),
      "404.html": notFound,
    });
    expect((await checkSiteBasics(fixture.site)).problems).toEqual([
      '/b/: <html lang="en">, cần lang="vi". Dùng layout Base với lang="vi".',
      '/b/: thiếu <meta name="description">. Truyền description cho layout Base.',
      `/b/: canonical là ${fixtureOrigin}/, không phải địa chỉ của chính trang (${fixtureOrigin}/b/). Dựng canonical từ Astro.site và Astro.url.`,
      '2 trang cùng tiêu đề "Trùng": /, /a/. Mỗi trang cần <title> riêng.',
      '2 trang cùng mô tả "Mô tả của Trùng.": /, /a/. Mỗi trang cần description riêng.',
    ]);
  });

  it("wants lang=en on the English pages under en/ and lang=vi elsewhere", async () => {
    fixture = await siteWithSitemap({
      "index.html": renderPage(),
      "en/index.html": renderPage({ path: "en/", lang: "en" }),
      "en/a/index.html": renderPage({ path: "en/a/" }),
      "404.html": notFound,
    });
    expect((await checkSiteBasics(fixture.site)).problems).toEqual([
      '/en/a/: <html lang="vi">, cần lang="en". Dùng layout Base với lang="en".',
    ]);
  });

  it("reports a missing sitemap, robots.txt and 404 page", async () => {
    fixture = await writeFixtureSite({ ...commonFiles(), "index.html": renderPage() });
    expect((await checkSiteBasics(fixture.site)).problems).toEqual([
      "không có sitemap.xml. Gọi writeSitemap(distDir, site, base) (scripts/build-steps/sitemap.ts) trong bước sau build.",
      "không có robots.txt (src/pages/robots.txt.ts).",
      "không có trang 404.html (src/pages/404.astro).",
    ]);
  });

  it("reports a page the sitemap does not list", async () => {
    fixture = await siteWithSitemap({ "index.html": renderPage(), "404.html": notFound });
    const dir = fixture.site.distDir;
    const { writeFile, mkdir } = await import("node:fs/promises");
    await mkdir(`${dir}/moi`);
    await writeFile(`${dir}/moi/index.html`, renderPage({ path: "moi/" }));
    const site = await loadBuiltSite(dir, fixture.site);
    expect((await checkSiteBasics(site)).problems).toEqual([
      `sitemap.xml thiếu ${fixtureOrigin}/moi/. Build lại để writeSitemap liệt kê mọi trang.`,
    ]);
  });
});
