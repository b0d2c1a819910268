import { describe, expect, it } from "vitest";
import { countStatuses } from "./status-counts.ts";

describe(countStatuses, () => {
  it("lists only the statuses that occur, in the status module's order", () => {
    const rows = countStatuses([
      { status: "qualitative", label: "Chỉ tiêu định tính" },
      { status: "achieved", label: "Đã đạt" },
      { status: "qualitative", label: "Chỉ tiêu định tính" },
    ]);
    expect(rows.map((row) => [row.chip.label, row.text])).toEqual([
      ["Đã đạt", "1 chỉ tiêu"],
      ["Chỉ tiêu định tính", "2 chỉ tiêu"],
    ]);
  });

  it("words each status as its chips do (the goal year comes from the program)", () => {
    const rows = countStatuses([{ status: "awaiting_final", label: "Chờ số liệu năm 2027" }]);
    expect(rows.map((row) => row.chip.label)).toEqual(["Chờ số liệu năm 2027"]);
  });

  it("is empty for no indicator", () => {
    expect(countStatuses([])).toEqual([]);
  });
});
