import { describe, expect, it } from "vitest";
import { renderProblemsPage } from "./problems-page.ts";

describe(renderProblemsPage, () => {
  const line =
    'data/observations.csv:3: value: expected a number, got "8,5". Use "." as the decimal separator.';

  it("lists every problem line as the validator wrote it, escaped", () => {
    const html = renderProblemsPage([line, "data/goals.csv:2: year: <b>"], "/@vite/client");
    expect(html).toContain(
      "<li><code>data/observations.csv:3: value: expected a number, got &#34;8,5&#34;. Use &#34;.&#34; as the decimal separator.</code></li>",
    );
    expect(html).toContain("<li><code>data/goals.csv:2: year: &#60;b&#62;</code></li>");
    expect(html).toContain("<h1>Dữ liệu có 2 lỗi</h1>");
  });

  it("loads the dev client so the page reloads when a data file changes", () => {
    expect(renderProblemsPage([line], "/ctr-02/@vite/client")).toContain(
      '<script type="module" src="/ctr-02/@vite/client"></script>',
    );
  });
});
