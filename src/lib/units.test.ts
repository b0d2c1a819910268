import { describe, expect, it } from "vitest";
import { isPercentUnit } from "./units.ts";

describe(isPercentUnit, () => {
  it.each([
    ["%", true],
    ["% số hộ DTTS", true],
    // A stray space must not make the validator and the page disagree about the same unit.
    [" % số xã", true],
    ["triệu đồng/người/năm", false],
    ["điểm %", false],
    ["", false],
    [null, false],
    [undefined, false],
  ])("says %j is a percentage: %s", (unit, expected) => {
    expect(isPercentUnit(unit)).toBe(expected);
  });
});
