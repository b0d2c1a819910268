import { describe, expect, it } from "vitest";
import { readFixture } from "../../../tests/fixtures/releases/load.ts";
import { startsWithBom, toExcelCsv } from "./excel.ts";

const machine = new TextEncoder().encode(readFixture("observations.csv"));

describe(toExcelCsv, () => {
  it("starts with the UTF-8 BOM, EF BB BF", () => {
    expect([...toExcelCsv(machine).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("is otherwise byte-identical to the machine CSV", () => {
    const excel = toExcelCsv(machine);
    expect(excel.byteLength).toBe(machine.byteLength + 3);
    expect(Buffer.from(excel.subarray(3)).equals(Buffer.from(machine))).toBe(true);
  });

  it("decodes to the same Vietnamese text", () => {
    const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(toExcelCsv(machine));
    expect(text).toBe(readFixture("observations.csv"));
    expect(text).toContain("Thu nhập bình quân");
  });

  it("does not add a second BOM", () => {
    const once = toExcelCsv(machine);
    expect(Buffer.from(toExcelCsv(once)).equals(Buffer.from(once))).toBe(true);
  });

  it("leaves its input untouched", () => {
    const input = Uint8Array.of(0x61, 0x0a);
    toExcelCsv(input);
    expect([...input]).toEqual([0x61, 0x0a]);
  });
});

describe(startsWithBom, () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x61], true],
    [[0x61, 0xef, 0xbb, 0xbf], false],
    [[0xef, 0xbb], false],
    [[], false],
  ])("%j → %s", (bytes, expected) => {
    expect(startsWithBom(Uint8Array.from(bytes))).toBe(expected);
  });
});
