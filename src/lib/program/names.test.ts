import { describe, expect, it } from "vitest";
import type { Program } from "../data/rows.ts";
import { nameProgram } from "./names.ts";

// A synthetic program, not a real one.
const program: Program = {
  number: "07/KH-UBND",
  kind: "Kế hoạch",
  short_name: "Kế hoạch 07/KH-UBND",
  issuer: "UBND tỉnh Ví Dụ",
  issued: "2023-04-05",
  province: "Ví Dụ",
  area: "tỉnh Ví Dụ",
  implements: "Nghị quyết 12-NQ/TU",
  topic: "đường giao thông nông thôn",
  start_year: 2023,
  end_year: 2027,
  goal_year: 2027,
  orientation_year: 2035,
};

describe(nameProgram, () => {
  it("composes every name from the program's row", () => {
    const names = nameProgram(program);
    expect(names.titleSuffix).toBe("Kế hoạch 07/KH-UBND, Ví Dụ");
    expect(names.title).toBe("Kế hoạch số 07/KH-UBND");
    expect(names.name).toBe("Kế hoạch 07/KH-UBND");
    expect(names.reference).toBe("Kế hoạch số 07/KH-UBND ngày 05/04/2023 của UBND tỉnh Ví Dụ");
    expect(names.period).toBe("2023–2027");
    expect(names.goalYear).toBe(2027);
    expect(names.orientationYear).toBe(2035);
  });

  it("capitalises the area and the topic for the start of a sentence", () => {
    const names = nameProgram({ ...program, area: "đặc khu Ví Dụ", topic: "đường sá" });
    expect(names.areaCapitalised).toBe("Đặc khu Ví Dụ");
    expect(names.topicCapitalised).toBe("Đường sá");
  });
});
