import { describe, expect, it } from "vitest";
import { composePageTitle, cutAtWord, cutInMiddle, MAX_TITLE_LENGTH } from "./page-title.ts";

const TITLE_SUFFIX = "Chương trình 02/CTr-UBND, Thái Nguyên";

describe(composePageTitle, () => {
  it("names the program and the province after the page's own title", () => {
    expect(composePageTitle("Phương pháp", TITLE_SUFFIX)).toBe(
      "Phương pháp — Chương trình 02/CTr-UBND, Thái Nguyên",
    );
  });

  it("cuts a long page title at a word so the whole stays within the limit, keeping the program", () => {
    const long =
      "Tỷ lệ cán bộ, công chức cấp xã vùng DTTS và miền núi có trình độ cao đẳng, đại học trở lên";
    const title = composePageTitle(long, TITLE_SUFFIX);
    expect(title).toBe(
      "Tỷ lệ cán bộ, công chức cấp xã vùng DTTS và miền núi có… — Chương trình 02/CTr-UBND, Thái Nguyên",
    );
    expect([...title].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });

  it("never cuts when told there is no limit (og:title)", () => {
    const long =
      "Tỷ lệ hộ DTTS cư trú phân tán ở nơi xa xôi, nguy hiểm được sắp xếp, bố trí lại ổn định";
    expect(composePageTitle(long, TITLE_SUFFIX, Infinity)).toBe(`${long} — ${TITLE_SUFFIX}`);
  });
});

describe(cutAtWord, () => {
  it.each([
    ["Nhúng: Tỷ lệ hộ nghèo DTTS", 70, "Nhúng: Tỷ lệ hộ nghèo DTTS"],
    ["Nhúng: Tỷ lệ cán bộ, công chức, viên chức người DTTS", 30, "Nhúng: Tỷ lệ cán bộ, công…"],
    ["một hai, ba", 10, "một hai…"],
    ["Nhúng:Tỷlệcánbộcôngchức", 10, "Nhúng:Tỷl…"],
  ])("cuts %j to %i characters as %j", (text, max, expected) => {
    const short = cutAtWord(text, max);
    expect(short).toBe(expected);
    expect([...short].length).toBeLessThanOrEqual(max);
  });
});

describe(cutInMiddle, () => {
  const long =
    "Share of ethnic minority officials, civil servants and public employees at provincial level";

  it("keeps the start and the end of a long title, cut at words", () => {
    const cut = cutInMiddle(long, 65);
    expect([...cut].length).toBeLessThanOrEqual(65);
    expect(cut).toMatch(/^Share of ethnic minority.* … .*provincial level$/);
  });

  it("leaves a short title as it is", () => {
    expect(cutInMiddle("Overview", 65)).toBe("Overview");
  });
});

describe("composePageTitle with cutInMiddle", () => {
  it("tells apart two names that differ only at their end", () => {
    const suffix = "Program 02/CTr-UBND, Province (synthetic)";
    const a = composePageTitle(
      "Share of ethnic minority officials, civil servants and public employees at provincial level",
      suffix,
      MAX_TITLE_LENGTH,
      cutInMiddle,
    );
    const b = composePageTitle(
      "Share of ethnic minority officials, civil servants and public employees at district and commune levels",
      suffix,
      MAX_TITLE_LENGTH,
      cutInMiddle,
    );
    expect(a).not.toBe(b);
    expect([...a].length).toBeLessThanOrEqual(100);
    expect([...b].length).toBeLessThanOrEqual(100);
  });
});
