// What the share cards and chart downloads say, taken from the page view models (src/lib/views)
// so a card never disagrees with the page it shares: the same status words, the same latest
// figure with its year, the same chart geometry, the same sources. Every picture carries the
// site's name, a source line, the data release and the licence, because a picture travels
// without its page (issue 9).

import { plainOf } from "../views/localise.ts";
import type { Dataset } from "../data/dataset.ts";
import { capitalise, formatDateIn } from "../format.ts";
import { dictionaryOf, type Dictionary } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";
import { nameProgram, type ProgramNames } from "../program/names.ts";
import type { StatusCode } from "../status/types.ts";
import type { ChartView, SparklineView } from "../views/chart-view.ts";
import type { IndicatorPageView } from "../views/indicator-page.ts";
import type { OverviewPageView } from "../views/overview-page.ts";
import type { TargetPageView } from "../views/target-page.ts";
import { CARD_SIZE, indicatorCardPath, overviewCardPath, targetCardPath } from "./paths.ts";

/** The licence of the site's compilation (data/datapackage.json `licenses`). */
const LICENCE = {
  label: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** Where the pictures are published and which data they show. */
export interface PressContext {
  readonly siteName: string;
  /** The program's names (program.csv): the source line cites its official reference. */
  readonly program: ProgramNames;
  /** Absolute URL of the site's root, base path included, ending in "/". */
  readonly siteRoot: string;
  /** The release the pictures are drawn as of; `date` is dd/mm/yyyy (English: "26 Nov 2026"). */
  readonly release: { readonly id: string; readonly date: string };
  /** The language the pictures are written in, and its words. */
  readonly lang: Lang;
  readonly t: Dictionary;
}

/** A share image as a page's <head> names it. */
export interface ShareImage {
  /** Site-relative path of the PNG. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
  /** What the picture says, for og:image:alt. */
  readonly alt: string;
}

/** A status as a picture shows it. */
interface CardStatus {
  readonly code: StatusCode;
  /** "Chờ số liệu năm 2025". */
  readonly label: string;
  /** "so với mục tiêu năm 2025", or "" when the label says it all. */
  readonly against: string;
}

/** Everything an indicator's share card shows. */
export interface IndicatorCardContent {
  readonly siteName: string;
  readonly title: string;
  readonly status: CardStatus;
  /** "Tạm tính theo số liệu gần nhất: …", or "". */
  readonly provisional: string;
  /** "Tạm tính theo một nguồn thứ cấp" when the status rests only on weak sources, else "". */
  readonly weakBasis: string;
  /** The latest figure: value with unit, "năm 2024", and why it does not count (or ""). */
  readonly latest: {
    readonly value: string;
    readonly when: string;
    readonly caveat: string;
  } | null;
  /** "Chỉ tiêu đến 2025: ít nhất 94%", a computed level marked "(trang tự tính)". */
  readonly goal: string;
  /** The page's chart, or null for a qualitative indicator. */
  readonly chart: ChartView | null;
  /** For a qualitative indicator: the program's words for the judged goal, verbatim. */
  readonly quote: string;
  /** "Nguồn: …". */
  readonly source: string;
  /** "Dữ liệu bản 1.0.0 (26/11/2026) · CC BY 4.0". */
  readonly credit: string;
  /** The page's address without "https://", for the eye. */
  readonly url: string;
  /** The card's own words: "Số liệu gần nhất", "Chưa có số liệu công bố", "Chương trình viết:". */
  readonly labels: {
    readonly latest: string;
    readonly noFigure: string;
    readonly programSays: string;
    /** "Số liệu gần nhất: … (…)." for the picture's description, or "". */
    readonly latestSentence: string;
  };
}

/** One indicator on a target's card. */
export interface CardIndicatorRow {
  readonly name: string;
  readonly status: CardStatus;
  /** "51,0 triệu đồng/người/năm (2024)", or "". */
  readonly latest: string;
  readonly sparkline: SparklineView | null;
}

/** Everything a target's share card shows. */
export interface TargetCardContent {
  readonly siteName: string;
  readonly title: string;
  /** The appendix cell, verbatim. */
  readonly statement: string;
  readonly indicators: readonly CardIndicatorRow[];
  readonly source: string;
  readonly credit: string;
  readonly url: string;
  /** "và 3 chỉ tiêu khác — xem trên trang" for `hidden` rows left out. */
  readonly more: (hidden: number) => string;
}

/** One status with its count, on the overview's card. */
interface CardCount {
  readonly status: StatusCode;
  readonly label: string;
  readonly count: number;
  /** "15 chỉ tiêu". */
  readonly text: string;
}

/** Everything the overview's share card shows. */
export interface OverviewCardContent {
  readonly siteName: string;
  readonly title: string;
  readonly verdict: string;
  readonly total: number;
  readonly counts: readonly CardCount[];
  readonly source: string;
  readonly credit: string;
  readonly url: string;
}

/**
 * Returns the context of the pictures: the site's name and address, the latest release, the
 * language (`program` names the program as that language's pages do).
 */
export function buildPressContext(
  dataset: Dataset,
  siteRoot: string,
  siteName: string,
  lang: Lang = "vi",
  program: ProgramNames = nameProgram(dataset.program),
): PressContext {
  const release = dataset.latestRelease;
  return {
    siteName,
    program,
    siteRoot: siteRoot.endsWith("/") ? siteRoot : `${siteRoot}/`,
    release: { id: release.id, date: formatDateIn(lang, release.date) },
    lang,
    t: dictionaryOf(lang),
  };
}

/** Returns "Dữ liệu bản 1.0.0 (26/11/2026) · CC BY 4.0". */
export function writeCredit(context: PressContext): string {
  return context.t.cardCredit(context.release.id, context.release.date, LICENCE.label);
}

/** Returns an absolute URL written for the eye: no scheme, no trailing slash on the root alone. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/^([^/]+)\/$/, "$1");
}

/**
 * An indicator's source line in parts: the page's words around the sources' titles, which stay
 * in Vietnamese (a page in another language marks them so); `titles` is "" when there is none.
 */
export interface SourceLine {
  readonly before: string;
  readonly titles: string;
  readonly after: string;
}

/** Returns the source line of an indicator in parts: every source of its figures, else the program. */
export function splitIndicatorSource(
  page: IndicatorPageView,
  program: Pick<ProgramNames, "reference">,
  t: Dictionary = dictionaryOf("vi"),
): SourceLine {
  const sources = [...new Set(page.figures.map((row) => row.source.label))];
  if (sources.length === 0) {
    return { before: t.cardSourceNoFigure(program.reference), titles: "", after: "" };
  }
  const marker = "\u0000";
  const [before = "", after = ""] = t.cardSource(marker).split(marker);
  return { before, titles: sources.join("; "), after };
}

/** Returns the source line of an indicator as one text: every source of its figures, else the program. */
export function writeIndicatorSource(
  page: IndicatorPageView,
  program: Pick<ProgramNames, "reference">,
  t: Dictionary = dictionaryOf("vi"),
): string {
  const { before, titles, after } = splitIndicatorSource(page, program, t);
  return `${before}${titles}${after}`;
}

/** Returns what an indicator's share card shows. */
export function describeIndicatorCard(
  page: IndicatorPageView,
  context: PressContext,
): IndicatorCardContent {
  const { t } = context;
  const judged = page.goals.find((goal) => goal.judged);
  const goalText = judged
    ? judged.phrase
      ? t.cardGoal(
          String(judged.year),
          `${plainOf(judged.phrase)}${judged.computed ? ` ${t.computedMark}` : ""}`,
        )
      : t.cardGoalQuote(String(judged.year), plainOf(judged.wording))
    : "";
  return {
    siteName: context.siteName,
    title: plainOf(page.name),
    status: {
      code: page.status.chip.status,
      label: page.status.chip.label,
      against: page.qualitative ? "" : page.status.against,
    },
    provisional: page.status.provisional,
    weakBasis: page.status.weakBasis ? capitalise(t.cardWeakBasis) : "",
    latest: page.latest
      ? {
          value: plainOf(page.latest.text),
          when: page.latest.periodText,
          caveat: page.latest.caveat,
        }
      : null,
    goal: goalText,
    chart: page.chart,
    quote: page.qualitative ? plainOf(judged?.wording ?? "") : "",
    source: writeIndicatorSource(page, context.program, t),
    credit: writeCredit(context),
    url: displayUrl(context.siteRoot + pathOf(context.lang, { kind: "indicator", id: page.id })),
    labels: {
      latest: t.cardLatest,
      noFigure: t.cardNoFigure,
      programSays: t.cardProgramSays,
      latestSentence: page.latest
        ? t.cardLatestSentence(plainOf(page.latest.text), page.latest.periodText)
        : "",
    },
  };
}

/** Returns what a target's share card shows. */
export function describeTargetCard(page: TargetPageView, context: PressContext): TargetCardContent {
  const { t } = context;
  return {
    siteName: context.siteName,
    title: page.heading,
    statement: plainOf(page.statement),
    indicators: page.cards.map((card) => ({
      name: plainOf(card.name),
      status: { code: card.chip.status, label: card.chip.label, against: card.against },
      latest: card.latest
        ? `${plainOf(card.latest.text)} (${card.latest.period})${card.weakBasis ? `, ${t.cardWeakBasis}` : ""}`
        : "",
      sparkline: card.sparkline,
    })),
    source: t.cardTargetSource(context.program.reference),
    credit: writeCredit(context),
    url: displayUrl(context.siteRoot + pathOf(context.lang, { kind: "target", n: page.n })),
    more: (hidden) => t.cardMore(String(hidden)),
  };
}

/** Returns what the overview's share card shows. */
export function describeOverviewCard(
  page: OverviewPageView,
  context: PressContext,
): OverviewCardContent {
  const { t } = context;
  return {
    siteName: context.siteName,
    title: t.cardOverviewTitle(page.totalText, context.program.shortName, context.program.topic),
    verdict: [page.verdict.headline, page.verdict.detail].filter(Boolean).join(" "),
    total: page.total,
    counts: page.counts.map((row) => ({
      status: row.chip.status,
      label: row.chip.label,
      count: row.count,
      text: row.text,
    })),
    source: t.cardOverviewSource(context.program.reference),
    credit: writeCredit(context),
    url: displayUrl(context.siteRoot + pathOf(context.lang, { kind: "home" })),
  };
}

/** Returns an indicator page's share image for its <head>, in the page's language. */
export function shareImageOfIndicator(page: IndicatorPageView, lang: Lang = "vi"): ShareImage {
  const t = dictionaryOf(lang);
  const status = page.qualitative
    ? page.status.chip.label
    : `${page.status.chip.label} ${page.status.against}`;
  const latest = page.latest
    ? ` ${t.cardLatestSentence(plainOf(page.latest.text), page.latest.periodText)}`
    : "";
  const weak = page.status.weakBasis ? ` ${capitalise(t.cardWeakBasis)}.` : "";
  return {
    path: indicatorCardPath(page.id, lang),
    ...CARD_SIZE,
    alt: `${plainOf(page.name)}: ${status}.${latest}${weak}`,
  };
}

/**
 * Returns "6 chỉ tiêu định tính" from "6 chỉ tiêu" and "Chỉ tiêu định tính" (the noun once); in
 * English, "On track: 6 indicators".
 */
export function joinCountLabel(count: string, label: string, lang: Lang = "vi"): string {
  if (lang !== "vi") return `${label}: ${count}`;
  const words = label.toLocaleLowerCase("vi");
  return count.endsWith("chỉ tiêu") && words.startsWith("chỉ tiêu ")
    ? `${count}${words.slice("chỉ tiêu".length)}`
    : `${count} ${words}`;
}

/** Returns a target page's share image for its <head>, in the page's language. */
export function shareImageOfTarget(page: TargetPageView, lang: Lang = "vi"): ShareImage {
  const counts = page.counts.map((row) => joinCountLabel(row.text, row.chip.label, lang));
  return {
    path: targetCardPath(page.n, lang),
    ...CARD_SIZE,
    alt: `${page.heading}. ${counts.join(", ")}.`,
  };
}

/** Returns the overview's share image for its <head>, in the page's language. */
export function shareImageOfOverview(
  page: OverviewPageView,
  program: ProgramNames,
  lang: Lang = "vi",
): ShareImage {
  const counts = page.counts.map((row) => joinCountLabel(row.text, row.chip.label, lang));
  return {
    path: overviewCardPath(lang),
    ...CARD_SIZE,
    alt: dictionaryOf(lang).cardOverviewAlt(page.totalText, program.shortName, counts.join(", ")),
  };
}

/** Everything a chart download carries besides the chart itself. */
export interface ChartDownloadContent {
  readonly title: string;
  /** "Trạng thái: Chờ số liệu năm 2025 (so với mục tiêu năm 2025)." */
  readonly status: string;
  /** "Tạm tính theo một nguồn thứ cấp: …" when the status rests only on weak sources, else "". */
  readonly weakBasis: string;
  readonly chart: ChartView;
  readonly source: string;
  readonly siteName: string;
  /** Absolute URL of the indicator's page. */
  readonly pageUrl: string;
  /** "Dữ liệu: bản 1.0.0, ngày 26/11/2026". */
  readonly release: string;
  /** "Giấy phép: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)". */
  readonly licence: string;
  /** "Trang: <address>". */
  readonly pageLine: string;
  /** "(trang tự tính)": how the picture marks the site's own computed line in its legend. */
  readonly computedMark: string;
}

/** Returns what an indicator's chart download carries, or null when the page has no chart. */
export function describeChartDownload(
  page: IndicatorPageView,
  context: PressContext,
): ChartDownloadContent | null {
  if (!page.chart) return null;
  const { t } = context;
  const latest = page.latest
    ? ` ${t.cardLatestSentence(plainOf(page.latest.text), page.latest.periodText)}`
    : "";
  const pageUrl = context.siteRoot + pathOf(context.lang, { kind: "indicator", id: page.id });
  return {
    // The picture travels without its page: its title says where (reading-2026-12 §1 b3).
    title: `${plainOf(page.name)} — ${context.program.area}`,
    status: `${t.cardStatus(page.status.chip.label, page.status.against)}${latest}`,
    weakBasis: page.status.weakBasis,
    chart: page.chart,
    source: writeIndicatorSource(page, context.program, t),
    siteName: context.siteName,
    pageUrl,
    release: t.cardRelease(context.release.id, context.release.date),
    licence: t.cardLicence(LICENCE.label, LICENCE.url),
    pageLine: t.cardPage(pageUrl),
    computedMark: t.computedMark,
  };
}
