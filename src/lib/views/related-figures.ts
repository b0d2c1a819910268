// The indicator page's block "Số liệu liên quan, không dùng để đánh giá" (issue 13): figures that
// measure something other than the indicator (another population, area or definition), each
// with its own measure and unit written out, so it is never read as the indicator's figure.

import type { Dataset } from "../data/dataset.ts";
import type { StatusResult } from "../status/types.ts";
import { describeFigureSettingIn } from "./figure-forms.ts";
import { describeSource, type SourceView } from "./indicator-figures.ts";
import { capitalise } from "../format.ts";
import { textIn } from "../i18n/data-text.ts";
import type { Lang } from "../i18n/languages.ts";
import { joinUnitIn, plainOf, type Localised } from "./localise.ts";

/** The heading of the block, as the contract words it. */
export const RELATED_HEADING = "Số liệu liên quan, không dùng để đánh giá";

/** One related figure, ready to print. */
export interface RelatedFigureView {
  /** What it measures, capitalised ("Tỷ lệ hộ nghèo chung tại các xã vùng DTTS và miền núi"). */
  readonly measure: Localised;
  /** Its unit, written out. */
  readonly unit: Localised;
  /** Value with its own unit ("3,16% tổng số hộ tại các xã vùng DTTS và miền núi"). */
  readonly text: Localised;
  readonly period: number;
  /** "năm 2024", or "không rõ năm, không sớm hơn năm 2021" when the source gives no year. */
  readonly periodText: string;
  readonly scope: Localised;
  readonly series: Localised;
  readonly source: SourceView;
  readonly excerpt: string;
  /** The note, in the page's language when translations.csv has it ("" when there is none). */
  readonly note: Localised;
}

/** Returns the related figures of a status result, by period, ready to print. */
export function listRelatedFigures(
  dataset: Dataset,
  result: StatusResult,
  lang: Lang = "vi",
): RelatedFigureView[] {
  return result.related.map((figure) => {
    const key = [
      result.indicator_id,
      figure.period,
      figure.scope_id,
      figure.series_id,
      figure.release_id,
    ].join("|");
    const cell = (field: "measure" | "measure_unit" | "note"): Localised =>
      lang === "vi" ? figure[field] : textIn(dataset, lang, "observations", key, field);
    const measure = cell("measure");
    const unit = cell("measure_unit");
    const decimals = (String(figure.value).split(".")[1] ?? "").length;
    return {
      measure:
        typeof measure === "string"
          ? capitalise(measure)
          : { ...measure, text: capitalise(measure.text) },
      unit,
      text:
        lang === "vi"
          ? figure.text
          : {
              ...(typeof unit === "string" ? { lang, renders: null } : unit),
              text: joinUnitIn(lang, figure.value, decimals, plainOf(unit)),
            },
      period: figure.period,
      ...describeFigureSettingIn(dataset, figure, lang),
      source: describeSource(dataset, figure.source_id, lang),
      excerpt: figure.excerpt,
      note: figure.note === "" ? "" : cell("note"),
    };
  });
}
