import { describe, expect, it } from "vitest";
import { changeUnit, clean, formatPlain, formatWithUnit } from "./format-value.ts";

describe(formatWithUnit, () => {
  it.each([
    [19.2, 1, "%", "19,2%"],
    [51, 0, "triệu đồng/người/năm", "51 triệu đồng/người/năm"],
    [1234.5, 1, "xã", "1.234,5 xã"],
    [3.16, 2, "% số hộ DTTS", "3,16% số hộ DTTS"],
    [7, 0, "", "7"],
  ])("writes %d (%d decimals, unit %s) as %s", (value, decimals, unit, text) => {
    expect(formatWithUnit(value, decimals, unit)).toBe(text);
  });
});

describe(changeUnit, () => {
  it.each([
    ["%", "điểm %"],
    ["% số hộ DTTS", "điểm %"],
    ["xã", "xã"],
  ])("measures a change of %s in %s", (unit, expected) => {
    expect(changeUnit(unit)).toBe(expected);
  });
});

describe(formatPlain, () => {
  it.each([
    [2, "2"],
    [0.5, "0,5"],
    [2.125, "2,125"],
    [1234, "1.234"],
  ])("writes %d with only its own decimals as %s", (value, text) => {
    expect(formatPlain(value)).toBe(text);
  });
});

describe(clean, () => {
  it.each([
    [11.9 - 8, 3.9],
    [0.1 + 0.2, 0.3],
    [-0, 0],
  ])("clears binary noise from %d", (value, expected) => {
    expect(Object.is(clean(value), expected)).toBe(true);
  });
});
