// Anchor ids of /chuong-trinh/ are a public contract: data/*.csv `program_anchor` values and
// links from other sites point at them. The scheme is positional, like the document's own
// numbering: `II` (section), `II-3` (numbered subsection), `II-3-1` (first bullet or paragraph
// of that subsection, in source order), `phu-luc-3` (appendix row TT 3), plus a few readable
// ids for the parts that carry no number. Never renumber: add, don't shift.

/** Roman numerals of the program's four sections, in document order. */
export const SECTION_NUMERALS = ["I", "II", "III", "IV"] as const;

/** One of the program's four section numerals. */
export type SectionNumeral = (typeof SECTION_NUMERALS)[number];

/** Readable ids of the unnumbered parts, with the Vietnamese name used in link labels. */
export const READABLE_ANCHORS = {
  "mo-dau": "phần mở đầu",
  "can-cu": "đoạn căn cứ ban hành",
  "noi-nhan": "phần nơi nhận",
  "ky-hieu": "ký hiệu lưu văn bản",
  "chu-ky": "phần chữ ký",
  "phu-luc": "phụ lục",
} as const;

/** One of the readable (unnumbered) anchor ids. */
type ReadableAnchor = keyof typeof READABLE_ANCHORS;

/** What an anchor id points at, parsed from the id itself. */
export type ParsedAnchor =
  | { kind: "section"; section: SectionNumeral }
  | { kind: "subsection"; section: SectionNumeral; subsection: number }
  | { kind: "item"; section: SectionNumeral; subsection: number; item: number }
  | { kind: "appendix-row"; row: number }
  | { kind: "recipient"; recipient: number }
  | { kind: "readable"; id: ReadableAnchor };

const positiveInteger = "([1-9][0-9]*)";
const structuredPattern = new RegExp(
  `^(${SECTION_NUMERALS.join("|")})(?:-${positiveInteger}(?:-${positiveInteger})?)?$`,
);
const appendixRowPattern = new RegExp(`^phu-luc-${positiveInteger}$`);
const recipientPattern = new RegExp(`^noi-nhan-${positiveInteger}$`);

function isSectionNumeral(value: string): value is SectionNumeral {
  return (SECTION_NUMERALS as readonly string[]).includes(value);
}

function isReadableAnchor(value: string): value is ReadableAnchor {
  return Object.hasOwn(READABLE_ANCHORS, value);
}

/** Returns the id of a section ("II"), subsection ("II-3") or its n-th item ("II-3-1"). */
export function buildAnchorId(section: SectionNumeral, subsection?: number, item?: number): string {
  if (item !== undefined && subsection === undefined) {
    throw new Error(`buildAnchorId: item ${item} needs a subsection number`);
  }
  const parts: (string | number)[] = [section];
  for (const n of [subsection, item]) {
    if (n === undefined) continue;
    if (!Number.isInteger(n) || n < 1) {
      throw new Error(`buildAnchorId: expected a positive integer, got ${n}`);
    }
    parts.push(n);
  }
  return parts.join("-");
}

/** Returns the id of appendix row TT `row` ("phu-luc-3"). */
export function buildAppendixRowId(row: number): string {
  if (!Number.isInteger(row) || row < 1) {
    throw new Error(`buildAppendixRowId: expected a positive integer, got ${row}`);
  }
  return `phu-luc-${row}`;
}

/** Returns what `id` points at, or undefined when it is not an id of the scheme. */
export function parseAnchorId(id: string): ParsedAnchor | undefined {
  const structured = structuredPattern.exec(id);
  if (structured) {
    const [, section, subsection, item] = structured;
    if (!section || !isSectionNumeral(section)) return undefined;
    if (subsection === undefined) return { kind: "section", section };
    if (item === undefined) return { kind: "subsection", section, subsection: Number(subsection) };
    return { kind: "item", section, subsection: Number(subsection), item: Number(item) };
  }
  const row = appendixRowPattern.exec(id)?.[1];
  if (row !== undefined) return { kind: "appendix-row", row: Number(row) };
  const recipient = recipientPattern.exec(id)?.[1];
  if (recipient !== undefined) return { kind: "recipient", recipient: Number(recipient) };
  if (isReadableAnchor(id)) return { kind: "readable", id };
  return undefined;
}

/** Returns the accessible name of the "link to this paragraph" link for `id`; throws on an unknown id. */
export function describeAnchorLink(id: string): string {
  const parsed = parseAnchorId(id);
  if (!parsed) {
    throw new Error(
      `describeAnchorLink: "${id}" is not a program anchor (expected e.g. "II", "II-3", "II-3-1", "phu-luc-3", "noi-nhan-2" or one of ${Object.keys(READABLE_ANCHORS).join(", ")})`,
    );
  }
  // The id is part of every name so that the visible link text ("#II-3-1") is in the
  // accessible name (WCAG 2.5.3, label in name).
  switch (parsed.kind) {
    case "section":
      return `Liên kết đến phần ${id}`;
    case "subsection":
      return `Liên kết đến mục ${id}`;
    case "item":
      return `Liên kết đến đoạn ${id}`;
    case "appendix-row":
      return `Liên kết đến hàng ${parsed.row} của phụ lục, ${id}`;
    case "recipient":
      return `Liên kết đến nơi nhận thứ ${parsed.recipient}, ${id}`;
    case "readable":
      return `Liên kết đến ${READABLE_ANCHORS[parsed.id]}, ${id}`;
  }
}
