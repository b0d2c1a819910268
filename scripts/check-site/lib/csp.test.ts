import { describe, expect, it } from "vitest";
import { checkInlineCode, checkPolicy, effectiveSources, hashSource, parseCsp } from "./csp.ts";
import { scanTags } from "./html.ts";

const strict =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self'; style-src 'self'";

describe(parseCsp, () => {
  it("reads directives and keeps the first of a repeated one", () => {
    const policy = parseCsp("default-src 'self';img-src 'self' data:; ; img-src *");
    expect([...policy]).toEqual([
      ["default-src", ["'self'"]],
      ["img-src", ["'self'", "data:"]],
    ]);
  });
});

describe(effectiveSources, () => {
  it("falls back from script-src-elem to script-src to default-src", () => {
    expect(effectiveSources(parseCsp("default-src 'self'"), "script-src-elem")).toEqual(["'self'"]);
    expect(
      effectiveSources(parseCsp("default-src 'self'; script-src 'none'"), "script-src-elem"),
    ).toEqual(["'none'"]);
  });
});

describe(hashSource, () => {
  it("is the CSP hash of the exact text", () => {
    expect(hashSource("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe(checkPolicy, () => {
  it("accepts the site's policy", () => {
    expect(checkPolicy(parseCsp(strict), false)).toEqual([]);
  });

  it.each([
    ["script-src 'self' 'unsafe-inline'", false, "script-src có 'unsafe-inline'"],
    [
      "script-src 'self' 'wasm-unsafe-eval'",
      false,
      "'wasm-unsafe-eval' ở trang không phải trang tìm kiếm",
    ],
    ["script-src 'self' https://cdn.example.com", false, "nguồn ngoài https://cdn.example.com"],
    ["style-src 'self' 'unsafe-inline'", false, "style-src có 'unsafe-inline'"],
    ["frame-ancestors 'none'", false, "frame-ancestors không có tác dụng trong thẻ <meta>"],
  ])("reports %s", (added, isSearch, message) => {
    const policy = parseCsp(`${added}; ${strict}`);
    expect(checkPolicy(policy, isSearch).join("\n")).toContain(message);
  });

  it("allows 'wasm-unsafe-eval' on the search page", () => {
    expect(checkPolicy(parseCsp(`script-src 'self' 'wasm-unsafe-eval'; ${strict}`), true)).toEqual(
      [],
    );
  });

  it("requires default-src 'self', object-src 'none' and base-uri", () => {
    expect(checkPolicy(parseCsp("script-src 'self'"), false)).toEqual([
      "default-src phải là 'self' (đang: không có).",
      "object-src phải là 'none'.",
      "base-uri phải là 'self' hoặc 'none'.",
    ]);
  });
});

describe(checkInlineCode, () => {
  it("accepts an inline script whose hash the policy lists", () => {
    const policy = parseCsp(`script-src 'self' ${hashSource("go()")}`);
    expect(checkInlineCode(scanTags("<script>go()</script>"), policy)).toEqual([]);
  });

  it("reports an inline script without its hash, a style attribute and an event handler", () => {
    const tags = scanTags(`<script>alert(1)</script><p style="color:red" onclick="x()">x</p>`);
    const problems = checkInlineCode(tags, parseCsp(strict));
    expect(problems).toEqual([
      `<script> nội tuyến "alert(1)" không có hash ${hashSource("alert(1)")} trong CSP nên bị chặn. Viết nó thành <script> thường (không is:inline) để Astro xử lý và hash.`,
      '<p style="color:red">: CSP chặn thuộc tính style. Dùng class trong CSS, hoặc thuộc tính SVG (fill=, stroke=…).',
      '<p onclick="…">: CSP chặn mã JS trong thuộc tính. Gắn sự kiện bằng addEventListener trong <script>.',
    ]);
  });

  it("ignores data blocks such as JSON-LD", () => {
    expect(
      checkInlineCode(scanTags('<script type="application/ld+json">{}</script>'), parseCsp(strict)),
    ).toEqual([]);
  });
});
