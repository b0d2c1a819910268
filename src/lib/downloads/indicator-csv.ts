// The per-indicator download linked from /chi-tieu/<id>/: every figure the indicator's page
// shows — its goals, its baselines, every row ever published for it, its related figures (another
// measure, in their own unit) — each with its source spelled out, so the file stands on its own
// when shared. An indicator without any figure still gets its goal rows and one `no_data` row
// with the status sentence: the file says why it is empty instead of being a bare header.
// Decision: the full history, not only today's figures, because the press and researchers
// need to see revisions; the `status` column lets a reader keep only `current` rows.
// The same rows are written three ways: CSV (machines), the CSV after a UTF-8 BOM (Excel) and
// JSON (developers), so the forms cannot drift apart.

import type { Program } from "../data/rows.ts";
import { nameProgram } from "../program/names.ts";
import { baselineKeyOf } from "../releases/as-of.ts";
import { compareFigureKeys, figureKeyOf, orderReleases } from "../releases/order.ts";
import { buildTimelines, entryAsOf } from "../releases/timeline.ts";
import type { BaselineLike, ObservationLike, ReleaseLike } from "../releases/types.ts";
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
interface SourceRef {
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
interface NamedRef {
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
  /** Rows of sources.csv by id, in file order. */
  readonly sourceById: ReadonlyMap<string, SourceRef>;
  /** Rows of scopes.csv by id, in file order. */
  readonly scopeById: ReadonlyMap<string, NamedRef>;
  /** Rows of series.csv by id, in file order. */
  readonly seriesById: ReadonlyMap<string, NamedRef>;
  /** The program's row (program.csv): a goal row's source is the program itself. */
  readonly program?: Program | undefined;
  /** Disputed rows of observations.csv of each indicator (a Dataset keeps them apart). */
  readonly disputesByIndicator?: ReadonlyMap<string, readonly ObservationLike[]> | undefined;
  /** Rows of baselines.csv of each indicator, in file order (none when absent). */
  readonly baselinesByIndicator?: ReadonlyMap<string, readonly BaselineLike[]> | undefined;
  /** Rows of goals.csv of each indicator, in file order (none when absent). */
  readonly goalsByIndicator?: ReadonlyMap<string, readonly GoalRef[]> | undefined;
  /** What the site computed for each indicator: its status sentence and goal phrases. */
  readonly summaries?: ReadonlyMap<string, IndicatorFileSummary> | undefined;
}

/** A goal of the indicator (a row of goals.csv). */
interface GoalRef {
  /** Goal year (2025, 2030). */
  readonly year: number;
  /** Goal rule (at_least, multiple_of_baseline, …). */
  readonly rule: string;
  /** The rule's number (a level, a factor, points per year, a percent); null if qualitative. */
  readonly value: number | null;
  /** The program's words, verbatim. */
  readonly wording: string;
  /** Paragraph of the program text ("II-3-1"). */
  readonly program_anchor: string;
}

/** What the site says about the indicator, computed elsewhere (src/lib/views/scorecard.ts). */
export interface IndicatorFileSummary {
  /** Status code of the judged goal. */
  readonly status: string;
  /** The status in words. */
  readonly status_label: string;
  /** The status sentence, as on the indicator page. */
  readonly status_reason: string;
  /** The goal of each year as the site words it ("≥ 94% số xã"). */
  readonly goalTexts: ReadonlyMap<number, string>;
}

/**
 * Columns of the per-indicator CSV (cột của tệp CSV theo chỉ tiêu):
 * - kind — loại dòng / row kind: `goal` (mục tiêu của Chương trình), `baseline` (năm gốc),
 *   `observation` (số liệu của chỉ tiêu), `related` (số liệu liên quan, đại lượng khác, không
 *   dùng để đánh giá), `no_data` (chỉ tiêu chưa có số liệu nào: `note` ghi câu trạng thái);
 * - indicator_id, indicator_name, unit — chỉ tiêu, tên, đơn vị / indicator, its name and unit
 *   (a related row's unit is its own, never the indicator's);
 * - period — năm của số liệu (năm mục tiêu với dòng goal) / year the figure describes;
 * - scope_id, scope_name — phạm vi địa lý / geographic scope;
 * - series_id, series_name — dãy số so sánh được (chuẩn, định nghĩa) / comparable series;
 * - value — giá trị, dấu "." thập phân, trống = đã rút (dòng goal: mức cần đạt khi Chương trình
 *   ghi sẵn mức, nếu không thì trống, xem goal_rule) / value, "." decimal, empty = withdrawn;
 *   với phân số là tỷ lệ do trang tính / for a fraction, the share computed by the site;
 * - status — `current` (đang dùng / in force), `superseded` (đã được thay bằng bản sau /
 *   replaced by a later release), `withdrawn` (đã rút, không còn dùng / taken back),
 *   `disputed` (có tranh chấp, không dùng để đánh giá / contradicts the figure in `disputes`);
 *   empty on goal and no_data rows;
 * - release_id, release_date — phiên bản dữ liệu công bố dòng này và ngày / release and its date;
 * - source_id, source_title, source_publisher, source_published, source_url — nguồn đã công bố
 *   / the published source: id, title, publisher, date (empty if undated), URL; a goal row's
 *   source is the program itself (no id, no URL: the paragraph is named in `note`);
 * - excerpt — câu trích nguyên văn chứa số liệu (lời văn mục tiêu với dòng goal) / verbatim
 *   sentence containing the figure, or the goal's wording;
 * - note — ghi chú biên tập (dòng goal: đoạn văn bản và mục tiêu như trang ghi; dòng no_data:
 *   câu trạng thái) / editorial note;
 * - role — `indicator` (số liệu của chỉ tiêu / the indicator's own figure) hoặc `related` (số liệu
 *   liên quan đo đại lượng khác, không dùng để đánh giá / another measure, never judged);
 * - measure — đại lượng mà số liệu liên quan đo / what a related figure measures (empty otherwise);
 * - source_strength — độ mạnh của nguồn: official, press, weak / the source's grade;
 * - caveat — lời cảnh báo bằng chữ / the caveat in words ("tạm tính theo một nguồn thứ cấp",
 *   "số liệu liên quan, không dùng để đánh giá", the status of a no_data row);
 * - numerator, denominator — số đếm và tổng số khi nguồn ghi phân số ("66/110") / the source's
 *   fraction; value_computed — `true` khi value do trang tính từ phân số / value is computed;
 * - period_basis — trống khi nguồn ghi rõ năm; `not_before`: không rõ năm, period là năm sớm
 *   nhất có thể; `as_of_published`: tình hình đến ngày đăng / how an approximate period was found;
 * - disputes — nguồn của số liệu mà dòng này mâu thuẫn / source of the figure this row disputes;
 * - goal_rule, goal_rule_value — quy tắc mục tiêu và con số của quy tắc (goals.csv rule, value)
 *   / the goal's rule and its number, on goal rows only.
 */
export const indicatorCsvColumns = [
  "kind",
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
  "goal_rule",
  "goal_rule_value",
] as const;

/** One row of the per-indicator files, by column. */
type IndicatorFileRow = { readonly [K in (typeof indicatorCsvColumns)[number]]: CsvCell };

/** Caveat of a related row (another measure). */
const RELATED_CAVEAT = "số liệu liên quan, đo đại lượng khác chỉ tiêu, không dùng để đánh giá";

// Goal rules whose number is a level in the indicator's own unit.
const LEVEL_RULES = new Set(["at_least", "at_most", "below"]);

/**
 * Returns a writer of the CSV text of every row an indicator's page shows (see the column list)
 * over `tables`, which orders the releases once for every indicator.
 */
export function prepareIndicatorCsv(
  tables: IndicatorCsvTables,
): (indicator: IndicatorRef) => string {
  const list = prepareIndicatorRows(tables);
  return (indicator) => writeIndicatorCsv(list(indicator));
}

/** Returns the rows as CSV text (comma, "." decimals, LF, no BOM). */
export function writeIndicatorCsv(rows: readonly IndicatorFileRow[]): string {
  return writeCsv(
    indicatorCsvColumns,
    rows.map((row) => indicatorCsvColumns.map((column) => row[column])),
  );
}

/** Returns the rows as JSON text for developers: the indicator, its status and the rows. */
export function writeIndicatorJson(
  indicator: IndicatorRef,
  rows: readonly IndicatorFileRow[],
  summary: IndicatorFileSummary | undefined,
  release: ReleaseLike,
): string {
  const document = {
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit || null },
    release: { id: release.id, date: release.date },
    status: summary
      ? { code: summary.status, label: summary.status_label, reason: summary.status_reason }
      : null,
    columns: indicatorCsvColumns,
    rows,
  };
  return JSON.stringify(document, null, 2) + "\n";
}

/** Returns a lister of every row of an indicator's files over `tables` (releases ordered once). */
export function prepareIndicatorRows(
  tables: IndicatorCsvTables,
): (indicator: IndicatorRef) => IndicatorFileRow[] {
  const ordered = orderReleases(tables.releases);
  const rankOf = new Map(ordered.map((release, rank) => [release.id, rank]));
  const programNames = tables.program ? nameProgram(tables.program) : null;
  const releaseOf = (rank: number): ReleaseLike => ordered[rank] as ReleaseLike;
  // The row in force of each figure after the latest release, withdrawals included: the
  // releases' one "latest release wins" rule (src/lib/releases/timeline.ts).
  const rowsInForce = <T extends { readonly release_id: string }>(
    rows: readonly T[],
    keyOf: (row: T) => string,
    what: string,
  ): Set<T> => {
    const timelines = buildTimelines(rows, tables.releases, keyOf, what);
    const found = [...timelines.byKey.values()].map(
      (entries) => entryAsOf(entries, ordered.length - 1)?.row,
    );
    return new Set(found.filter((row): row is T => row !== undefined));
  };
  return (indicator) => {
    const summary = tables.summaries?.get(indicator.id);
    const empty = emptyRow(indicator);
    const sourceCells = (source: SourceRef) => ({
      source_id: source.id,
      source_title: source.title,
      source_publisher: source.publisher,
      source_published: source.published,
      source_url: source.url,
      source_strength: source.strength ?? null,
    });

    const goals = [...(tables.goalsByIndicator?.get(indicator.id) ?? [])]
      .sort((a, b) => a.year - b.year)
      .map((goal): IndicatorFileRow => {
        const phrase = summary?.goalTexts.get(goal.year) ?? "";
        return {
          ...empty,
          kind: "goal",
          period: goal.year,
          value: LEVEL_RULES.has(goal.rule) ? goal.value : null,
          source_title: programNames?.reference ?? null,
          source_publisher: programNames?.issuer ?? null,
          source_strength: "official",
          excerpt: goal.wording,
          note: [
            `Đoạn ${goal.program_anchor} của Chương trình`,
            ...(phrase && goal.rule !== "qualitative" ? [`mục tiêu như trang ghi: ${phrase}`] : []),
          ].join("; "),
          role: "indicator",
          goal_rule: goal.rule,
          goal_rule_value: goal.value,
        };
      });

    const ownBaselines = tables.baselinesByIndicator?.get(indicator.id) ?? [];
    const baselineRows = ownBaselines
      .map((row) => ({ row, rank: lookup(rankOf, row.release_id, "release", asKey(row)) }))
      .sort((a, b) => a.row.year - b.row.year || a.rank - b.rank);
    const currentBaseline = rowsInForce(ownBaselines, baselineKeyOf, "baseline");
    const baselines = baselineRows.map(({ row, rank }): IndicatorFileRow => {
      const source = lookup(tables.sourceById, row.source_id, "source", asKey(row));
      return {
        ...empty,
        kind: "baseline",
        period: row.year,
        ...placeCells(tables, asKey(row)),
        value: row.value,
        status: !currentBaseline.has(row)
          ? "superseded"
          : row.value === null
            ? "withdrawn"
            : "current",
        release_id: releaseOf(rank).id,
        release_date: releaseOf(rank).date,
        ...sourceCells(source),
        excerpt: row.excerpt,
        note: row.note,
        role: "indicator",
        caveat: source.strength === "weak" ? WEAK_BASIS_WORDS : null,
      };
    });

    const own = tables.observationsByIndicator.get(indicator.id) ?? [];
    const disputed = tables.disputesByIndicator?.get(indicator.id) ?? [];
    const observationRows = [...own, ...disputed]
      .map((row) => ({ row, rank: lookup(rankOf, row.release_id, "release", row) }))
      .sort((a, b) => compareFigureKeys(a.row, b.row) || a.rank - b.rank);
    // A disputed row never revises anything, so only the indicator's own rows take part.
    const current = rowsInForce(
      own.filter((row) => !row.disputes),
      figureKeyOf,
      "observation",
    );
    const observations = observationRows.map(({ row, rank }): IndicatorFileRow => {
      const source = lookup(tables.sourceById, row.source_id, "source", row);
      const fraction = row.numerator != null && row.denominator != null;
      const status = row.disputes
        ? "disputed"
        : !current.has(row)
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
      return {
        ...empty,
        kind: related ? "related" : "observation",
        // A related figure is never in the indicator's unit.
        unit: related ? (row.measure_unit ?? null) : indicator.unit,
        period: row.period,
        ...placeCells(tables, row),
        value: row.value,
        status,
        release_id: releaseOf(rank).id,
        release_date: releaseOf(rank).date,
        ...sourceCells(source),
        excerpt: row.excerpt,
        note: row.note,
        role: related ? "related" : "indicator",
        measure: related ? measure : null,
        caveat: caveats.join("; "),
        numerator: row.numerator ?? null,
        denominator: row.denominator ?? null,
        value_computed: fraction ? true : null,
        period_basis: row.period_basis ?? null,
        disputes: row.disputes ?? null,
      };
    });

    const figures = [...baselines, ...observations];
    const noData: IndicatorFileRow[] =
      figures.length === 0
        ? [
            {
              ...empty,
              kind: "no_data",
              note: summary?.status_reason ?? "Chưa có số liệu công bố.",
              caveat: summary?.status_label ?? "Chưa có số liệu công bố",
            },
          ]
        : [];
    return [...goals, ...figures, ...noData];
  };
}

function emptyRow(indicator: IndicatorRef): IndicatorFileRow {
  const row = Object.fromEntries(indicatorCsvColumns.map((column) => [column, null])) as {
    [K in (typeof indicatorCsvColumns)[number]]: CsvCell;
  };
  row.indicator_id = indicator.id;
  row.indicator_name = indicator.name;
  row.unit = indicator.unit || null;
  return row;
}

function placeCells(tables: IndicatorCsvTables, row: FigureKeyLike) {
  return {
    scope_id: row.scope_id,
    scope_name: lookup(tables.scopeById, row.scope_id, "scope", row).name,
    series_id: row.series_id,
    series_name: lookup(tables.seriesById, row.series_id, "series", row).name,
  };
}

type FigureKeyLike = Pick<
  ObservationLike,
  "indicator_id" | "period" | "scope_id" | "series_id" | "release_id"
>;

function asKey(row: BaselineLike): FigureKeyLike & { readonly rowKind: string } {
  return { ...row, period: row.year, rowKind: "baseline" };
}

function lookup<V>(
  map: ReadonlyMap<string, V>,
  id: string,
  what: string,
  row: FigureKeyLike & { readonly rowKind?: string },
): V {
  const found = map.get(id);
  if (found === undefined) {
    throw new DownloadError(
      `${row.rowKind ?? "observation"} ${figureKeyOf(row)} in release "${row.release_id}": unknown ${what} "${id}" (known: ${[...map.keys()].join(", ")})`,
    );
  }
  return found;
}
