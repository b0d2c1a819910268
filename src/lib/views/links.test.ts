import { describe, expect, it } from "vitest";
import { withBase } from "../paths.ts";
import {
  agencyPath,
  indicatorCsvPath,
  indicatorPath,
  programPath,
  releasePath,
  targetPath,
} from "./links.ts";

describe("page paths", () => {
  it.each([
    [indicatorPath("xa-ntm"), "chi-tieu/xa-ntm/"],
    [targetPath(3), "muc-tieu/3/"],
    [agencyPath("so-gd-dt"), "co-quan/so-gd-dt/"],
    [programPath("II-3-1"), "chuong-trinh/#II-3-1"],
    [releasePath("1.0.0"), "du-lieu/phien-ban/1.0.0/"],
    [indicatorCsvPath("xa-ntm"), "du-lieu/chi-tieu/xa-ntm.csv"],
  ])("writes %s", (path, expected) => {
    expect(path).toBe(expected);
  });

  it.each([
    ["/", "/chi-tieu/xa-ntm/"],
    ["/ctr-02/", "/ctr-02/chi-tieu/xa-ntm/"],
  ])("works under the base path %s", (base, expected) => {
    expect(withBase(base, indicatorPath("xa-ntm"))).toBe(expected);
  });
});
