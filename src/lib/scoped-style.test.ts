import { describe, expect, it } from "vitest";
import { scopeAttributes } from "./scoped-style.ts";

describe(scopeAttributes, () => {
  it("keeps only the caller's scoped-style attributes, valued to print bare", () => {
    expect(
      scopeAttributes({ parts: [], lang: "vi", "data-astro-cid-hgiz4z66": true, "data-x": "1" }),
    ).toEqual({ "data-astro-cid-hgiz4z66": "" });
  });

  it("gives nothing when the caller has no scoped style", () => {
    expect(scopeAttributes({ parts: [] })).toEqual({});
  });
});
