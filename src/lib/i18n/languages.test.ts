import { describe, expect, it } from "vitest";
import {
  DEFAULT_LANG,
  isLang,
  LANG_NAMES,
  LANGS,
  langOfPart,
  OG_LOCALES,
  otherLang,
} from "./languages.ts";

describe(isLang, () => {
  it.each([
    ["vi", true],
    ["en", true],
    ["fr", false],
    ["", false],
  ])("knows whether %j is a language of the site", (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});

describe(otherLang, () => {
  it("switches between the two languages", () => {
    expect(otherLang("vi")).toBe("en");
    expect(otherLang("en")).toBe("vi");
  });
});

describe("LANGS", () => {
  it("lists Vietnamese first, with a name in its own language and a locale for each", () => {
    expect(LANGS[0]).toBe(DEFAULT_LANG);
    expect(LANG_NAMES).toEqual({ vi: "Tiếng Việt", en: "English" });
    expect(OG_LOCALES.vi).toBe("vi_VN");
    expect(OG_LOCALES.en).toMatch(/^en_/);
  });
});

describe(langOfPart, () => {
  it("marks words only where they are not in the page's language", () => {
    expect(langOfPart("vi", "vi")).toBeUndefined();
    expect(langOfPart("vi", "en")).toBe("vi");
    expect(langOfPart("en", "vi")).toBe("en");
  });
});
