// Advance widths read straight from a TrueType/OpenType font's bytes, so card text can be wrapped
// at build time without a browser. Only what measuring needs is parsed: `head` (units per em),
// `hhea` + `hmtx` (advances) and `cmap` (format 4 or 12). Kerning is ignored: it only ever
// narrows Latin/Vietnamese text by a few units, so a sum of advances is a safe upper bound, and
// the layouts keep a margin besides. The rasteriser (resvg) shapes the same glyphs, because the
// site's text is NFC and the font maps every precomposed Vietnamese letter directly.

/** Error raised for bytes that are not a font this parser can read. */
export class FontMetricsError extends Error {
  override name = "FontMetricsError";
}

/** What measuring needs from one font file. */
export interface FontMetrics {
  /** Design units per em (1000 or 2048 in most fonts). */
  readonly unitsPerEm: number;
  /** Returns the advance of the glyph for `codePoint` in design units, or undefined when the font has none. */
  readonly advanceOf: (codePoint: number) => number | undefined;
  /** Advance of the "missing glyph" (.notdef), which the rasteriser draws for unmapped characters. */
  readonly notdefAdvance: number;
}

/** Returns the metrics of the font in `bytes` (a .ttf or .otf file). */
export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = readTableDirectory(view);
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new FontMetricsError(`font has no "${tag}" table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table("head") + 18);
  const numberOfHMetrics = view.getUint16(table("hhea") + 34);
  const hmtx = table("hmtx");
  const glyphAdvance = (glyph: number): number =>
    view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = readCmap(view, table("cmap"));
  // Cards measure the same few hundred characters over and over: look each up once.
  const cache = new Map<number, number | undefined>();
  return {
    unitsPerEm,
    notdefAdvance: glyphAdvance(0),
    advanceOf(codePoint) {
      if (cache.has(codePoint)) return cache.get(codePoint);
      const glyph = glyphOf(codePoint);
      const advance = glyph === 0 ? undefined : glyphAdvance(glyph);
      cache.set(codePoint, advance);
      return advance;
    },
  };
}

/** Returns the width of `text` set in `font` at `size` px (sum of advances, no kerning). */
export function measureText(font: FontMetrics, text: string, size: number): number {
  let units = 0;
  for (const char of text) {
    units += font.advanceOf(char.codePointAt(0) ?? 0) ?? font.notdefAdvance;
  }
  return (units / font.unitsPerEm) * size;
}

function readTableDirectory(view: DataView): Map<string, number> {
  if (view.byteLength < 12) throw new FontMetricsError("font file is shorter than its header");
  const version = view.getUint32(0);
  // 0x00010000 = TrueType outlines, "OTTO" = CFF outlines; "wOFF"/"wOF2" are compressed.
  if (version !== 0x00010000 && version !== 0x4f54544f) {
    throw new FontMetricsError(
      `expected a TrueType or OpenType font, got signature 0x${version.toString(16)} (WOFF files must be unpacked first)`,
    );
  }
  const count = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    tables.set(tag, view.getUint32(record + 8));
  }
  return tables;
}

// Picks the Unicode subtable: full repertoire (format 12) first, then the BMP one (format 4).
function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  const subtables: { format: number; offset: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: view.getUint16(offset), offset });
  }
  const full = subtables.find((subtable) => subtable.format === 12);
  if (full) return readFormat12(view, full.offset);
  const bmp = subtables.find((subtable) => subtable.format === 4);
  if (bmp) return readFormat4(view, bmp.offset);
  throw new FontMetricsError("font has no Unicode cmap subtable of format 4 or 12");
}

function readFormat12(view: DataView, offset: number): (codePoint: number) => number {
  const groups = view.getUint32(offset + 12);
  return (codePoint) => {
    for (let i = 0; i < groups; i += 1) {
      const group = offset + 16 + 12 * i;
      const start = view.getUint32(group);
      if (codePoint < start) return 0;
      if (codePoint <= view.getUint32(group + 4)) {
        return view.getUint32(group + 8) + (codePoint - start);
      }
    }
    return 0;
  };
}

function readFormat4(view: DataView, offset: number): (codePoint: number) => number {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i += 1) {
      if (codePoint > view.getUint16(ends + 2 * i)) continue;
      const start = view.getUint16(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = view.getUint16(deltas + 2 * i);
      const rangeOffsetAt = rangeOffsets + 2 * i;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
