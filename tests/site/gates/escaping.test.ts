import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startBrowser } from "../browser-fixture.ts";
import {
  commonFiles,
  fixtureOrigin,
  renderPage,
  writeFixtureSite,
  type FixtureSite,
} from "../fixture-site.ts";
import { checkEscaping, escapingPayload } from "../../../scripts/check-site/gates/escaping.ts";

let browser: Browser;
let fixture: FixtureSite | undefined;
beforeAll(async () => {
  browser = await startBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

const escaped = escapingPayload
  .replaceAll("&", "&amp;")
  .replaceAll("<", "&lt;")
  .replaceAll('"', "&quot;");
const site = { origin: fixtureOrigin, base: "/" };

async function check(
  files: Record<string, string>,
): Promise<Awaited<ReturnType<typeof checkEscaping>>> {
  fixture = await writeFixtureSite({ ...commonFiles(), ...files });
  return checkEscaping(
    { outDir: fixture.site.distDir, ok: true, seconds: 0, logTail: [] },
    site,
    browser,
  );
}

describe(checkEscaping, { timeout: 60_000 }, () => {
  it("passes pages that show the payload as text, in content and attributes", async () => {
    const result = await check({
      "index.html": renderPage({ body: `<p title="${escaped}">${escaped}</p>` }),
    });
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatch(/; 1 trang hiện chúng đúng dạng chữ; 0 lỗi$/);
  });

  it("reports a script element and a broken attribute made from the data", async () => {
    const result = await check({
      "index.html": renderPage({ body: `<p>${escaped}</p>` }),
      "a/index.html": renderPage({ path: "a/", body: `<div>${escapingPayload}</div>` }),
      "b/index.html": renderPage({ path: "b/", body: `<p title="${escapingPayload}">x</p>` }),
    });
    expect(result.problems).toEqual([
      '/a/: "<script>" từ dữ liệu thành phần tử <script> thật. Đừng dùng set:html với dữ liệu; để Astro thoát ký tự ({value}).',
      '/b/: dấu " trong dữ liệu làm vỡ một thuộc tính (xuất hiện data-xss). Đừng tự ghép chuỗi HTML; truyền giá trị vào thuộc tính qua Astro.',
    ]);
  }, 60_000);

  it("fails when no page shows the payload, e.g. when it was escaped twice", async () => {
    const result = await check({
      "index.html": renderPage({ body: `<p>${escaped.replaceAll("&", "&amp;")}</p>` }),
    });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^không trang nào hiện nguyên văn .*thoát hai lần/);
  });

  it("reports a build that failed, with the end of its output", async () => {
    const result = await checkEscaping(
      { outDir: "/nonexistent", ok: false, seconds: 1, logTail: ["data/x.csv:2: name: lỗi"] },
      site,
      browser,
    );
    expect(result.problems[0]).toMatch(
      /^build với DATA_DIR=tests\/fixtures\/escaping thất bại .*\n\s+data\/x\.csv:2: name: lỗi$/,
    );
  });
});
