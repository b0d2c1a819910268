import { describe, expect, it } from "vitest";
import { loadReleaseFixture } from "../../../tests/fixtures/releases/load.ts";
import { compareFigureKeys, orderReleases, rankReleases } from "./order.ts";

const fixture = loadReleaseFixture();

describe(orderReleases, () => {
  it("orders by date, so a correction listed after a later release still comes before it", () => {
    expect(orderReleases(fixture.releases).map((r) => r.id)).toEqual([
      "1.0.0",
      "1.1.0",
      "1.1.1",
      "1.2.0",
      "1.2.1",
    ]);
  });

  it.each([
    [
      ["1.0.0", "1.0.1"],
      ["1.0.0", "1.0.1"],
    ],
    [
      ["1.0.1", "1.0.0"],
      ["1.0.0", "1.0.1"],
    ],
    [
      ["1.10.0", "1.9.2"],
      ["1.9.2", "1.10.0"],
    ],
  ])(
    "orders same-day releases by version, whatever the file order (%j → %j)",
    (fileOrder, expected) => {
      const releases = fileOrder.map((id) => ({ id, date: "2026-06-01" }));
      expect(orderReleases(releases).map((r) => r.id)).toEqual(expected);
    },
  );

  it("leaves its input untouched", () => {
    const releases = [
      { id: "2.0.0", date: "2026-02-01" },
      { id: "1.0.0", date: "2026-01-01" },
    ];
    orderReleases(releases);
    expect(releases.map((r) => r.id)).toEqual(["2.0.0", "1.0.0"]);
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(() =>
      orderReleases([{ id: "1.0.0", date: "15/01/2026" }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ReleaseError: release "1.0.0": date: expected YYYY-MM-DD, got "15/01/2026"]`,
    );
  });

  it("rejects a release listed twice", () => {
    const twice = [
      { id: "1.0.0", date: "2026-01-01" },
      { id: "1.0.0", date: "2026-02-01" },
    ];
    expect(() => orderReleases(twice)).toThrowErrorMatchingInlineSnapshot(
      `[ReleaseError: release "1.0.0" is listed twice]`,
    );
  });
});

describe(rankReleases, () => {
  it("gives each release its position in effect order", () => {
    expect(Object.fromEntries(rankReleases(fixture.releases))).toEqual({
      "1.0.0": 0,
      "1.1.0": 1,
      "1.1.1": 2,
      "1.2.0": 3,
      "1.2.1": 4,
    });
  });
});

describe(compareFigureKeys, () => {
  const key = (
    indicator_id: string,
    period: number,
    scope_id = "tinh-cu",
    series_id = "mac-dinh",
  ) => ({
    indicator_id,
    period,
    scope_id,
    series_id,
  });

  it.each([
    ["indicator first", key("a", 2025), key("b", 2021)],
    ["then period, as a number", key("a", 999), key("a", 2021)],
    ["then scope", key("a", 2021, "tinh-cu"), key("a", 2021, "tinh-moi")],
    ["then series", key("a", 2021, "tinh-cu", "mac-dinh"), key("a", 2021, "tinh-cu", "ngheo")],
    ["by code unit, not locale (Z before a)", key("Z", 2021), key("a", 2021)],
  ])("sorts %s", (_, first, second) => {
    expect(compareFigureKeys(first, second)).toBeLessThan(0);
    expect(compareFigureKeys(second, first)).toBeGreaterThan(0);
  });

  it("finds two equal keys equal", () => {
    expect(compareFigureKeys(key("a", 2021), key("a", 2021))).toBe(0);
  });
});
