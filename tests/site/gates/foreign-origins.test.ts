import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowser, visitFixture, type VisitedFixture } from "../browser-fixture.ts";
import { commonFiles, renderPage } from "../fixture-site.ts";
import { checkCsp } from "../../../scripts/check-site/gates/csp.ts";
import { checkForeignOrigins } from "../../../scripts/check-site/gates/foreign-origins.ts";

let browser: Browser;
let visited: VisitedFixture;

beforeAll(async () => {
  browser = await startBrowser();
  visited = await visitFixture(
    browser,
    {
      ...commonFiles(),
      "index.html": renderPage(),
      // No CSP here, so the browser really tries to reach the other origin.
      "font/index.html": renderPage({
        path: "font/",
        csp: null,
        head: '<link rel="stylesheet" href="https://fonts.example.com/css">',
      }),
      "anh/index.html": renderPage({
        path: "anh/",
        body: '<img src="https://cdn.example.com/anh.png" alt="Ảnh">',
      }),
      "loi/index.html": renderPage({ path: "loi/", scripts: ['console.error("hỏng rồi")'] }),
      "thieu/index.html": renderPage({
        path: "thieu/",
        head: '<script type="module" src="/khong-co.js"></script>',
      }),
      "noi-tuyen/index.html": renderPage({
        path: "noi-tuyen/",
        body: '<script>document.title = "x";</script>',
      }),
    },
    false,
  );
}, 120_000);

afterAll(async () => {
  await visited?.fixture.remove();
  await browser?.close();
});

describe(checkForeignOrigins, { timeout: 30_000 }, () => {
  const problems = (): string[] =>
    checkForeignOrigins(visited.visits, visited.fixture.site).problems;

  it("passes a page that only loads its own files", () => {
    const home = visited.visits.filter((visit) => visit.page.path === "");
    expect(checkForeignOrigins(home, visited.fixture.site).problems).toEqual([]);
  });

  it("reports a stylesheet from another origin", () => {
    expect(problems()).toContain(
      "/font/: tải https://fonts.example.com/css từ nguồn bên ngoài. Chép tệp vào public/ (hoặc bỏ hẳn): trang chỉ được tải từ chính nó.",
    );
  });

  it("reports an image from another origin even when the CSP blocks it", () => {
    expect(problems()).toContain(
      "/anh/: tải https://cdn.example.com/anh.png (CSP đã chặn) từ nguồn bên ngoài. Chép tệp vào public/ (hoặc bỏ hẳn): trang chỉ được tải từ chính nó.",
    );
  });

  it("reports a console error and a missing script", () => {
    expect(problems()).toContain("/loi/: lỗi trong console: hỏng rồi");
    expect(problems()).toContainEqual(
      expect.stringMatching(
        /^\/thieu\/: yêu cầu thất bại: http:\/\/127\.0\.0\.1:\d+\/khong-co\.js \(HTTP 404\)\./,
      ),
    );
  });
});

describe(checkCsp, { timeout: 30_000 }, () => {
  it("reports the inline script Chromium refused to run, besides the static finding", async () => {
    const pages = visited.visits.filter((visit) => visit.page.path === "noi-tuyen/");
    const site = { ...visited.fixture.site, htmlPages: pages.map((visit) => visit.page) };
    const problems = (await checkCsp(site, pages)).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^\/noi-tuyen\/: <script> nội tuyến "document\.title = "x";" không có hash/,
    );
    expect(problems[1]).toMatch(
      /^\/noi-tuyen\/: Chromium báo vi phạm CSP: script-src-elem: inline/,
    );
  });
});
