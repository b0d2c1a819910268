import { describe, expect, it } from "vitest";
import { LANGS } from "../i18n/languages.ts";
import { findTermByAbbr, writeGlossary } from "./terms.ts";

// Synthetic program names: no real province or program.
const names = {
  area: "tỉnh Ví Dụ",
  areaCapitalised: "Tỉnh Ví Dụ",
  shortName: "Kế hoạch 01/KH-THU",
  issuer: "UBND tỉnh Ví Dụ",
};
const englishNames = {
  area: "Ví Dụ province",
  areaCapitalised: "Ví Dụ province",
  shortName: "Plan 01/KH-THU",
  issuer: "Ví Dụ Provincial People's Committee",
};

// Letters only Vietnamese writes. Document numbers (07/2021/NĐ-CP) and the program's names keep
// them in English, so the test looks at the English text without those.
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const DOCUMENT_NUMBER = /\d+\/\d{4}\/[\p{L}-]+/gu;

describe(writeGlossary, () => {
  it("gives every language the same entries, with the same anchors, in the same order", () => {
    const ids = writeGlossary(names).map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(10);
    for (const lang of LANGS) {
      expect(writeGlossary(names, lang).map((entry) => entry.id)).toEqual(ids);
    }
  });

  it("fills the program's names into every language, leaving no placeholder", () => {
    for (const lang of LANGS) {
      const text = writeGlossary(lang === "vi" ? names : englishNames, lang)
        .flatMap((entry) => entry.text)
        .join("\n");
      expect(text, lang).not.toMatch(/\{[A-Z_]+\}/);
    }
    const english = writeGlossary(englishNames, "en");
    expect(english.find((entry) => entry.id === "ubnd")?.text.join(" ")).toContain(
      "Plan 01/KH-THU was issued by Ví Dụ Provincial People's Committee.",
    );
  });

  it("writes English terms and explanations, with the Vietnamese term beside each", () => {
    const english = writeGlossary({ ...englishNames, area: "X", areaCapitalised: "X" }, "en");
    const vietnamese = writeGlossary(names);
    english.forEach((entry, index) => {
      const words = [entry.term, ...entry.text].join(" ").replaceAll(DOCUMENT_NUMBER, "");
      const withoutNames = words
        .replaceAll(englishNames.shortName, "")
        .replaceAll(englishNames.issuer, "");
      expect(withoutNames, entry.id).not.toMatch(VIETNAMESE_LETTER);
      expect(entry.text.length, entry.id).toBe(vietnamese[index]?.text.length);
      expect(entry.abbr, entry.id).toBeUndefined();
    });
    expect(english[0]).toMatchObject({
      term: "Ethnic minorities",
      original: "Dân tộc thiểu số (DTTS)",
    });
    expect(vietnamese[0]).toMatchObject({ term: "Dân tộc thiểu số", abbr: "DTTS" });
    expect(vietnamese[0]?.original).toBeUndefined();
  });
});

describe(findTermByAbbr, () => {
  it("finds the Vietnamese entry an abbreviation spells out", () => {
    expect(findTermByAbbr("ĐBKK")?.id).toBe("xa-dbkk");
    expect(findTermByAbbr("XYZ")).toBeUndefined();
  });
});
