/** Decoding file bytes as strict UTF-8, with the place of the first bad byte when it fails. */

/** Text of a file, or the 1-based line and 0-based byte offset of the first non-UTF-8 byte. */
export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly offset: number };

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Returns the bytes decoded as UTF-8 without its byte-order mark, or where decoding fails.
 * A NUL byte also counts as failure: it means UTF-16, which would otherwise decode silently.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  let text: string | undefined;
  try {
    // The default ignoreBOM: false strips a leading UTF-8 BOM.
    text = decoder.decode(bytes);
  } catch {
    text = undefined;
  }
  const nul = bytes.indexOf(0);
  if (text !== undefined && nul === -1) return { ok: true, text };
  const invalid = text === undefined ? findInvalidUtf8(bytes) : bytes.length;
  const offset = nul === -1 ? invalid : Math.min(nul, invalid);
  return { ok: false, offset, line: countLines(bytes, offset) };
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

// Walks the UTF-8 encoding rules (RFC 3629) to find the first byte that breaks them.
function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const size =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (size === 0) return i;
    if (i + size > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (size > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < size; k += 1) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += size;
  }
  return bytes.length;
}
