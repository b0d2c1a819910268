import { describe, expect, it } from "vitest";
import { collectIds, extractLinks, scanTags, splitSrcset } from "./html.ts";

describe(scanTags, () => {
  it("reads start tags with quoted, unquoted and bare attributes", () => {
    const [tag] = scanTags(`<a href="/x/?a=1&amp;b=2" data-n=3 hidden>x</a>`);
    expect(tag?.name).toBe("a");
    expect(Object.fromEntries(tag?.attrs ?? [])).toEqual({
      href: "/x/?a=1&b=2",
      "data-n": "3",
      hidden: "",
    });
  });

  it("skips comments and does not read tags inside scripts", () => {
    const tags = scanTags(
      `<!-- <a href="/no/"> --><script>if (a<b) document.write("<img src=x>")</script><p id="y">`,
    );
    expect(tags.map((tag) => tag.name)).toEqual(["script", "p"]);
    expect(tags[0]?.text).toBe('if (a<b) document.write("<img src=x>")');
  });

  it("decodes the title's text", () => {
    expect(scanTags("<title>A &amp; B</title>")[0]?.text).toBe("A & B");
  });
});

describe(splitSrcset, () => {
  it("keeps only the URLs", () => {
    expect(splitSrcset("a.png 1x, b.png 2x,c.png 640w")).toEqual(["a.png", "b.png", "c.png"]);
  });
});

describe(extractLinks, () => {
  it("finds href, src, srcset, form actions and meta refresh", () => {
    const html = `<link rel="stylesheet" href="/s.css"><img src="i.png" srcset="i2.png 2x" alt=""><form action="/tim-kiem/"></form><meta http-equiv="refresh" content="0; url=/moi/">`;
    expect(
      extractLinks(scanTags(html)).map((link) => `${link.tag}[${link.attr}]=${link.url}`),
    ).toEqual([
      "link[href]=/s.css",
      "img[src]=i.png",
      "img[srcset]=i2.png",
      "form[action]=/tim-kiem/",
      "meta[content]=/moi/",
    ]);
  });
});

describe(collectIds, () => {
  it("collects ids and anchor names", () => {
    expect([
      ...collectIds(scanTags(`<h2 id="I-1">x</h2><a name="cu"></a><div name="no"></div>`)),
    ]).toEqual(["I-1", "cu"]);
  });
});
