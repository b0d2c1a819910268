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
import { checkBasePath, testBasePath } from "../../../scripts/check-site/gates/base-path.ts";

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

const base = testBasePath;

/** A site built for /ctr-02/: home, open data with a CSV, and a search page. */
function files(homeBody: string): Record<string, string> {
  return {
    ...commonFiles(),
    "index.html": renderPage({ base, body: homeBody }),
    "du-lieu/index.html": renderPage({
      base,
      path: "du-lieu/",
      body: `<a href="${base}du-lieu/targets.csv">targets.csv</a>`,
    }),
    "du-lieu/targets.csv": "id,title\n1,Thu nhập\n",
    // A stand-in for Pagefind: shows a result link for the query, as the real search page will.
    "tim-kiem/index.html": renderPage({
      base,
      path: "tim-kiem/",
      scripts: [
        `const q=new URLSearchParams(location.search).get("q");if(q){const a=document.createElement("a");a.href="${base}du-lieu/";a.textContent="Dữ liệu";document.querySelector("main").append(a);}`,
      ],
    }),
  };
}

async function check(homeBody: string): Promise<Awaited<ReturnType<typeof checkBasePath>>> {
  fixture = await writeFixtureSite(files(homeBody), base);
  return checkBasePath(
    { outDir: fixture.site.distDir, ok: true, seconds: 0, logTail: [] },
    fixtureOrigin,
    browser,
  );
}

describe(checkBasePath, () => {
  it("passes a site whose links, files and search stay under the base path", async () => {
    const result = await check(`<a href="${base}du-lieu/">Dữ liệu</a>`);
    expect(result.problems).toEqual([]);
  }, 60_000);

  it("reports a link and a stylesheet that forget the base path", async () => {
    const result = await check('<a href="/du-lieu/">Dữ liệu</a>');
    expect(result.problems).toEqual([
      `[liên kết] ${base}: <a href="/du-lieu/">: trỏ ra ngoài đường dẫn gốc ${base} (/du-lieu/). Dựng liên kết bằng withBase(import.meta.env.BASE_URL, …), không viết "/" ở đầu.`,
    ]);
  }, 60_000);
});
