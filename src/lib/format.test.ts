import { describe, expect, it } from "vitest";
import { capitalise, formatDate, formatNumber } from "./format.ts";

describe(formatNumber, () => {
  it.each([
    [1234.5, 1, "1.234,5"],
    [1234567, 0, "1.234.567"],
    [2.18, 2, "2,18"],
    [8, 1, "8,0"],
    [-2, 0, "−2"],
    [-0, 1, "0,0"],
    [0.125, 2, "0,13"],
  ])("writes %d with %d decimals as %s", (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe(formatDate, () => {
  it("writes an ISO date as dd/mm/yyyy", () => {
    expect(formatDate("2021-12-02")).toBe("02/12/2021");
  });

  it("rejects a date that is not ISO", () => {
    expect(() => formatDate("2/12/2021")).toThrow('expected YYYY-MM-DD, got "2/12/2021"');
  });
});

describe(capitalise, () => {
  it.each([
    ["tỉnh Thái Nguyên", "Tỉnh Thái Nguyên"],
    ["đường ô tô", "Đường ô tô"],
    ["", ""],
  ])("capitalises %j as %j", (text, expected) => {
    expect(capitalise(text)).toBe(expected);
  });
});
