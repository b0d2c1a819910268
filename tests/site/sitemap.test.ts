import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  readAlternates,
  renderSitemap,
  urlOfHtmlFile,
  writeSitemap,
} from "../../scripts/build-steps/sitemap.ts";
import { renderPage, writeFixtureSite, type FixtureSite } from "./fixture-site.ts";

let fixture: FixtureSite | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

describe(urlOfHtmlFile, () => {
  it.each([
    ["index.html", "/", "https://example.test/"],
    [
      "chi-tieu/ty-le-ho-ngheo/index.html",
      "/ctr-02/",
      "https://example.test/ctr-02/chi-tieu/ty-le-ho-ngheo/",
    ],
    ["du-lieu/index.html", "/ctr-02", "https://example.test/ctr-02/du-lieu/"],
  ])("maps %s under %s to %s", (file, base, expected) => {
    expect(urlOfHtmlFile(file, "https://example.test", base)).toBe(expected);
  });
});

describe(renderSitemap, () => {
  it("escapes URLs as XML", () => {
    expect(renderSitemap(["https://example.test/?a=1&b=2"])).toContain(
      "<loc>https://example.test/?a=1&#38;b=2</loc>",
    );
  });
});

describe(readAlternates, () => {
  it("reads the page's language versions from its head, relative hrefs resolved", () => {
    const html =
      '<html><head><link rel="alternate" type="application/atom+xml" href="/feed.xml">' +
      '<link rel="alternate" hreflang="vi" href="https://example.test/chi-tieu/x/">' +
      "<link hreflang='en' rel='alternate' href='../../en/indicators/x/'></head>" +
      '<body><link rel="alternate" hreflang="fr" href="/fr/"></body></html>';
    expect(readAlternates(html, "https://example.test/chi-tieu/x/")).toEqual([
      { hreflang: "vi", href: "https://example.test/chi-tieu/x/" },
      { hreflang: "en", href: "https://example.test/en/indicators/x/" },
    ]);
  });
});

describe(writeSitemap, () => {
  it("lists both language versions of a page as xhtml:link alternates", async () => {
    const alternates =
      '<link rel="alternate" hreflang="vi" href="https://example.test/ctr-02/a/">' +
      '<link rel="alternate" hreflang="en" href="https://example.test/ctr-02/en/a/">';
    fixture = await writeFixtureSite({
      "a/index.html": renderPage({ path: "a/", head: alternates }),
      "en/a/index.html": renderPage({ path: "en/a/", lang: "en", head: alternates }),
      "b/index.html": renderPage({ path: "b/" }),
    });
    await writeSitemap(fixture.site.distDir, "https://example.test", "/ctr-02/");
    const xml = await readFile(path.join(fixture.site.distDir, "sitemap.xml"), "utf8");
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const links =
      '    <xhtml:link rel="alternate" hreflang="vi" href="https://example.test/ctr-02/a/"/>\n' +
      '    <xhtml:link rel="alternate" hreflang="en" href="https://example.test/ctr-02/en/a/"/>\n';
    expect(xml).toContain(
      `  <url>\n    <loc>https://example.test/ctr-02/a/</loc>\n${links}  </url>\n`,
    );
    expect(xml).toContain(
      `  <url>\n    <loc>https://example.test/ctr-02/en/a/</loc>\n${links}  </url>\n`,
    );
    expect(xml).toContain("  <url><loc>https://example.test/ctr-02/b/</loc></url>\n");
  });

  it("lists every page but the 404 page and noindex pages, sorted, with no dates", async () => {
    fixture = await writeFixtureSite({
      "index.html": renderPage(),
      "b/index.html": renderPage({ path: "b/" }),
      "a/index.html": renderPage({ path: "a/" }),
      "an/index.html": renderPage({ path: "an/", head: '<meta name="robots" content="noindex">' }),
      "404.html": renderPage(),
    });
    const urls = await writeSitemap(fixture.site.distDir, "https://example.test", "/ctr-02/");
    expect(urls).toEqual([
      "https://example.test/ctr-02/a/",
      "https://example.test/ctr-02/b/",
      "https://example.test/ctr-02/",
    ]);
    const xml = await readFile(path.join(fixture.site.distDir, "sitemap.xml"), "utf8");
    expect(xml).toBe(renderSitemap(urls));
    expect(xml).not.toContain("lastmod");
  });
});
