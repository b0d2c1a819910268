// The frame every share card shares: a tinted band with the site's name on top, and at the foot
// the source line, the data release, the licence and the page's address. The body between them
// is each card's own. Coordinates are the card's pixels (1200 × 630).

import { CARD_SIZE } from "./paths.ts";
import { COLOURS, drawText, drawTextLines, formatAttributes, openSvg } from "./svg.ts";
import { fitText, truncateText, wrapText, type MeasureText } from "./text-layout.ts";

/** Left and right margin of a card, px. */
export const CARD_MARGIN = 56;

/** Top and bottom of the body between the band and the foot, px. */
export const CARD_BODY = { top: 80, bottom: 522 } as const;

/** Texts of the frame. */
interface CardFrameText {
  readonly siteName: string;
  readonly source: string;
  readonly credit: string;
  readonly url: string;
}

const BAND_HEIGHT = 64;
const SOURCE_STYLE = { size: 19, weight: "regular" } as const;
const CREDIT_STYLE = { size: 18, weight: "regular" } as const;

/** Returns a whole card: the frame around `body`, with <title> and <desc> for screen readers. */
export function drawCard(
  frame: CardFrameText,
  body: string,
  label: { title: string; desc: string },
  measure: MeasureText,
): string {
  const { width, height } = CARD_SIZE;
  const inner = width - 2 * CARD_MARGIN;
  const source = wrapText(frame.source, {
    maxWidth: inner,
    maxLines: 2,
    style: SOURCE_STYLE,
    measure,
  });
  const credit = truncateText(`${frame.credit} · ${frame.url}`, {
    maxWidth: inner,
    style: CREDIT_STYLE,
    measure,
  });
  const footTop = CARD_BODY.bottom + 10;
  return [
    openSvg(width, height, label),
    `<rect${formatAttributes({ width, height, fill: COLOURS.paper })}/>`,
    `<rect${formatAttributes({ width, height: BAND_HEIGHT, fill: COLOURS.tint })}/>`,
    `<rect${formatAttributes({ y: BAND_HEIGHT - 4, width, height: 4, fill: COLOURS.link })}/>`,
    drawText(
      truncateText(frame.siteName, {
        maxWidth: inner,
        style: { size: 24, weight: "bold" },
        measure,
      }),
      {
        x: CARD_MARGIN,
        y: 41,
        size: 24,
        weight: "bold",
        fill: COLOURS.ink,
      },
    ),
    body,
    `<line${formatAttributes({ x1: CARD_MARGIN, x2: width - CARD_MARGIN, y1: footTop, y2: footTop, stroke: COLOURS.line, "stroke-width": 1.5 })}/>`,
    drawTextLines(source.lines, {
      x: CARD_MARGIN,
      y: footTop + 28,
      size: SOURCE_STYLE.size,
      weight: "regular",
      lineHeight: 25,
      fill: COLOURS.ink,
    }),
    drawText(credit, {
      x: CARD_MARGIN,
      y: height - 18,
      size: CREDIT_STYLE.size,
      weight: "regular",
      fill: COLOURS.muted,
    }),
    "</svg>",
  ].join("");
}

/** The title block at the top of a card's body: its SVG and the y just below it, in pixels. */
interface CardTitle {
  readonly svg: string;
  readonly bottom: number;
}

/** Returns a card's title fitted in two lines at 40, 36 or 32 px, below the frame's header. */
export function drawCardTitle(text: string, measure: MeasureText): CardTitle {
  const title = fitText(text, {
    sizes: [40, 36, 32],
    weight: "bold",
    maxWidth: CARD_SIZE.width - 2 * CARD_MARGIN,
    maxLines: 2,
    measure,
  });
  const lineHeight = Math.round(title.size * 1.2);
  const top = CARD_BODY.top + 14;
  const svg = drawTextLines(title.lines, {
    x: CARD_MARGIN,
    y: top + title.size,
    size: title.size,
    weight: "bold",
    lineHeight,
    fill: COLOURS.ink,
  });
  return { svg, bottom: top + title.lines.length * lineHeight };
}
