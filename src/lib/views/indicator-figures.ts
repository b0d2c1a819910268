// The indicator page's tables: every figure in force (the baseline, the comparable figures and
// those of another scope or series, each labelled with its role), and the revision history of
// every figure an earlier release published differently. Values are the indicator's numbers
// written vi-VN; the only derived number is a fraction's share, which the page marks computed.

import type { Dataset } from "../data/dataset.ts";
import type { Indicator } from "../data/rows.ts";
import { formatDateIn, formatNumber, formatNumberIn } from "../format.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { textIn } from "../i18n/data-text.ts";
import type { Lang } from "../i18n/languages.ts";
import {
  figureNoteIn,
  scopeNameIn,
  seriesNameIn,
  strengthIn,
  plainOf,
  type Localised,
} from "./localise.ts";
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
  readonly scope: Localised;
  readonly series: Localised;
  /** The release that published the value in force. */
  readonly release: LinkView;
  readonly source: LinkView;
  /** The source's own caveat (a weak source), or "". */
  readonly sourceNote: Localised;
  /** The source's grade in words ("nguồn thứ cấp"). */
  readonly sourceGrade: string;
  readonly excerpt: string;
  readonly note: Localised;
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
  readonly note: Localised;
  /** Its grade in words ("nguồn chính thức", "báo chí", "nguồn thứ cấp"), or "". */
  readonly grade: string;
  /** Why it has that grade, or "". */
  readonly gradeReason: string;
  /** True when the source is graded weak. */
  readonly weak: boolean;
}

/** A source as a link, with its caveat and its grade. */
export function describeSource(dataset: Dataset, id: string, lang: Lang = "vi"): SourceView {
  const source = dataset.sourceById.get(id);
  if (!source)
    return { link: { label: id, href: "" }, note: "", grade: "", gradeReason: "", weak: false };
  return {
    link: { label: `${source.title} — ${source.publisher}`, href: source.url },
    note:
      lang === "vi" || !source.note
        ? (source.note ?? "")
        : textIn(dataset, lang, "sources", id, "note"),
    grade: strengthIn(lang, source.strength, STRENGTH_LABELS[source.strength]),
    gradeReason: source.strength_reason,
    weak: source.strength === "weak",
  };
}

/** Returns the release as a link to its page ("Bản 1.0.0 (26/11/2026)"). */
export function describeRelease(dataset: Dataset, id: string, lang: Lang = "vi"): LinkView {
  const release = dataset.releaseById.get(id);
  const date = release ? ` (${formatDateIn(lang, release.date)})` : "";
  return { label: `${dictionaryOf(lang).releaseShort(id)}${date}`, href: releasePath(id) };
}

/** Returns the number of `indicator` vi-VN (or in `lang`) with its decimals, without the unit. */
export function formatValue(value: number, indicator: Indicator, lang: Lang = "vi"): string {
  return lang === "vi"
    ? formatNumber(value, decimalsOf(indicator))
    : formatNumberIn(lang, value, decimalsOf(indicator));
}

/** Returns every figure in force as table rows: the baseline first, then by period. */
export function listFigureRows(
  dataset: Dataset,
  indicator: Indicator,
  result: StatusResult,
  lang: Lang = "vi",
): FigureRowView[] {
  const t = dictionaryOf(lang);
  const row = (figure: Figure, role: string, comparable: boolean): FigureRowView => {
    const source = describeSource(dataset, figure.source_id, lang);
    const note = figureNoteIn(dataset, lang, figure, indicator.id, figure === result.baseline);
    return {
      period: figure.period,
      periodText: describeFigurePeriod(dataset, figure, lang),
      // A fraction's share is the site's: the page marks it computed; it keeps its "%".
      value: figure.fraction
        ? `${formatValue(figure.value, indicator, lang)}%`
        : formatValue(figure.value, indicator, lang),
      fraction: figure.fraction
        ? lang === "vi"
          ? formatFraction(figure.fraction.numerator, figure.fraction.denominator, indicator.unit)
          : `${formatNumberIn(lang, figure.fraction.numerator)}/${formatNumberIn(lang, figure.fraction.denominator)}`
        : null,
      role,
      comparable,
      scope: scopeNameIn(dataset, lang, figure.scope_id),
      series: seriesNameIn(dataset, lang, figure.series_id),
      release: describeRelease(dataset, figure.release_id, lang),
      source: source.link,
      sourceNote: source.note,
      sourceGrade: source.grade,
      excerpt: figure.excerpt,
      note:
        typeof note === "string"
          ? nameSourceMentions(note, dataset.sourceById)
          : { ...note, text: nameSourceMentions(note.text, dataset.sourceById) },
      revised: figure.revised,
    };
  };
  const other = (figure: OtherFigure): FigureRowView =>
    row(
      figure,
      lang === "vi" ? `${figure.label}; không dùng để đánh giá` : t.roleOther(figure.reason),
      false,
    );
  const rows = [
    ...result.comparable.map((figure) => row(figure, t.roleUsed, true)),
    ...result.others.map(other),
  ].sort((a, b) => a.period - b.period);
  return result.baseline ? [row(result.baseline, t.roleBaseline, true), ...rows] : rows;
}

/** Returns the history of every figure (and the baseline) that has more than one published row. */
export function listRevisions(
  dataset: Dataset,
  indicator: Indicator,
  lang: Lang = "vi",
): RevisionGroupView[] {
  const t = dictionaryOf(lang);
  const entry = (
    row: {
      readonly value: number | null;
      readonly note: string | null;
      readonly measure_unit?: string | null | undefined;
    },
    release: { readonly id: string; readonly date: string },
    kind: RevisionKind,
  ): RevisionEntryView => ({
    release: describeRelease(dataset, release.id, lang),
    date: formatDateIn(lang, release.date),
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
          : formatValue(row.value, indicator, lang),
    kind: lang === "vi" ? KIND_LABELS[kind] : t.revisionKind(kind),
    note: row.note ?? "",
  });
  const baselines = baselineHistory(
    dataset.baselinesByIndicator.get(indicator.id) ?? [],
    dataset.releases,
  )
    .filter((history) => history.revisions.length > 1)
    .map((history) => ({
      figure: t.roleBaseline,
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
        plainOf(scopeNameIn(dataset, lang, history.scope_id)),
        plainOf(seriesNameIn(dataset, lang, history.series_id)),
      ].join(" · "),
      entries: history.revisions.map((revision) =>
        entry(revision.row, revision.release, revision.kind),
      ),
    }));
  return [...baselines, ...figures];
}
