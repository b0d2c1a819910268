import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixturePath, readFixture } from "../../../tests/fixtures/releases/load.ts";
import { DownloadError } from "./errors.ts";
import { readReleaseRows, snapshotCsvFiles } from "./snapshot.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

const paths = {
  observations: "observations.csv",
  baselines: "baselines.csv",
  releases: "releases.csv",
};
const fixtureFiles = new Map(
  ["observations.csv", "baselines.csv", "releases.csv", "sources.csv"].map((name) => [
    name,
    new Uint8Array(readFileSync(fixturePath(name))),
  ]),
);
// Releases in the order they took effect: 1.1.1 is written below 1.2.0 but dated earlier.
const releaseIds = ["1.0.0", "1.1.0", "1.1.1", "1.2.0", "1.2.1"];

describe(snapshotCsvFiles, () => {
  it.each(releaseIds)("rebuilds observations.csv as of %s exactly as the fixture expects", (id) => {
    const files = snapshotCsvFiles(fixtureFiles, paths, id);
    expect(decode(files.get("observations.csv"))).toBe(
      readFixture(`expected/${id}/observations.csv`),
    );
  });

  it.each(releaseIds)("rebuilds baselines.csv as of %s exactly as the fixture expects", (id) => {
    const files = snapshotCsvFiles(fixtureFiles, paths, id);
    expect(decode(files.get("baselines.csv"))).toBe(readFixture(`expected/${id}/baselines.csv`));
  });

  it.each([
    ["1.0.0", ["1.0.0"]],
    ["1.1.1", ["1.0.0", "1.1.0", "1.1.1"]],
    // 1.2.0 takes effect after 1.1.1 (by date), so a 1.2.0 snapshot lists it, in file order.
    ["1.2.0", ["1.0.0", "1.1.0", "1.2.0", "1.1.1"]],
    ["1.2.1", ["1.0.0", "1.1.0", "1.2.0", "1.1.1", "1.2.1"]],
  ])("lists in releases.csv of %s only the releases up to it", (id, expected) => {
    const files = snapshotCsvFiles(fixtureFiles, paths, id);
    const releases = readReleaseRows(files.get("releases.csv") as Uint8Array, "releases.csv");
    expect(releases.map((release) => release.id)).toEqual(expected);
  });

  it("keeps every line of releases.csv as written (quotes included)", () => {
    const text = decode(snapshotCsvFiles(fixtureFiles, paths, "1.2.1").get("releases.csv"));
    expect(text).toBe(readFixture("releases.csv"));
  });

  it("hands back tables without a release column byte for byte", () => {
    const files = snapshotCsvFiles(fixtureFiles, paths, "1.0.0");
    expect(files.get("sources.csv")).toBe(fixtureFiles.get("sources.csv"));
  });

  it("keeps a quoted line break inside its record and the quoting as written", () => {
    const files = new Map(fixtureFiles);
    files.set(
      "observations.csv",
      encode(
        "indicator_id,period,scope_id,series_id,value,release_id,source_id,excerpt,note\n" +
          'b,2021,tinh-cu,mac-dinh,"2.50",1.0.0,s,"dòng một\ndòng hai",\n' +
          "a,2021,tinh-cu,mac-dinh,1,1.0.0,s,x,\n\n",
      ),
    );
    expect(decode(snapshotCsvFiles(files, paths, "1.0.0").get("observations.csv"))).toBe(
      "indicator_id,period,scope_id,series_id,value,release_id,source_id,excerpt,note\n" +
        "a,2021,tinh-cu,mac-dinh,1,1.0.0,s,x,\n" +
        'b,2021,tinh-cu,mac-dinh,"2.50",1.0.0,s,"dòng một\ndòng hai",\n',
    );
  });

  it("names the known releases when asked for an unknown one", () => {
    expect(() => snapshotCsvFiles(fixtureFiles, paths, "9.9.9")).toThrow(
      new DownloadError(
        'no release "9.9.9" in releases.csv (known: 1.0.0, 1.1.0, 1.2.0, 1.1.1, 1.2.1)',
      ),
    );
  });

  it("says which file is missing", () => {
    const files = new Map(fixtureFiles);
    files.delete("baselines.csv");
    expect(() => snapshotCsvFiles(files, paths, "1.0.0")).toThrow(
      'snapshot: no file "baselines.csv" (files: observations.csv, releases.csv, sources.csv)',
    );
  });
});
