import { describe, expect, it } from "vitest";
import {
  buildAnchorId,
  buildAppendixRowId,
  describeAnchorLink,
  parseAnchorId,
  type ParsedAnchor,
  type SectionNumeral,
} from "./anchors.ts";

describe(buildAnchorId, () => {
  it.each<[SectionNumeral, number | undefined, number | undefined, string]>([
    ["II", undefined, undefined, "II"],
    ["II", 3, undefined, "II-3"],
    ["III", 2, 3, "III-2-3"],
    ["IV", 3, 12, "IV-3-12"],
  ])("builds (%s, %s, %s) as %s", (section, subsection, item, expected) => {
    expect(buildAnchorId(section, subsection, item)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])("rejects the number %s", (n) => {
    expect(() => buildAnchorId("I", n)).toThrow(/positive integer/);
  });

  it("rejects an item without a subsection", () => {
    expect(() => buildAnchorId("I", undefined, 2)).toThrow("item 2 needs a subsection number");
  });
});

describe(buildAppendixRowId, () => {
  it("numbers rows like the appendix's TT column", () => {
    expect(buildAppendixRowId(10)).toBe("phu-luc-10");
  });

  it("rejects row 0", () => {
    expect(() => buildAppendixRowId(0)).toThrow(/positive integer, got 0/);
  });
});

describe(parseAnchorId, () => {
  it.each<[string, ParsedAnchor]>([
    ["III", { kind: "section", section: "III" }],
    ["II-3", { kind: "subsection", section: "II", subsection: 3 }],
    ["III-2-3", { kind: "item", section: "III", subsection: 2, item: 3 }],
    ["phu-luc-10", { kind: "appendix-row", row: 10 }],
    ["noi-nhan-4", { kind: "recipient", recipient: 4 }],
    ["mo-dau", { kind: "readable", id: "mo-dau" }],
    ["phu-luc", { kind: "readable", id: "phu-luc" }],
  ])("reads %s", (id, expected) => {
    expect(parseAnchorId(id)).toEqual(expected);
  });

  it.each(["V", "ii-3", "II-0", "II-03", "II-3-", "phu-luc-0", "toString", "", "II.3"])(
    "rejects %j",
    (id) => {
      expect(parseAnchorId(id)).toBeUndefined();
    },
  );

  it.each(["I-1-2", "IV-3", "phu-luc-7"])("round-trips %s through buildAnchorId", (id) => {
    const parsed = parseAnchorId(id);
    if (parsed?.kind === "item") {
      expect(buildAnchorId(parsed.section, parsed.subsection, parsed.item)).toBe(id);
    } else if (parsed?.kind === "subsection") {
      expect(buildAnchorId(parsed.section, parsed.subsection)).toBe(id);
    } else if (parsed?.kind === "appendix-row") {
      expect(buildAppendixRowId(parsed.row)).toBe(id);
    } else {
      expect.unreachable(`unexpected parse of ${id}: ${JSON.stringify(parsed)}`);
    }
  });
});

describe(describeAnchorLink, () => {
  it.each([
    ["II", "Liên kết đến phần II"],
    ["II-3", "Liên kết đến mục II-3"],
    ["II-3-1", "Liên kết đến đoạn II-3-1"],
    ["phu-luc-3", "Liên kết đến hàng 3 của phụ lục, phu-luc-3"],
    ["noi-nhan-2", "Liên kết đến nơi nhận thứ 2, noi-nhan-2"],
    ["mo-dau", "Liên kết đến phần mở đầu, mo-dau"],
  ])("names the link to %s", (id, expected) => {
    expect(describeAnchorLink(id)).toBe(expected);
  });

  it("contains the visible link text (the id) in every name", () => {
    for (const id of ["I", "IV-3-2", "phu-luc-1", "noi-nhan-15", "can-cu", "ky-hieu", "chu-ky"]) {
      expect(describeAnchorLink(id)).toContain(id);
    }
  });

  it("fails the build on an id outside the scheme", () => {
    expect(() => describeAnchorLink("II.3.1")).toThrow(/"II.3.1" is not a program anchor/);
  });
});
