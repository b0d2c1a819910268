import { describe, expect, it } from "vitest";
import {
  ABBREVIATIONS,
  expandAbbreviation,
  findPhrasesAt,
  foldAbbreviations,
  splitFoldedWords,
} from "./abbreviations.ts";

describe(expandAbbreviation, () => {
  it.each([
    ["dtts", ["dan", "toc", "thieu", "so"]],
    ["ntm", ["nong", "thon", "moi"]],
    ["dbkk", ["dac", "biet", "kho", "khan"]],
    ["ubnd", ["uy", "ban", "nhan", "dan"]],
    ["hdnd", ["hoi", "dong", "nhan", "dan"]],
    ["mtqg", ["muc", "tieu", "quoc", "gia"]],
    ["ptdtnt", ["pho", "thong", "dan", "toc", "noi", "tru"]],
    ["ldtbxh", ["lao", "dong", "thuong", "binh", "va", "xa", "hoi"]],
  ])("expands %s to %j", (abbr, words) => {
    expect(expandAbbreviation(abbr)).toEqual(words);
  });

  it.each(["dan", "đbkk", "DTTS", ""])(
    "knows no abbreviation %j (input must be folded)",
    (text) => {
      expect(expandAbbreviation(text)).toBeUndefined();
    },
  );
});

describe(findPhrasesAt, () => {
  const words = splitFoldedWords("vùng đồng bào dân tộc thiểu số, Chương trình mục tiêu quốc gia");

  it("finds the phrase that starts at a word", () => {
    expect(findPhrasesAt(words, 3).map((entry) => entry.abbr)).toEqual(["dtts"]);
  });

  it("finds both the long and the short phrase where one contains the other's start", () => {
    expect(findPhrasesAt(words, 7).map((entry) => entry.abbr)).toEqual(["ctmtqg"]);
    expect(findPhrasesAt(words, 9).map((entry) => entry.abbr)).toEqual(["mtqg"]);
  });

  it("finds nothing in the middle of a phrase", () => {
    expect(findPhrasesAt(words, 4)).toEqual([]);
  });
});

describe(foldAbbreviations, () => {
  it("puts the longest phrase first so that it wins over a shorter one", () => {
    const folded = foldAbbreviations([
      { abbr: "MTQG", phrase: "mục tiêu quốc gia" },
      { abbr: "CTMTQG", phrase: "chương trình mục tiêu quốc gia" },
    ]);
    expect(folded.map((entry) => entry.abbr)).toEqual(["ctmtqg", "mtqg"]);
  });

  it("has one entry per abbreviation, none folding to the same letters", () => {
    const abbrs = foldAbbreviations().map((entry) => entry.abbr);
    expect(new Set(abbrs).size).toBe(ABBREVIATIONS.length);
  });
});
