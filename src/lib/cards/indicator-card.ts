// An indicator's share card (1200 × 630): the name across the top, wrapped onto up to three
// lines at the largest size that fits; on the left the status in words with its icon, the latest
// figure with its year and the goal; on the right the page's chart (or, for a qualitative
// indicator, the program's own words). Lower-priority lines are dropped rather than drawn over
// the foot when a long name leaves little room.

import { CARD_BODY, CARD_MARGIN, drawCard } from "./card-frame.ts";
import { drawChart, drawStatusIcon } from "./chart-svg.ts";
import type { IndicatorCardContent } from "./content.ts";
import { CARD_SIZE } from "./paths.ts";
import { COLOURS, STATUS_COLOURS, drawTextLines, formatAttributes } from "./svg.ts";
import { fitText, wrapText, type MeasureText, type TextStyle } from "./text-layout.ts";

/** Sizes tried for the name, largest first. */
export const TITLE_SIZES = [46, 42, 38, 34] as const;

const LEFT_WIDTH = 420;
const GUTTER = 36;

/** A block of text stacked in a column. */
interface Block {
  readonly text: string;
  readonly style: TextStyle;
  readonly maxLines: number;
  readonly fill: string;
  /** Space above the block, px. */
  readonly gap: number;
  /** Indent from the column's left edge, px. */
  readonly indent?: number;
  /** Blocks with a lower rank are dropped first when the column runs out of room. */
  readonly rank: number;
}

/** Returns the SVG of an indicator's share card. */
export function renderIndicatorCard(content: IndicatorCardContent, measure: MeasureText): string {
  const inner = CARD_SIZE.width - 2 * CARD_MARGIN;
  const title = fitText(content.title, {
    sizes: TITLE_SIZES,
    weight: "bold",
    maxWidth: inner,
    maxLines: 3,
    measure,
  });
  const titleLineHeight = Math.round(title.size * 1.2);
  const titleTop = CARD_BODY.top + 14;
  const parts = [
    drawTextLines(title.lines, {
      x: CARD_MARGIN,
      y: titleTop + title.size,
      size: title.size,
      weight: "bold",
      lineHeight: titleLineHeight,
      fill: COLOURS.ink,
    }),
  ];
  const bodyTop = titleTop + title.lines.length * titleLineHeight + 26;
  const colour = STATUS_COLOURS[content.status.code];
  const blocks: Block[] = [
    {
      text: content.status.label,
      style: { size: 30, weight: "bold" },
      maxLines: 2,
      fill: colour,
      gap: 0,
      indent: 46,
      rank: 9,
    },
    {
      text: content.status.against,
      style: { size: 21, weight: "regular" },
      maxLines: 1,
      fill: COLOURS.muted,
      gap: 4,
      indent: 46,
      rank: 8,
    },
    {
      text: content.weakBasis,
      style: { size: 19, weight: "bold" },
      maxLines: 2,
      fill: COLOURS.ink,
      gap: 6,
      indent: 46,
      rank: 8,
    },
    {
      text: content.provisional,
      style: { size: 18, weight: "regular" },
      maxLines: 2,
      fill: COLOURS.muted,
      gap: 6,
      indent: 46,
      rank: 2,
    },
    ...(content.latest
      ? [
          {
            text: content.labels.latest,
            style: { size: 18, weight: "regular" },
            maxLines: 1,
            fill: COLOURS.muted,
            gap: 22,
            rank: 6,
          } as const,
          {
            text: content.latest.value,
            style: { size: 32, weight: "bold" },
            maxLines: 2,
            fill: COLOURS.ink,
            gap: 4,
            rank: 7,
          } as const,
          {
            text: content.latest.caveat
              ? `${content.latest.when} · ${content.latest.caveat}`
              : content.latest.when,
            style: { size: 19, weight: "regular" },
            maxLines: 2,
            fill: COLOURS.ink,
            gap: 4,
            rank: 7,
          } as const,
        ]
      : content.chart
        ? [
            {
              text: content.labels.noFigure,
              style: { size: 22, weight: "regular" },
              maxLines: 1,
              fill: COLOURS.ink,
              gap: 22,
              rank: 6,
            } as const,
          ]
        : []),
    {
      text: content.goal,
      style: { size: 20, weight: "regular" },
      maxLines: 3,
      fill: COLOURS.ink,
      gap: 18,
      rank: 5,
    },
  ];
  parts.push(drawStatusIcon(content.status.code, CARD_MARGIN, bodyTop + 2, 34));
  parts.push(stackBlocks(blocks, CARD_MARGIN, bodyTop, LEFT_WIDTH, CARD_BODY.bottom - 8, measure));

  const right = { x: CARD_MARGIN + LEFT_WIDTH + GUTTER, y: bodyTop - 6 };
  const box = {
    ...right,
    width: CARD_SIZE.width - CARD_MARGIN - right.x,
    height: CARD_BODY.bottom - right.y,
  };
  if (content.chart) {
    parts.push(drawChart(content.chart, box));
  } else if (content.quote) {
    parts.push(drawQuote(content.quote, content.labels.programSays, box, measure));
  }

  const desc = [
    `${content.status.label}${content.status.against ? ` ${content.status.against}` : ""}.`,
    content.weakBasis ? `${content.weakBasis}.` : "",
    content.labels.latestSentence,
    content.goal ? `${content.goal}.` : "",
    content.source,
  ]
    .filter(Boolean)
    .join(" ");
  return drawCard(content, parts.join(""), { title: content.title, desc }, measure);
}

// Lays blocks top to bottom; when they overflow `bottom`, drops the lowest-ranked one and retries.
function stackBlocks(
  blocks: readonly Block[],
  x: number,
  top: number,
  width: number,
  bottom: number,
  measure: MeasureText,
): string {
  let kept = blocks.filter((block) => block.text !== "");
  for (;;) {
    let cursor = top;
    const parts: string[] = [];
    for (const block of kept) {
      const indent = block.indent ?? 0;
      const lines = wrapText(block.text, {
        maxWidth: width - indent,
        maxLines: block.maxLines,
        style: block.style,
        measure,
      }).lines;
      const lineHeight = Math.round(block.style.size * 1.25);
      cursor += block.gap;
      parts.push(
        drawTextLines(lines, {
          x: x + indent,
          y: cursor + block.style.size,
          size: block.style.size,
          weight: block.style.weight,
          lineHeight,
          fill: block.fill,
        }),
      );
      cursor += lines.length * lineHeight;
    }
    if (cursor <= bottom || kept.length <= 1) return parts.join("");
    const lowest = Math.min(...kept.map((block) => block.rank));
    const index = kept.findIndex((block) => block.rank === lowest);
    kept = kept.filter((_, i) => i !== index);
  }
}

function drawQuote(
  quote: string,
  label: string,
  box: { x: number; y: number; width: number; height: number },
  measure: MeasureText,
): string {
  const padding = 24;
  const style = { size: 23, weight: "regular" } as const;
  const lineHeight = 32;
  const maxLines = Math.max(1, Math.floor((box.height - 2 * padding - 34) / lineHeight));
  const lines = wrapText(`“${quote}”`, {
    maxWidth: box.width - 2 * padding - 6,
    maxLines,
    style,
    measure,
  }).lines;
  const height = 2 * padding + 34 + lines.length * lineHeight;
  return [
    `<rect${formatAttributes({ x: box.x, y: box.y, width: box.width, height, fill: COLOURS.tint })}/>`,
    `<rect${formatAttributes({ x: box.x, y: box.y, width: 6, height, fill: COLOURS.line })}/>`,
    drawTextLines([label], {
      x: box.x + padding + 6,
      y: box.y + padding + 18,
      size: 18,
      weight: "regular",
      lineHeight: 24,
      fill: COLOURS.muted,
    }),
    drawTextLines(lines, {
      x: box.x + padding + 6,
      y: box.y + padding + 34 + style.size,
      size: style.size,
      weight: "regular",
      lineHeight,
      fill: COLOURS.ink,
    }),
  ].join("");
}
