import { describe, expect, it } from "vitest";
import {
  classifyPage,
  kindOfLabel,
  languageOfPath,
  pagePathOf,
  type PageKind,
} from "./page-kind.ts";

describe(pagePathOf, () => {
  it.each([
    ["index.html", ""],
    ["chi-tieu/ho-ngheo/index.html", "chi-tieu/ho-ngheo/"],
    ["chuong-trinh\\index.html", "chuong-trinh/"],
    ["404.html", "404.html"],
  ])("%s → %j", (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});

describe(classifyPage, () => {
  it.each<[string, PageKind | undefined]>([
    ["", "other"],
    ["chuong-trinh/", "program"],
    ["muc-tieu/4/", "target"],
    ["chi-tieu/duong-o-to/", "indicator"],
    ["co-quan/so-gtvt/", "agency"],
    ["du-lieu/", "other"],
    ["du-lieu/phien-ban/1.0.0/", "other"],
    ["phuong-phap/", "other"],
    ["muc-tieu/", "other"],
    ["tim-kiem/", undefined],
    ["nhung/chi-tieu/duong-o-to/", undefined],
    ["404.html", undefined],
    ["en/", "other"],
    ["en/program/", "program"],
    ["en/targets/4/", "target"],
    ["en/indicators/duong-o-to/", "indicator"],
    ["en/agencies/so-gtvt/", "agency"],
    ["en/agencies/", "other"],
    ["en/methodology/", "other"],
    ["en/search/", undefined],
    // A Vietnamese slug under en/ is not an English page kind, and the other way round.
    ["en/chi-tieu/x/", "other"],
    ["indicators/x/", "other"],
  ])("%j → %s", (path, kind) => {
    expect(classifyPage(path)).toBe(kind);
  });
});

describe(languageOfPath, () => {
  it.each([
    ["", "vi"],
    ["chi-tieu/x/", "vi"],
    ["en/", "en"],
    ["en/indicators/x/", "en"],
    // Only the en/ folder: a Vietnamese slug that starts with "en" stays Vietnamese.
    ["en-gan/", "vi"],
  ])("%j → %s", (path, lang) => {
    expect(languageOfPath(path)).toBe(lang);
  });
});

describe(kindOfLabel, () => {
  it("finds a kind by its English label in the English index", () => {
    expect(kindOfLabel("Indicator", "en")).toBe("indicator");
    expect(kindOfLabel("Chỉ tiêu", "en")).toBeUndefined();
  });

  it("finds a kind by its Vietnamese label", () => {
    expect(kindOfLabel("Chỉ tiêu")).toBe("indicator");
  });

  it("knows no other label", () => {
    expect(kindOfLabel("Tin tức")).toBeUndefined();
  });
});
