// What an embed page (/nhung/…) tells the page that frames it: its content's height, so the
// few lines of script in the embed code (embed.ts writeEmbedSnippet) can size the iframe to fit.
// Kept apart from embed.ts so the embed page's script bundles only these few lines.

/** The `type` of the message; the host script ignores any other. */
export const EMBED_MESSAGE_TYPE = "ctr02-embed-height";

/** Heights the host script accepts, px: anything outside is a bug, not a layout. */
export const EMBED_HEIGHT_RANGE = { min: 200, max: 6000 } as const;

/** The message posted to the parent window. */
export interface EmbedHeightMessage {
  readonly type: typeof EMBED_MESSAGE_TYPE;
  /** Height the iframe needs to show the whole embed without scrolling, in CSS px. */
  readonly height: number;
}

/**
 * Returns the height the embed needs, in whole CSS px: where its content ends (from the top of
 * the document; not the document's height, which is never less than the frame's) plus whatever
 * its scrolling middle (chart, legend, table) hides when the frame is too short to show it all.
 */
export function measureEmbedHeight(
  contentBottom: number,
  middle: { readonly scrollHeight: number; readonly clientHeight: number } | null,
): number {
  const hidden = middle ? Math.max(0, middle.scrollHeight - middle.clientHeight) : 0;
  return Math.ceil(contentBottom + hidden);
}
