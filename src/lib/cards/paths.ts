// Site-relative paths of the press files (issue 9). Public URLs: stable once published, like the
// pages (architecture.md § URLs). They never start with "/": pages pass them through withBase, and
// the build step writes them under the output folder.

/** Width and height of every share card, in px (the Open Graph large-image size). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Path of the overview's share card. */
export const OVERVIEW_CARD_PATH = "the-chia-se.png";

/** Returns the path of an indicator's share card ("chi-tieu/x/the-chia-se.png"). */
export function indicatorCardPath(id: string): string {
  return `chi-tieu/${id}/the-chia-se.png`;
}

/** Returns the path of an appendix target's share card ("muc-tieu/3/the-chia-se.png"). */
export function targetCardPath(n: number): string {
  return `muc-tieu/${n}/the-chia-se.png`;
}

/** Returns the path of an indicator chart's SVG download ("chi-tieu/x/bieu-do.svg"). */
export function chartSvgPath(id: string): string {
  return `chi-tieu/${id}/bieu-do.svg`;
}

/** Returns the path of an indicator chart's PNG download ("chi-tieu/x/bieu-do.png"). */
export function chartPngPath(id: string): string {
  return `chi-tieu/${id}/bieu-do.png`;
}

/** Returns the path of an indicator's embed page ("nhung/chi-tieu/x/"). */
export function embedPath(id: string): string {
  return `nhung/chi-tieu/${id}/`;
}
