import { afterEach, describe, expect, it } from "vitest";
import { commonFiles, renderPage, writeFixtureSite, type FixtureSite } from "../fixture-site.ts";
import { checkHtml } from "../../../scripts/check-site/gates/html.ts";

let fixture: FixtureSite | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

describe(checkHtml, () => {
  it("passes a valid page", async () => {
    fixture = await writeFixtureSite({ ...commonFiles(), "index.html": renderPage() });
    const result = await checkHtml(fixture.site);
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe("1 trang, 0 lỗi");
  });

  it("reports an image without alt text, with the rule and where to read about it", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "index.html": renderPage(),
      "a/index.html": renderPage({ path: "a/", body: '<img src="/favicon.svg">' }),
    });
    const result = await checkHtml(fixture.site);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^\/a\/:1:\d+: .*alt.* \(phần tử .*img\) \[wcag\/h37\]\. Cách sửa: https:\/\/html-validate\.org\//,
    );
    expect(result.summary).toBe("2 trang, 1 lỗi trên 1 trang");
  });

  it("reports markup a browser would have to repair", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "index.html": renderPage({ body: "<p><div>khối trong đoạn</div></p>" }),
    });
    const problems = (await checkHtml(fixture.site)).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(/\/:1:\d+: .*<p>/);
  });
});
