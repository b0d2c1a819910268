import { describe, expect, it } from "vitest";
import { loadReleaseFixture } from "../../../tests/fixtures/releases/load.ts";
import { releaseSummaries } from "./summaries.ts";

const fixture = loadReleaseFixture();

describe(releaseSummaries, () => {
  const summaries = releaseSummaries(fixture);

  it("lists releases newest first, each compared with the one before it", () => {
    expect(summaries.map((s) => [s.release.id, s.previous?.id ?? null])).toEqual([
      ["1.2.1", "1.2.0"],
      ["1.2.0", "1.1.1"],
      ["1.1.1", "1.1.0"],
      ["1.1.0", "1.0.0"],
      ["1.0.0", null],
    ]);
  });

  it.each([
    [
      "1.2.1",
      {
        added: 0,
        revised: 1,
        withdrawn: 0,
        republished: 1,
        restated: 1,
        baselines: 0,
        disputed: 0,
      },
    ],
    [
      "1.2.0",
      {
        added: 1,
        revised: 1,
        withdrawn: 0,
        republished: 0,
        restated: 0,
        baselines: 0,
        disputed: 0,
      },
    ],
    [
      "1.1.1",
      {
        added: 0,
        revised: 1,
        withdrawn: 1,
        republished: 0,
        restated: 0,
        baselines: 1,
        disputed: 0,
      },
    ],
    [
      "1.1.0",
      {
        added: 1,
        revised: 0,
        withdrawn: 1,
        republished: 0,
        restated: 0,
        baselines: 1,
        disputed: 0,
      },
    ],
    [
      "1.0.0",
      {
        added: 4,
        revised: 0,
        withdrawn: 0,
        republished: 0,
        restated: 0,
        baselines: 2,
        disputed: 0,
      },
    ],
  ])("counts what %s changed", (id, counts) => {
    expect(summaries.find((s) => s.release.id === id)?.counts).toEqual(counts);
  });

  it("keeps each release's title and summary for the list page", () => {
    expect(summaries[0]?.release.summary).toBe(
      "Cùng ngày với 1.2.0 nhưng ghi sau nên có hiệu lực sau.",
    );
  });
});
