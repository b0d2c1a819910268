import { describe, expect, it } from "vitest";
import {
  checkWeight,
  collectPageResources,
  findStaticImports,
  formatWeightTable,
  gzipSize,
  pageBudget,
  transferSize,
} from "./budget.ts";
import { scanTags } from "./html.ts";

describe(findStaticImports, () => {
  it("finds minified static imports and re-exports, not dynamic imports", () => {
    const js = `import{a as b}from"./chunk.A1.js";import"./side.js";export*from"./all.js";const m=await import("./lazy.js");`;
    expect(findStaticImports(js)).toEqual(["./chunk.A1.js", "./side.js", "./all.js"]);
  });
});

describe(collectPageResources, () => {
  it("sorts what a page loads and spots a classic script in <head>", () => {
    const html = `<html><head><link rel="stylesheet" href="/a.css"><link rel="icon" href="/f.svg"><script src="/old.js"></script><script type="module" src="/m.js"></script></head><body><img src="/i.png" alt=""><script>1</script></body></html>`;
    expect(collectPageResources(scanTags(html))).toEqual({
      stylesheets: ["/a.css"],
      scripts: ["/old.js", "/m.js"],
      inlineScripts: ["1"],
      other: ["/f.svg", "/i.png"],
      renderBlocking: ["/old.js"],
    });
  });
});

describe(transferSize, () => {
  it("gzips text but counts images at their raw size", () => {
    const zeros = new Uint8Array(200 * 1024);
    expect(transferSize("a.js", zeros)).toBeLessThan(1024);
    expect(transferSize("a.png", zeros)).toBe(200 * 1024);
  });
});

describe(checkWeight, () => {
  it("accepts a page within budget", () => {
    expect(checkWeight({ page: "/", html: 10_000, css: 5_000, js: 2_000, other: 1_000 })).toEqual(
      [],
    );
  });

  it("names each limit a page goes over, with the parts that add up", () => {
    const problems = checkWeight({
      page: "/",
      html: 25 * 1024,
      css: 3 * 1024,
      js: 12 * 1024,
      other: 200 * 1024,
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^HTML \+ CSS \+ JS = 40,0 KB \(gzip\), quá 30,0 KB \(HTML 25,0 KB, CSS 3,0 KB, JS 12,0 KB\)/,
    );
    expect(problems[1]).toMatch(/^JS = 12,0 KB \(gzip\), quá 10,0 KB/);
    expect(problems[2]).toMatch(
      /^tổng mọi tệp trang tải = 240,0 KB, quá 60,0 KB \(ảnh, biểu tượng… 200,0 KB\)/,
    );
  });
});

describe(formatWeightTable, () => {
  it("lists the heaviest pages first, aligned", () => {
    const table = formatWeightTable([
      { page: "/", html: 1024, css: 1024, js: 0, other: 0 },
      { page: "/chuong-trinh/", html: 20 * 1024, css: 1024, js: 0, other: 0 },
    ]);
    expect(table).toEqual([
      "Trang              HTML     CSS      JS     Cộng    Ảnh…",
      "/chuong-trinh/  20,0 KB  1,0 KB  0,0 KB  21,0 KB  0,0 KB",
      "/                1,0 KB  1,0 KB  0,0 KB   2,0 KB  0,0 KB",
    ]);
  });
});

describe(gzipSize, () => {
  it("is below the budget for a small page", () => {
    expect(gzipSize("<p>xin chào</p>".repeat(100))).toBeLessThan(pageBudget.htmlCssJs);
  });
});
