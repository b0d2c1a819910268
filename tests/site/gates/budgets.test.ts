import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { commonFiles, renderPage, writeFixtureSite, type FixtureSite } from "../fixture-site.ts";
import { checkBudgets } from "../../../scripts/check-site/gates/budgets.ts";

let fixture: FixtureSite | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

// Random bytes do not compress, so 200 KB stays 200 KB after gzip.
const heavyScript = `const data="${randomBytes(150 * 1024).toString("base64")}";console.log(data.length);`;

describe(checkBudgets, () => {
  it("passes small pages and prints the size table", async () => {
    fixture = await writeFixtureSite({ ...commonFiles(), "index.html": renderPage() });
    const result = await checkBudgets(fixture.site);
    expect(result.problems).toEqual([]);
    expect(result.report?.[0]).toBe("10 trang nặng nhất (gzip):");
    expect(result.report?.[2]).toMatch(/^ {2}\/ +\d,\d KB/);
  });

  it("reports a 200 KB image on a page", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "anh.png": randomBytes(200 * 1024),
      "index.html": renderPage({ body: '<img src="/anh.png" alt="Ảnh lớn">' }),
    });
    const problems = (await checkBudgets(fixture.site)).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\/: tổng mọi tệp trang tải = 20\d,\d KB, quá 60,0 KB \(ảnh, biểu tượng… 200,\d KB\)/,
    );
  });

  it("counts a module's static imports and reports JS over budget", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "_astro/entry.js": 'import"./heavy.js";',
      "_astro/heavy.js": heavyScript,
      "index.html": renderPage({ head: '<script type="module" src="/_astro/entry.js"></script>' }),
    });
    const problems = (await checkBudgets(fixture.site)).problems;
    expect(
      problems.some((problem) => /^\/: JS = 1\d\d,\d KB \(gzip\), quá 10,0 KB/.test(problem)),
    ).toBe(true);
  });

  it("lets the search page load more, but not a render-blocking script", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "_astro/heavy.js": heavyScript,
      "index.html": renderPage(),
      "tim-kiem/index.html": renderPage({
        path: "tim-kiem/",
        head: '<script src="/_astro/heavy.js"></script>',
      }),
    });
    expect((await checkBudgets(fixture.site)).problems).toEqual([
      '/tim-kiem/: <script src="/_astro/heavy.js"> trong <head> chặn hiển thị trang. Thêm type="module" hoặc defer, hoặc chuyển xuống cuối <body>.',
    ]);
  });
});
