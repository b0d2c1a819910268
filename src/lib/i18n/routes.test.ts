import { describe, expect, it } from "vitest";
import { hasPage, pageOfPath, pathOf, twinPath, type PageRef } from "./routes.ts";

const pages: readonly [PageRef, string, string][] = [
  [{ kind: "home" }, "", "en/"],
  [{ kind: "program" }, "chuong-trinh/", "en/program/"],
  [{ kind: "target", n: 3 }, "muc-tieu/3/", "en/targets/3/"],
  [{ kind: "indicator", id: "xa-ntm" }, "chi-tieu/xa-ntm/", "en/indicators/xa-ntm/"],
  [{ kind: "agencies" }, "co-quan/", "en/agencies/"],
  [{ kind: "agency", id: "so-gd-dt" }, "co-quan/so-gd-dt/", "en/agencies/so-gd-dt/"],
  [{ kind: "methodology" }, "phuong-phap/", "en/methodology/"],
  [{ kind: "glossary" }, "thuat-ngu/", "en/glossary/"],
  [{ kind: "data" }, "du-lieu/", "en/data/"],
  [{ kind: "about" }, "gioi-thieu/", "en/about/"],
  [{ kind: "search" }, "tim-kiem/", "en/search/"],
];

describe(pathOf, () => {
  it.each(pages)("writes %o as %s and %s", (page, vi, en) => {
    expect(pathOf("vi", page)).toBe(vi);
    expect(pathOf("en", page)).toBe(en);
  });
});

describe(pageOfPath, () => {
  it.each(pages)("reads back %o from both paths", (page, vi, en) => {
    expect(pageOfPath(vi)).toEqual({ lang: "vi", page });
    expect(pageOfPath(en)).toEqual({ lang: "en", page });
  });

  it("reads a built file's path and a leading slash", () => {
    expect(pageOfPath("/en/targets/3/index.html")).toEqual({
      lang: "en",
      page: { kind: "target", n: 3 },
    });
  });

  it.each(["du-lieu/phien-ban/1.0.0/", "nhung/chi-tieu/x/", "404.html", "en/targets/x/"])(
    "knows no twin kind for %s",
    (path) => {
      expect(pageOfPath(path)).toBeNull();
    },
  );
});

describe(twinPath, () => {
  it("links an indicator page to its English twin and back", () => {
    expect(twinPath("chi-tieu/xa-ntm/", "en")).toBe("en/indicators/xa-ntm/");
    expect(twinPath("en/indicators/xa-ntm/", "vi")).toBe("chi-tieu/xa-ntm/");
  });

  it("links the English home and the Vietnamese root both ways", () => {
    expect(twinPath("", "en")).toBe("en/");
    expect(twinPath("en/", "vi")).toBe("");
  });

  it("has no twin for a page that has no English edition", () => {
    expect(twinPath("du-lieu/phien-ban/1.0.0/", "en")).toBeNull();
  });

  it("links only the English kinds that are built", () => {
    expect(twinPath("chuong-trinh/", "en")).toBe(hasPage("en", "program") ? "en/program/" : null);
  });
});
