// The overview (/): the first screen answers "how is the province doing" — the period's
// verdict in one or two sentences, the count of indicators per status, the date of the latest
// release — then every appendix target with its indicators, and the indicators no appendix
// target covers. The verdict is written from the counts, never by hand.

import type { Resolution } from "../resolve/types.ts";
import { textIn } from "../i18n/data-text.ts";
import { dictionaryOf, type Dictionary } from "../i18n/dictionary.ts";
import { formatDateIn, formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { isPastGoalYear } from "../status/compute-status.ts";
import type { StatusCode } from "../status/types.ts";
import { listTargetAgencies } from "./agencies.ts";
import { buildIndicatorCard, type IndicatorCardView } from "./indicator-card.ts";
import { releasePath } from "./links.ts";
import { pathOf } from "../i18n/routes.ts";
import type { Localised } from "./localise.ts";
import { countStatuses } from "./status-counts.ts";
import type { AgencyView, LinkView, StatusCountView } from "./types.ts";

/** One appendix target on the overview. */
export interface OverviewTargetView {
  readonly n: number;
  /** "Mục tiêu 3: <title>"; the title is a data cell in the page's language. */
  readonly heading: string;
  /** The title alone, for a page in another language (its heading is "Target 3:" + this). */
  readonly title: Localised;
  readonly href: string;
  readonly statement: Localised;
  readonly lead: readonly AgencyView[];
  readonly cards: readonly IndicatorCardView[];
}

/** Everything the overview renders. */
export interface OverviewPageView {
  /** Number of indicators (all of indicators.csv). */
  readonly total: number;
  /** "22 chỉ tiêu". */
  readonly totalText: string;
  /** The period's verdict: headline and detail. */
  readonly verdict: VerdictView;
  readonly counts: readonly StatusCountView[];
  readonly release: {
    readonly link: LinkView;
    readonly date: string;
    readonly title: string;
  };
  readonly targets: readonly OverviewTargetView[];
  /** Indicators with no appendix target (general objective, 2030 orientations). */
  readonly others: readonly IndicatorCardView[];
}

/** Returns the overview as of the latest release, in `lang` (default Vietnamese). */
export function buildOverviewPage(resolution: Resolution, lang: Lang = "vi"): OverviewPageView {
  const { dataset } = resolution;
  const t = dictionaryOf(lang);
  const cards = new Map(
    dataset.indicators.map((indicator) => [
      indicator.id,
      buildIndicatorCard(resolution, indicator, lang),
    ]),
  );
  const cardsOf = (ids: readonly { readonly id: string }[]): IndicatorCardView[] =>
    ids.flatMap((row) => {
      const card = cards.get(row.id);
      return card ? [card] : [];
    });
  const all = [...cards.values()];
  const release = dataset.latestRelease;
  const verdict = writeVerdict(
    all.map((card) => ({ status: card.chip.status, final: card.final })),
    isPastGoalYear(dataset.program.end_year, release.date),
    { start: dataset.program.start_year, end: dataset.program.end_year },
    lang,
  );
  return {
    total: all.length,
    totalText: t.indicatorCount(formatNumberIn(lang, all.length)),
    verdict,
    counts: countStatuses(
      all.map((card) => card.chip),
      lang,
    ),
    release: {
      link: { label: t.releaseLinkLabel(release.id), href: releasePath(release.id) },
      date: formatDateIn(lang, release.date),
      title: release.title,
    },
    targets: dataset.targets.map((target) => ({
      n: target.id,
      heading: t.targetHeading(target.id, target.title),
      title:
        lang === "vi" ? target.title : textIn(dataset, lang, "targets", String(target.id), "title"),
      href: pathOf(lang, { kind: "target", n: target.id }),
      statement:
        lang === "vi"
          ? target.statement
          : textIn(dataset, lang, "targets", String(target.id), "statement"),
      lead: listTargetAgencies(dataset, target.id).lead,
      cards: cardsOf(dataset.indicatorsByTarget.get(target.id) ?? []),
    })),
    others: cardsOf(dataset.indicators.filter((indicator) => indicator.target_id === null)),
  };
}

/** The period's verdict: a short headline, and a sentence on what is missing (or ""). */
export interface VerdictView {
  readonly headline: string;
  readonly detail: string;
}

/** Returns the period's verdict from the indicators' statuses and whether the period is over. */
export function writeVerdict(
  statuses: readonly { readonly status: StatusCode; readonly final: boolean }[],
  periodOver: boolean,
  years: { readonly start: number; readonly end: number },
  lang: Lang = "vi",
): VerdictView {
  const t: Dictionary = dictionaryOf(lang);
  const count = (...codes: StatusCode[]): number =>
    statuses.filter((entry) => codes.includes(entry.status)).length;
  const n = (value: number): string => formatNumberIn(lang, value);
  const period = t.verdictPeriod(years.start, years.end);
  // "No published figure" must never read like "not achieved" (architecture.md § Missing data):
  // say so in words, and count the indicators with no figure at all apart from those whose
  // figures do not compare.
  const missing = [
    [count("no_data"), t.verdictNoData],
    [count("not_comparable"), t.verdictNotComparable],
    [count("awaiting_final"), t.verdictAwaiting(years.end)],
  ] as const;
  const parts = missing
    .filter(([value]) => value > 0)
    .map(([value, words]) => t.verdictMissingPart(n(value), words));
  const detail = parts.length > 0 ? t.verdictMissing(parts.join(", ")) : "";
  if (!periodOver) {
    const behind = count("behind", "off_track");
    return {
      headline: t.verdictOngoing(period, n(count("achieved")), n(count("on_track")), n(behind)),
      detail,
    };
  }
  // After the period only a verdict on a figure of its last year is final.
  const concluded = statuses.filter((entry) => entry.final);
  if (concluded.length === 0) {
    return { headline: t.verdictNoneConcluded(period, years.end), detail };
  }
  const achieved = concluded.filter((entry) => entry.status === "achieved").length;
  return {
    headline: t.verdictConcluded(
      period,
      n(concluded.length),
      n(statuses.length),
      n(achieved),
      n(count("not_achieved")),
    ),
    detail,
  };
}
