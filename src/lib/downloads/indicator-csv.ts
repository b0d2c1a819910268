// The per-indicator download linked from /chi-tieu/<id>/: every row ever published for the
// indicator, each with its source spelled out, so the file stands on its own when shared.
// Decision: the full history, not only today's figures, because the press and researchers
// need to see revisions; the `status` column lets a reader keep only `current` rows.

import { compareFigureKeys, figureKeyOf, orderReleases } from "../releases/order.ts";
import type { ObservationLike, ReleaseLike } from "../releases/types.ts";
import { WEAK_BASIS_WORDS } from "../views/source-strength.ts";
import { writeCsv, type CsvCell } from "./csv.ts";
import { DownloadError } from "./errors.ts";

/** The indicator the file is about (a row of indicators.csv). */
export interface IndicatorRef {
  /** Indicator slug. */
  readonly id: string;
  /** Vietnamese name. */
  readonly name: string;
  /** Unit of every value; null (or "") for a qualitative indicator. */
  readonly unit: string | null;
}

/** A published source (a row of sources.csv). */
export interface SourceRef {
  /** Source id. */
  readonly id: string;
  /** Title of the page or document. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** Publication date "YYYY-MM-DD"; null (or "") if undated. */
  readonly published: string | null;
  /** Where to read it. */
  readonly url: string;
  /** Grade of the source: official, press or weak (absent in older fixtures). */
  readonly strength?: string | null | undefined;
}

/** A scope or a series: an id and its Vietnamese name. */
export interface NamedRef {
  /** Slug. */
  readonly id: string;
  /** Vietnamese name. */
  readonly name: string;
}

/**
 * The lookups the file draws on; a Dataset has them all and can be passed as is. They are
 * indexed by the caller once, not filtered per indicator: the build writes one file per
 * indicator, and scanning every observation for each one grew with indicators².
 */
export interface IndicatorCsvTables {
  /** Rows of releases.csv in file order. */
  readonly releases: readonly ReleaseLike[];
  /** Rows of observations.csv of each indicator, in file order. */
  readonly observationsByIndicator: ReadonlyMap<string, readonly ObservationLike[]>;
  /** Disputed rows of observations.csv of each indicator (a Dataset keeps them apart). */
  readonly disputesByIndicator?: ReadonlyMap<string, readonly ObservationLike[]> | undefined;
  /** Rows of sources.csv by id, in file order. */
  readonly sourceById: ReadonlyMap<string, SourceRef>;
  /** Rows of scopes.csv by id, in file order. */
  readonly scopeById: ReadonlyMap<string, NamedRef>;
  /** Rows of series.csv by id, in file order. */
  readonly seriesById: ReadonlyMap<string, NamedRef>;
}

/**
 * Columns of the per-indicator CSV (cột của tệp CSV theo chỉ tiêu):
 * - indicator_id, indicator_name, unit — chỉ tiêu, tên, đơn vị / indicator, its name and unit;
 * - period — năm của số liệu / year the figure describes;
 * - scope_id, scope_name — phạm vi địa lý / geographic scope;
 * - series_id, series_name — dãy số so sánh được (chuẩn, định nghĩa) / comparable series;
 * - value — giá trị, dấu "." thập phân, trống = đã rút / value, "." decimal, empty = withdrawn;
 *   với phân số là tỷ lệ do trang tính / for a fraction, the share computed by the site;
 * - status — `current` (đang dùng / in force), `superseded` (đã được thay bằng bản sau /
 *   replaced by a later release), `withdrawn` (đã rút, không còn dùng / taken back),
 *   `disputed` (có tranh chấp, không dùng để đánh giá / contradicts the figure in `disputes`);
 * - release_id, release_date — phiên bản dữ liệu công bố dòng này và ngày / release and its date;
 * - source_id, source_title, source_publisher, source_published, source_url — nguồn đã công bố
 *   / the published source: id, title, publisher, date (empty if undated), URL;
 * - excerpt — câu trích nguyên văn chứa số liệu / verbatim sentence containing the figure;
 * - note — ghi chú biên tập / editorial note;
 * - role — `indicator` (số liệu của chỉ tiêu / the indicator's own figure) hoặc `related` (số liệu
 *   liên quan đo đại lượng khác, không dùng để đánh giá / another measure, never judged); a
 *   related row's `unit` is its own unit, never the indicator's;
 * - measure — đại lượng mà số liệu liên quan đo / what a related figure measures (empty otherwise);
 * - source_strength — độ mạnh của nguồn: official, press, weak / the source's grade;
 * - caveat — lời cảnh báo bằng chữ / the caveat in words ("tạm tính theo một nguồn thứ cấp",
 *   "số liệu liên quan, không dùng để đánh giá").
 * - numerator, denominator — số đếm và tổng số khi nguồn ghi phân số ("66/110") / the source's
 *   fraction; value_computed — `true` khi value do trang tính từ phân số / value is computed;
 * - period_basis — trống khi nguồn ghi rõ năm; `not_before`: không rõ năm, period là năm sớm
 *   nhất có thể; `as_of_published`: tình hình đến ngày đăng / how an approximate period was found;
 * - disputes — nguồn của số liệu mà dòng này mâu thuẫn / source of the figure this row disputes.
 */
export const indicatorCsvColumns = [
  "indicator_id",
  "indicator_name",
  "unit",
  "period",
  "scope_id",
  "scope_name",
  "series_id",
  "series_name",
  "value",
  "status",
  "release_id",
  "release_date",
  "source_id",
  "source_title",
  "source_publisher",
  "source_published",
  "source_url",
  "excerpt",
  "note",
  "role",
  "measure",
  "source_strength",
  "caveat",
  "numerator",
  "denominator",
  "value_computed",
  "period_basis",
  "disputes",
] as const;

/** Caveat of a related row (another measure). */
export const RELATED_CAVEAT =
  "số liệu liên quan, đo đại lượng khác chỉ tiêu, không dùng để đánh giá";

/** Returns the CSV text of every row published for `indicator`, sorted by period, scope, series, then release order. */
export function indicatorCsv(indicator: IndicatorRef, tables: IndicatorCsvTables): string {
  return prepareIndicatorCsv(tables)(indicator);
}

/** Returns a writer of indicatorCsv over `tables` that orders the releases once for every indicator. */
export function prepareIndicatorCsv(
  tables: IndicatorCsvTables,
): (indicator: IndicatorRef) => string {
  const ordered = orderReleases(tables.releases);
  const rankOf = new Map(ordered.map((release, rank) => [release.id, rank]));
  return (indicator) => {
    const disputed = tables.disputesByIndicator?.get(indicator.id) ?? [];
    const rows = [...(tables.observationsByIndicator.get(indicator.id) ?? []), ...disputed]
      .map((row) => ({ row, rank: lookup(rankOf, row.release_id, "release", row) }))
      .sort((a, b) => compareFigureKeys(a.row, b.row) || a.rank - b.rank);
    // The last row of each figure in release order is the one in force.
    const latest = new Map<string, number>();
    for (const { row, rank } of rows) if (!row.disputes) latest.set(figureKeyOf(row), rank);

    const cells = rows.map(({ row, rank }): CsvCell[] => {
      const source = lookup(tables.sourceById, row.source_id, "source", row);
      const release = ordered[rank] as ReleaseLike;
      const fraction = row.numerator != null && row.denominator != null;
      const status = row.disputes
        ? "disputed"
        : latest.get(figureKeyOf(row)) !== rank
          ? "superseded"
          : row.value === null
            ? "withdrawn"
            : "current";
      const measure = row.measure ?? null;
      const related = measure !== null && measure !== "";
      const caveats = [
        ...(related ? [RELATED_CAVEAT] : []),
        ...(source.strength === "weak" ? [WEAK_BASIS_WORDS] : []),
      ];
      return [
        indicator.id,
        indicator.name,
        // A related figure is never in the indicator's unit.
        related ? (row.measure_unit ?? null) : indicator.unit,
        row.period,
        row.scope_id,
        lookup(tables.scopeById, row.scope_id, "scope", row).name,
        row.series_id,
        lookup(tables.seriesById, row.series_id, "series", row).name,
        row.value,
        status,
        release.id,
        release.date,
        source.id,
        source.title,
        source.publisher,
        source.published,
        source.url,
        row.excerpt,
        row.note,
        related ? "related" : "indicator",
        related ? measure : null,
        source.strength ?? null,
        caveats.join("; "),
        row.numerator ?? null,
        row.denominator ?? null,
        fraction ? true : null,
        row.period_basis ?? null,
        row.disputes ?? null,
      ];
    });
    return writeCsv(indicatorCsvColumns, cells);
  };
}

function lookup<V>(map: ReadonlyMap<string, V>, id: string, what: string, row: ObservationLike): V {
  const found = map.get(id);
  if (found === undefined) {
    throw new DownloadError(
      `observation ${figureKeyOf(row)} in release "${row.release_id}": unknown ${what} "${id}" (known: ${[...map.keys()].join(", ")})`,
    );
  }
  return found;
}
