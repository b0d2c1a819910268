import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadReleaseFixture, readFixture } from "../../../tests/fixtures/releases/load.ts";
import { observationsAsOf } from "../releases/as-of.ts";
import {
  indicatorCsvColumns,
  type IndicatorRef,
  prepareIndicatorCsv,
  type IndicatorCsvTables,
} from "./indicator-csv.ts";

const fixture = loadReleaseFixture();

// One indicator's file from a writer of its own.
const indicatorCsv = (indicator: IndicatorRef, tables: IndicatorCsvTables): string =>
  prepareIndicatorCsv(tables)(indicator);

// The lookups a Dataset carries, built here from the fixture's plain rows.
function indexTables(rows: typeof fixture): IndicatorCsvTables {
  const observationsByIndicator = new Map<string, (typeof rows.observations)[number][]>();
  for (const row of rows.observations) {
    observationsByIndicator.set(row.indicator_id, [
      ...(observationsByIndicator.get(row.indicator_id) ?? []),
      row,
    ]);
  }
  return {
    releases: rows.releases,
    observationsByIndicator,
    sourceById: new Map(rows.sources.map((source) => [source.id, source])),
    scopeById: new Map(rows.scopes.map((scope) => [scope.id, scope])),
    seriesById: new Map(rows.series.map((item) => [item.id, item])),
  };
}
const tables = indexTables(fixture);

function indicator(id: string) {
  const found = fixture.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

describe("the file of one indicator", () => {
  it.each(["synthetic-income", "synthetic-poverty"])(
    "writes %s exactly as expected/indicator-<id>.csv",
    (id) => {
      expect(indicatorCsv(indicator(id), tables)).toBe(readFixture(`expected/indicator-${id}.csv`));
    },
  );

  it.each(fixture.indicators.map((i) => i.id))(
    "marks as current exactly the figures in force at the latest release (%s)",
    (id) => {
      const parsed = Papa.parse<Record<string, string>>(indicatorCsv(indicator(id), tables), {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      const current = parsed.data
        .filter((row) => row["status"] === "current")
        .map((row) => `${row["period"]} ${row["scope_id"]} ${row["value"]} ${row["release_id"]}`);
      const inForce = observationsAsOf(fixture.observations, fixture.releases, "1.2.1")
        .filter((row) => row.indicator_id === id)
        .map((row) => `${row.period} ${row.scope_id} ${row.value} ${row.release_id}`);
      expect(current).toEqual(inForce);
    },
  );

  it("writes one no_data row, never a bare header, for an indicator without figures", () => {
    const empty = { id: "synthetic-none", name: "Không có số liệu", unit: "%" };
    expect(indicatorCsv(empty, tables)).toBe(
      indicatorCsvColumns.join(",") +
        "\nno_data,synthetic-none,Không có số liệu,%,,,,,,,,,,,,,,,,Chưa có số liệu công bố.,,,,Chưa có số liệu công bố,,,,,,,\n",
    );
  });

  it("names the known sources when a row cites an unknown one", () => {
    const withoutSource = indexTables({
      ...fixture,
      sources: fixture.sources.filter((s) => s.id !== "s-thong-ke"),
    });
    expect(() =>
      indicatorCsv(indicator("synthetic-income"), withoutSource),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DownloadError: observation synthetic-income|2021|tinh-cu|mac-dinh in release "1.2.1": unknown source "s-thong-ke" (known: s-bao-cao-1, s-bao-cao-2, s-bao-cao-3)]`,
    );
  });
});

describe(prepareIndicatorCsv, () => {
  it.each(fixture.indicators.map((i) => i.id))(
    "writes %s as a fresh writer does, with one writer reused for every indicator",
    (id) => {
      const write = prepareIndicatorCsv(tables);
      for (const other of fixture.indicators) write(other);
      expect(write(indicator(id))).toBe(indicatorCsv(indicator(id), tables));
    },
  );
});
