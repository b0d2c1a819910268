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

  it("keeps the loose order when nothing matches exactly", () => {
    expect(orderExactFirst([], ids("a", "b")).map((r) => r.id)).toEqual(["a", "b"]);
  });
});
