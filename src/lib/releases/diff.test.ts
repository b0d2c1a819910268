import { describe, expect, it } from "vitest";
import { loadReleaseFixture } from "../../../tests/fixtures/releases/load.ts";
import { diffBaselines, diffReleases, type ReleaseDiff } from "./diff.ts";
import { figureKeyOf } from "./order.ts";
import type { ObservationLike } from "./types.ts";

const fixture = loadReleaseFixture();

// Writes a diff the way a release page reads: key, values, sources.
function describeDiff(diff: ReleaseDiff<ObservationLike>) {
  return {
    added: diff.added.map((r) => `${figureKeyOf(r)} = ${r.value}`),
    republished: diff.republished.map((r) => `${figureKeyOf(r)} = ${r.value}`),
    revised: diff.revised.map(
      ({ before, after }) =>
        `${figureKeyOf(after)}: ${before.value} → ${after.value} (${before.source_id} → ${after.source_id})`,
    ),
    restated: diff.restated.map(
      ({ before, after }) =>
        `${figureKeyOf(after)}: ${after.value} (${before.source_id} → ${after.source_id})`,
    ),
    withdrawn: diff.withdrawn.map(
      ({ before, withdrawal }) => `${figureKeyOf(before)} = ${before.value}: ${withdrawal.note}`,
    ),
  };
}

const none = { added: [], republished: [], revised: [], restated: [], withdrawn: [] };

describe(diffReleases, () => {
  it.each([
    [
      null,
      "1.0.0",
      {
        ...none,
        added: [
          "synthetic-income|2021|tinh-cu|mac-dinh = 30.5",
          "synthetic-income|2022|tinh-cu|mac-dinh = 33",
          "synthetic-poverty|2022|tinh-cu|ngheo-da-chieu = 12.5",
          "synthetic-roads|2023|tinh-cu|mac-dinh = 85",
        ],
      },
    ],
    [
      "1.0.0",
      "1.1.0",
      {
        ...none,
        added: ["synthetic-poverty|2023|tinh-cu|ngheo-da-chieu = 10.2"],
        withdrawn: [
          "synthetic-poverty|2022|tinh-cu|ngheo-da-chieu = 12.5: Rút lại: số liệu của một vùng chứ không phải toàn tỉnh.",
        ],
      },
    ],
    [
      "1.1.0",
      "1.1.1",
      {
        ...none,
        revised: ["synthetic-income|2022|tinh-cu|mac-dinh: 33 → 33.4 (s-bao-cao-1 → s-bao-cao-2)"],
        withdrawn: [
          'synthetic-roads|2023|tinh-cu|mac-dinh = 85: Rút lại chờ xác minh: nguồn ghi "85%" nhưng không nói năm nào.',
        ],
      },
    ],
    [
      "1.1.1",
      "1.2.0",
      {
        ...none,
        added: ["synthetic-income|2025|tinh-moi|mac-dinh = 41.75"],
        revised: [
          "synthetic-income|2022|tinh-cu|mac-dinh: 33.4 → 34.25 (s-bao-cao-2 → s-thong-ke)",
        ],
      },
    ],
    [
      "1.2.0",
      "1.2.1",
      {
        ...none,
        republished: ["synthetic-roads|2023|tinh-cu|mac-dinh = 86"],
        revised: [
          "synthetic-income|2025|tinh-moi|mac-dinh: 41.75 → 41.8 (s-bao-cao-3 → s-bao-cao-3)",
        ],
        restated: ["synthetic-income|2021|tinh-cu|mac-dinh: 30.5 (s-bao-cao-1 → s-thong-ke)"],
      },
    ],
  ])("from %s to %s lists what the release changed", (from, to, expected) => {
    expect(describeDiff(diffReleases(fixture.observations, fixture.releases, from, to))).toEqual(
      expected,
    );
  });

  it("compares any two releases by their snapshots, not only neighbours", () => {
    expect(
      describeDiff(diffReleases(fixture.observations, fixture.releases, "1.0.0", "1.2.1")),
    ).toEqual({
      added: [
        "synthetic-income|2025|tinh-moi|mac-dinh = 41.8",
        "synthetic-poverty|2023|tinh-cu|ngheo-da-chieu = 10.2",
      ],
      republished: [],
      revised: [
        "synthetic-income|2022|tinh-cu|mac-dinh: 33 → 34.25 (s-bao-cao-1 → s-thong-ke)",
        "synthetic-roads|2023|tinh-cu|mac-dinh: 85 → 86 (s-bao-cao-2 → s-thong-ke)",
      ],
      restated: ["synthetic-income|2021|tinh-cu|mac-dinh: 30.5 (s-bao-cao-1 → s-thong-ke)"],
      withdrawn: [
        "synthetic-poverty|2022|tinh-cu|ngheo-da-chieu = 12.5: Rút lại: số liệu của một vùng chứ không phải toàn tỉnh.",
      ],
    });
  });

  it("calls a figure republished only if it was shown before and withdrawn by the earlier release", () => {
    const diff = diffReleases(fixture.observations, fixture.releases, "1.1.1", "1.2.1");
    expect(diff.republished.map(figureKeyOf)).toEqual(["synthetic-roads|2023|tinh-cu|mac-dinh"]);
  });

  it("finds nothing between a release and itself", () => {
    expect(
      describeDiff(diffReleases(fixture.observations, fixture.releases, "1.1.1", "1.1.1")),
    ).toEqual(none);
  });

  it("refuses to diff backwards", () => {
    expect(() =>
      diffReleases(fixture.observations, fixture.releases, "1.2.0", "1.1.1"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ReleaseError: cannot diff from release "1.2.0" to the earlier release "1.1.1"; swap them]`,
    );
  });
});

describe(diffBaselines, () => {
  function describeBaselines(from: string | null, to: string) {
    const diff = diffBaselines(fixture.baselines, fixture.releases, from, to);
    return {
      added: diff.added.map((b) => `${b.indicator_id} = ${b.value}`),
      changed: diff.changed.map(
        ({ before, after, fields }) =>
          `${after.indicator_id}: ${before.value} → ${after.value} [${fields.join(", ")}]`,
      ),
      withdrawn: diff.withdrawn.map(({ before }) => before.indicator_id),
    };
  }

  it.each([
    [
      null,
      "1.0.0",
      { added: ["synthetic-income = 28", "synthetic-roads = 70"], changed: [], withdrawn: [] },
    ],
    ["1.0.0", "1.1.0", { added: ["synthetic-poverty = 15.1"], changed: [], withdrawn: [] }],
    [
      "1.1.0",
      "1.1.1",
      {
        added: [],
        changed: ["synthetic-income: 28 → 28.2 [value, source_id, excerpt, note]"],
        withdrawn: [],
      },
    ],
    ["1.1.1", "1.2.1", { added: [], changed: [], withdrawn: [] }],
  ])("from %s to %s lists the baselines that changed", (from, to, expected) => {
    expect(describeBaselines(from, to)).toEqual(expected);
  });
});
