import { describe, expect, it } from "vitest";
import { describeProgramAnchor } from "./program-titles.ts";

const headings = new Map([
  ["II", "II. QUAN ĐIỂM, MỤC TIÊU"],
  ["II-3", "3. Mục tiêu cụ thể đến hết năm 2025"],
]);
const headingOf = (id: string): string | undefined => headings.get(id);

describe(describeProgramAnchor, () => {
  it.each([
    ["II-3-1", "3. Mục tiêu cụ thể đến hết năm 2025 · #II-3-1"],
    ["II-9-2", "II. QUAN ĐIỂM, MỤC TIÊU · #II-9-2"],
    ["III-1-1", "Mục III-1 · #III-1-1"],
    ["II", "II. QUAN ĐIỂM, MỤC TIÊU · #II"],
    ["phu-luc-4", "Phụ lục, hàng 4 · #phu-luc-4"],
    ["noi-nhan-3", "Nơi nhận · #noi-nhan-3"],
    ["chu-ky", "Phần chữ ký · #chu-ky"],
    ["can-cu", "Đoạn căn cứ ban hành · #can-cu"],
  ])("names %s %j", (id, title) => {
    expect(describeProgramAnchor(id, headingOf)).toBe(title);
  });

  it.each(["muc-luc", "phu-luc-chu-thich", "noi-dung"])(
    "gives no title to %s, which is not a program anchor",
    (id) => {
      expect(describeProgramAnchor(id, headingOf)).toBeUndefined();
    },
  );
});
