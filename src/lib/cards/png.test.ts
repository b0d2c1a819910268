// The press pictures' PNG writer: a real decoder (resvg's, through an SVG <image>) reads back
// exactly the pixels written, every chunk's checksum is right, and bad input is refused.
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { decodePng } from "../../../tests/press-png.ts";
import { encodeOpaquePng } from "./png.ts";

/** A width × height opaque test image: a colour gradient with a dark diagonal. */
function makeImage(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const onDiagonal = x === y;
      rgba[at] = onDiagonal ? 0 : (x * 37) % 256;
      rgba[at + 1] = onDiagonal ? 0 : (y * 53) % 256;
      rgba[at + 2] = onDiagonal ? 0 : ((x + y) * 11) % 256;
      rgba[at + 3] = 255;
    }
  }
  return rgba;
}

/** CRC-32 (ISO 3309, as PNG uses), written out bit by bit: independent of zlib's. */
function referenceCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Returns the chunks of a PNG: type, data, and the CRC stored after them. */
function readChunks(png: Uint8Array): { type: string; data: Uint8Array; crc: number }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks = [];
  for (let offset = 8; offset < png.length;) {
    const length = view.getUint32(offset);
    chunks.push({
      type: String.fromCharCode(...png.subarray(offset + 4, offset + 8)),
      data: png.subarray(offset + 8, offset + 8 + length),
      crc: view.getUint32(offset + 8 + length),
    });
    offset += 12 + length;
  }
  return chunks;
}

/** The PNG of an opaque image; fails the test when the writer refuses it. */
function encode(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const png = encodeOpaquePng(rgba, width, height);
  if (png === null) throw new Error("encodeOpaquePng refused an opaque image");
  return png;
}

describe(encodeOpaquePng, () => {
  it("writes pixels that resvg's PNG decoder reads back unchanged", () => {
    const [width, height] = [23, 17];
    const rgba = makeImage(width, height);
    const png = encode(rgba, width, height);
    const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}" image-rendering="pixelated"/></svg>`;
    const drawn = new Resvg(svg).render();
    expect([drawn.width, drawn.height]).toEqual([width, height]);
    expect([...drawn.pixels]).toEqual([...rgba]);
  });

  it("writes IHDR, IDAT, IEND with correct lengths and checksums", () => {
    const png = encode(makeImage(5, 4), 5, 4);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = readChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    for (const chunk of chunks) {
      const typed = new Uint8Array(4 + chunk.data.length);
      typed.set([...chunk.type].map((char) => char.charCodeAt(0)));
      typed.set(chunk.data, 4);
      expect(chunk.crc, chunk.type).toBe(referenceCrc32(typed));
    }
    // 5 × 4, 8 bits a channel, RGB (no alpha: the picture is opaque), not interlaced.
    expect([...(chunks[0]?.data ?? [])]).toEqual([0, 0, 0, 5, 0, 0, 0, 4, 8, 2, 0, 0, 0]);
    expect(decodePng(png).rgba).toEqual(makeImage(5, 4));
  });

  it("gives the same bytes for the same pixels", () => {
    const rgba = makeImage(40, 30);
    expect(encode(rgba, 40, 30)).toEqual(encode(rgba.slice(), 40, 30));
  });

  it("refuses pixels that do not match the size", () => {
    expect(() => encodeOpaquePng(new Uint8Array(15), 2, 2)).toThrow("15 bytes for 2 × 2 pixels");
    expect(() => encodeOpaquePng(new Uint8Array(0), 0, 0)).toThrow("bad size 0 × 0");
  });

  it("refuses a picture with any pixel not fully opaque (the caller then uses resvg's writer)", () => {
    const rgba = makeImage(4, 4);
    rgba[rgba.length - 1] = 254;
    expect(encodeOpaquePng(rgba, 4, 4)).toBeNull();
    rgba[rgba.length - 1] = 255;
    rgba[3] = 0;
    expect(encodeOpaquePng(rgba, 4, 4)).toBeNull();
  });
});
