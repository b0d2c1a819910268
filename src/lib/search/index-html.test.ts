import { describe, expect, it } from "vitest";
import { ALL_ALIASES } from "./aliases.ts";
import { prepareIndexHtml } from "./index-html.ts";

const none = { dStroke: false, abbreviations: false };

const page = (main: string): string =>
  `<!doctype html><html lang="vi"><head><title>Đường</title><script type="module">const đ = "DTTS";</script></head>` +
  `<body><header>Đầu trang</header><main id="noi-dung" tabindex="-1">${main}</main></body></html>`;

describe(prepareIndexHtml, () => {
  it("glues aliases to the words of the text, not to tags, attributes or scripts", () => {
    const { html } = prepareIndexHtml(
      page(`<p class="đ" title="đường">Xóm có đường ô tô, hộ DTTS</p>`),
      { kind: "indicator", aliases: ALL_ALIASES },
    );
    expect(html).toContain(
      `<p class="đ" title="đường">Xóm có đường_duong ô tô, hộ DTTS_dan_toc_thieu_so</p>`,
    );
    expect(html).toContain(`<script type="module">const đ = "DTTS";</script>`);
  });

  it("adds no alias when asked not to, to measure their cost", () => {
    const input = page("<p>đường</p>");
    const { html } = prepareIndexHtml(input, { kind: "other", aliases: none });
    expect(html).toBe(
      input.replace(
        `tabindex="-1">`,
        `tabindex="-1"><span data-pagefind-filter="kind:Trang khác"></span>`,
      ),
    );
  });

  it("stores the kind of page as a filter at the start of <main>", () => {
    const result = prepareIndexHtml(page("<h1>Xã đạt chuẩn</h1>"), {
      kind: "indicator",
      aliases: ALL_ALIASES,
    });
    expect(result.hasMain).toBe(true);
    expect(result.html).toContain(
      `<main id="noi-dung" tabindex="-1"><span data-pagefind-filter="kind:Chỉ tiêu"></span><h1>`,
    );
  });

  it("indexes an English page as it is: no Vietnamese alias, the kind in English", () => {
    const input = page("<h1>Households (DTTS) with a road to the commune</h1><p>đường</p>").replace(
      'lang="vi"',
      'lang="en"',
    );
    const { html } = prepareIndexHtml(input, {
      kind: "indicator",
      aliases: ALL_ALIASES,
      lang: "en",
    });
    expect(html).toBe(
      input.replace(
        `tabindex="-1">`,
        `tabindex="-1"><span data-pagefind-filter="kind:Indicator"></span>`,
      ),
    );
  });

  it("makes no program sub-results on the English program page", () => {
    const result = prepareIndexHtml(
      page(`<h2 id="II">II. Views and targets</h2><p id="II-3-1">a</p>`),
      {
        kind: "program",
        aliases: ALL_ALIASES,
        lang: "en",
      },
    );
    expect(result.subResults).toBe(0);
    expect(result.html).toContain(`<p id="II-3-1">a</p>`);
  });

  it("reports a page without <main>, which Pagefind would skip", () => {
    expect(
      prepareIndexHtml("<html><body><p>x</p></body></html>", {
        kind: "other",
        aliases: ALL_ALIASES,
      }).hasMain,
    ).toBe(false);
  });

  it("turns program paragraphs into titled sub-results named after their heading", () => {
    const result = prepareIndexHtml(
      page(
        `<section><div class="heading-row"><h3 id="II-3">3. Mục tiêu <em>cụ thể</em> đến hết năm 2025</h3></div>` +
          `<ul><li id="II-3-1" class="program-item">- Phấn đấu<a href="#II-3-1" data-not-program-text>#II-3-1</a></li></ul></section>` +
          `<div id="chu-ky" class="program-block">Dương Văn Lượng</div>` +
          `<table><tr id="phu-luc-4" class="appendix-row"><th>4</th></tr></table>`,
      ),
      { kind: "program", aliases: ALL_ALIASES },
    );
    expect(result.subResults).toBe(3);
    expect(result.html).toContain(
      `<h3 id="II-3">3. Mục tiêu <em>cụ thể</em> đến_den hết năm 2025</h3>`,
    );
    expect(result.html).toContain(
      `<li class="program-item"><span id="II-3-1" data-pagefind-title="3. Mục tiêu cụ thể đến hết năm 2025 · #II-3-1"></span>- Phấn đấu_dau`,
    );
    expect(result.html).toContain(
      `<div class="program-block"><span id="chu-ky" data-pagefind-title="Phần chữ ký · #chu-ky"></span>Dương Văn Lượng</div>`,
    );
    expect(result.html).toContain(
      `<tr class="appendix-row"><span id="phu-luc-4" data-pagefind-title="Phụ lục, hàng 4 · #phu-luc-4"></span>`,
    );
  });

  it("leaves ids alone outside the program text, and ids that are not program anchors", () => {
    const main = `<p id="II-3-1">a</p><nav id="muc-luc">b</nav>`;
    expect(prepareIndexHtml(page(main), { kind: "indicator", aliases: none }).html).toContain(main);
    expect(
      prepareIndexHtml(page(`<nav id="muc-luc">b</nav>`), { kind: "program", aliases: none })
        .subResults,
    ).toBe(0);
  });

  it("keeps a title the page already gives", () => {
    const main = `<p id="II-3-1" data-pagefind-title="Riêng">a</p>`;
    expect(prepareIndexHtml(page(main), { kind: "program", aliases: none }).html).toContain(main);
  });

  it("copies quoted '>' in attributes and comments unchanged", () => {
    const main = `<!-- a > đường --><p data-x="a > đường">đường</p>`;
    expect(prepareIndexHtml(page(main), { kind: "other", aliases: ALL_ALIASES }).html).toContain(
      `<!-- a > đường --><p data-x="a > đường">đường_duong</p>`,
    );
  });
});
