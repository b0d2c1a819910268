import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowser, visitFixture, type VisitedFixture } from "../browser-fixture.ts";
import { commonFiles, renderPage } from "../fixture-site.ts";
import { checkAccessibility } from "../../../scripts/check-site/gates/accessibility.ts";

let browser: Browser;
let visited: VisitedFixture;

beforeAll(async () => {
  browser = await startBrowser();
  visited = await visitFixture(
    browser,
    {
      ...commonFiles(),
      "wide.css":
        ".wide{width:400px;height:10px;background:#eee}.plain:focus-visible{outline:none}",
      "index.html": renderPage({ body: '<p><a href="/a/">Trang A</a></p>' }),
      "a/index.html": renderPage({ path: "a/", body: '<img src="/favicon.svg">' }),
      "b/index.html": renderPage({
        path: "b/",
        head: '<link rel="stylesheet" href="/wide.css">',
        body: '<div class="wide"></div>',
      }),
      "c/index.html": renderPage({ path: "c/", noSkipLink: true }),
      "narrow.css": ".scroller{overflow-x:auto}.scroller td{min-width:300px}",
      "e/index.html": renderPage({
        path: "e/",
        head: '<link rel="stylesheet" href="/narrow.css">',
        body: '<div class="scroller"><table><tr><td>Một bảng rộng</td><td>chỉ cuộn trên điện thoại.</td></tr></table></div>',
      }),
      "d/index.html": renderPage({
        path: "d/",
        head: '<link rel="stylesheet" href="/wide.css">',
        body: '<p><a class="plain" href="/">Về trang chủ</a></p>',
      }),
    },
    true,
  );
}, 120_000);

afterAll(async () => {
  await visited?.fixture.remove();
  await browser?.close();
});

describe(checkAccessibility, { timeout: 30_000 }, () => {
  it("runs axe, the 320 px check and the keyboard checks on every page", () => {
    const result = checkAccessibility(visited.visits, visited.fixture.site);
    expect(result.summary).toMatch(
      /^axe trên 6 trang \(1280 px và 320 px\), bàn phím và màn hình 320 px, \d+ điểm dừng Tab được so kiểu focus, 5 lỗi$/,
    );
  });

  it("reports a violation that only a 320 px screen shows, saying so", () => {
    const narrow = visited.visits.filter((visit) => visit.page.path === "e/");
    expect(checkAccessibility(narrow, visited.fixture.site).problems).toEqual([
      expect.stringMatching(
        /^\/e\/: axe scrollable-region-focusable \(màn hình 320 px\): .* — phần tử div\./,
      ),
    ]);
  });

  it("passes a page that is fine", () => {
    const home = visited.visits.filter((visit) => visit.page.path === "");
    expect(checkAccessibility(home, visited.fixture.site).problems).toEqual([]);
  });

  it("reports an image without alt text, with the rule, the element and the help page", () => {
    const problems = checkAccessibility(visited.visits, visited.fixture.site).problems;
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^\/a\/: axe image-alt: Images must have alternative text — phần tử img\. Cách sửa: https:\/\/dequeuniversity\.com\//,
      ),
    );
  });

  it("reports sideways scrolling at 320 px and names the element that sticks out", () => {
    const problems = checkAccessibility(visited.visits, visited.fixture.site).problems;
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^\/b\/: ở màn hình rộng 320 px trang cuộn ngang \(scrollWidth 400 px\)\. Phần tử tràn: div\.wide \(rộng tới 400 px\)\./,
      ),
    );
  });

  it("reports a page whose first Tab stop is not the skip link", () => {
    const problems = checkAccessibility(visited.visits, visited.fixture.site).problems;
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^\/c\/: bàn phím: phím Tab đầu tiên đến <a href="\/">Trang chủ<\/a>, không phải liên kết "Bỏ qua/,
      ),
    );
  });

  it("reports a link whose look does not change on focus", () => {
    const problems = checkAccessibility(visited.visits, visited.fixture.site).problems;
    expect(problems).toContainEqual(
      '/d/: bàn phím: <a class="plain"> "Về trang chủ" trông y như cũ khi được focus. Thêm kiểu :focus-visible (outline) cho nó.',
    );
  });
});
