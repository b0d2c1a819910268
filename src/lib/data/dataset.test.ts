import { describe, expect, it } from "vitest";
import { createMemoryFolder, readCaseFiles } from "../../../tests/validate-support.ts";
import { buildDataset, fractionShare, type Dataset } from "./dataset.ts";
import { formatProblem } from "./problem.ts";
import { validateDataPackage } from "./validate.ts";

const encoder = new TextEncoder();

// Validates the synthetic valid package of the fixtures, after an optional edit of its files.
function load(edit: (files: Map<string, Uint8Array>) => void = () => undefined) {
  const files = readCaseFiles("valid");
  edit(files);
  return validateDataPackage(createMemoryFolder(files));
}

function loadDataset(): Dataset {
  const result = load();
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.dataset;
}

describe(buildDataset, () => {
  const dataset = loadDataset();

  it("types cells: numbers, booleans, dates as text, empty as null", () => {
    expect(dataset.indicatorById.get("chi-tieu-a")).toEqual({
      id: "chi-tieu-a",
      target_id: 1,
      name: "Chỉ tiêu thử A",
      unit: "%",
      decimals: 1,
      direction: "up",
      kind: "quantitative",
      definition: "Tỷ lệ thử (tổng hợp).",
      program_anchor: "II-3-1",
    });
    expect(dataset.indicatorById.get("chi-tieu-dinh-tinh")).toMatchObject({
      unit: null,
      decimals: null,
      direction: null,
    });
    expect(dataset.agencyById.get("co-quan-a")).toMatchObject({
      named_in_program: true,
      successor_since: "2025-03-01",
    });
    expect(dataset.goalsByIndicator.get("chi-tieu-dinh-tinh")).toEqual([
      expect.objectContaining({ rule: "qualitative", value: null, reference: null }),
    ]);
  });

  it("keeps observations in file order, revisions and withdrawals included", () => {
    expect(
      dataset.observationsByIndicator
        .get("chi-tieu-a")
        ?.map((o) => [o.period, o.value, o.release_id]),
    ).toEqual([
      [2021, 60, "1.0.0"],
      [2022, 70, "1.0.0"],
      [2022, 71.5, "1.1.0"],
    ]);
    expect(dataset.observationsByIndicator.get("chi-tieu-b")?.map((o) => o.value)).toEqual([
      4.5,
      null,
    ]);
  });

  it("groups responsibilities by target and by agency", () => {
    expect(dataset.responsibilitiesByTarget.get(1)?.map((r) => [r.agency_id, r.role])).toEqual([
      ["co-quan-a", "lead"],
      ["co-quan-b", "coordinate"],
    ]);
    expect(dataset.responsibilitiesByAgency.get("co-quan-b")?.map((r) => r.target_id)).toEqual([
      1, 2,
    ]);
    expect(dataset.indicatorsByTarget.get(2)?.map((i) => i.id)).toEqual([
      "chi-tieu-b",
      "chi-tieu-dinh-tinh",
    ]);
  });

  it("sorts releases by date and names the latest, which is the version", () => {
    const reversed = load((files) => {
      const text = new TextDecoder().decode(files.get("releases.csv"));
      const [header = "", ...rows] = text.trim().split("\n");
      files.set("releases.csv", encoder.encode(`${[header, ...rows.reverse()].join("\n")}\n`));
    });
    expect(reversed.ok && reversed.dataset.releases.map((r) => r.id)).toEqual(["1.0.0", "1.1.0"]);
    expect(reversed.ok && [reversed.dataset.latestRelease.id, reversed.dataset.version]).toEqual([
      "1.1.0",
      "1.1.0",
    ]);
  });

  it("cannot be changed", () => {
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.observations)).toBe(true);
    expect(Object.isFrozen(dataset.observations[0])).toBe(true);
    expect(Object.isFrozen(dataset.goalsByIndicator.get("chi-tieu-a"))).toBe(true);
    expect(() => (dataset.targets as unknown[]).push({})).toThrow(TypeError);
  });

  it("refuses rows the site cannot read even when datapackage.json allows them", () => {
    // A descriptor that no longer requires a target's title: the schema passes, the site would not.
    const result = load((files) => {
      const descriptor = JSON.parse(new TextDecoder().decode(files.get("datapackage.json"))) as {
        resources: { name: string; schema: { fields: { name: string; constraints?: object }[] } }[];
      };
      const targets = descriptor.resources.find((r) => r.name === "targets");
      const title = targets?.schema.fields.find((f) => f.name === "title");
      if (title) delete title.constraints;
      files.set("datapackage.json", encoder.encode(JSON.stringify(descriptor)));
      files.set(
        "targets.csv",
        encoder.encode(
          "id,title,statement,program_anchor\n1,,Thử.,phu-luc-1\n2,B,Thử.,phu-luc-2\n",
        ),
      );
    });
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      "data/targets.csv:2: title: expected a value (the site needs this column filled in), got an empty cell. Fill in the cell; src/lib/data/rows.ts says what the site expects of each column.",
    ]);
  });
});

describe(fractionShare, () => {
  it("gives the share in percent to 6 decimals, without binary noise", () => {
    expect(fractionShare(66, 110)).toBe(60);
    expect(fractionShare(2, 3)).toBe(66.666667);
    expect(fractionShare(0, 7)).toBe(0);
  });
});
