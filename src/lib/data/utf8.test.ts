import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "./utf8.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe(decodeUtf8, () => {
  it("decodes Vietnamese text", () => {
    expect(decodeUtf8(utf8("Đường ô tô"))).toEqual({ ok: true, text: "Đường ô tô" });
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: "a" });
  });

  it.each([
    ["a Latin-1 ô", [0x61, 0x0a, 0x62, 0xf4, 0x6e], 3, 2],
    ["a truncated sequence", [0x61, 0xe1, 0xbb], 1, 1],
    ["an overlong encoding", [0xc0, 0x80], 0, 1],
    ["an encoded surrogate", [0x0a, 0x0a, 0xed, 0xa0, 0x80], 2, 3],
    ["a UTF-16 text (NUL bytes)", [0xff, 0xfe, 0x61, 0x00], 0, 1],
    ["a NUL byte", [0x61, 0x0a, 0x00], 2, 2],
  ])("refuses %s and names the byte and line", (_, values, offset, line) => {
    expect(decodeUtf8(bytes(...values))).toEqual({ ok: false, offset, line });
  });
});
