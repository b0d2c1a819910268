// Abbreviations of the field, as the program text and provincial documents write them. The
// list favours what readers type: the seven the issue names, the ones the program text itself
// uses (UBND, HĐND, MTTQ, PTTH, ĐBQH, Ban Dân tộc's BDT) and the appendix's agencies.
import { foldForPagefind, foldVietnamese } from "./fold.ts";

/** One abbreviation and the phrase it stands for, both as usually written. */
export interface Abbreviation {
  /** Upper-case abbreviation, e.g. "DTTS". */
  abbr: string;
  /** The spelled-out phrase, e.g. "dân tộc thiểu số". */
  phrase: string;
}

/** The abbreviations search understands in both directions. */
export const ABBREVIATIONS: readonly Abbreviation[] = [
  { abbr: "DTTS", phrase: "dân tộc thiểu số" },
  { abbr: "NTM", phrase: "nông thôn mới" },
  { abbr: "ĐBKK", phrase: "đặc biệt khó khăn" },
  { abbr: "UBND", phrase: "Ủy ban nhân dân" },
  { abbr: "HĐND", phrase: "Hội đồng nhân dân" },
  { abbr: "MTQG", phrase: "mục tiêu quốc gia" },
  { abbr: "CTMTQG", phrase: "chương trình mục tiêu quốc gia" },
  { abbr: "PTDTNT", phrase: "phổ thông dân tộc nội trú" },
  { abbr: "KTXH", phrase: "kinh tế - xã hội" },
  { abbr: "MTTQ", phrase: "Mặt trận Tổ quốc" },
  { abbr: "ĐBQH", phrase: "đại biểu Quốc hội" },
  { abbr: "PTTH", phrase: "phát thanh, truyền hình" },
  { abbr: "BDT", phrase: "Ban Dân tộc" },
  { abbr: "HTX", phrase: "hợp tác xã" },
  { abbr: "CSVC", phrase: "cơ sở vật chất" },
  { abbr: "LĐTBXH", phrase: "Lao động - Thương binh và Xã hội" },
  { abbr: "NNPTNT", phrase: "Nông nghiệp và Phát triển nông thôn" },
  { abbr: "GDĐT", phrase: "Giáo dục và Đào tạo" },
  { abbr: "VHTTDL", phrase: "Văn hóa, Thể thao và Du lịch" },
  { abbr: "GTVT", phrase: "Giao thông vận tải" },
];

/** An abbreviation in folded form: `abbr` "dtts", `words` ["dan", "toc", "thieu", "so"]. */
interface FoldedAbbreviation {
  /** Folded abbreviation, e.g. "dbkk". */
  abbr: string;
  /** Folded words of the phrase, punctuation dropped. */
  words: readonly string[];
  /** Every form a query may reach the abbreviation by: folded, and with đ as Pagefind keys it. */
  abbrKeys: readonly string[];
  /** The same for the phrase's words ("dac", "đac", "biet", …), in order, without repeats. */
  wordKeys: readonly string[];
}

const wordPattern = /[\p{L}\p{N}]+/gu;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Returns the folded words of `text` ("Lao động - Thương binh" → ["lao", "dong", "thuong", "binh"]). */
export function splitFoldedWords(text: string): string[] {
  return foldVietnamese(text).match(wordPattern) ?? [];
}

/** Returns `abbreviations` in folded form, longest phrase first (so the longest match wins). */
export function foldAbbreviations(
  abbreviations: readonly Abbreviation[] = ABBREVIATIONS,
): FoldedAbbreviation[] {
  return abbreviations
    .map(({ abbr, phrase }) => ({
      abbr: foldVietnamese(abbr),
      words: splitFoldedWords(phrase),
      abbrKeys: unique([foldVietnamese(abbr), foldForPagefind(abbr)]),
      wordKeys: unique(
        (foldForPagefind(phrase).match(wordPattern) ?? []).flatMap((key) => [
          foldVietnamese(key),
          key,
        ]),
      ),
    }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** The folded table, computed once. */
export const FOLDED_ABBREVIATIONS: readonly FoldedAbbreviation[] = foldAbbreviations();

/** Returns the folded phrase words for a folded abbreviation ("dtts" → ["dan", …]), or undefined. */
export function expandAbbreviation(folded: string): readonly string[] | undefined {
  return findAbbreviation(folded)?.words;
}

/** Returns the table entry of a folded abbreviation ("dbkk"), or undefined. */
export function findAbbreviation(folded: string): FoldedAbbreviation | undefined {
  return FOLDED_ABBREVIATIONS.find((entry) => entry.abbr === folded);
}

/** Returns the abbreviations whose phrase starts at `words[start]` (folded words), longest first. */
export function findPhrasesAt(words: readonly string[], start: number): FoldedAbbreviation[] {
  return FOLDED_ABBREVIATIONS.filter((entry) =>
    entry.words.every((word, k) => words[start + k] === word),
  );
}
