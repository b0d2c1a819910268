import { describe, expect, it } from "vitest";
import { withBase } from "./paths.ts";

describe(withBase, () => {
  it.each([
    ["/", "chuong-trinh/", "/chuong-trinh/"],
    ["/", "/chuong-trinh/#III-2", "/chuong-trinh/#III-2"],
    ["/ctr-02/", "du-lieu/", "/ctr-02/du-lieu/"],
    ["/ctr-02", "du-lieu/", "/ctr-02/du-lieu/"],
    ["/ctr-02/", "", "/ctr-02/"],
  ])("with base %s, %s becomes %s", (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});
