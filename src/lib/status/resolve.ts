// "Latest release wins" (architecture.md § Data contract): observations.csv and baselines.csv are
// append-only, and the figure that counts is the one from the latest release not after the as-of
// release. The order of releases is the one src/lib/releases defines for the whole site (by date;
// same-day releases by their place in the list, which the Dataset sorts by version), so the status,
// the revision table and the snapshots never disagree on which value is current. A row with an
// empty value withdraws the figure: it disappears from the as-of view, and its earlier values stay
// in the history.

import { rankReleases, requireRank } from "../releases/order.ts";
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

/** Returns the rows of releases not after `asOf`, oldest release first (file order kept on ties). */
function sortVisible<Row extends { readonly release_id: string }>(
  rows: readonly Row[],
  releases: readonly StatusRelease[],
  asOf: StatusRelease,
): Row[] {
  const ranks = rankReleases(releases);
  const last = requireRank(ranks, asOf.id);
  const ranked = rows.map((row) => ({ row, rank: requireRank(ranks, row.release_id) }));
  return ranked
    .filter((entry) => entry.rank <= last)
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.row);
}

/** Key of one figure: the same (period, scope, series) across releases. */
export function figureKey(row: {
  readonly period: number;
  readonly scope_id: string;
  readonly series_id: string;
}): string {
  return `${row.period}|${row.scope_id}|${row.series_id}`;
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
  const byKey = new Map<string, StatusObservation[]>();
  for (const row of sortVisible(own, releases, asOf)) {
    const key = figureKey(row);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const figures: Figure[] = [];
  for (const rows of byKey.values()) {
    const last = rows[rows.length - 1];
    if (last === undefined || last.value === null) continue;
    figures.push(toFigure(indicator, last, last.value, rows));
  }
  return figures.sort(
    (a, b) =>
      a.period - b.period ||
      a.scope_id.localeCompare(b.scope_id) ||
      a.series_id.localeCompare(b.series_id),
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
  const rows = sortVisible(own, releases, asOf).map((row) => ({ ...row, period: row.year }));
  const last = rows[rows.length - 1];
  if (last === undefined || last.value === null) return null;
  return toFigure(indicator, last, last.value, rows);
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
