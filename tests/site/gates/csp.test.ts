import { describe, expect, it } from "vitest";
import { renderPage } from "../fixture-site.ts";
import { checkPageCsp } from "../../../scripts/check-site/gates/csp.ts";

describe(checkPageCsp, () => {
  it("passes a page whose inline script is hashed", () => {
    expect(checkPageCsp(renderPage({ scripts: ["console.log(1)"] }), false)).toEqual([]);
  });

  it("reports a page without a CSP meta tag", () => {
    expect(checkPageCsp(renderPage({ csp: null }), false)).toEqual([
      'không có <meta http-equiv="Content-Security-Policy">. Trang phải dùng layout Base (security.csp trong astro.config.mjs thêm thẻ này).',
    ]);
  });

  it("reports an inline script that is not hashed", () => {
    const html = renderPage({ body: "<script>alert(1)</script>" });
    expect(checkPageCsp(html, false).join("\n")).toMatch(
      /<script> nội tuyến "alert\(1\)" không có hash 'sha256-/,
    );
  });

  it("reports a stylesheet placed before the policy", () => {
    const html = renderPage().replace(
      '<meta charset="utf-8">',
      '<meta charset="utf-8"><link rel="stylesheet" href="/x.css">',
    );
    expect(checkPageCsp(html, false)).toEqual([
      "<link> đứng trước thẻ CSP nên không được CSP bảo vệ. Chuyển nó xuống sau.",
    ]);
  });
});
