import { describe, expect, it } from "vitest";
import { labelStatus } from "./labels.ts";
import { summariseStatuses } from "./summarise-statuses.ts";

describe(summariseStatuses, () => {
  it("counts each status and lists every status, zeros included, in a fixed order", () => {
    const summary = summariseStatuses([
      { status: "achieved" },
      { status: "awaiting_final" },
      { status: "achieved" },
      { status: "no_data" },
      { status: "not_comparable" },
      { status: "no_data" },
    ]);
    expect(summary.total).toBe(6);
    expect(summary.rows.map((row) => [row.label, row.count])).toEqual([
      ["Đã đạt", 2],
      ["Đúng tiến độ", 0],
      ["Chậm", 0],
      ["Chậm nhiều", 0],
      ["Không đạt", 0],
      ["Chờ số liệu năm 2025", 1],
      ["Có số liệu nhưng chưa so sánh được", 1],
      ["Chưa có số liệu công bố", 2],
      ["Chỉ tiêu định tính", 0],
    ]);
  });

  it("names the goal year in the awaiting label", () => {
    const row = summariseStatuses([{ status: "awaiting_final" }], 2030).rows[5];
    expect(row).toEqual({ status: "awaiting_final", label: "Chờ số liệu năm 2030", count: 1 });
  });
});

describe(labelStatus, () => {
  it.each([
    ["achieved", "Đã đạt"],
    ["on_track", "Đúng tiến độ"],
    ["behind", "Chậm"],
    ["off_track", "Chậm nhiều"],
    ["not_achieved", "Không đạt"],
    ["awaiting_final", "Chờ số liệu năm 2025"],
    ["not_comparable", "Có số liệu nhưng chưa so sánh được"],
    ["no_data", "Chưa có số liệu công bố"],
    ["qualitative", "Chỉ tiêu định tính"],
  ] as const)("labels %s as %s", (status, label) => {
    expect(labelStatus(status)).toBe(label);
    expect(label).toBe(label.normalize("NFC"));
  });
});
