import { describe, expect, it } from "vitest";
import { segmentsToText, spellOutFirstUse, spellOutPage } from "./spell-out.ts";

describe(spellOutFirstUse, () => {
  it("spells out an abbreviation at its first use", () => {
    const { segments, seen } = spellOutFirstUse("Thu nhập bình quân của người DTTS");
    expect(segmentsToText(segments)).toBe("Thu nhập bình quân của người dân tộc thiểu số (DTTS)");
    expect(segments.at(-1)).toEqual({
      kind: "abbr",
      abbr: "DTTS",
      phrase: "dân tộc thiểu số",
      spelled: true,
    });
    expect([...seen]).toEqual(["DTTS"]);
  });

  it("leaves an abbreviation the page already spelled out as it is", () => {
    const { segments } = spellOutFirstUse("Tỷ lệ hộ nghèo DTTS", new Set(["DTTS"]));
    expect(segments).toEqual([{ kind: "text", text: "Tỷ lệ hộ nghèo DTTS" }]);
  });

  it("spells out only the first of two uses in one text", () => {
    const { segments } = spellOutFirstUse("Xã vùng DTTS và miền núi có học sinh DTTS");
    expect(segmentsToText(segments)).toBe(
      "Xã vùng dân tộc thiểu số (DTTS) và miền núi có học sinh DTTS",
    );
  });

  it("capitalises the words when the text starts with the abbreviation", () => {
    const { segments } = spellOutFirstUse("UBND các huyện, thành phố, thị xã");
    expect(segmentsToText(segments)).toBe("Ủy ban nhân dân (UBND) các huyện, thành phố, thị xã");
  });

  it("does not touch an abbreviation inside a document number", () => {
    const { segments, seen } = spellOutFirstUse("Chương trình hành động 02/CTr-UBND");
    expect(segmentsToText(segments)).toBe("Chương trình hành động 02/CTr-UBND");
    expect(seen.size).toBe(0);
  });

  it("marks, without repeating the words, an abbreviation already spelled out in the text", () => {
    const { segments } = spellOutFirstUse("người dân tộc thiểu số (DTTS) ở xã ĐBKK");
    expect(segmentsToText(segments)).toBe(
      "người dân tộc thiểu số (DTTS) ở xã đặc biệt khó khăn (ĐBKK)",
    );
    expect(segments[1]).toMatchObject({ abbr: "DTTS", spelled: false });
  });

  it("reads decomposed (NFD) text the same as NFC", () => {
    const { segments } = spellOutFirstUse("xã ĐBKK".normalize("NFD"));
    expect(segmentsToText(segments)).toBe("xã đặc biệt khó khăn (ĐBKK)");
  });
});

describe(spellOutPage, () => {
  it("threads what was spelled out through a page's texts in order", () => {
    const texts = spellOutPage(["Tỷ lệ hộ nghèo DTTS", "Số xã NTM của vùng DTTS"]).map(
      segmentsToText,
    );
    expect(texts).toEqual([
      "Tỷ lệ hộ nghèo dân tộc thiểu số (DTTS)",
      "Số xã nông thôn mới (NTM) của vùng DTTS",
    ]);
  });
});
