import { describe, expect, it } from "vitest";
import { listSearchFilterOptions } from "./filter-options.ts";
import { PAGE_KINDS } from "./page-kind.ts";

describe(listSearchFilterOptions, () => {
  it.each([
    { agencies: [], names: [] },
    {
      agencies: [{ name: "Sở Y tế" }, { name: "Ban Dân tộc" }, { name: "Sở Giao thông vận tải" }],
      names: ["Ban Dân tộc", "Sở Giao thông vận tải", "Sở Y tế"],
    },
    // Vietnamese order: Đ after D, whatever the code points say.
    {
      agencies: [{ name: "Đài Phát thanh" }, { name: "Ủy ban" }, { name: "Dân tộc" }],
      names: ["Dân tộc", "Đài Phát thanh", "Ủy ban"],
    },
    { agencies: [{ name: "Sở Y tế" }, { name: "Sở Y tế" }], names: ["Sở Y tế"] },
  ])("lists the agencies $names, each once", ({ agencies, names }) => {
    const options = listSearchFilterOptions(agencies);
    expect(options.agencies.map((choice) => choice.label)).toEqual(names);
    // The value is the name itself: pages file themselves under `agency:<name>`.
    expect(options.agencies.map((choice) => choice.value)).toEqual(names);
  });

  it("lists every kind of page in its label, which is also the index's value", () => {
    const { kinds } = listSearchFilterOptions([]);
    expect(kinds.map((choice) => choice.label)).toEqual(Object.values(PAGE_KINDS));
    expect(kinds.map((choice) => choice.value)).toEqual(Object.values(PAGE_KINDS));
  });

  it("lists the kinds in English for the English search page, agencies by English label", () => {
    const { kinds, agencies } = listSearchFilterOptions(
      [
        { name: "Ban Dân tộc tỉnh", label: "Provincial Ethnic Affairs Committee" },
        { name: "Sở Y tế", label: "Department of Health" },
      ],
      "en",
    );
    expect(kinds.map((choice) => choice.label)).toEqual([
      "Program",
      "Target",
      "Indicator",
      "Agency",
      "Other page",
    ]);
    // The value stays the name the pages file themselves under; the label is English.
    expect(agencies).toEqual([
      { value: "Sở Y tế", label: "Department of Health" },
      { value: "Ban Dân tộc tỉnh", label: "Provincial Ethnic Affairs Committee" },
    ]);
  });
});
