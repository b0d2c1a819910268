import { describe, expect, it } from "vitest";
import { countStatuses } from "./status-counts.ts";

describe(countStatuses, () => {
  it("lists only the statuses that occur, in the status module's order", () => {
    const rows = countStatuses([
      { status: "qualitative" },
      { status: "achieved" },
      { status: "qualitative" },
    ]);
    expect(rows.map((row) => [row.chip.label, row.text])).toEqual([
      ["Đã đạt", "1 chỉ tiêu"],
      ["Chỉ tiêu định tính", "2 chỉ tiêu"],
    ]);
  });

  it("is empty for no indicator", () => {
    expect(countStatuses([])).toEqual([]);
  });
});
