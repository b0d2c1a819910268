// What /du-lieu/phien-ban/ and /du-lieu/phien-ban/<id>/ show, computed from the Dataset with
// src/lib/releases: the releases newest first with their counts, and for one release every
// figure it added, revised, withdrew or re-published, with values written the Vietnamese way
// and both sources of a revision. Hrefs are relative to the site root (pages add the base).
//
// A value is written with at least the indicator's decimals and never fewer than it was
// published with, so a revision from 33,4 to 33,45 never reads "33,4 → 33,4".

import type { Dataset } from "../data/dataset.ts";
import type { Baseline, Indicator, Observation, Release } from "../data/rows.ts";
import { formatDate, formatNumber } from "../format.ts";
import { diffBaselines, diffDisputes, diffReleases } from "../releases/diff.ts";
import {
  releaseSummaries,
  type ReleaseCounts,
  type ReleaseSummary,
} from "../releases/summaries.ts";
import { ReleaseError } from "../releases/types.ts";
import { formatFraction, joinUnit } from "../status/format-value.ts";
import { describeFigureSetting, findDisputed } from "./figure-forms.ts";

/** A release as the list shows it. */
export interface ReleaseItem {
  /** Release id, e.g. "1.2.0". */
  readonly id: string;
  /** ISO date "YYYY-MM-DD" (for <time datetime>). */
  readonly isoDate: string;
  /** Date as dd/mm/yyyy. */
  readonly date: string;
  /** Vietnamese title. */
  readonly title: string;
  /** What the release adds or revises. */
  readonly summary: string;
  /** Page of the release, relative to the site root: "du-lieu/phien-ban/<id>/". */
  readonly href: string;
  /** True for the release whose id is the dataset version. */
  readonly latest: boolean;
  /** What it changed since the release before it. */
  readonly counts: ReleaseCounts;
  /** The counts in words: always added, revised, withdrawn; the others when not zero. */
  readonly countParts: readonly string[];
}

/** A source as a change shows it. */
export interface SourceView {
  /** Source title. */
  readonly title: string;
  /** Publisher. */
  readonly publisher: string;
  /** Address. */
  readonly url: string;
}

/** One published row of a figure: its value, source and words. */
export interface ValueView {
  /** Value written vi-VN with its unit ("71,5%"), or "đã rút" for a withdrawal. */
  readonly value: string;
  /** Release that published the row. */
  readonly releaseId: string;
  /** Where the figure comes from. */
  readonly source: SourceView;
  /** Sentence of the source containing the figure, verbatim. */
  readonly excerpt: string;
  /** Editorial note ("" when none). */
  readonly note: string;
}

/** One figure changed by a release. */
export interface ChangeView {
  /** Indicator slug. */
  readonly indicatorId: string;
  /** Indicator name. */
  readonly indicatorName: string;
  /** Indicator page, relative to the site root: "chi-tieu/<id>/". */
  readonly indicatorHref: string;
  /** Year the figure describes (for a baseline: the baseline year). */
  readonly period: number;
  /** "năm 2023", or "không rõ năm, không sớm hơn năm 2021" when the source gives no year. */
  readonly periodText: string;
  /** Scope name. */
  readonly scope: string;
  /** Series name. */
  readonly series: string;
  /** The row in force before the release (null for a new figure). */
  readonly before: ValueView | null;
  /** The row the release published (for a withdrawal: the withdrawal row, value "đã rút"). */
  readonly after: ValueView;
  /** True when the release took the figure back; `after.note` says why. */
  readonly withdrawal: boolean;
  /** For a disputed figure: the figure it contradicts, which the status uses; else null. */
  readonly disputes: ValueView | null;
}

/** The changes of one kind a release made to one indicator, counted (for a long section). */
export interface IndicatorChanges {
  /** Indicator slug. */
  readonly indicatorId: string;
  /** Indicator name. */
  readonly indicatorName: string;
  /** Indicator page, relative to the site root: "chi-tieu/<id>/". */
  readonly indicatorHref: string;
  /** How many figures changed, written vi-VN ("1.234"). */
  readonly count: string;
  /** The years they describe, runs joined: "2016–2020, 2022". */
  readonly years: string;
}

/** A group of changes of one kind, with its heading. */
export interface ChangeSection {
  /** Kind, also the section's anchor: "moi", "sua", "rut", "dang-lai", "neu-lai", "co-so". */
  readonly id: string;
  /** Vietnamese heading. */
  readonly heading: string;
  /** One sentence on what the kind means. */
  readonly explanation: string;
  /** The changes, sorted by indicator, period, scope, series. */
  readonly changes: readonly ChangeView[];
  /**
   * Set when the section has more changes than the page lists one by one (see DETAIL_LIMIT):
   * one row per indicator instead, and the page says where every figure is.
   */
  readonly byIndicator: readonly IndicatorChanges[] | null;
}

/**
 * Changes of one kind a release page lists one by one, with sources and excerpts; a longer
 * section is counted per indicator. A program's first release can hold every figure there is:
 * at 2,000 indicators that made a 13.5 MB page (issue 8). Each figure, its source and excerpt
 * stay on its indicator page and in the release's files.
 */
export const DETAIL_LIMIT = 100;

/** Everything a release page shows apart from its files. */
export interface ReleasePageView {
  /** The release. */
  readonly release: ReleaseItem;
  /** The release it is compared with, or null for the first one. */
  readonly previous: ReleaseItem | null;
  /** Non-empty sections only, in a fixed order. */
  readonly sections: readonly ChangeSection[];
}

const withdrawnText = "đã rút";

// The summaries of every release, per Dataset. Each release page needs them (its own counts and
// its predecessor's), and computing them diffs every pair of consecutive releases over all rows,
// so building them per page cost releases² × rows. A Dataset is immutable (buildDataset freezes
// it), so one computation serves the list, the feed and every release page; the WeakMap lets a
// Dataset and its summaries be collected together.
const summaryCache = new WeakMap<Dataset, readonly ReleaseSummary<Release>[]>();

function summariesOf(dataset: Dataset): readonly ReleaseSummary<Release>[] {
  let summaries = summaryCache.get(dataset);
  if (!summaries) {
    summaries = Object.freeze(releaseSummaries(dataset));
    summaryCache.set(dataset, summaries);
  }
  return summaries;
}

/** Returns every release newest first, each with its counts of changes (computed once per Dataset). */
export function listReleases(dataset: Dataset): ReleaseItem[] {
  return summariesOf(dataset).map(({ release, counts }) =>
    toItem(release, counts, dataset.version),
  );
}

/** Returns the view of one release: what it changed, figure by figure, since the one before it. */
export function buildReleasePage(
  dataset: Dataset,
  releaseId: string,
  detailLimit = DETAIL_LIMIT,
): ReleasePageView {
  const summaries = summariesOf(dataset);
  const summary = summaries.find((s) => s.release.id === releaseId);
  if (!summary) {
    throw new ReleaseError(
      `unknown release "${releaseId}" (known: ${summaries.map((s) => s.release.id).join(", ")})`,
    );
  }
  const previousId = summary.previous?.id ?? null;
  const previousSummary = summaries.find((s) => s.release.id === previousId);
  const diff = diffReleases(dataset.observations, dataset.releases, previousId, releaseId);
  const baselines = diffBaselines(dataset.baselines, dataset.releases, previousId, releaseId);
  const show = (row: Observation | Baseline) => viewValue(dataset, row);
  const change = (
    row: Observation,
    before: Observation | null,
    after: ValueView,
    disputes: ValueView | null = null,
  ) =>
    viewChange(dataset, row.indicator_id, row.period, row, before && show(before), after, disputes);
  const baselineChange = (row: Baseline, before: Baseline | null, after: ValueView) =>
    viewChange(dataset, row.indicator_id, row.year, row, before && show(before), after);

  const sections: Omit<ChangeSection, "byIndicator">[] = [
    {
      id: "moi",
      heading: "Số liệu mới",
      explanation: "Số liệu công bố lần đầu trong phiên bản này.",
      changes: diff.added.map((row) => change(row, null, show(row))),
    },
    {
      id: "sua",
      heading: "Số liệu được sửa",
      explanation: "Giá trị mới thay giá trị cũ; cả hai nguồn đều được ghi lại.",
      changes: diff.revised.map(({ before, after }) => change(after, before, show(after))),
    },
    {
      id: "rut",
      heading: "Số liệu bị rút",
      explanation: "Số liệu không còn được dùng; ghi chú nói lý do.",
      changes: diff.withdrawn.map(({ before, withdrawal }) =>
        change(withdrawal, before, { ...show(withdrawal), value: withdrawnText }),
      ),
    },
    {
      id: "dang-lai",
      heading: "Số liệu được đăng lại",
      explanation: "Số liệu đã rút trước đây nay được công bố lại.",
      changes: diff.republished.map((row) => change(row, null, show(row))),
    },
    {
      id: "neu-lai",
      heading: "Số liệu giữ nguyên giá trị, đổi nguồn hoặc ghi chú",
      explanation: "Giá trị không đổi; nguồn, câu trích hoặc ghi chú được cập nhật.",
      changes: diff.restated.map(({ before, after }) => change(after, before, show(after))),
    },
    {
      id: "tranh-chap",
      heading: "Số liệu có tranh chấp",
      explanation:
        "Một nguồn ghi giá trị khác với số liệu đang dùng cho cùng năm và phạm vi; cả hai được giữ, số liệu có tranh chấp không dùng để đánh giá.",
      changes: diffDisputes(
        dataset.disputedObservations,
        dataset.releases,
        previousId,
        releaseId,
      ).map((row) => {
        const used = findDisputed(dataset, row).at(-1);
        return change(row, null, show(row), used ? show(used) : null);
      }),
    },
    {
      id: "co-so",
      heading: "Số liệu cơ sở thay đổi",
      explanation: "Số liệu cơ sở (mốc xuất phát) của chỉ tiêu được thêm, thay hoặc rút.",
      changes: [
        ...baselines.added.map((row) => baselineChange(row, null, show(row))),
        ...baselines.changed.map(({ before, after }) => baselineChange(after, before, show(after))),
        ...baselines.withdrawn.map(({ before, withdrawal }) =>
          baselineChange(withdrawal, before, { ...show(withdrawal), value: withdrawnText }),
        ),
      ].sort((a, b) =>
        a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0,
      ),
    },
  ];
  return {
    release: toItem(summary.release, summary.counts, dataset.version),
    previous: previousSummary
      ? toItem(previousSummary.release, previousSummary.counts, dataset.version)
      : null,
    sections: sections
      .filter((section) => section.changes.length > 0)
      .map((section) => ({
        ...section,
        byIndicator:
          section.changes.length > detailLimit ? countByIndicator(section.changes) : null,
      })),
  };
}

/** Returns one row per indicator of `changes` (sorted by indicator), with count and years. */
export function countByIndicator(changes: readonly ChangeView[]): IndicatorChanges[] {
  const groups = new Map<string, ChangeView[]>();
  for (const change of changes) {
    const group = groups.get(change.indicatorId);
    if (group) group.push(change);
    else groups.set(change.indicatorId, [change]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [ChangeView, ...ChangeView[]];
    return {
      indicatorId: first.indicatorId,
      indicatorName: first.indicatorName,
      indicatorHref: first.indicatorHref,
      count: formatNumber(group.length),
      years: formatYears(group.map((change) => change.period)),
    };
  });
}

/** Returns years as runs: [2016, 2017, 2018, 2020] → "2016–2018, 2020" (sorted, once each). */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end++;
    runs.push(end === start ? `${sorted[start]}` : `${sorted[start]}–${sorted[end]}`);
    start = end + 1;
  }
  return runs.join(", ");
}

/** Returns the counts in words ("4 số liệu mới", "1 số liệu được sửa", …). */
export function describeCounts(counts: ReleaseCounts): string[] {
  const parts = [
    `${formatNumber(counts.added)} số liệu mới`,
    `${formatNumber(counts.revised)} được sửa`,
    `${formatNumber(counts.withdrawn)} bị rút`,
  ];
  if (counts.republished > 0) parts.push(`${formatNumber(counts.republished)} được đăng lại`);
  if (counts.restated > 0) parts.push(`${formatNumber(counts.restated)} đổi nguồn hoặc ghi chú`);
  if (counts.disputed > 0) parts.push(`${formatNumber(counts.disputed)} có tranh chấp`);
  if (counts.baselines > 0) {
    parts.push(`${formatNumber(counts.baselines)} số liệu cơ sở mới hoặc thay đổi`);
  }
  return parts;
}

/** Returns `value` vi-VN with the unit, with at least `decimals` decimals and all the value has (up to 3). */
export function formatPublishedValue(value: number, decimals: number, unit: string): string {
  const own = (String(value).split(".")[1] ?? "").length;
  return joinUnit(formatNumber(value, Math.min(3, Math.max(decimals, own))), unit);
}

function toItem(release: Release, counts: ReleaseCounts, version: string): ReleaseItem {
  return {
    id: release.id,
    isoDate: release.date,
    date: formatDate(release.date),
    title: release.title,
    summary: release.summary,
    href: `du-lieu/phien-ban/${release.id}/`,
    latest: release.id === version,
    counts,
    countParts: describeCounts(counts),
  };
}

function viewValue(dataset: Dataset, row: Observation | Baseline): ValueView {
  const indicator = requireIndicator(dataset, row.indicator_id);
  const source = dataset.sourceById.get(row.source_id);
  // A fraction is written as the source gave it; its share is the site's, and says so.
  const fraction =
    "numerator" in row && row.numerator !== null && row.denominator !== null
      ? formatFraction(row.numerator, row.denominator, indicator.unit)
      : null;
  return {
    value:
      row.value === null
        ? withdrawnText
        : fraction === null
          ? writeRowValue(row, row.value, indicator)
          : `${fraction} (${formatPublishedValue(row.value, indicator.decimals ?? 0, "%")}, tỷ lệ do trang tính)`,
    releaseId: row.release_id,
    source: {
      title: source?.title ?? row.source_id,
      publisher: source?.publisher ?? "",
      url: source?.url ?? "",
    },
    excerpt: row.excerpt,
    note: row.note ?? "",
  };
}

// A related figure (another measure) is written in its own unit and said to be related, so a
// release page never prints it as the indicator's figure.
function writeRowValue(row: Observation | Baseline, value: number, indicator: Indicator): string {
  const measure = "measure" in row ? row.measure : null;
  if (measure === null || !("measure_unit" in row) || row.measure_unit === null) {
    return formatPublishedValue(value, indicator.decimals ?? 0, indicator.unit ?? "");
  }
  return `${formatPublishedValue(value, 0, row.measure_unit)} — số liệu liên quan (${measure}), không dùng để đánh giá`;
}

function viewChange(
  dataset: Dataset,
  indicatorId: string,
  period: number,
  row: Observation | Baseline,
  before: ValueView | null,
  after: ValueView,
  disputes: ValueView | null = null,
): ChangeView {
  const indicator = requireIndicator(dataset, indicatorId);
  return {
    indicatorId,
    indicatorName: indicator.name,
    indicatorHref: `chi-tieu/${indicatorId}/`,
    period,
    ...describeFigureSetting(dataset, {
      ...row,
      period,
      period_basis: "period_basis" in row ? row.period_basis : null,
    }),
    before,
    after,
    withdrawal: row.value === null,
    disputes,
  };
}

function requireIndicator(dataset: Dataset, id: string): Indicator {
  const indicator = dataset.indicatorById.get(id);
  if (!indicator) throw new ReleaseError(`unknown indicator "${id}"`);
  return indicator;
}
