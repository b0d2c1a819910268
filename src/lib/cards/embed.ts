// What the embed page of an indicator (/nhung/chi-tieu/<id>/) says besides its chart, and the
// snippet a newsroom pastes to show it in an iframe. The embed carries its own credit (source,
// release, licence) because it is seen on someone else's page.

import type { IndicatorPageView } from "../views/indicator-page.ts";
import { writeCredit, writeIndicatorSource, type PressContext } from "./content.ts";
import { embedPath } from "./paths.ts";
import { escapeXml } from "./svg.ts";

/** Longest <title> the HTML gate accepts (html-validate long-title). */
export const MAX_TITLE_LENGTH = 70;

/** Height of the suggested iframe, px: the chart, its legend and a table at 600 px wide. */
export const EMBED_HEIGHT = 800;

/** Everything the embed page shows apart from the status chip and the chart. */
export interface EmbedView {
  /** <title> of the embed page: unique, says what it is. */
  readonly title: string;
  readonly description: string;
  readonly name: string;
  /** "so với mục tiêu năm 2025", or "" for a qualitative indicator. */
  readonly against: string;
  /** "Số liệu gần nhất: 51,0 triệu đồng/người/năm (năm 2024)", or "". */
  readonly latest: string;
  /** "Tạm tính theo một nguồn thứ cấp: …" when the status rests only on weak sources, else "". */
  readonly weakBasis: string;
  /** For a qualitative indicator: the program's words for its goal, else "". */
  readonly quote: string;
  /** "Nguồn: …". */
  readonly source: string;
  /** "Dữ liệu bản 1.0.0 (26/11/2026) · Giấy phép CC BY 4.0". */
  readonly credit: string;
  /** Site-relative path of the full page. */
  readonly fullPath: string;
  /** Link text back to the full page. */
  readonly fullLabel: string;
}

/** Returns the embed page's view of an indicator. */
export function buildEmbedView(page: IndicatorPageView, context: PressContext): EmbedView {
  const judged = page.goals.find((goal) => goal.judged);
  return {
    title: shortenTitle(`Nhúng: ${page.name}`, MAX_TITLE_LENGTH),
    description: `Khung nhúng biểu đồ và trạng thái của chỉ tiêu “${page.name}”, kèm nguồn và giấy phép.`,
    name: page.name,
    against: page.qualitative ? "" : page.status.against,
    latest: page.latest
      ? `Số liệu gần nhất: ${page.latest.text} (năm ${page.latest.period})${page.latest.caveat ? ` — ${page.latest.caveat}` : ""}`
      : "",
    weakBasis: page.status.weakBasis,
    quote: page.qualitative ? (judged?.wording ?? "") : "",
    source: writeIndicatorSource(page),
    credit: writeCredit(context),
    fullPath: page.path,
    fullLabel: `Xem đầy đủ: số liệu, nguồn và lịch sử điều chỉnh trên trang ${context.siteName}`,
  };
}

/** Returns the HTML snippet that embeds `embedUrl` (absolute) in an iframe titled after the indicator. */
export function writeEmbedSnippet(embedUrl: string, name: string): string {
  const title = escapeXml(`Biểu đồ: ${name}`);
  return `<iframe src="${escapeXml(embedUrl)}" title="${title}" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0;max-width:720px"></iframe>`;
}

/** Returns the absolute URL of an indicator's embed page under `siteRoot` (ending in "/"). */
export function embedUrlOf(siteRoot: string, id: string): string {
  return new URL(embedPath(id), siteRoot).href;
}

/** Returns `title` cut at a word boundary, with "…", so it has at most `max` characters. */
export function shortenTitle(title: string, max: number): string {
  if ([...title].length <= max) return title;
  const words = title.split(" ");
  while (words.length > 1 && [...`${words.join(" ")}…`].length > max) words.pop();
  const kept = words.join(" ").replace(/[\s,;:.—–-]+$/u, "");
  return `${[...kept].slice(0, max - 1).join("")}…`;
}
