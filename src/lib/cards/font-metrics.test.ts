import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { findMissingCharacters } from "../../../tests/support/missing-characters.ts";
import { FontMetricsError, measureText, readFontMetrics } from "./font-metrics.ts";

// The font the cards are set in (scripts/build-steps/cards.ts loads the same files).
const require = createRequire(import.meta.url);
const read = (file: string) => new Uint8Array(readFileSync(require.resolve(file)));
const regular = readFontMetrics(
  read("@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf"),
);
const bold = readFontMetrics(
  read("@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf"),
);

// Every Vietnamese vowel with each tone, precomposed (NFC), and đ, in both cases.
const vowels = "aăâeêioôơuưy";
const tones = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const vietnamese = [...vowels]
  .flatMap((vowel) => [vowel, ...tones.map((tone) => `${vowel}${tone}`.normalize("NFC"))])
  .join("");
const letters = `${vietnamese}${vietnamese.toUpperCase()}đĐ`;

describe(readFontMetrics, () => {
  it.each([
    ["regular", regular],
    ["bold", bold],
  ])("maps every precomposed Vietnamese letter and đ in the %s font", (_, font) => {
    expect(letters.length).toBe(2 * 12 * 6 + 2);
    expect(findMissingCharacters(font, letters)).toEqual([]);
  });

  it("reads advances that make a bold line wider than a regular one", () => {
    const text = "Tỷ lệ hộ nghèo DTTS";
    expect(measureText(bold, text, 40)).toBeGreaterThan(measureText(regular, text, 40));
  });

  it("rejects a WOFF2 file with the reason", () => {
    const woff2 = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => readFontMetrics(woff2)).toThrowErrorMatchingInlineSnapshot(
      `[FontMetricsError: expected a TrueType or OpenType font, got signature 0x774f4632 (WOFF files must be unpacked first)]`,
    );
    expect(() => readFontMetrics(woff2)).toThrow(FontMetricsError);
  });
});

describe(measureText, () => {
  it("grows in proportion to the font size", () => {
    const text = "Đường ô tô đến trung tâm xã";
    expect(measureText(regular, text, 30)).toBeCloseTo(2 * measureText(regular, text, 15), 6);
  });

  it("measures a wide letter wider than a narrow one", () => {
    expect(measureText(regular, "MMMM", 20)).toBeGreaterThan(measureText(regular, "iiii", 20));
  });
});

describe(findMissingCharacters, () => {
  it("names characters the font cannot draw, once each, ignoring spaces", () => {
    expect(findMissingCharacters(regular, "Đạt ✓ ✓ \u2713 ≥ 94% · “x” — …")).toEqual(["✓"]);
  });
});
