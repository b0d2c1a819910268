// Synthetic data for tests only: none of these figures is real.
import { describe, expect, it } from "vitest";
import { resolveFigures } from "./resolve.ts";
import type { StatusIndicator, StatusObservation } from "./types.ts";

const INDICATOR: StatusIndicator = {
  id: "x",
  name: "Tỷ lệ thử",
  unit: "%",
  decimals: 1,
  direction: "up",
  kind: "quantitative",
};

const RELEASES = [
  { id: "1.1.0", date: "2025-06-01" },
  { id: "1.0.0", date: "2024-06-01" },
  { id: "1.2.0", date: "2026-06-01" },
];

function obs(period: number, value: number | null, release_id: string, scope_id = "tinh-cu") {
  return {
    indicator_id: "x",
    period,
    scope_id,
    series_id: "mac-dinh",
    value,
    release_id,
    source_id: "s1",
    excerpt: "…",
    note: null,
  } satisfies StatusObservation;
}

describe(resolveFigures, () => {
  const rows = [
    obs(2024, 70, "1.1.0"),
    obs(2024, 65, "1.0.0"),
    obs(2023, 60, "1.0.0"),
    obs(2023, null, "1.2.0"),
    obs(2022, 55, "1.0.0", "tinh-moi"),
  ];

  it.each([
    [
      "1.0.0",
      [
        [2022, 55],
        [2023, 60],
        [2024, 65],
      ],
    ],
    [
      "1.1.0",
      [
        [2022, 55],
        [2023, 60],
        [2024, 70],
      ],
    ],
    [
      "1.2.0",
      [
        [2022, 55],
        [2024, 70],
      ],
    ],
  ])("as of %s keeps the latest release's value of each figure", (asOf, expected) => {
    const asOfRelease = RELEASES.find((release) => release.id === asOf);
    if (!asOfRelease) throw new Error("test release missing");
    const figures = resolveFigures(INDICATOR, rows, RELEASES, asOfRelease);
    expect(figures.map((figure) => [figure.period, figure.value])).toEqual(expected);
  });

  it("writes each figure vi-VN with its unit and keeps the history oldest first", () => {
    const asOf = { id: "1.1.0", date: "2025-06-01" };
    const figure = resolveFigures(INDICATOR, rows, RELEASES, asOf).at(-1);
    expect(figure).toMatchObject({
      text: "70,0%",
      revised: true,
      history: [
        { release_id: "1.0.0", value: 65 },
        { release_id: "1.1.0", value: 70 },
      ],
    });
  });
});
