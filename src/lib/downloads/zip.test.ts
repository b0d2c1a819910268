import fc from "fast-check";
import { crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32, zipStore, type ZipEntry } from "./zip.ts";

const encode = (text: string) => new TextEncoder().encode(text);

interface ReadEntry {
  name: string;
  text: string;
  method: number;
  date: string;
  time: number;
  crcOk: boolean;
}

// A reader written from the ZIP spec (APPNOTE 4.3), separate from the writer: it starts at the
// end record, walks the central directory, follows each entry to its local header and checks
// the CRC with node:zlib's own crc32, so a writer bug cannot hide behind a matching reader bug.
function readZip(archive: Uint8Array): ReadEntry[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  const centralSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + centralSize).toBe(end);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const dosDate = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(archive.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const localName = view.getUint16(local + 26, true);
    const localExtra = view.getUint16(local + 28, true);
    const start = local + 30 + localName + localExtra;
    const bytes = archive.subarray(start, start + size);
    const year = (dosDate >> 9) + 1980;
    const month = String((dosDate >> 5) & 0xf).padStart(2, "0");
    const day = String(dosDate & 0x1f).padStart(2, "0");
    entries.push({
      name,
      text: decoder.decode(bytes),
      method,
      date: `${year}-${month}-${day}`,
      time,
      crcOk: zlibCrc32(bytes) === crc,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const entries: ZipEntry[] = [
  { name: "observations.csv", bytes: encode("indicator_id,value\nsynthetic-income,30.5\n") },
  { name: "datapackage.json", bytes: encode('{\n  "name": "ctr-02"\n}\n') },
  { name: "1.2.1/releases.csv", bytes: encode("id,date,title\n1.2.1,2026-06-01,Đăng lại\n") },
  { name: "empty.csv", bytes: new Uint8Array() },
];

describe(zipStore, () => {
  it("holds every file, sorted by name, with its exact content and a valid CRC", () => {
    expect(readZip(zipStore(entries, "2026-06-01"))).toEqual(
      [...entries]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((e) => ({
          name: e.name,
          text: new TextDecoder().decode(e.bytes),
          method: 0,
          date: "2026-06-01",
          time: 0,
          crcOk: true,
        })),
    );
  });

  it("gives identical bytes on every call and for any input order", () => {
    const first = zipStore(entries, "2026-06-01");
    const again = zipStore([...entries].reverse(), "2026-06-01");
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it("stamps the release date, so another release gives another archive", () => {
    const june = zipStore(entries, "2026-06-01");
    const january = zipStore(entries, "2026-01-15");
    expect(readZip(january).map((e) => e.date)).toEqual(entries.map(() => "2026-01-15"));
    expect(Buffer.from(june).equals(Buffer.from(january))).toBe(false);
  });

  it("writes a non-ASCII name as UTF-8", () => {
    const archive = zipStore([{ name: "dữ-liệu.csv", bytes: encode("a\n") }], "2026-06-01");
    expect(readZip(archive).map((e) => e.name)).toEqual(["dữ-liệu.csv"]);
  });

  it("writes an empty archive as just the end record", () => {
    expect(zipStore([], "2026-06-01").byteLength).toBe(22);
  });

  it.each(["", "/abs.csv", "a/../b.csv", "./a.csv", "a//b.csv", "dir\\a.csv", "dir/"])(
    "refuses the entry name %j",
    (name) => {
      expect(() => zipStore([{ name, bytes: new Uint8Array() }], "2026-06-01")).toThrow(
        "must be a relative",
      );
    },
  );

  it("refuses a name listed twice", () => {
    const twice = [entries[0], entries[0]].filter((e) => e !== undefined);
    expect(() => zipStore(twice, "2026-06-01")).toThrowErrorMatchingInlineSnapshot(
      `[DownloadError: zipStore: "observations.csv" is listed twice]`,
    );
  });

  it.each([
    ["01/06/2026", "expected YYYY-MM-DD"],
    ["1979-12-31", "cannot be written as an MS-DOS date"],
    ["2026-13-01", "cannot be written as an MS-DOS date"],
  ])("refuses the date %s", (date, message) => {
    expect(() => zipStore(entries, date)).toThrow(message);
  });
});

describe(crc32, () => {
  it.each([
    ["", 0],
    ["123456789", 0xcbf43926],
    ["The quick brown fox jumps over the lazy dog", 0x414fa339],
  ])("gives the published check value for %j", (text, expected) => {
    expect(crc32(encode(text))).toBe(expected);
  });

  it("agrees with node:zlib on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
    );
  });
});
