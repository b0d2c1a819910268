// The indicator page's block "Số liệu liên quan, không dùng để đánh giá" (issue 13): figures that
// measure something other than the indicator (another population, area or definition), each
// with its own measure and unit written out, so it is never read as the indicator's figure.

import type { Dataset } from "../data/dataset.ts";
import type { StatusResult } from "../status/types.ts";
import { describeFigureSetting } from "./figure-forms.ts";
import { describeSource, type SourceView } from "./indicator-figures.ts";
import { capitalise } from "../format.ts";

/** The heading of the block, as the contract words it. */
export const RELATED_HEADING = "Số liệu liên quan, không dùng để đánh giá";

/** One related figure, ready to print. */
export interface RelatedFigureView {
  /** What it measures, capitalised ("Tỷ lệ hộ nghèo chung tại các xã vùng DTTS và miền núi"). */
  readonly measure: string;
  /** Its unit, written out. */
  readonly unit: string;
  /** Value with its own unit ("3,16% tổng số hộ tại các xã vùng DTTS và miền núi"). */
  readonly text: string;
  readonly period: number;
  /** "năm 2024", or "không rõ năm, không sớm hơn năm 2021" when the source gives no year. */
  readonly periodText: string;
  readonly scope: string;
  readonly series: string;
  readonly source: SourceView;
  readonly excerpt: string;
  readonly note: string;
}

/** Returns the related figures of a status result, by period, ready to print. */
export function listRelatedFigures(dataset: Dataset, result: StatusResult): RelatedFigureView[] {
  return result.related.map((figure) => ({
    measure: capitalise(figure.measure),
    unit: figure.measure_unit,
    text: figure.text,
    period: figure.period,
    ...describeFigureSetting(dataset, figure),
    source: describeSource(dataset, figure.source_id),
    excerpt: figure.excerpt,
    note: figure.note,
  }));
}
