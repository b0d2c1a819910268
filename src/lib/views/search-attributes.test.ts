import { describe, expect, it } from "vitest";
import type { StatusCode } from "../status/types.ts";
import { describeStatuses, writeAgencyFilter, writeStatusMeta } from "./search-attributes.ts";

const chip = (status: StatusCode, label: string) => ({ status, label });

describe(describeStatuses, () => {
  it.each([
    ["no indicator", [], ""],
    [
      "one indicator: its own label",
      [chip("awaiting_final", "Chờ số liệu năm 2030")],
      "Chờ số liệu năm 2030",
    ],
    [
      "several: each status once, with its count, in the status module's order",
      [
        chip("qualitative", "Chỉ tiêu định tính"),
        chip("achieved", "Đã đạt"),
        chip("achieved", "Đã đạt"),
      ],
      "Đã đạt (2 chỉ tiêu), Chỉ tiêu định tính (1 chỉ tiêu)",
    ],
    [
      "several with one status",
      [chip("behind", "Chậm"), chip("behind", "Chậm")],
      "Chậm (2 chỉ tiêu)",
    ],
  ])("%s", (_, chips, words) => {
    expect(describeStatuses(chips)).toBe(words);
  });
});

describe(writeStatusMeta, () => {
  it("writes the label inline after the key Pagefind reads it under", () => {
    expect(writeStatusMeta("Đã đạt")).toBe("status:Đã đạt");
  });
});

describe(writeAgencyFilter, () => {
  it("keeps the name whole, commas and ampersands included", () => {
    expect(writeAgencyFilter("UBND các huyện, thành phố, thị xã")).toBe(
      "agency:UBND các huyện, thành phố, thị xã",
    );
    expect(writeAgencyFilter("Sở GD&ĐT")).toBe("agency:Sở GD&ĐT");
  });
});
