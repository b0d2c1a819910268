// "Latest release wins" (architecture.md § Data contract): observations.csv and baselines.csv are
// append-only, and the figure that counts is the one from the latest release not after the as-of
// release. The rule itself lives once, in src/lib/releases (timeline.ts `entryAsOf`, ordered by
// order.ts `compareReleases`); this module only turns the row in force into a Figure, so the
// status, the revision table and the snapshots never disagree on which value is current. A row
// with an empty value withdraws the figure: it disappears from the as-of view, and its earlier
// values stay in the history.

import { baselineKeyOf } from "../releases/as-of.ts";
import { compareText, figureKeyOf, requireRank } from "../releases/order.ts";
import { buildTimelines, entryAsOf, type TimelineEntry } from "../releases/timeline.ts";
import { formatFigure, formatFractionFigure, formatWithUnit } from "./format-value.ts";
import type {
  Figure,
  NamedRow,
  RelatedFigure,
  StatusBaseline,
  StatusIndicator,
  StatusObservation,
  StatusRelease,
} from "./types.ts";

/** Error raised when the input refers to a release that does not exist. */
export class StatusInputError extends Error {
  override name = "StatusInputError";
}

/** Returns the release with id `id`; throws naming the known releases when there is none. */
export function findRelease(releases: readonly StatusRelease[], id: string): StatusRelease {
  const found = releases.find((release) => release.id === id);
  if (!found) {
    const known = releases.map((release) => release.id).join(", ");
    throw new StatusInputError(`unknown release "${id}" (known: ${known || "none"})`);
  }
  return found;
}

/**
 * Returns the indicator's figures as of release `asOf`: one per (period, scope, series), the row
 * of the latest release wins, withdrawn figures are left out; sorted by period, scope, series.
 */
export function resolveFigures(
  indicator: StatusIndicator,
  observations: readonly StatusObservation[],
  releases: readonly StatusRelease[],
  asOf: StatusRelease,
): Figure[] {
  const own = observations.filter((row) => row.indicator_id === indicator.id);
  const figures: Figure[] = [];
  for (const { row, history } of rowsInForce(own, releases, asOf, figureKeyOf, "observation")) {
    if (row.value !== null) figures.push(toFigure(indicator, row, row.value, history));
  }
  return figures.sort(
    (a, b) =>
      a.period - b.period ||
      compareText(a.scope_id, b.scope_id) ||
      compareText(a.series_id, b.series_id),
  );
}

/** Returns the indicator's baseline as of `asOf` (latest release's row), or null if none/withdrawn. */
export function resolveBaseline(
  indicator: StatusIndicator,
  baselines: readonly StatusBaseline[],
  releases: readonly StatusRelease[],
  asOf: StatusRelease,
): Figure | null {
  const own = baselines.filter((row) => row.indicator_id === indicator.id);
  const [found] = rowsInForce(own, releases, asOf, baselineKeyOf, "baseline");
  if (found === undefined || found.row.value === null) return null;
  const asFigure = (row: StatusBaseline) => ({ ...row, period: row.year });
  return toFigure(indicator, asFigure(found.row), found.row.value, found.history.map(asFigure));
}

// Per key, the row in force at `asOf` (releases/timeline.ts) and every row up to it, oldest first.
function rowsInForce<Row extends { readonly release_id: string }>(
  rows: readonly Row[],
  releases: readonly StatusRelease[],
  asOf: StatusRelease,
  keyOf: (row: Row) => string,
  what: string,
): { row: Row; history: Row[] }[] {
  const timelines = buildTimelines(rows, releases, keyOf, what);
  const rank = requireRank(timelines.ranks, asOf.id);
  const found: { row: Row; history: Row[] }[] = [];
  for (const entries of timelines.byKey.values()) {
    const entry = entryAsOf(entries, rank);
    if (entry === undefined) continue;
    found.push({ row: entry.row, history: upTo(entries, rank) });
  }
  return found;
}

function upTo<Row>(entries: readonly TimelineEntry<Row>[], rank: number): Row[] {
  return entries.filter((entry) => entry.rank <= rank).map((entry) => entry.row);
}

/** Returns whether `figure` is a related figure (it names a measure other than the indicator). */
export function isRelated(figure: Figure): figure is RelatedFigure {
  return figure.measure !== null && figure.measure_unit !== null;
}

/** Returns the name of row `id` in `rows`, or the id itself. */
export function nameOf(rows: readonly NamedRow[], id: string): string {
  return rows.find((row) => row.id === id)?.name ?? id;
}

// A related figure is written in its own unit with the decimals it was published with: the
// indicator's unit would make it read as the indicator (3,16% "số hộ DTTS"), and the
// indicator's decimals could round away what the source printed.
function writeFigure(
  indicator: StatusIndicator,
  value: number,
  measureUnit: string | null,
): string {
  if (measureUnit === null) return formatFigure(value, indicator);
  const decimals = (String(value).split(".")[1] ?? "").length;
  return formatWithUnit(value, decimals, measureUnit);
}

function toFigure(
  indicator: StatusIndicator,
  row: Omit<StatusObservation, "indicator_id">,
  value: number,
  history: readonly Omit<StatusObservation, "indicator_id">[],
): Figure {
  const values = new Set(history.map((entry) => entry.value));
  const measure = row.measure ?? null;
  const measureUnit = measure === null ? null : (row.measure_unit ?? null);
  return {
    period: row.period,
    scope_id: row.scope_id,
    series_id: row.series_id,
    value,
    release_id: row.release_id,
    source_id: row.source_id,
    excerpt: row.excerpt,
    note: row.note ?? "",
    revised: values.size > 1,
    history: history.map((entry) => ({ release_id: entry.release_id, value: entry.value })),
    text:
      row.numerator != null && row.denominator != null
        ? formatFractionFigure(row.numerator, row.denominator, value, indicator)
        : writeFigure(indicator, value, measureUnit),
    computed: false,
    measure: measureUnit === null ? null : measure,
    measure_unit: measureUnit,
    fraction:
      row.numerator != null && row.denominator != null
        ? { numerator: row.numerator, denominator: row.denominator }
        : null,
    period_basis: row.period_basis ?? null,
  };
}
