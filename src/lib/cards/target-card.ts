// An appendix target's share card (1200 × 630): the target's heading, the appendix cell quoted,
// then one row per indicator as its card on the page shows it — status icon and words, name,
// latest figure and sparkline. Rows that do not fit are counted ("và 2 chỉ tiêu khác").

import { CARD_BODY, CARD_MARGIN, drawCard, drawCardTitle } from "./card-frame.ts";
import { drawSparkline, drawStatusIcon } from "./chart-svg.ts";
import type { CardIndicatorRow, TargetCardContent } from "./content.ts";
import { CARD_SIZE } from "./paths.ts";
import { COLOURS, STATUS_COLOURS, drawText, drawTextLines, formatAttributes } from "./svg.ts";
import { truncateText, wrapText, type MeasureText } from "./text-layout.ts";

const ROW_HEIGHT = 64;
const COLUMN_GAP = 32;
const SPARK = { width: 144, height: 42 } as const;
const SMALL_SPARK = { width: 96, height: 28 } as const;
const NAME_STYLE = { size: 20, weight: "regular" } as const;
const STATUS_STYLE = { size: 17, weight: "bold" } as const;
const LATEST_STYLE = { size: 17, weight: "regular" } as const;

/** Returns the SVG of an appendix target's share card. */
export function renderTargetCard(content: TargetCardContent, measure: MeasureText): string {
  const inner = CARD_SIZE.width - 2 * CARD_MARGIN;
  const title = drawCardTitle(content.title, measure);
  const parts = [title.svg];
  let cursor = title.bottom + 8;
  const statement = wrapText(`“${content.statement}”`, {
    maxWidth: inner,
    maxLines: 2,
    style: { size: 19, weight: "regular" },
    measure,
  });
  parts.push(
    drawTextLines(statement.lines, {
      x: CARD_MARGIN,
      y: cursor + 19,
      size: 19,
      weight: "regular",
      lineHeight: 25,
      fill: COLOURS.muted,
    }),
  );
  cursor += statement.lines.length * 25 + 16;

  // One column of full-width rows when they fit, else two columns of narrower ones.
  const rows = content.indicators;
  const height = CARD_BODY.bottom - cursor;
  const columns = Math.floor(height / ROW_HEIGHT) >= rows.length ? 1 : 2;
  const perColumn = Math.max(1, Math.floor(height / ROW_HEIGHT));
  const room = columns * perColumn;
  const shown = rows.length <= room ? rows : rows.slice(0, room - 1);
  const columnWidth = (inner - (columns - 1) * COLUMN_GAP) / columns;
  shown.forEach((row, index) => {
    const left = CARD_MARGIN + Math.floor(index / perColumn) * (columnWidth + COLUMN_GAP);
    const top = cursor + (index % perColumn) * ROW_HEIGHT;
    parts.push(
      drawRow(
        row,
        { x: left, y: top, width: columnWidth },
        columns === 1 ? SPARK : SMALL_SPARK,
        measure,
      ),
    );
  });
  if (shown.length < rows.length) {
    const index = shown.length;
    const left = CARD_MARGIN + Math.floor(index / perColumn) * (columnWidth + COLUMN_GAP);
    parts.push(
      drawText(content.more(rows.length - shown.length), {
        x: left,
        y: cursor + (index % perColumn) * ROW_HEIGHT + 36,
        size: 19,
        weight: "regular",
        fill: COLOURS.muted,
      }),
    );
  }

  const desc = rows.map((row) => `${row.name}: ${row.status.label}.`).join(" ");
  return drawCard(
    content,
    parts.join(""),
    { title: content.title, desc: `${content.statement} ${desc}` },
    measure,
  );
}

// One indicator: its name on the first line; its status (icon, words) and latest figure on the
// second; its sparkline at the right.
function drawRow(
  row: CardIndicatorRow,
  box: { x: number; y: number; width: number },
  spark: { width: number; height: number },
  measure: MeasureText,
): string {
  const textWidth = box.width - (row.sparkline ? spark.width + 16 : 0);
  const parts = [
    `<line${formatAttributes({ x1: box.x, x2: box.x + box.width, y1: box.y, y2: box.y, stroke: COLOURS.grid, "stroke-width": 1.5 })}/>`,
    drawText(truncateText(row.name, { maxWidth: textWidth, style: NAME_STYLE, measure }), {
      x: box.x,
      y: box.y + 26,
      ...NAME_STYLE,
      fill: COLOURS.ink,
    }),
    drawStatusIcon(row.status.code, box.x, box.y + 36, 22),
  ];
  const label = truncateText(row.status.label, {
    maxWidth: textWidth - 30,
    style: STATUS_STYLE,
    measure,
  });
  parts.push(
    drawText(label, {
      x: box.x + 30,
      y: box.y + 53,
      ...STATUS_STYLE,
      fill: STATUS_COLOURS[row.status.code],
    }),
  );
  const used = 30 + measure(label, STATUS_STYLE);
  if (row.latest && textWidth - used > 80) {
    const latest = truncateText(`· ${row.latest}`, {
      maxWidth: textWidth - used - 8,
      style: LATEST_STYLE,
      measure,
    });
    parts.push(
      drawText(latest, {
        x: box.x + used + 8,
        y: box.y + 53,
        ...LATEST_STYLE,
        fill: COLOURS.muted,
      }),
    );
  }
  if (row.sparkline) {
    parts.push(
      drawSparkline(row.sparkline, {
        x: box.x + box.width - spark.width,
        y: box.y + (ROW_HEIGHT - spark.height) / 2,
        ...spark,
      }),
    );
  }
  return parts.join("");
}
