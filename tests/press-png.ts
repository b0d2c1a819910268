// A small PNG reader for the press tests: the size from IHDR, and the pixels of a non-interlaced
// 8-bit RGB or RGBA image (what resvg writes), so tests can look for text where it should be.
import { inflateSync } from "node:zlib";

/** A decoded image: `rgba` holds 4 bytes per pixel, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Returns width and height from a PNG's IHDR chunk; throws when `bytes` is not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error("not a PNG file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR") throw new Error(`first chunk is ${type}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Returns the pixels of an 8-bit, non-interlaced RGB or RGBA PNG. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const { width, height } = readPngSize(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [depth, colour, , , interlace] = bytes.subarray(24, 29);
  if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
    throw new Error(
      `unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`,
    );
  }
  const channels = colour === 6 ? 4 : 3;
  const parts: Uint8Array[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === "IDAT") parts.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const data = inflateSync(Buffer.concat(parts));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = data[y * (stride + 1)];
    const source = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? (rows[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (rows[(y - 1) * stride + x - channels] ?? 0) : 0;
      const raw = source[x] ?? 0;
      let value = raw;
      if (filter === 1) value = raw + left;
      else if (filter === 2) value = raw + up;
      else if (filter === 3) value = raw + Math.floor((left + up) / 2);
      else if (filter === 4) value = raw + paeth(left, up, upLeft);
      rows[y * stride + x] = value & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    rgba[4 * i] = rows[channels * i] ?? 0;
    rgba[4 * i + 1] = rows[channels * i + 1] ?? 0;
    rgba[4 * i + 2] = rows[channels * i + 2] ?? 0;
    rgba[4 * i + 3] = channels === 4 ? (rows[channels * i + 3] ?? 0) : 255;
  }
  return { width, height, rgba };
}

/** Counts dark, opaque pixels (text, lines) in the box [x0, x1) × [y0, y1). */
export function countDarkPixels(
  image: DecodedPng,
  box: { x0: number; y0: number; x1: number; y1: number },
): number {
  let count = 0;
  for (let y = Math.max(0, box.y0); y < Math.min(image.height, box.y1); y += 1) {
    for (let x = Math.max(0, box.x0); x < Math.min(image.width, box.x1); x += 1) {
      const i = 4 * (y * image.width + x);
      const [r = 0, g = 0, b = 0, a = 0] = image.rgba.subarray(i, i + 4);
      if (a > 128 && 0.2126 * r + 0.7152 * g + 0.0722 * b < 110) count += 1;
    }
  }
  return count;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}
