import { describe, expect, it } from "vitest";
import { detectEncoding, detectSeparator } from "./spreadsheet.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe(detectEncoding, () => {
  it.each([
    ["UTF-8", utf8("id,tên\nx,Đạt\n"), "utf-8"],
    ["UTF-16 LE with a BOM", new Uint8Array([0xff, 0xfe, 0x69, 0, 0x64, 0]), "utf-16le"],
    ["UTF-16 BE with a BOM", new Uint8Array([0xfe, 0xff, 0, 0x69, 0, 0x64]), "utf-16be"],
    ["UTF-16 LE without a BOM", new Uint8Array([0x69, 0, 0x64, 0]), "utf-16le"],
    // "Dân tộc" in Windows-1258: â = 0xE2, ô = 0xF4, dot below = 0xF2 (combining).
    [
      "Windows-1258",
      new Uint8Array([0x44, 0xe2, 0x6e, 0x20, 0x74, 0xf4, 0xf2, 0x63]),
      "windows-1258",
    ],
    ["bytes of no known encoding", new Uint8Array([0x61, 0xa4, 0xa5, 0xa6]), undefined],
  ])("recognises %s", (_, bytes, expected) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });
});

describe(detectSeparator, () => {
  const names = ["indicator_id", "period", "value"];

  it.each([
    ["indicator_id,period,value", ","],
    ["indicator_id;period;value", ";"],
    ['"indicator_id";"period";"value"', ";"],
    ["indicator_id", ","],
  ])("reads the separator of %s as %s", (header, expected) => {
    expect(detectSeparator(header, names)).toBe(expected);
  });
});
