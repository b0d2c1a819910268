// Test-only: which characters of a text a card font cannot draw, so the card tests can say that
// every word a card prints has its glyphs (the cards are drawn with the bundled font alone).
import type { FontMetrics } from "../../src/lib/cards/font-metrics.ts";

/** Returns the distinct characters of `text` that `font` cannot draw (spaces and line breaks aside). */
export function findMissingCharacters(font: FontMetrics, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    if (font.advanceOf(char.codePointAt(0) ?? 0) === undefined) missing.add(char);
  }
  return [...missing];
}
