import { describe, expect, it } from "vitest";
import { composePageTitle, MAX_TITLE_LENGTH } from "./page-title.ts";

const SITE = "Theo dõi Chương trình 02/CTr-UBND Thái Nguyên";

describe(composePageTitle, () => {
  it.each([
    ["Phương pháp", "Phương pháp · Theo dõi Chương trình 02/CTr-UBND Thái Nguyên"],
    [SITE, SITE],
    [
      "Mục tiêu 3: Xã nông thôn mới vùng DTTS và miền núi",
      "Mục tiêu 3: Xã nông thôn mới vùng DTTS và miền núi",
    ],
    [
      "Tỷ lệ cán bộ, công chức cấp xã vùng DTTS và miền núi có trình độ cao đẳng, đại học",
      "Tỷ lệ cán bộ, công chức cấp xã vùng DTTS và miền núi có trình độ cao…",
    ],
  ])("titles %s as %s", (title, expected) => {
    expect(composePageTitle(title, SITE)).toBe(expected);
  });

  it("never writes more than the limit", () => {
    const long = "Tỷ lệ hộ DTTS cư trú phân tán ở nơi xa xôi, nguy hiểm được sắp xếp, bố trí lại";
    expect(composePageTitle(long, SITE).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(composePageTitle("x".repeat(100), SITE)).toBe(`${"x".repeat(69)}…`);
  });

  it("does not end a cut title on a comma", () => {
    expect(composePageTitle("một hai, ba", SITE, 10)).toBe("một hai…");
  });
});
