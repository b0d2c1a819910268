import { describe, expect, it } from "vitest";
import {
  foldForPagefind,
  foldVietnamese,
  hasDStroke,
  normalizeQuery,
  normalizeSpacing,
} from "./fold.ts";

const nfd = (text: string): string => text.normalize("NFD");

describe(foldVietnamese, () => {
  it.each([
    ["đường", "duong"],
    ["Đường", "duong"],
    ["ĐƯỜNG Ô TÔ", "duong o to"],
    ["Dương Văn Lượng", "duong van luong"],
    ["dân tộc thiểu số", "dan toc thieu so"],
    ["đồng bào", "dong bao"],
    ["Ủy ban nhân dân", "uy ban nhan dan"],
    // Old-style tone placement ("uỷ") folds like the new one ("ủy").
    ["Uỷ ban nhân dân", "uy ban nhan dan"],
    ["HĐND", "hdnd"],
    ["  nông   thôn\tmới \n", "nong thon moi"],
    ["04-NQ/TU", "04-nq/tu"],
  ])("folds %j to %j", (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it.each(["Đường giao thông", "Hội đồng nhân dân", "Bồi dưỡng", "Ủy ban"])(
    "folds the NFD form of %j like its NFC form",
    (text) => {
      expect(foldVietnamese(nfd(text))).toBe(foldVietnamese(text));
    },
  );
});

describe(foldForPagefind, () => {
  it.each([
    ["đường", "đuong"],
    ["Đường", "đuong"],
    ["Dương", "duong"],
    ["ĐỒNG BÀO", "đong bao"],
  ])("keeps đ in %j → %j, as Pagefind's own index keys do", (input, expected) => {
    expect(foldForPagefind(input)).toBe(expected);
  });
});

describe(normalizeQuery, () => {
  it.each([
    ["  Đường   ô tô ", "đường ô tô"],
    [nfd("Đường Ô TÔ"), "đường ô tô"],
    ["DTTS", "dtts"],
    ["dan\u00a0toc", "dan toc"],
  ])("turns %j into %j with its diacritics kept", (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });
});

describe(normalizeSpacing, () => {
  it("composes NFD input to NFC", () => {
    expect(normalizeSpacing(nfd("Lượng"))).toBe("Lượng");
  });
});

describe(hasDStroke, () => {
  it.each([
    ["đường", true],
    ["ĐBKK", true],
    ["Dương", false],
    ["dan toc", false],
  ])("%j → %s", (text, expected) => {
    expect(hasDStroke(text)).toBe(expected);
  });
});
