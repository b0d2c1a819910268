import { describe, expect, it } from "vitest";
import { decodeEntities, escapeXml } from "./xml.ts";

describe(escapeXml, () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe("a&#38;b&#60;c&#62;&#34;d&#34;&#39;e&#39;");
  });

  it("leaves Vietnamese text as it is", () => {
    expect(escapeXml("Đường ô tô đến trung tâm xã")).toBe("Đường ô tô đến trung tâm xã");
  });
});

describe(decodeEntities, () => {
  it.each([
    ["&amp;&lt;&gt;&quot;&apos;", "&<>\"'"],
    ["&#39;&#x27;&#X27;", "'''"],
    ["a&nbsp;b", "a\u00a0b"],
    ["&#7871;", "ế"],
    ["&unknown; &#0; &#xFFFFFFF;", "&unknown; &#0; &#xFFFFFFF;"],
  ])("decodes %s", (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it("undoes escapeXml", () => {
    const text = `Số "hộ" <nghèo> & 'DTTS'`;
    expect(decodeEntities(escapeXml(text))).toBe(text);
  });
});
