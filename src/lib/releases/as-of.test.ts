import { describe, expect, it } from "vitest";
import {
  baselineColumns,
  loadReleaseFixture,
  observationColumns,
  readFixture,
  writeRecordsCsv,
} from "../../../tests/fixtures/releases/load.ts";
import { baselinesAsOf, observationsAsOf } from "./as-of.ts";

const fixture = loadReleaseFixture();
const releaseIds = fixture.releases.map((r) => r.id);

// The value of `indicator`'s figure for `period` as of `release`; undefined when there is none.
function valueAsOf(release: string, indicator: string, period: number) {
  return observationsAsOf(fixture.observations, fixture.releases, release).find(
    (r) => r.indicator_id === indicator && r.period === period,
  )?.value;
}

describe("the snapshot of each release", () => {
  it.each(
    releaseIds.flatMap((id) => [
      {
        id,
        file: "observations.csv",
        csv: () =>
          writeRecordsCsv(
            observationColumns,
            observationsAsOf(fixture.observations, fixture.releases, id),
          ),
      },
      {
        id,
        file: "baselines.csv",
        csv: () =>
          writeRecordsCsv(baselineColumns, baselinesAsOf(fixture.baselines, fixture.releases, id)),
      },
    ]),
  )("rebuilds expected/$id/$file exactly", ({ id, file, csv }) => {
    expect(csv()).toBe(readFixture(`expected/${id}/${file}`));
  });
});

describe(observationsAsOf, () => {
  it("hides a withdrawn figure from the release that withdraws it on", () => {
    expect(valueAsOf("1.0.0", "synthetic-poverty", 2022)).toBe(12.5);
    expect(valueAsOf("1.1.0", "synthetic-poverty", 2022)).toBeUndefined();
  });

  it("orders by date, not file line: 1.2.0's revision beats 1.1.1, which is listed after it", () => {
    expect(valueAsOf("1.2.0", "synthetic-income", 2022)).toBe(34.25);
  });

  it("keeps a same-day later release out of the earlier one's snapshot", () => {
    expect(valueAsOf("1.2.0", "synthetic-income", 2025)).toBe(41.75);
    expect(valueAsOf("1.2.1", "synthetic-income", 2025)).toBe(41.8);
  });

  it("returns the caller's row objects", () => {
    const rows = observationsAsOf(fixture.observations, fixture.releases, "1.0.0");
    expect(rows.every((row) => fixture.observations.includes(row))).toBe(true);
  });

  it("does not depend on the order of the observation rows", () => {
    const reversed = [...fixture.observations].reverse();
    expect(observationsAsOf(reversed, fixture.releases, "1.2.1")).toEqual(
      observationsAsOf(fixture.observations, fixture.releases, "1.2.1"),
    );
  });

  it("names the known releases when asked for an unknown one", () => {
    expect(() =>
      observationsAsOf(fixture.observations, fixture.releases, "9.9.9"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ReleaseError: unknown release "9.9.9" (known: 1.0.0, 1.1.0, 1.1.1, 1.2.0, 1.2.1)]`,
    );
  });

  it("rejects a row whose release is not in releases.csv", () => {
    const first = fixture.observations[0];
    if (!first) throw new Error("fixture has no observations");
    const rows = [...fixture.observations, { ...first, release_id: "0.9.0" }];
    expect(() =>
      observationsAsOf(rows, fixture.releases, "1.0.0"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ReleaseError: observation synthetic-income|2021|tinh-cu|mac-dinh: unknown release "0.9.0" (known: 1.0.0, 1.1.0, 1.1.1, 1.2.0, 1.2.1)]`,
    );
  });

  it("rejects two rows for one figure in one release", () => {
    const first = fixture.observations[0];
    if (!first) throw new Error("fixture has no observations");
    const rows = [...fixture.observations, { ...first, value: 31 }];
    expect(() =>
      observationsAsOf(rows, fixture.releases, "1.0.0"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ReleaseError: observation synthetic-income|2021|tinh-cu|mac-dinh appears twice in release "1.0.0"]`,
    );
  });
});

describe(baselinesAsOf, () => {
  it("takes the baseline of the latest release not after the one asked for", () => {
    const value = (id: string) =>
      baselinesAsOf(fixture.baselines, fixture.releases, id).find(
        (b) => b.indicator_id === "synthetic-income",
      )?.value;
    expect([value("1.1.0"), value("1.1.1")]).toEqual([28, 28.2]);
  });
});
