import { describe, expect, it } from "vitest";
import { compareWords, formatWordDifferences, splitWords, stripSourceMarkup } from "./words.ts";

describe(stripSourceMarkup, () => {
  it.each([
    ["Số: *02* /CTr-UBND", "Số: 02 /CTr-UBND"],
    ["**TM. ỦY BAN NHÂN DÂN**", "TM. ỦY BAN NHÂN DÂN"],
    ["(*theo tiêu chí mới*);", "(theo tiêu chí mới);"],
    ["10\t<p>Phần đầu 80%</p>\tSở Nội vụ", "10\t Phần đầu 80% \tSở Nội vụ"],
    ['<ul style="list-style-type: none"> - Các sở;', "  - Các sở;"],
  ])("turns %j into %j", (source, expected) => {
    expect(stripSourceMarkup(source)).toBe(expected);
  });

  it("drops the table's closing rule of dashes but keeps dashes that are text", () => {
    const source = "kinh tế - xã hội\n- Các sở, ban, ngành - UBND\n----\t--\t-----------\t---";
    expect(stripSourceMarkup(source)).toBe("kinh tế - xã hội\n- Các sở, ban, ngành - UBND");
  });

  it("normalises to NFC", () => {
    const decomposed = "Nguye\u0302\u0300n";
    expect(stripSourceMarkup(decomposed)).toBe("Nguyền");
  });
});

describe(splitWords, () => {
  it("splits on tabs, newlines and runs of spaces and drops empty words", () => {
    expect(splitWords("  TT\tMục tiêu\n\n  - Các sở;  ")).toEqual([
      "TT",
      "Mục",
      "tiêu",
      "-",
      "Các",
      "sở;",
    ]);
  });
});

describe(compareWords, () => {
  const source = splitWords("một hai ba bốn năm sáu bảy tám chín mười");

  it("finds nothing when the words are identical", () => {
    expect(compareWords(source, [...source])).toEqual([]);
  });

  it("reports a changed word as one difference", () => {
    const actual = splitWords("một hai BA bốn năm sáu bảy tám chín mười");
    expect(compareWords(source, actual)).toEqual([
      { expectedIndex: 2, actualIndex: 2, expected: ["ba"], actual: ["BA"] },
    ]);
  });

  it("reports a lost word and an added word", () => {
    const actual = splitWords("một hai bốn năm sáu bảy thêm tám chín mười");
    expect(compareWords(source, actual)).toEqual([
      { expectedIndex: 2, actualIndex: 2, expected: ["ba"], actual: [] },
      { expectedIndex: 7, actualIndex: 6, expected: [], actual: ["thêm"] },
    ]);
  });

  it("reports words lost or added at the end", () => {
    expect(compareWords(source, source.slice(0, 8))).toEqual([
      { expectedIndex: 8, actualIndex: 8, expected: ["chín", "mười"], actual: [] },
    ]);
    expect(compareWords(source, [...source, "x"])).toEqual([
      { expectedIndex: 10, actualIndex: 10, expected: [], actual: ["x"] },
    ]);
  });

  it("tells a diacritic apart (phân đầu is not phấn đấu)", () => {
    const differences = compareWords(
      splitWords("a b phân đầu c d e f"),
      splitWords("a b phấn đấu c d e f"),
    );
    expect(differences).toEqual([
      { expectedIndex: 2, actualIndex: 2, expected: ["phân", "đầu"], actual: ["phấn", "đấu"] },
    ]);
  });

  it("stops at maxDifferences", () => {
    const actual = source.map((word) => word.toUpperCase());
    expect(compareWords(source, actual, { maxDifferences: 1 })).toHaveLength(1);
  });
});

describe(formatWordDifferences, () => {
  it("shows lost and added words with the source words around them", () => {
    const actual = splitWords("một hai BA bốn năm sáu bảy tám chín mười");
    const report = formatWordDifferences(compareWords(source(), actual), source(), 2);
    expect(report).toBe("1. word 3 of the source: …một hai [-ba-]{+BA+} bốn năm…");
  });

  function source(): string[] {
    return splitWords("một hai ba bốn năm sáu bảy tám chín mười");
  }
});
