import { describe, expect, it } from "vitest";
import { decodeCharacterReferences, extractVisibleText, listIds } from "./visible-text.ts";

describe(decodeCharacterReferences, () => {
  it.each([
    ["A &quot;x&quot; &amp; b", 'A "x" & b'],
    ["&#39;a&#x27;", "'a'"],
    ["no references", "no references"],
  ])("decodes %j", (text, expected) => {
    expect(decodeCharacterReferences(text)).toBe(expected);
  });

  it("fails on a reference it cannot decode", () => {
    expect(() => decodeCharacterReferences("&hellip;")).toThrow(
      "decodeCharacterReferences: unknown character reference &hellip;",
    );
  });
});

describe(extractVisibleText, () => {
  it("separates blocks and keeps inline elements inside words", async () => {
    const html =
      "<main><h2>I.</h2><ul><li>- a<em>b</em>c</li><li>d</li></ul><table><tr><th>1</th><td>x<br>y</td></tr></table></main>";
    expect((await extractVisibleText(html)).split(/\s+/).filter(Boolean)).toEqual([
      "I.",
      "-",
      "abc",
      "d",
      "1",
      "x",
      "y",
    ]);
  });

  it("leaves out chrome marked data-not-program-text, scripts and hidden elements", async () => {
    const html =
      '<header>site</header><main><nav data-not-program-text>Mục lục</nav><p>phân đầu<small data-not-program-text>[ghi chú]</small> hoàn<a data-not-program-text href="#x">#x</a></p><script>var a = "<p>";</script><p hidden>ẩn</p></main>';
    expect((await extractVisibleText(html)).trim()).toBe("phân đầu hoàn");
  });

  it("fails when the page has no <main>", async () => {
    await expect(extractVisibleText("<p>x</p>")).rejects.toThrow('no element matches "main"');
  });
});

describe(listIds, () => {
  it("lists ids in document order, duplicates included", async () => {
    expect(await listIds('<p id="a"><a id="b"></a></p><p id="a"></p>')).toEqual(["a", "b", "a"]);
  });
});
