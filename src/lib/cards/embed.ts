// What the embed page of an indicator (/nhung/chi-tieu/<id>/) says besides its chart, and the
// snippet a newsroom pastes to show it in an iframe. The embed carries its own credit (source,
// release, licence) because it is seen on someone else's page.
//
// The snippet is an iframe plus a few lines of script for the host page: the embed posts its
// content height (embed-message.ts) and the script sizes the matching iframe to it, so nothing
// scrolls inside the frame at any width. The script trusts only messages from the site's own
// origin, of the right shape, and only resizes the iframe that sent them. A host that strips
// scripts keeps a complete embed: the iframe's default height shows the title, status and the
// source line, and the embed page scrolls its chart part inside (Embed.astro).

import { plainOf } from "../views/localise.ts";
import type { IndicatorPageView } from "../views/indicator-page.ts";
import { writeCredit, writeIndicatorSource, type PressContext } from "./content.ts";
import { EMBED_HEIGHT_RANGE, EMBED_MESSAGE_TYPE } from "./embed-message.ts";
import { embedPath } from "./paths.ts";
import { escapeXml } from "../xml.ts";

/** Default height of the suggested iframe, px, before the host script sizes it to the content. */
export const EMBED_HEIGHT = 640;

/** Everything the embed page shows apart from the status chip and the chart. */
interface EmbedView {
  /** Title of the embed page, before the program (src/lib/views/page-title.ts): unique, says what it is. */
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
  const name = plainOf(page.name);
  return {
    title: `Nhúng: ${name}`,
    description: `Khung nhúng biểu đồ và trạng thái của chỉ tiêu “${name}”, kèm nguồn và giấy phép.`,
    name,
    against: page.qualitative ? "" : page.status.against,
    latest: page.latest
      ? `Số liệu gần nhất: ${plainOf(page.latest.text)} (${page.latest.periodText})${page.latest.caveat ? ` — ${page.latest.caveat}` : ""}`
      : "",
    weakBasis: page.status.weakBasis,
    quote: page.qualitative ? plainOf(judged?.wording ?? "") : "",
    source: writeIndicatorSource(page, context.program),
    credit: writeCredit(context),
    fullPath: page.path,
    fullLabel: `Xem đầy đủ: số liệu, nguồn và lịch sử điều chỉnh trên trang ${context.siteName}`,
  };
}

/** Returns the HTML snippet that embeds `embedUrl` (absolute) in an iframe titled after the indicator, with the script that fits the iframe to its content. */
export function writeEmbedSnippet(embedUrl: string, name: string): string {
  const title = escapeXml(`Biểu đồ: ${name}`);
  const iframe = `<iframe src="${escapeXml(embedUrl)}" title="${title}" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0;max-width:720px"></iframe>`;
  return `${iframe}\n${writeHostScript(new URL(embedUrl).origin)}`;
}

// ES5 on purpose: it runs on pages we do not control, in browsers we do not choose. One copy per
// pasted embed is harmless: each resizes only the iframe whose window sent the message.
function writeHostScript(origin: string): string {
  const { min, max } = EMBED_HEIGHT_RANGE;
  return [
    "<script>",
    'window.addEventListener("message", function (e) {',
    "  var d = e.data;",
    `  if (e.origin !== ${JSON.stringify(origin)} || !d || d.type !== ${JSON.stringify(EMBED_MESSAGE_TYPE)} || typeof d.height !== "number") return;`,
    '  var frames = document.getElementsByTagName("iframe");',
    "  for (var i = 0; i < frames.length; i++) {",
    `    if (frames[i].contentWindow === e.source) frames[i].style.height = Math.min(${max}, Math.max(${min}, Math.ceil(d.height))) + "px";`,
    "  }",
    "});",
    "</script>",
  ].join("\n");
}

/** Returns the absolute URL of an indicator's embed page under `siteRoot` (ending in "/"). */
export function embedUrlOf(siteRoot: string, id: string): string {
  return new URL(embedPath(id), siteRoot).href;
}
