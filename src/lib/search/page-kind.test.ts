import { describe, expect, it } from "vitest";
import { classifyPage, kindOfLabel, pagePathOf, type PageKind } from "./page-kind.ts";

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
  ])("%j → %s", (path, kind) => {
    expect(classifyPage(path)).toBe(kind);
  });
});

describe(kindOfLabel, () => {
  it("finds a kind by its Vietnamese label", () => {
    expect(kindOfLabel("Chỉ tiêu")).toBe("indicator");
  });

  it("knows no other label", () => {
    expect(kindOfLabel("Tin tức")).toBeUndefined();
  });
});
