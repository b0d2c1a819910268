// A deterministic ZIP archive: the whole dataset as one download. Same entries, same date →
// same bytes, on any machine.
//
// Decisions a reader might undo:
// - Our own ~100-line writer instead of a dependency: the format needed here is small (local
//   headers, central directory, end record, CRC-32) and a library adds options we must pin.
// - STORE (no compression). Node's zlib is Chromium's fork, whose SIMD paths may emit
//   different deflate bytes on different CPUs or Node versions; STORE cannot drift. The
//   dataset is a few hundred kilobytes at most, so the size cost is small.
// - Entries are sorted by name; every timestamp is 00:00:00 of the release date (MS-DOS time
//   has no time zone, so no build-machine clock or zone reaches the archive).
// - No ZIP64: more than 65 535 entries or 4 GiB throws.

import { compareText } from "../releases/order.ts";
import { DownloadError } from "./errors.ts";

/** One file of the archive. */
export interface ZipEntry {
  /** Path inside the archive, "/" separated, e.g. "observations.csv" or "1.2.0/observations.csv". */
  readonly name: string;
  /** File content. */
  readonly bytes: Uint8Array;
}

const localHeaderSize = 30;
const centralHeaderSize = 46;
const endRecordSize = 22;
// Bit 11: names are UTF-8.
const utf8Flag = 0x0800;
// Made by Unix (3), spec 2.0, so unzip applies the rw-r--r-- mode below.
const versionMadeBy = (3 << 8) | 20;
const versionNeeded = 10;
const unixFileMode = 0o100644;

/** Returns a ZIP archive (STORE) of `entries`, sorted by name, every file dated `date` ("YYYY-MM-DD") 00:00. */
export function zipStore(entries: readonly ZipEntry[], date: string): Uint8Array {
  const [dosTime, dosDate] = dosDateTime(date);
  const encoder = new TextEncoder();
  const files = [...entries]
    .sort((a, b) => compareText(a.name, b.name))
    .map((entry, index, sorted) => {
      checkName(entry.name);
      if (index > 0 && sorted[index - 1]?.name === entry.name) {
        throw new DownloadError(`zipStore: "${entry.name}" is listed twice`);
      }
      const name = encoder.encode(entry.name);
      if (name.length > 0xffff) throw new DownloadError(`zipStore: entry name too long`);
      return { name, bytes: entry.bytes, crc: crc32(entry.bytes) };
    });
  if (files.length > 0xffff) throw new DownloadError("zipStore: more than 65535 entries");

  const localSize = files.reduce(
    (sum, f) => sum + localHeaderSize + f.name.length + f.bytes.length,
    0,
  );
  const centralSize = files.reduce((sum, f) => sum + centralHeaderSize + f.name.length, 0);
  const total = localSize + centralSize + endRecordSize;
  if (localSize + centralSize > 0xffffffff) throw new DownloadError("zipStore: archive over 4 GiB");

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const file of files) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    writeFileFacts(view, at + 4, file, dosTime, dosDate);
    view.setUint16(at + 28, 0, true);
    out.set(file.name, at + localHeaderSize);
    out.set(file.bytes, at + localHeaderSize + file.name.length);
    at += localHeaderSize + file.name.length + file.bytes.length;
  }
  const centralStart = at;
  files.forEach((file, index) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, versionMadeBy, true);
    writeFileFacts(view, at + 6, file, dosTime, dosDate);
    // Extra field, comment, disk number and internal attributes stay 0.
    view.setUint32(at + 38, (unixFileMode << 16) >>> 0, true);
    view.setUint32(at + 42, offsets[index] ?? 0, true);
    out.set(file.name, at + centralHeaderSize);
    at += centralHeaderSize + file.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/**
 * Writes the 24 bytes the local header and the central directory share, from `at`: version
 * needed, flags, method (0 = STORE), DOS time and date, CRC-32, both sizes, name length.
 */
function writeFileFacts(
  view: DataView,
  at: number,
  file: { readonly name: Uint8Array; readonly bytes: Uint8Array; readonly crc: number },
  dosTime: number,
  dosDate: number,
): void {
  view.setUint16(at, versionNeeded, true);
  view.setUint16(at + 2, utf8Flag, true);
  view.setUint16(at + 4, 0, true);
  view.setUint16(at + 6, dosTime, true);
  view.setUint16(at + 8, dosDate, true);
  view.setUint32(at + 10, file.crc, true);
  view.setUint32(at + 14, file.bytes.length, true);
  view.setUint32(at + 18, file.bytes.length, true);
  view.setUint16(at + 22, file.name.length, true);
}

let crcTable: Uint32Array | undefined;

/** Returns the CRC-32 (ISO-HDLC, as ZIP and gzip use it) of `bytes`, as an unsigned 32-bit integer. */
export function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function dosDateTime(date: string): [time: number, date: number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new DownloadError(`zipStore: date: expected YYYY-MM-DD, got "${date}"`);
  }
  if (year < 1980 || year > 2107 || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new DownloadError(`zipStore: date: ${date} cannot be written as an MS-DOS date`);
  }
  return [0, ((year - 1980) << 9) | (month << 5) | day];
}

function checkName(name: string): void {
  const segments = name.split("/");
  const bad =
    name.length === 0 ||
    name.includes("\\") ||
    segments.some((segment) => segment === "" || segment === "." || segment === "..");
  if (bad) {
    throw new DownloadError(
      `zipStore: entry name "${name}" must be a relative "/"-separated path without empty, "." or ".." parts`,
    );
  }
}
