import { describe, expect, it } from "vitest";
import {
  highlightText,
  matchesTerm,
  planHighlight,
  rateMatch,
  type TextSegment,
} from "./highlight.ts";

// Renders segments as "[marked]" text so that expectations read like the result on screen.
function render(segments: readonly TextSegment[]): string {
  return segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join("");
}

describe(highlightText, () => {
  it.each([
    ["duong", "các tuyến đường giao thông", "các tuyến [đường] giao thông"],
    ["đường", "Dương Văn Lượng; tuyến đường", "Dương Văn Lượng; tuyến [đường]"],
    ["Dương Văn Lượng", "Dương Văn Lượng", "[Dương Văn Lượng]"],
    ["dan toc thieu so", "đồng bào dân tộc thiểu số", "đồng bào [dân tộc thiểu số]"],
    ["DTTS", "vùng đồng bào dân tộc thiểu số (DTTS)", "vùng đồng bào [dân tộc thiểu số] ([DTTS])"],
    ["nông thôn mới", "đạt chuẩn NTM", "đạt chuẩn [NTM]"],
    ["dbkk", "xã đặc biệt khó khăn", "xã [đặc biệt khó khăn]"],
    ["den", "đến trung tâm", "[đến] trung tâm"],
    ["duong o to", "có đường ô tô; ổn định", "có [đường ô tô]; ổn định"],
    ["HĐND", "TT HĐND tỉnh", "TT [HĐND] tỉnh"],
    ["ubnd", "Ủy ban nhân dân tỉnh", "[Ủy ban nhân dân] tỉnh"],
    ["KT-XH", "phát triển kinh tế - xã hội vùng", "phát triển [kinh tế] - [xã hội] vùng"],
    ["hoi dong nhan dan", "TT HĐND tỉnh", "TT [HĐND] tỉnh"],
    ["kho khan", "khoa học, không khó khăn", "khoa học, không [khó khăn]"],
    ["LĐTBXH", "Sở LĐ-TB&XH chủ trì", "Sở [LĐ-TB&XH] chủ trì"],
    ["giáo dục và đào tạo", "Sở GD&ĐT", "Sở [GD&ĐT]"],
    ["ldtbxh", "Sở Lao động - Thương binh và Xã hội", "Sở [Lao động] - [Thương binh và Xã hội]"],
    ["dac biet kho", "đặc biệt khó khăn", "[đặc biệt khó] khăn"],
  ])("query %j marks %j as %j", (query, text, expected) => {
    expect(render(highlightText(text, planHighlight(query)))).toBe(expected);
  });

  it("returns the text unmarked when nothing matches", () => {
    expect(highlightText("nước sinh hoạt", planHighlight("đường"))).toEqual([
      { text: "nước sinh hoạt", mark: false },
    ]);
  });

  it("keeps every character of the text", () => {
    const text = "  100% xóm có đường ô tô (đến trung tâm)…";
    const segments = highlightText(text, planHighlight("duong den"));
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

describe(matchesTerm, () => {
  it.each([
    ["đường", "duong", true],
    ["Dương", "duong", true],
    ["đường", "đuong", true],
    ["Dương", "đuong", false],
    ["ổn", "o", false],
    ["ô", "o", true],
    ["thiểu", "thi", true],
  ])("word %j, term %j → %s", (word, term, expected) => {
    expect(matchesTerm(word, term)).toBe(expected);
  });
});

describe(rateMatch, () => {
  const term = (query: string) => planHighlight(query).terms[0]!;
  it.each([
    ["Dương", "dương", 4],
    ["đường", "dương", 3],
    ["dưỡng", "duong", 3],
    ["Lượng,", "lượng", 4],
    ["lượng", "lượ", 2],
    ["toàn", "to", 1],
    ["Dương", "đường", 0],
  ])("word %j, query %j → %i", (word, query, expected) => {
    expect(rateMatch(word, term(query))).toBe(expected);
  });
});

describe(planHighlight, () => {
  it("keeps each query word as typed and as Pagefind keys it", () => {
    expect(planHighlight("  Đường   Dương ").terms).toEqual([
      { typed: "đường", key: "đuong", prefix: false },
      { typed: "dương", key: "duong", prefix: true },
    ]);
  });
});
