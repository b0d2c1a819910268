// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { METHODOLOGY_VERSION } from "../status/methodology.ts";
import { buildScorecard } from "../views/scorecard.ts";
import {
  scorecardColumns,
  scorecardCsv,
  scorecardJson,
  scorecardResource,
} from "./scorecard-files.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const scorecard = buildScorecard(resolutionOf(loadPagesFixture()));

function parse(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe(scorecardCsv, () => {
  const text = scorecardCsv(scorecard);
  const records = parse(text);

  it("writes snake_case columns, one record per indicator, without a BOM", () => {
    expect(text.split("\n")[0]).toBe(scorecardColumns.join(","));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(records.map((record) => record["indicator_id"])).toEqual(
      scorecard.rows.map((row) => row.indicator_id),
    );
  });

  it("writes numbers with a '.' decimal, booleans as true/false and empty cells for none", () => {
    const income = records.find((record) => record["indicator_id"] === "thu-nhap-dtts");
    expect(income).toMatchObject({
      target_id: "1",
      goal_value: "40",
      goal_value_computed: "true",
      baseline_value: "20",
      latest_value: "42",
      latest_period: "2025",
      status: "achieved",
      status_final: "true",
      progress_ratio: "1.1",
      source_strength: "press",
      rests_only_on_weak_sources: "false",
      source_ids: "nguon-thu-a;nguon-thu-b",
    });
    const none = records.find((record) => record["indicator_id"] === "duong-xom-cung-hoa");
    expect(none).toMatchObject({ latest_value: "", source_strength: "", status: "no_data" });
    const outside = records.find((record) => record["indicator_id"] === "dan-dau-thuc-hien-nq88");
    expect(outside?.["target_id"]).toBe("");
  });
});

describe(scorecardJson, () => {
  const document = JSON.parse(scorecardJson(scorecard)) as {
    methodology_version: string;
    release: { id: string; date: string };
    description: string;
    fields: { name: string }[];
    rows: Record<string, unknown>[];
  };

  it("names the method version and the release the statuses were computed from", () => {
    expect(document.methodology_version).toBe(METHODOLOGY_VERSION);
    expect(document.release).toEqual({ id: "1.1.0", date: "2026-03-01" });
    expect(document.description).toMatch(/^Dữ liệu tính toán, không phải số liệu công bố/);
  });

  it("holds the CSV's columns, typed: numbers, booleans, null and lists", () => {
    expect(document.fields.map((field) => field.name)).toEqual(scorecardColumns);
    const income = document.rows.find((row) => row["indicator_id"] === "thu-nhap-dtts");
    expect(income).toMatchObject({
      latest_value: 42,
      status_final: true,
      provisional_status: null,
      source_ids: ["nguon-thu-a", "nguon-thu-b"],
    });
    expect(Object.keys(income ?? {})).toEqual(scorecardColumns);
  });
});

describe(scorecardResource, () => {
  const resource = scorecardResource(scorecard) as {
    path: string;
    description: string;
    schema: { fields: { name: string; type: string }[]; primaryKey: string[] };
  };

  it("describes bang-tong-hop.csv as derived data, with a field per column", () => {
    expect(resource.path).toBe("bang-tong-hop.csv");
    expect(resource.description).toContain("Dữ liệu tính toán, không phải số liệu công bố");
    expect(resource.description).toContain(`phiên bản ${METHODOLOGY_VERSION}`);
    expect(resource.schema.fields.map((field) => field.name)).toEqual(scorecardColumns);
    expect(resource.schema.primaryKey).toEqual(["indicator_id"]);
  });
});
