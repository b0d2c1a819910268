import { describe, expect, it } from "vitest";
import { loadReleaseFixture } from "../../../tests/fixtures/releases/load.ts";
import {
  baselineHistory,
  classifyRevision,
  revisionHistory,
  type RevisionKind,
} from "./history.ts";
import { figureKeyOf } from "./order.ts";

const fixture = loadReleaseFixture();
const histories = revisionHistory(fixture.observations, fixture.releases);

function historyOf(key: string) {
  const history = histories.find((h) => figureKeyOf(h) === key);
  if (!history) throw new Error(`no history for ${key}`);
  return {
    steps: history.revisions.map((r) => `${r.release.id} ${r.kind} ${r.row.value ?? "—"}`),
    current: history.current?.value ?? null,
  };
}

describe(classifyRevision, () => {
  // previous: a value, "withdrawal" (a row with an empty value), or null (no earlier row).
  const cases: [number | "withdrawal" | null, number | null, RevisionKind][] = [
    [null, 5, "added"],
    [null, null, "withdrawn"],
    [5, 6, "revised"],
    [5, 5, "restated"],
    [5, null, "withdrawn"],
    ["withdrawal", 7, "republished"],
    ["withdrawal", null, "withdrawn"],
  ];
  it.each(cases)("previous %s, now %s → %s", (previous, now, kind) => {
    const before =
      previous === "withdrawal" ? { value: null } : previous === null ? null : { value: previous };
    expect(classifyRevision(before, { value: now })).toBe(kind);
  });
});

describe(revisionHistory, () => {
  it("lists one history per figure, sorted by indicator, period, scope, series", () => {
    expect(histories.map(figureKeyOf)).toEqual([
      "synthetic-income|2021|tinh-cu|mac-dinh",
      "synthetic-income|2022|tinh-cu|mac-dinh",
      "synthetic-income|2025|tinh-moi|mac-dinh",
      "synthetic-poverty|2022|tinh-cu|ngheo-da-chieu",
      "synthetic-poverty|2023|tinh-cu|ngheo-da-chieu",
      "synthetic-roads|2023|tinh-cu|mac-dinh",
    ]);
  });

  it.each([
    [
      "a figure revised twice",
      "synthetic-income|2022|tinh-cu|mac-dinh",
      ["1.0.0 added 33", "1.1.1 revised 33.4", "1.2.0 revised 34.25"],
      34.25,
    ],
    [
      "a withdrawal",
      "synthetic-poverty|2022|tinh-cu|ngheo-da-chieu",
      ["1.0.0 added 12.5", "1.1.0 withdrawn —"],
      null,
    ],
    [
      "a withdrawal then re-publication",
      "synthetic-roads|2023|tinh-cu|mac-dinh",
      ["1.0.0 added 85", "1.1.1 withdrawn —", "1.2.1 republished 86"],
      86,
    ],
    [
      "a restatement with the same value",
      "synthetic-income|2021|tinh-cu|mac-dinh",
      ["1.0.0 added 30.5", "1.2.1 restated 30.5"],
      30.5,
    ],
    ["a new figure", "synthetic-poverty|2023|tinh-cu|ngheo-da-chieu", ["1.1.0 added 10.2"], 10.2],
    [
      "same-day releases in version order",
      "synthetic-income|2025|tinh-moi|mac-dinh",
      ["1.2.0 added 41.75", "1.2.1 revised 41.8"],
      41.8,
    ],
  ])("shows %s release by release", (_, key, steps, current) => {
    expect(historyOf(key)).toEqual({ steps, current });
  });

  it("links each revision to the previous row, so a page can show old → new", () => {
    const history = histories.find(
      (h) => figureKeyOf(h) === "synthetic-income|2022|tinh-cu|mac-dinh",
    );
    expect(history?.revisions.map((r) => [r.previous?.source_id ?? null, r.row.source_id])).toEqual(
      [
        [null, "s-bao-cao-1"],
        ["s-bao-cao-1", "s-bao-cao-2"],
        ["s-bao-cao-2", "s-thong-ke"],
      ],
    );
  });

  it("hands back the caller's release rows, titles included", () => {
    const first = histories[0]?.revisions[0]?.release;
    expect(first?.title).toBe("Bản phát hành đầu tiên (tổng hợp)");
  });
});

describe(baselineHistory, () => {
  it("shows each indicator's baseline release by release", () => {
    expect(
      baselineHistory(fixture.baselines, fixture.releases).map((h) => [
        h.indicator_id,
        h.revisions.map((r) => `${r.release.id} ${r.kind} ${r.row.value}`),
      ]),
    ).toEqual([
      ["synthetic-income", ["1.0.0 added 28", "1.1.1 revised 28.2"]],
      ["synthetic-poverty", ["1.1.0 added 15.1"]],
      ["synthetic-roads", ["1.0.0 added 70"]],
    ]);
  });
});
