// The overview (/): the first screen answers "how is the province doing" — the period's
// verdict in one or two sentences, the count of indicators per status, the date of the latest
// release — then every appendix target with its indicators, and the indicators no appendix
// target covers. The verdict is written from the counts, never by hand.

import type { Resolution } from "../resolve/types.ts";
import { formatDate, formatNumber } from "../format.ts";
import { isPastGoalYear } from "../status/compute-status.ts";
import type { StatusCode } from "../status/types.ts";
import { listTargetAgencies } from "./agencies.ts";
import { buildIndicatorCard, type IndicatorCardView } from "./indicator-card.ts";
import { releasePath, targetPath } from "./links.ts";
import { countStatuses } from "./status-counts.ts";
import type { AgencyView, LinkView, StatusCountView } from "./types.ts";

/** One appendix target on the overview. */
export interface OverviewTargetView {
  readonly n: number;
  readonly heading: string;
  readonly href: string;
  readonly statement: string;
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

/** Returns the overview as of the latest release. */
export function buildOverviewPage(resolution: Resolution): OverviewPageView {
  const { dataset } = resolution;
  const cards = new Map(
    dataset.indicators.map((indicator) => [
      indicator.id,
      buildIndicatorCard(resolution, indicator),
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
  );
  return {
    total: all.length,
    totalText: `${formatNumber(all.length)} chỉ tiêu`,
    verdict,
    counts: countStatuses(all.map((card) => card.chip)),
    release: {
      link: { label: `bản dữ liệu ${release.id}`, href: releasePath(release.id) },
      date: formatDate(release.date),
      title: release.title,
    },
    targets: dataset.targets.map((target) => ({
      n: target.id,
      heading: `Mục tiêu ${target.id}: ${target.title}`,
      href: targetPath(target.id),
      statement: target.statement,
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
): VerdictView {
  const count = (...codes: StatusCode[]): number =>
    statuses.filter((entry) => codes.includes(entry.status)).length;
  const n = (value: number): string => formatNumber(value);
  const period = `Giai đoạn ${years.start}–${years.end}`;
  // "No published figure" must never read like "not achieved" (architecture.md § Missing data):
  // say so in words, and count the indicators with no figure at all apart from those whose
  // figures do not compare.
  const missing = [
    [count("no_data"), "chưa có số liệu công bố"],
    [count("not_comparable"), "có số liệu nhưng chưa so sánh được"],
    [count("awaiting_final"), `chờ số liệu năm ${years.end}`],
  ] as const;
  const parts = missing
    .filter(([value]) => value > 0)
    .map(([value, words]) => `${n(value)} chỉ tiêu ${words}`);
  const detail =
    parts.length > 0
      ? `${parts.join(", ")}: đó là thiếu số liệu công bố, không có nghĩa là không đạt.`
      : "";
  if (!periodOver) {
    const behind = count("behind", "off_track");
    return {
      headline:
        `${period} đang diễn ra: ${n(count("achieved"))} chỉ tiêu đã đạt mục tiêu, ` +
        `${n(count("on_track"))} chỉ tiêu đúng tiến độ, ${n(behind)} chỉ tiêu chậm so với lộ trình.`,
      detail,
    };
  }
  // After the period only a verdict on a figure of its last year is final.
  const concluded = statuses.filter((entry) => entry.final);
  if (concluded.length === 0) {
    return {
      headline: `${period} đã kết thúc; chưa có chỉ tiêu nào có số liệu năm ${years.end} được công bố để kết luận đạt hay không đạt.`,
      detail,
    };
  }
  const achieved = concluded.filter((entry) => entry.status === "achieved").length;
  return {
    headline:
      `${period} đã kết thúc. Đã kết luận được ${n(concluded.length)} trên ${n(statuses.length)} chỉ tiêu: ` +
      `${n(achieved)} đạt, ${n(count("not_achieved"))} không đạt.`,
    detail,
  };
}
