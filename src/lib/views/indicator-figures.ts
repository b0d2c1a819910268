// The indicator page's tables: every figure in force (the baseline, the comparable figures and
// those of another scope or series, each labelled with its role), and the revision history of
// every figure an earlier release published differently. Values are the indicator's numbers
// written vi-VN; the only derived number is a fraction's share, which the page marks computed.

import type { Dataset } from "../data/dataset.ts";
import type { Indicator } from "../data/rows.ts";
import { formatDate, formatNumber } from "../format.ts";
import { baselineHistory, revisionHistory, type RevisionKind } from "../releases/history.ts";
import { decimalsOf, formatFraction, formatWithUnit } from "../status/format-value.ts";
import type { Figure, OtherFigure, StatusResult } from "../status/types.ts";
import { describeFigurePeriod } from "./figure-forms.ts";
import { releasePath } from "./links.ts";
import { STRENGTH_LABELS } from "./source-strength.ts";
import { nameSourceMentions } from "./source-mentions.ts";
import type { LinkView } from "./types.ts";

/** One row of the data table. */
export interface FigureRowView {
  readonly period: number;
  /** "2023", or how far the source dates it ("Không rõ năm, không sớm hơn năm 2021"). */
  readonly periodText: string;
  /** The number vi-VN, without unit (the unit is in the column head). */
  readonly value: string;
  /** The source's fraction ("66/110 xã vùng DTTS và miền núi"); `value` is then its computed share. */
  readonly fraction: string | null;
  /** "Năm gốc", "Dùng để đánh giá", or why not ("Khác phạm vi: …; không dùng để đánh giá"). */
  readonly role: string;
  readonly comparable: boolean;
  readonly scope: string;
  readonly series: string;
  /** The release that published the value in force. */
  readonly release: LinkView;
  readonly source: LinkView;
  /** The source's own caveat (a weak source), or "". */
  readonly sourceNote: string;
  /** The source's grade in words ("nguồn thứ cấp"). */
  readonly sourceGrade: string;
  readonly excerpt: string;
  readonly note: string;
  readonly revised: boolean;
}

/** One published value in a figure's history. */
export interface RevisionEntryView {
  readonly release: LinkView;
  /** "26/11/2026". */
  readonly date: string;
  /** The number vi-VN, or "—" when the row withdrew the figure. */
  readonly value: string;
  /** "Công bố lần đầu", "Điều chỉnh", "Rút lại"… */
  readonly kind: string;
  readonly note: string;
}

/** The history of one figure that changed after it was first published. */
export interface RevisionGroupView {
  /** "2023 · Tỉnh cũ · Mặc định", or "Năm gốc" for the baseline. */
  readonly figure: string;
  readonly entries: readonly RevisionEntryView[];
}

const KIND_LABELS: Record<RevisionKind, string> = {
  added: "Công bố lần đầu",
  revised: "Điều chỉnh",
  restated: "Công bố lại, giá trị không đổi",
  withdrawn: "Rút lại",
  republished: "Công bố lại sau khi rút",
};

/** A source as a page cites it. */
export interface SourceView {
  readonly link: LinkView;
  /** The source's own caveat, or "". */
  readonly note: string;
  /** Its grade in words ("nguồn chính thức", "báo chí", "nguồn thứ cấp"), or "". */
  readonly grade: string;
  /** Why it has that grade, or "". */
  readonly gradeReason: string;
  /** True when the source is graded weak. */
  readonly weak: boolean;
}

/** A source as a link, with its caveat and its grade. */
export function describeSource(dataset: Dataset, id: string): SourceView {
  const source = dataset.sourceById.get(id);
  if (!source)
    return { link: { label: id, href: "" }, note: "", grade: "", gradeReason: "", weak: false };
  return {
    link: { label: `${source.title} — ${source.publisher}`, href: source.url },
    note: source.note ?? "",
    grade: STRENGTH_LABELS[source.strength],
    gradeReason: source.strength_reason,
    weak: source.strength === "weak",
  };
}

/** Returns the release as a link to its page ("Bản 1.0.0 (26/11/2026)"). */
export function describeRelease(dataset: Dataset, id: string): LinkView {
  const release = dataset.releaseById.get(id);
  const date = release ? ` (${formatDate(release.date)})` : "";
  return { label: `Bản ${id}${date}`, href: releasePath(id) };
}

/** Returns the number of `indicator` vi-VN with its decimals, without the unit. */
export function formatValue(value: number, indicator: Indicator): string {
  return formatNumber(value, decimalsOf(indicator));
}

/** Returns every figure in force as table rows: the baseline first, then by period. */
export function listFigureRows(
  dataset: Dataset,
  indicator: Indicator,
  result: StatusResult,
): FigureRowView[] {
  const row = (figure: Figure, role: string, comparable: boolean): FigureRowView => {
    const source = describeSource(dataset, figure.source_id);
    return {
      period: figure.period,
      periodText: describeFigurePeriod(dataset, figure),
      // A fraction's share is the site's: the page marks it computed; it keeps its "%".
      value: figure.fraction
        ? `${formatValue(figure.value, indicator)}%`
        : formatValue(figure.value, indicator),
      fraction: figure.fraction
        ? formatFraction(figure.fraction.numerator, figure.fraction.denominator, indicator.unit)
        : null,
      role,
      comparable,
      scope: dataset.scopeById.get(figure.scope_id)?.name ?? figure.scope_id,
      series: dataset.seriesById.get(figure.series_id)?.name ?? figure.series_id,
      release: describeRelease(dataset, figure.release_id),
      source: source.link,
      sourceNote: source.note,
      sourceGrade: source.grade,
      excerpt: figure.excerpt,
      note: nameSourceMentions(figure.note, dataset.sourceById),
      revised: figure.revised,
    };
  };
  const other = (figure: OtherFigure): FigureRowView =>
    row(figure, `${figure.label}; không dùng để đánh giá`, false);
  const rows = [
    ...result.comparable.map((figure) => row(figure, "Dùng để đánh giá", true)),
    ...result.others.map(other),
  ].sort((a, b) => a.period - b.period);
  return result.baseline ? [row(result.baseline, "Năm gốc", true), ...rows] : rows;
}

/** Returns the history of every figure (and the baseline) that has more than one published row. */
export function listRevisions(dataset: Dataset, indicator: Indicator): RevisionGroupView[] {
  const entry = (
    row: {
      readonly value: number | null;
      readonly note: string | null;
      readonly measure_unit?: string | null | undefined;
    },
    release: { readonly id: string; readonly date: string },
    kind: RevisionKind,
  ): RevisionEntryView => ({
    release: describeRelease(dataset, release.id),
    date: formatDate(release.date),
    // A related row (another measure) is written in its own unit, never as the indicator's number.
    value:
      row.value === null
        ? "—"
        : row.measure_unit
          ? formatWithUnit(
              row.value,
              (String(row.value).split(".")[1] ?? "").length,
              row.measure_unit,
            )
          : formatValue(row.value, indicator),
    kind: KIND_LABELS[kind],
    note: row.note ?? "",
  });
  const baselines = baselineHistory(
    dataset.baselinesByIndicator.get(indicator.id) ?? [],
    dataset.releases,
  )
    .filter((history) => history.revisions.length > 1)
    .map((history) => ({
      figure: "Năm gốc",
      entries: history.revisions.map((revision) =>
        entry(revision.row, revision.release, revision.kind),
      ),
    }));
  const figures = revisionHistory(
    dataset.observationsByIndicator.get(indicator.id) ?? [],
    dataset.releases,
  )
    .filter((history) => history.revisions.length > 1)
    .map((history) => ({
      figure: [
        String(history.period),
        dataset.scopeById.get(history.scope_id)?.name ?? history.scope_id,
        dataset.seriesById.get(history.series_id)?.name ?? history.series_id,
      ].join(" · "),
      entries: history.revisions.map((revision) =>
        entry(revision.row, revision.release, revision.kind),
      ),
    }));
  return [...baselines, ...figures];
}
