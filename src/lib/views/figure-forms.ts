// How the indicator page, the per-indicator CSV and the release page write the three forms a
// figure can take besides "a value for a year" (issue 14): a fraction ("66/110 xã vùng DTTS và
// miền núi", the share beside it marked computed), an approximate period ("Không rõ năm, không
// sớm hơn năm 2021" or "đến tháng 05/2024 (theo ngày đăng tin)") and a disputed figure, shown
// with its own source next to the figure the status uses.

import type { Dataset } from "../data/dataset.ts";
import type { Baseline, Indicator, Observation, ObservationPeriodBasis } from "../data/rows.ts";
import { decimalsOf, joinUnit } from "../status/format-value.ts";
import { textIn } from "../i18n/data-text.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import {
  joinUnitIn,
  plainOf,
  scopeNameIn,
  seriesNameIn,
  unitIn,
  type Localised,
} from "./localise.ts";
import { describeRelease, describeSource, formatValue } from "./indicator-figures.ts";
import type { LinkView } from "./types.ts";

/** Returns the period as the page writes it: the year, or how far the source dates the figure. */
export function describePeriod(
  period: number,
  basis: ObservationPeriodBasis | null,
  published: string | null,
  lang: Lang = "vi",
): string {
  const t = dictionaryOf(lang);
  if (basis === "not_before") return t.periodNotBefore(period);
  if (basis === "as_of_published" && published !== null) {
    const [year = "", month = ""] = published.split("-");
    return t.periodAsOfPublished(month, year);
  }
  return String(period);
}

/** Returns the period of a figure, reading the publication date from its source when needed. */
export function describeFigurePeriod(
  dataset: Dataset,
  figure: {
    readonly period: number;
    readonly period_basis: ObservationPeriodBasis | null;
    readonly source_id: string;
  },
  lang: Lang = "vi",
): string {
  const published = dataset.sourceById.get(figure.source_id)?.published ?? null;
  return describePeriod(figure.period, figure.period_basis, published, lang);
}

/** Where and when a figure is, as a sentence writes it. */
export interface FigureSetting {
  /** "năm 2024", or "không rõ năm, không sớm hơn năm 2021". */
  readonly periodText: string;
  /** Name of the figure's scope (scopes.csv). */
  readonly scope: string;
  /** Name of the figure's series (series.csv). */
  readonly series: string;
}

/** Where and when a figure is, in a page's language: names are data cells. */
export interface FigureSettingIn {
  readonly periodText: string;
  readonly scope: Localised;
  readonly series: Localised;
}

/** Returns the period (inside a sentence), scope and series names of `figure`, in Vietnamese. */
export function describeFigureSetting(
  dataset: Dataset,
  figure: Parameters<typeof describeFigureSettingIn>[1],
): FigureSetting {
  const setting = describeFigureSettingIn(dataset, figure, "vi");
  return { ...setting, scope: plainOf(setting.scope), series: plainOf(setting.series) };
}

/** Returns the period (inside a sentence), scope and series names of `figure`, in `lang`. */
export function describeFigureSettingIn(
  dataset: Dataset,
  figure: {
    readonly period: number;
    readonly period_basis?: ObservationPeriodBasis | null | undefined;
    readonly source_id: string;
    readonly scope_id: string;
    readonly series_id: string;
  },
  lang: Lang,
): FigureSettingIn {
  const basis = figure.period_basis ?? null;
  return {
    periodText:
      basis === null
        ? dictionaryOf(lang).inYear(figure.period)
        : describeFigurePeriod(dataset, { ...figure, period_basis: basis }, lang).toLowerCase(),
    scope: scopeNameIn(dataset, lang, figure.scope_id),
    series: seriesNameIn(dataset, lang, figure.series_id),
  };
}

/** A disputed figure beside the figure the status uses, each with its source. */
export interface DisputeView {
  /** "2021". */
  readonly period: string;
  readonly scope: Localised;
  readonly series: Localised;
  /** The disputed value with its unit ("15 xã"). */
  readonly disputed: DisputedSide;
  /** The value the status uses, or null when it was withdrawn since. */
  readonly used: DisputedSide | null;
  /** The disputed row's note, in the page's language when translations.csv has it. */
  readonly note: Localised;
}

/** One side of a dispute. */
export interface DisputedSide {
  readonly text: string;
  readonly source: LinkView;
  /** The source's grade and caveat ("nguồn thứ cấp; Nguồn yếu: …"), or "". */
  readonly sourceNote: string;
  readonly excerpt: string;
  readonly release: LinkView;
}

/** Returns the indicator's disputed figures, each with the figure it contradicts, in `lang`. */
export function listDisputes(
  dataset: Dataset,
  indicator: Indicator,
  lang: Lang = "vi",
): DisputeView[] {
  const unit = lang === "vi" ? (indicator.unit ?? "") : plainOf(unitIn(dataset, lang, indicator));
  const side = (row: {
    readonly value: number | null;
    readonly source_id: string;
    readonly excerpt: string;
    readonly release_id: string;
  }): DisputedSide => {
    const source = describeSource(dataset, row.source_id, lang);
    return {
      text:
        row.value === null
          ? "—"
          : lang === "vi"
            ? joinUnit(formatValue(row.value, indicator), unit)
            : joinUnitIn(lang, row.value, decimalsOf(indicator), unit),
      source: source.link,
      // The grade first ("báo chí", "nguồn thứ cấp"), so both sides of a dispute show their strength.
      sourceNote: [source.grade, plainOf(source.note)].filter((part) => part !== "").join("; "),
      excerpt: row.excerpt,
      release: describeRelease(dataset, row.release_id, lang),
    };
  };
  return (dataset.disputesByIndicator.get(indicator.id) ?? []).map((row) => ({
    period: String(row.period),
    scope: scopeNameIn(dataset, lang, row.scope_id),
    series: seriesNameIn(dataset, lang, row.series_id),
    disputed: side(row),
    used: findDisputed(dataset, row).map(side).at(-1) ?? null,
    note:
      (row.note ?? "") === "" || lang === "vi"
        ? (row.note ?? "")
        : textIn(
            dataset,
            lang,
            "observations",
            [row.indicator_id, row.period, row.scope_id, row.series_id, row.release_id].join("|"),
            "note",
          ),
  }));
}

/** Returns the rows (baseline or observations, oldest first) of the figure `row` disputes. */
export function findDisputed(dataset: Dataset, row: Observation): (Baseline | Observation)[] {
  const same = (other: { scope_id: string; series_id: string; source_id: string }): boolean =>
    other.scope_id === row.scope_id &&
    other.series_id === row.series_id &&
    other.source_id === row.disputes;
  const baselines = (dataset.baselinesByIndicator.get(row.indicator_id) ?? []).filter(
    (baseline) => baseline.year === row.period && same(baseline),
  );
  const observations = (dataset.observationsByIndicator.get(row.indicator_id) ?? []).filter(
    (observation) => observation.period === row.period && same(observation),
  );
  return [...baselines, ...observations];
}
