// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { STATUS_CODES } from "../status/types.ts";
import {
  buildMethodologyPage,
  buildWorkedExample,
  listStatusMeanings,
} from "./methodology-page.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const dataset = loadPagesFixture();

describe(buildMethodologyPage, () => {
  const view = buildMethodologyPage(resolutionOf(dataset));

  it("quotes the status module's thresholds", () => {
    expect([view.onTrack, view.behind]).toEqual(["95%", "50%"]);
  });

  it("explains every status the site can show", () => {
    expect(view.statuses.map((row) => row.chip.status)).toEqual([...STATUS_CODES]);
    for (const status of ["no_data", "not_comparable"] as const) {
      expect(view.statuses.find((row) => row.chip.status === status)?.meaning).toContain(
        "không có nghĩa là không đạt",
      );
    }
    expect(view.statuses.find((row) => row.chip.status === "no_data")?.meaning).toContain(
      "cơ quan chủ trì",
    );
  });

  it.each([
    ["at_least", "14 mục tiêu"],
    ["multiple_of_baseline", "1 mục tiêu"],
    ["share_of_reference", "0 mục tiêu"],
    ["qualitative", "6 mục tiêu"],
  ])("counts how many goals of data/ use %s: %s", (rule, used) => {
    expect(view.goalRules.find((row) => row.rule === rule)?.used).toBe(used);
  });

  it("lists scopes with their validity, series and sources from the data", () => {
    expect(view.scopes.map((row) => [row.id, row.validity])).toEqual([
      ["tinh-cu", "đến 30/06/2025"],
      ["tinh-moi", "từ 01/07/2025"],
    ]);
    expect(view.series.map((row) => row.id)).toEqual(["mac-dinh", "ngheo-cu-thu", "ngheo-moi-thu"]);
    expect(view.sources.map((row) => [row.href, row.accessed, row.grade])).toEqual([
      ["https://example.org/nguon-thu-a", "15/02/2025", "báo chí"],
      ["https://example.org/nguon-thu-b", "20/02/2026", "nguồn chính thức"],
      ["https://example.org/nguon-thu-yeu", "20/02/2026", "nguồn thứ cấp"],
    ]);
  });
});

describe(buildWorkedExample, () => {
  it("walks the first indicator with a progress ratio through the computation", () => {
    const example = buildWorkedExample(resolutionOf(dataset));
    expect(example?.indicator).toEqual({
      label: "Thu nhập bình quân (thử)",
      href: "chi-tieu/thu-nhap-dtts/",
    });
    expect(example?.steps.map((step) => [step.text, step.computed])).toEqual([
      ["Năm gốc: 20,0 triệu đồng/người/năm năm 2020.", false],
      [
        "Mục tiêu năm 2025, theo lời Chương trình: “thu nhập tăng gấp 02 lần so với năm 2020 (câu thử)”.",
        false,
      ],
      [
        "Mức cần đạt năm 2025: ít nhất 40,0 triệu đồng/người/năm (tăng trên 2 lần so với năm 2020).",
        true,
      ],
      [
        "Số liệu so sánh được gần nhất (cùng phạm vi, cùng chuỗi với năm gốc): 42,0 triệu đồng/người/năm năm 2025.",
        false,
      ],
      [
        "Lộ trình cần có là đường thẳng từ 20,0 triệu đồng/người/năm năm 2020 đến 40,0 triệu đồng/người/năm năm 2025; năm 2025 cần 40,0 triệu đồng/người/năm.",
        true,
      ],
      ["Tỷ lệ tiến độ = (42,0 − 20,0) ÷ (40,0 − 20,0) = 110%.", true],
      ["Trạng thái: Đã đạt.", false],
    ]);
    expect(example?.chip).toEqual({ status: "achieved", label: "Đã đạt" });
  });

  it("is absent when no indicator has a ratio", () => {
    const bare = {
      ...dataset,
      indicators: dataset.indicators.filter((row) => row.id === "duong-xom-cung-hoa"),
    };
    expect(buildWorkedExample(resolutionOf(bare))).toBeNull();
  });
});

describe(listStatusMeanings, () => {
  it("says what every status means in English too, with the English labels", () => {
    const english = listStatusMeanings(2025, "en");
    expect(english.map((row) => row.chip.status)).toEqual([...STATUS_CODES]);
    const noData = english.find((row) => row.chip.status === "no_data");
    expect(noData?.chip.label).toBe("No published figure");
    expect(noData?.meaning).toContain("not a failure to achieve");
    expect(english.find((row) => row.chip.status === "on_track")?.meaning).toContain("95%");
    expect(listStatusMeanings(2025)[0]?.meaning).toBe(
      "Số liệu so sánh được gần nhất đã đạt mức mục tiêu.",
    );
  });
});
