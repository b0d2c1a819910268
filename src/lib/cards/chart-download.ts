// An indicator chart as a file to download and reuse (SVG, and PNG rasterised from the same SVG):
// the page's chart with its legend, and inside the picture everything a reuse must credit —
// title, status, "Nguồn: …", the site's name and the page's URL, the data release with its date
// and the licence. The height grows with the legend and the source lines, so nothing is cut.

import { LEGEND_SWATCH } from "../views/chart-view.ts";
import { drawChart, drawLegendSwatch } from "./chart-svg.ts";
import type { ChartDownloadContent } from "./content.ts";
import { COLOURS, drawTextLines, formatAttributes, openSvg } from "./svg.ts";
import { wrapText, type MeasureText, type TextStyle } from "./text-layout.ts";

/** Width of a chart download in SVG units (the PNG is drawn at twice this). */
const DOWNLOAD_WIDTH = 600;

/** Scale of the PNG download relative to the SVG. */
export const DOWNLOAD_PNG_SCALE = 2;

const MARGIN = 24;
/** Where a legend entry's words start, right of its swatch. */
const LEGEND_TEXT_X = LEGEND_SWATCH.width + 12;

/** A chart download: the SVG text and its size in SVG units. */
interface ChartDownload {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** Returns the chart download of an indicator as a standalone SVG document. */
export function renderChartDownload(
  content: ChartDownloadContent,
  measure: MeasureText,
): ChartDownload {
  const inner = DOWNLOAD_WIDTH - 2 * MARGIN;
  const parts: string[] = [];
  let cursor = MARGIN;
  const block = (
    text: string,
    style: TextStyle,
    options: { maxLines: number; fill: string; gap: number; x?: number; width?: number },
  ): void => {
    const lines = wrapText(text, {
      maxWidth: options.width ?? inner,
      maxLines: options.maxLines,
      style,
      measure,
    }).lines;
    const lineHeight = Math.round(style.size * 1.3);
    cursor += options.gap;
    parts.push(
      drawTextLines(lines, {
        x: options.x ?? MARGIN,
        y: cursor + style.size,
        size: style.size,
        weight: style.weight,
        lineHeight,
        fill: options.fill,
      }),
    );
    cursor += lines.length * lineHeight;
  };

  block(content.title, { size: 24, weight: "bold" }, { maxLines: 4, fill: COLOURS.ink, gap: 0 });
  block(
    content.status,
    { size: 15, weight: "regular" },
    { maxLines: 3, fill: COLOURS.muted, gap: 6 },
  );
  if (content.weakBasis) {
    block(
      content.weakBasis,
      { size: 15, weight: "bold" },
      { maxLines: 4, fill: COLOURS.ink, gap: 6 },
    );
  }

  cursor += 14;
  const chartHeight = (inner * content.chart.height) / content.chart.width;
  parts.push(drawChart(content.chart, { x: MARGIN, y: cursor, width: inner, height: chartHeight }));
  cursor += chartHeight + 8;

  for (const item of content.chart.legend) {
    const text = [
      item.label,
      item.note ? ` — ${item.note}` : "",
      // The picture has no marker to point at: it says it in the words the page's marker uses.
      item.computed ? ` ${content.computedMark}` : "",
    ].join("");
    const top = cursor + 8;
    parts.push(drawLegendSwatch(item, MARGIN, top + 1));
    block(
      text,
      { size: 13, weight: "regular" },
      {
        maxLines: 3,
        fill: COLOURS.ink,
        gap: 6,
        x: MARGIN + LEGEND_TEXT_X,
        width: inner - LEGEND_TEXT_X,
      },
    );
  }

  cursor += 16;
  parts.push(
    `<line${formatAttributes({ x1: MARGIN, x2: DOWNLOAD_WIDTH - MARGIN, y1: cursor, y2: cursor, stroke: COLOURS.line, "stroke-width": 1 })}/>`,
  );
  const small = { size: 12, weight: "regular" } as const;
  block(content.source, small, { maxLines: 8, fill: COLOURS.ink, gap: 6 });
  block(content.pageLine, small, { maxLines: 3, fill: COLOURS.ink, gap: 4 });
  block(`${content.siteName} · ${content.release}`, small, {
    maxLines: 3,
    fill: COLOURS.ink,
    gap: 4,
  });
  block(content.licence, small, { maxLines: 3, fill: COLOURS.ink, gap: 4 });
  const height = Math.ceil(cursor + MARGIN - 8);

  const desc = [
    content.status,
    content.weakBasis,
    content.chart.summary,
    content.source,
    content.release,
    content.licence,
  ].join(" ");
  const svg = [
    openSvg(DOWNLOAD_WIDTH, height, { title: content.title, desc }),
    `<rect${formatAttributes({ width: DOWNLOAD_WIDTH, height, fill: COLOURS.paper })}/>`,
    ...parts,
    "</svg>\n",
  ].join("");
  return { svg, width: DOWNLOAD_WIDTH, height };
}
