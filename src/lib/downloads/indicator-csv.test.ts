import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadReleaseFixture, readFixture } from "../../../tests/fixtures/releases/load.ts";
import { observationsAsOf } from "../releases/as-of.ts";
import { indicatorCsv, indicatorCsvColumns } from "./indicator-csv.ts";

const fixture = loadReleaseFixture();

function indicator(id: string) {
  const found = fixture.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

describe(indicatorCsv, () => {
  it.each(["synthetic-income", "synthetic-poverty"])(
    "writes %s exactly as expected/indicator-<id>.csv",
    (id) => {
      expect(indicatorCsv(indicator(id), fixture)).toBe(
        readFixture(`expected/indicator-${id}.csv`),
      );
    },
  );

  it.each(fixture.indicators.map((i) => i.id))(
    "marks as current exactly the figures in force at the latest release (%s)",
    (id) => {
      const parsed = Papa.parse<Record<string, string>>(indicatorCsv(indicator(id), fixture), {
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

  it("writes only the header for an indicator without figures", () => {
    const empty = { id: "synthetic-none", name: "Không có số liệu", unit: "%" };
    expect(indicatorCsv(empty, fixture)).toBe(indicatorCsvColumns.join(",") + "\n");
  });

  it("names the known sources when a row cites an unknown one", () => {
    const tables = { ...fixture, sources: fixture.sources.filter((s) => s.id !== "s-thong-ke") };
    expect(() =>
      indicatorCsv(indicator("synthetic-income"), tables),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DownloadError: observation synthetic-income|2021|tinh-cu|mac-dinh in release "1.2.1": unknown source "s-thong-ke" (known: s-bao-cao-1, s-bao-cao-2, s-bao-cao-3)]`,
    );
  });
});
