// Site-relative paths of the press files (issue 9). Public URLs: stable once published, like the
// pages (architecture.md § URLs). They never start with "/": pages pass them through withBase, and
// the build step writes them under the output folder. The English pictures (issue 17) sit beside
// the English pages, with English file names; the Vietnamese paths never change.
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";

/** Width and height of every share card, in px (the Open Graph large-image size). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Path of the overview's share card. */
export const OVERVIEW_CARD_PATH = "the-chia-se.png";

// File names of the pictures in each language.
const files: Readonly<Record<Lang, { card: string; svg: string; png: string }>> = {
  vi: { card: "the-chia-se.png", svg: "bieu-do.svg", png: "bieu-do.png" },
  en: { card: "share-card.png", svg: "chart.svg", png: "chart.png" },
};

/** Returns the path of the overview's share card in `lang` ("the-chia-se.png", "en/share-card.png"). */
export function overviewCardPath(lang: Lang = "vi"): string {
  return `${pathOf(lang, { kind: "home" })}${files[lang].card}`;
}

/** Returns the path of an indicator's share card ("chi-tieu/x/the-chia-se.png"). */
export function indicatorCardPath(id: string, lang: Lang = "vi"): string {
  return `${pathOf(lang, { kind: "indicator", id })}${files[lang].card}`;
}

/** Returns the path of an appendix target's share card ("muc-tieu/3/the-chia-se.png"). */
export function targetCardPath(n: number, lang: Lang = "vi"): string {
  return `${pathOf(lang, { kind: "target", n })}${files[lang].card}`;
}

/** Returns the path of an indicator chart's SVG download ("chi-tieu/x/bieu-do.svg"). */
export function chartSvgPath(id: string, lang: Lang = "vi"): string {
  return `${pathOf(lang, { kind: "indicator", id })}${files[lang].svg}`;
}

/** Returns the path of an indicator chart's PNG download ("chi-tieu/x/bieu-do.png"). */
export function chartPngPath(id: string, lang: Lang = "vi"): string {
  return `${pathOf(lang, { kind: "indicator", id })}${files[lang].png}`;
}

/** Returns the path of an indicator's embed page ("nhung/chi-tieu/x/"). */
export function embedPath(id: string): string {
  return `nhung/chi-tieu/${id}/`;
}
