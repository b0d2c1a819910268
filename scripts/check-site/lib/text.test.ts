import { describe, expect, it } from "vitest";
import { editDistance, findClosest, formatCount, formatKilobytes, ProblemGroups } from "./text.ts";

describe(editDistance, () => {
  it.each([
    ["III-2-3", "III-2-3", 0],
    ["III-2-3", "III-2-4", 1],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
  ])("between %s and %s is %d", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe(findClosest, () => {
  it("returns the nearest candidates first", () => {
    expect(findClosest("III-2-3", ["I-1", "III-2-2", "III-2", "phu-luc", "III-3"])).toEqual([
      "III-2-2",
      "III-2",
      "III-3",
    ]);
  });
});

describe(formatCount, () => {
  it("groups thousands the Vietnamese way", () => {
    expect(formatCount(1234)).toBe("1.234");
  });
});

describe(formatKilobytes, () => {
  it("writes kilobytes with a decimal comma", () => {
    expect(formatKilobytes(30 * 1024 + 512)).toBe("30,5 KB");
  });
});

describe(ProblemGroups, () => {
  it("lists one line per message with the pages it was seen on", () => {
    const groups = new ProblemGroups();
    for (const page of ["/", "/a/", "/b/", "/c/", "/d/"]) groups.add("liên kết hỏng", page);
    groups.add("khác", "/a/");
    expect(groups.lines()).toEqual(["/, /a/, /b/ và 2 trang khác: liên kết hỏng", "/a/: khác"]);
    expect(groups.size).toBe(6);
  });
});
