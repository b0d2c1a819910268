/**
 * Valid but suspicious data: printed once as warnings, never a reason to fail.
 * - a figure for a year after the year of the release that published it;
 * - a jump of more than 40 points between consecutive periods of one series of a % indicator.
 */
import type { Problem } from "./problem.ts";
import { isPercentUnit } from "../units.ts";
import { compareReleases, readNumber, readText, type Tables } from "./table-access.ts";
import type { TableRow } from "./table.ts";

/** Largest change, in percentage points, between consecutive periods that passes silently. */
export const MAX_JUMP_POINTS = 40;

/** Returns the warnings for checked tables (assumed free of problems). */
export function findWarnings(tables: Tables): Problem[] {
  return [...findFutureFigures(tables), ...findJumps(tables)];
}

function findFutureFigures(tables: Tables): Problem[] {
  const releases = tables.indexBy("releases", "id");
  const warnings: Problem[] = [];
  for (const row of tables.rows("observations")) {
    const period = readNumber(row, "period");
    const release = releases.get(readText(row, "release_id") ?? "");
    const date = release && readText(release, "date");
    if (period === undefined || !release || date === undefined) continue;
    const year = Number(date.slice(0, 4));
    if (period > year) {
      warnings.push(
        tables.problem(
          "observations",
          row,
          "period",
          `a year no later than ${year}, when release ${readText(release, "id") ?? ""} was published (${date})`,
          String(period),
          "Check the period: a figure cannot describe a year that had not begun when it was published.",
        ),
      );
    }
  }
  return warnings;
}

// Compares the value in force for each period (the latest release's row) with the previous period's.
function findJumps(tables: Tables): Problem[] {
  const indicators = tables.indexBy("indicators", "id");
  const releases = tables.indexBy("releases", "id");
  const current = new Map<string, { row: TableRow; release: TableRow }>();
  for (const row of tables.rows("observations")) {
    const indicator = indicators.get(readText(row, "indicator_id") ?? "");
    const release = releases.get(readText(row, "release_id") ?? "");
    if (!indicator || !release || !isPercentUnit(readText(indicator, "unit"))) continue;
    const key = ["indicator_id", "scope_id", "series_id", "period"]
      .map((c) => String(row.values[c]))
      .join("\u0000");
    const before = current.get(key);
    if (!before || compareReleases(release, before.release) >= 0)
      current.set(key, { row, release });
  }
  const bySeries = new Map<string, TableRow[]>();
  for (const { row } of current.values()) {
    if (readNumber(row, "value") === undefined) continue;
    const key = ["indicator_id", "scope_id", "series_id"]
      .map((c) => String(row.values[c]))
      .join("\u0000");
    bySeries.set(key, [...(bySeries.get(key) ?? []), row]);
  }
  const warnings: Problem[] = [];
  for (const rows of bySeries.values()) {
    const sorted = [...rows].sort(
      (a, b) => (readNumber(a, "period") ?? 0) - (readNumber(b, "period") ?? 0),
    );
    sorted.slice(1).forEach((row, i) => {
      const previous = sorted[i];
      const value = readNumber(row, "value") ?? 0;
      const before = previous ? (readNumber(previous, "value") ?? 0) : value;
      const change = Math.round((value - before) * 1000) / 1000;
      if (Math.abs(change) > MAX_JUMP_POINTS && previous) {
        warnings.push(
          tables.problem(
            "observations",
            row,
            "value",
            `a change of at most ${MAX_JUMP_POINTS} points from ${readNumber(previous, "period") ?? ""} (${before}, line ${previous.line})`,
            `${value} in ${readNumber(row, "period") ?? ""} (${change > 0 ? "+" : ""}${change} points)`,
            "Check both figures against their sources; this is a warning, not an error.",
          ),
        );
      }
    });
  }
  return warnings;
}
