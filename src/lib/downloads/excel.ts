// The "CSV for Excel" download. Excel opens a double-clicked CSV in the machine's legacy code
// page unless the file starts with a UTF-8 byte order mark; with it, Vietnamese shows
// correctly. Nothing else changes (still comma, "." decimal, LF), so the two downloads differ
// by exactly three bytes and a user can check one against the other.

/** The UTF-8 byte order mark, EF BB BF. */
const utf8Bom: Uint8Array = Uint8Array.of(0xef, 0xbb, 0xbf);

/** Returns a copy of the CSV bytes with a UTF-8 BOM in front (not doubled if one is already there). */
export function toExcelCsv(bytes: Uint8Array): Uint8Array {
  if (startsWithBom(bytes)) return bytes.slice();
  const out = new Uint8Array(bytes.byteLength + utf8Bom.byteLength);
  out.set(utf8Bom, 0);
  out.set(bytes, utf8Bom.byteLength);
  return out;
}

/** Returns whether `bytes` starts with the UTF-8 BOM. */
export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
