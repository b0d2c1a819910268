import { describe, expect, it } from "vitest";
import { isTypedWithDiacritics, orderExactFirst } from "./ranking.ts";

describe(isTypedWithDiacritics, () => {
  it.each([
    ["Dương", true],
    ["đuong", true],
    ["DTTS", false],
    ["duong o to", false],
    ["  NONG thon ", false],
    ["Dương".normalize("NFD"), true],
  ])("%j → %s", (query, expected) => {
    expect(isTypedWithDiacritics(query)).toBe(expected);
  });
});

describe(orderExactFirst, () => {
  const ids = (...list: string[]): { id: string }[] => list.map((id) => ({ id }));

  it("lists the exact matches first, then the rest of the loose ones, in their own order", () => {
    const loose = ids("roads-target", "roads", "program", "data");
    const exact = ids("data", "program");
    expect(orderExactFirst(exact, loose).map((r) => r.id)).toEqual([
      "data",
      "program",
      "roads-target",
      "roads",
    ]);
  });

  it("never adds a page the loose search did not find", () => {
    expect(orderExactFirst(ids("stray", "b"), ids("a", "b")).map((r) => r.id)).toEqual(["b", "a"]);
    expect(orderExactFirst(ids("stray"), [])).toEqual([]);
  });

  it("returns the loose result objects, which hold every matched location", () => {
    const loose = [{ id: "p", from: "loose" }];
    const exact = [{ id: "p", from: "exact" }];
    expect(orderExactFirst(exact, loose)).toEqual([{ id: "p", from: "loose" }]);
  });

  it("keeps the loose order when nothing matches exactly", () => {
    expect(orderExactFirst([], ids("a", "b")).map((r) => r.id)).toEqual(["a", "b"]);
  });
});
