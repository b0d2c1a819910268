import { describe, expect, it } from "vitest";
import {
  capitalise,
  formatDate,
  formatDateIn,
  formatEnglishDate,
  formatEnglishNumber,
  formatNumber,
  formatNumberIn,
} from "./format.ts";

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

describe(formatEnglishNumber, () => {
  it.each([
    [1234.5, 1, "1,234.5"],
    [51, 1, "51.0"],
    [1234567, 0, "1,234,567"],
    [2.18, 2, "2.18"],
    [-2, 0, "−2"],
    [-0, 1, "0.0"],
  ])("writes %d with %d decimals as %s", (value, decimals, expected) => {
    expect(formatEnglishNumber(value, decimals)).toBe(expected);
  });
});

describe(formatEnglishDate, () => {
  it.each([
    ["2021-12-02", "2 Dec 2021"],
    ["2026-11-26", "26 Nov 2026"],
    ["2025-09-30", "30 Sep 2025"],
    ["2024-01-01", "1 Jan 2024"],
  ])("writes %s as %s", (iso, expected) => {
    expect(formatEnglishDate(iso)).toBe(expected);
  });

  it.each(["2/12/2021", "2021-13-01"])("rejects %s", (bad) => {
    expect(() => formatEnglishDate(bad)).toThrow("expected YYYY-MM-DD");
  });
});

describe(formatNumberIn, () => {
  it("writes each language's own separators", () => {
    expect(formatNumberIn("vi", 1234.5, 1)).toBe("1.234,5");
    expect(formatNumberIn("en", 1234.5, 1)).toBe("1,234.5");
  });
});

describe(formatDateIn, () => {
  it("writes each language's own date form", () => {
    expect(formatDateIn("vi", "2021-12-02")).toBe("02/12/2021");
    expect(formatDateIn("en", "2021-12-02")).toBe("2 Dec 2021");
  });
});
