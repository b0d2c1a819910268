// The overview's share card (1200 × 630): the period's verdict as the page words it, and the
// indicators counted by status as one bar, each status with its icon, count and words below it
// (the colours alone never tell statuses apart).

import { CARD_BODY, CARD_MARGIN, drawCard, drawCardTitle } from "./card-frame.ts";
import { drawStatusIcon } from "./chart-svg.ts";
import type { OverviewCardContent } from "./content.ts";
import { CARD_SIZE } from "./paths.ts";
import { COLOURS, STATUS_COLOURS, drawText, drawTextLines, formatAttributes } from "./svg.ts";
import { fitText, truncateText, type MeasureText } from "./text-layout.ts";

const BAR_HEIGHT = 52;
const BAR_GAP = 4;
const LEGEND_LAYOUTS = [
  { columns: 2, rowHeight: 44, size: 22 },
  { columns: 2, rowHeight: 34, size: 20 },
  { columns: 3, rowHeight: 34, size: 18 },
  { columns: 4, rowHeight: 30, size: 16 },
] as const;

/** Returns the SVG of the overview's share card. */
export function renderOverviewCard(content: OverviewCardContent, measure: MeasureText): string {
  const inner = CARD_SIZE.width - 2 * CARD_MARGIN;
  const title = drawCardTitle(content.title, measure);
  const parts = [title.svg];
  let cursor = title.bottom + 10;
  const verdict = fitText(content.verdict, {
    sizes: [24, 22, 20],
    weight: "regular",
    maxWidth: inner,
    maxLines: 4,
    measure,
  });
  const verdictLineHeight = Math.round(verdict.size * 1.35);
  parts.push(
    drawTextLines(verdict.lines, {
      x: CARD_MARGIN,
      y: cursor + verdict.size,
      size: verdict.size,
      weight: "regular",
      lineHeight: verdictLineHeight,
      fill: COLOURS.ink,
    }),
  );
  cursor += verdict.lines.length * verdictLineHeight + 24;

  const total = Math.max(1, content.total);
  const usable = inner - BAR_GAP * Math.max(0, content.counts.length - 1);
  let x = CARD_MARGIN;
  for (const row of content.counts) {
    const width = (usable * row.count) / total;
    parts.push(
      `<rect${formatAttributes({ x, y: cursor, width, height: BAR_HEIGHT, fill: STATUS_COLOURS[row.status] })}/>`,
    );
    // Inside a wide enough segment: its icon in white and its count, so segments of one
    // colour are still told apart.
    const label = String(row.count);
    const inside = 26 + 8 + measure(label, { size: 24, weight: "bold" });
    if (width >= inside + 16) {
      const left = x + (width - inside) / 2;
      parts.push(drawStatusIcon(row.status, left, cursor + 13, 26, true));
      parts.push(
        drawText(label, {
          x: left + 34,
          y: cursor + 35,
          size: 24,
          weight: "bold",
          fill: COLOURS.paper,
        }),
      );
    }
    x += width + BAR_GAP;
  }
  cursor += BAR_HEIGHT + 22;

  // The legend: every status that occurs, never fewer — "icon  15 chỉ tiêu · Chưa có số liệu…"
  // in two columns, rows tightened (then a third column) until all fit above the foot.
  const room = CARD_BODY.bottom - cursor;
  const layout =
    LEGEND_LAYOUTS.find(
      (option) => Math.ceil(content.counts.length / option.columns) * option.rowHeight <= room,
    ) ?? LEGEND_LAYOUTS[LEGEND_LAYOUTS.length - 1];
  if (layout) {
    const perColumn = Math.ceil(content.counts.length / layout.columns);
    const columnWidth = (inner - (layout.columns - 1) * 24) / layout.columns;
    content.counts.forEach((row, index) => {
      const left = CARD_MARGIN + Math.floor(index / perColumn) * (columnWidth + 24);
      const top = cursor + (index % perColumn) * layout.rowHeight;
      const icon = layout.size + 4;
      parts.push(drawStatusIcon(row.status, left, top + (layout.rowHeight - icon) / 2 - 4, icon));
      const style = { size: layout.size, weight: "regular" } as const;
      const text = truncateText(`${row.text} · ${row.label}`, {
        maxWidth: columnWidth - icon - 12,
        style,
        measure,
      });
      parts.push(
        drawText(text, {
          x: left + icon + 12,
          y: top + layout.rowHeight / 2 + layout.size * 0.35 - 4,
          ...style,
          fill: COLOURS.ink,
        }),
      );
    });
  }

  const desc = `${content.verdict} ${content.counts.map((row) => `${row.label}: ${row.text}.`).join(" ")}`;
  return drawCard(content, parts.join(""), { title: content.title, desc }, measure);
}
