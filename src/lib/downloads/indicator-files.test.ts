// The per-indicator files built from a whole Dataset (issue 15): every figure the indicator's page
// shows, the goals, and a no_data row instead of a bare header. Synthetic data only
// (tests/fixtures/pages): none of these figures is real.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import type { Dataset } from "../data/dataset.ts";
import { buildIndicatorPage } from "../views/indicator-page.ts";
import { summariseIndicatorFiles } from "../views/scorecard.ts";
import {
  indicatorCsvColumns,
  prepareIndicatorRows,
  writeIndicatorCsv,
  writeIndicatorJson,
} from "./indicator-csv.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const dataset = loadPagesFixture();

function filesOf(data: Dataset, id: string) {
  const tables = { ...data, summaries: summariseIndicatorFiles(resolutionOf(data)) };
  const indicator = data.indicatorById.get(id);
  if (!indicator) throw new Error(`no indicator ${id}`);
  const rows = prepareIndicatorRows(tables)(indicator);
  const csv = writeIndicatorCsv(rows);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return {
    rows,
    csv,
    records: parsed.data,
    json: JSON.parse(
      writeIndicatorJson(indicator, rows, tables.summaries.get(id), data.latestRelease),
    ) as { status: { code: string; reason: string }; rows: Record<string, unknown>[] },
  };
}

describe("per-indicator files of a whole Dataset", () => {
  it.each(dataset.indicators.map((indicator) => indicator.id))(
    "%s: holds every goal, baseline and figure of the page, each with its source",
    (id) => {
      const { records } = filesOf(dataset, id);
      const page = buildIndicatorPage(
        resolutionOf(dataset),
        id,
        "https://example.org/",
        "Trang thử",
      );
      const kinds = (kind: string) => records.filter((record) => record["kind"] === kind);
      expect(kinds("goal").map((record) => Number(record["period"]))).toEqual(
        page.goals.map((goal) => goal.year),
      );
      expect(kinds("goal").map((record) => record["excerpt"])).toEqual(
        page.goals.map((goal) => goal.wording),
      );
      const baselines = dataset.baselinesByIndicator.get(id) ?? [];
      expect(kinds("baseline").map((record) => `${record["period"]} ${record["value"]}`)).toEqual(
        baselines.map((row) => `${row.year} ${row.value ?? ""}`),
      );
      const observations = dataset.observationsByIndicator.get(id) ?? [];
      expect(kinds("observation").length + kinds("related").length).toBe(observations.length);
      // Every figure in the page's table is in the file, with its year.
      for (const figure of page.figures) {
        expect(
          records.some((record) => record["period"] === String(figure.period)),
          `${id} ${figure.period}`,
        ).toBe(true);
      }
      for (const record of [...kinds("baseline"), ...kinds("observation")]) {
        expect(record["source_id"]).not.toBe("");
        expect(record["source_url"]).toMatch(/^https:\/\//);
        expect(record["source_strength"]).toMatch(/^(official|press|weak)$/);
        expect(record["excerpt"]).not.toBe("");
      }
    },
  );

  it("writes a no_data row with the status sentence for an indicator without any figure", () => {
    const { records, json } = filesOf(dataset, "duong-xom-cung-hoa");
    expect(records.map((record) => record["kind"])).toEqual(["goal", "no_data"]);
    const [, noData] = records;
    expect(noData?.["note"]).toBe(json.status.reason);
    expect(noData?.["note"]).toContain("chưa có số liệu nào được công bố");
    expect(noData?.["caveat"]).toBe("Chưa có số liệu công bố");
    expect(json.status.code).toBe("no_data");
  });

  it("gives a goal row the program as its source, its rule, and the site's phrase", () => {
    const [goal] = filesOf(dataset, "thu-nhap-dtts").records;
    expect(goal).toMatchObject({
      kind: "goal",
      period: "2025",
      value: "",
      goal_rule: "multiple_of_baseline",
      goal_rule_value: "2",
      source_strength: "official",
    });
    // The fixture's synthetic program (program.csv), by its official reference.
    expect(goal?.["source_title"]).toBe(
      "Kế hoạch ví dụ (tổng hợp) số 99/KH-VD ngày 15/03/2022 của UBND tỉnh Ví Dụ",
    );
    expect(goal?.["note"]).toContain("ít nhất 40,0 triệu đồng/người/năm");
  });

  it("writes the same rows to JSON as to CSV, with the CSV's columns", () => {
    const { rows, json } = filesOf(dataset, "xa-ntm");
    expect(json.rows).toEqual(rows);
    expect(Object.keys(json.rows[0] ?? {})).toEqual([...indicatorCsvColumns]);
  });
});

describe("per-indicator files with a related figure from a weak source (synthetic)", () => {
  const rows = dataset.observationsByIndicator.get("xa-ntm") ?? [];
  const [first] = rows;
  if (!first) throw new Error("the fixture has no xa-ntm figure");
  const related = {
    ...first,
    period: 2025,
    value: 3.16,
    // The fixture's weak source (sources.csv: another province's portal, synthetic).
    source_id: "nguon-thu-yeu",
    measure: "tỷ lệ chung của mọi xã (thử)",
    measure_unit: "% mọi xã (thử)",
  };
  const data = {
    ...dataset,
    observationsByIndicator: new Map([
      ...dataset.observationsByIndicator,
      ["xa-ntm", [...rows, related]],
    ]),
  } as Dataset;
  const found = filesOf(data, "xa-ntm").records.filter(
    (record) => record["kind"] === "related" && record["value"] === "3.16",
  );

  it("marks a related figure as related, in its own unit and measure, never the indicator's", () => {
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      role: "related",
      unit: "% mọi xã (thử)",
      measure: "tỷ lệ chung của mọi xã (thử)",
      value: "3.16",
    });
    expect(found[0]?.["unit"]).not.toBe(dataset.indicatorById.get("xa-ntm")?.unit);
    expect(found[0]?.["caveat"]).toContain("không dùng để đánh giá");
  });

  it("says in words that the row rests on a weak source", () => {
    expect(found[0]?.["source_strength"]).toBe("weak");
    expect(found[0]?.["caveat"]).toContain("tạm tính theo một nguồn thứ cấp");
  });
});
