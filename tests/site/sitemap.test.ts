import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderSitemap, urlOfHtmlFile, writeSitemap } from "../../scripts/build-steps/sitemap.ts";
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

describe(writeSitemap, () => {
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
