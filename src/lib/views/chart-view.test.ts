// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { estimateTextWidth } from "../charts/labels.ts";
import {
  buildChartView,
  CHART_TEXT,
  buildSparklineView,
  chartInputIn,
  drawMarker,
  drawStar,
  MARKER_SHAPES,
  pickMarkerShape,
} from "./chart-view.ts";
import { buildStatusInput } from "../resolve/resolve-dataset.ts";
import { resolveIndicatorAsOf } from "../resolve/resolve-indicator.ts";
import { requireIndicator } from "./indicator-status.ts";

const dataset = loadPagesFixture();
const inputOf = (id: string, year = 2025) =>
  resolveIndicatorAsOf(buildStatusInput(dataset, requireIndicator(dataset, id), year));

describe(pickMarkerShape, () => {
  it.each([
    ["comparable", 0, "circle"],
    ["other-scope", 0, "square"],
    ["other-series", 0, "triangle"],
    ["no-baseline", 0, "diamond"],
    ["no-baseline", 1, "triangle-down"],
    ["other-scope", 1, "triangle"],
  ] as const)("gives a %s line (variant %i) %s markers", (style, variant, shape) => {
    expect(pickMarkerShape(style, variant)).toBe(shape);
  });
});

describe(drawMarker, () => {
  it("draws every shape as a distinct closed path around its centre", () => {
    const paths = MARKER_SHAPES.map((shape) => drawMarker(shape, 10, 10));
    expect(new Set(paths).size).toBe(MARKER_SHAPES.length);
    for (const path of paths) expect(path).toMatch(/^M.*Z$/);
  });

  it.each([
    ["circle", "M5.5,10a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0Z"],
    ["square", "M5.5,5.5h9v9h-9Z"],
  ] as const)("draws a %s as %s", (shape, path) => {
    expect(drawMarker(shape, 10, 10)).toBe(path);
  });
});

describe(drawStar, () => {
  it("draws ten points, the first straight above the centre", () => {
    const star = drawStar(0, 0, 5);
    expect(star.split("L")).toHaveLength(10);
    expect(star.startsWith("M0,-5L")).toBe(true);
  });
});

describe(buildChartView, () => {
  const chart = buildChartView(inputOf("thu-nhap-dtts"), [2021, 2025]);

  it("names the chart and summarises it in one sentence", () => {
    expect(chart.id).toBe("bieu-do-thu-nhap-dtts");
    expect(chart.title).toBe("Biểu đồ: Thu nhập bình quân (thử)");
    expect(chart.summary).toMatch(/^Thu nhập bình quân \(thử\).*\.$/);
    expect(chart.yUnit).toBe("Đơn vị: triệu đồng/người/năm");
  });

  it("marks the baseline hollow and rings the revised figure", () => {
    const markers = chart.lines[0]?.markers ?? [];
    expect(markers.map((marker) => [marker.label, marker.baseline, marker.ring !== ""])).toEqual([
      ["2020: 20,0 triệu đồng/người/năm", true, false],
      ["2023: 31,0 triệu đồng/người/năm", false, true],
      ["2025: 42,0 triệu đồng/người/năm", false, false],
    ]);
  });

  it("explains every mark in the legend, the derived ones marked computed", () => {
    expect(chart.legend.map((item) => [item.kind, item.label, item.computed])).toEqual([
      ["line", "Tỉnh cũ (thử)", false],
      ["line", "Tỉnh mới (thử)", false],
      ["baseline", "Năm gốc (chấm tròn rỗng)", false],
      ["revised", "Số liệu đã được điều chỉnh (vòng tròn bao quanh)", false],
      ["expected", "Lộ trình cần có đến mục tiêu 2025", true],
      [
        "goal",
        "Mục tiêu 2025: ít nhất 40,0 triệu đồng/người/năm (tăng trên 2 lần so với năm 2020)",
        true,
      ],
      ["goal", "Mục tiêu 2030: ít nhất 60 triệu đồng/người/năm", false],
    ]);
    expect(chart.legend[1]?.note).toBe("Khác phạm vi: không dùng để đánh giá");
  });

  it("labels each goal star with its year in words, inside the chart's width", () => {
    expect(chart.goals.map((goal) => goal.short)).toEqual(["Mục tiêu 2025", "Mục tiêu 2030"]);
    for (const goal of chart.goals) {
      const width = estimateTextWidth(goal.short, CHART_TEXT.narrow, true);
      const left =
        goal.anchor === "start"
          ? goal.textX
          : goal.anchor === "middle"
            ? goal.textX - width / 2
            : goal.textX - width;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + width).toBeLessThanOrEqual(chart.width);
    }
  });

  it("tables the charted figures by year, one column per line", () => {
    expect(chart.table.head).toEqual(["Năm", "Tỉnh cũ (thử)", "Tỉnh mới (thử)"]);
    expect(
      chart.table.rows.map((row) => [
        row.period,
        ...row.cells.map((cell) => cell && `${cell.text}|${cell.note}`),
      ]),
    ).toEqual([
      ["2020", "20,0 triệu đồng/người/năm|năm gốc", null],
      ["2023", "31,0 triệu đồng/người/năm|đã điều chỉnh", null],
      ["2025", "42,0 triệu đồng/người/năm|", "38,0 triệu đồng/người/năm|"],
    ]);
  });

  it("keeps every coordinate inside the drawing", () => {
    const numbers = JSON.stringify(chart.lines)
      .match(/-?\d+(\.\d+)?/g)
      ?.map(Number)
      .filter((value) => value > 100 && value < 2000);
    for (const value of numbers ?? []) expect(value).toBeLessThanOrEqual(chart.width);
  });

  it("says so in the plot when nothing was published", () => {
    const empty = buildChartView(inputOf("duong-xom-cung-hoa"), [2021, 2025]);
    expect(empty).toMatchObject({
      emptyLabel: { text: "Chưa có số liệu công bố" },
      lines: [],
      expected: null,
    });
    expect(empty.goals.map((goal) => goal.short)).toEqual(["Mục tiêu 2025"]);
    expect(empty.table.rows).toEqual([]);
  });
});

describe("buildChartView in English", () => {
  // The fixture has no translations: data words fall back to Vietnamese, the chart's own are English.
  const english = (id: string) =>
    buildChartView(chartInputIn(dataset, "en", inputOf(id)), [2021, 2025], "en");
  const chart = english("thu-nhap-dtts");

  it("writes the chart's own words and the numbers in English", () => {
    expect(chart.title).toBe("Chart: Thu nhập bình quân (thử)");
    expect(chart.yUnit).toBe("Unit: triệu đồng/người/năm");
    expect(chart.lines[0]?.markers.map((marker) => marker.label)).toEqual([
      "2020: 20.0 triệu đồng/người/năm",
      "2023: 31.0 triệu đồng/người/năm",
      "2025: 42.0 triệu đồng/người/năm",
    ]);
    expect(chart.goals.map((goal) => goal.short)).toEqual(["2025 goal", "2030 goal"]);
    expect(chart.legend.map((item) => item.label)).toEqual([
      "Tỉnh cũ (thử)",
      "Tỉnh mới (thử)",
      "Base year (hollow dot)",
      "Revised figure (ring around it)",
      "Path needed to reach the 2025 goal",
      "2025 goal: at least 40.0 triệu đồng/người/năm",
      "2030 goal: at least 60.0 triệu đồng/người/năm",
    ]);
    expect(chart.legend[1]?.note).toBe("Another scope: not used for the assessment");
    expect(chart.table.head[0]).toBe("Year");
    expect(chart.table.rows[0]?.cells[0]).toEqual({
      text: "20.0 triệu đồng/người/năm",
      note: "base year",
    });
    expect(chart.summary).toMatch(/^Thu nhập bình quân \(thử\), Tỉnh cũ \(thử\): up from 20\.0/);
  });

  it("places the same marks as the Vietnamese chart", () => {
    const vietnamese = buildChartView(inputOf("thu-nhap-dtts"), [2021, 2025]);
    expect(chart.lines.map((line) => line.d)).toEqual(vietnamese.lines.map((line) => line.d));
  });

  it("says in English that nothing was published", () => {
    expect(english("duong-xom-cung-hoa").emptyLabel?.text).toBe("No published figure");
  });

  it("leaves the Vietnamese input as it is", () => {
    const input = inputOf("thu-nhap-dtts");
    expect(chartInputIn(dataset, "vi", input)).toBe(input);
  });
});

describe(buildSparklineView, () => {
  it("names the trend in the card's language", () => {
    const input = inputOf("thu-nhap-dtts");
    expect(buildSparklineView(input)?.label).toMatch(/^Xu hướng: từ 20,0 .* lên 42,0 /);
    expect(buildSparklineView(chartInputIn(dataset, "en", input), "en")?.label).toMatch(
      /^Trend: up from 20\.0 .* to 42\.0 /,
    );
  });

  it("follows the comparable line and marks its last figure", () => {
    const sparkline = buildSparklineView(inputOf("thu-nhap-dtts"));
    expect(sparkline).toMatchObject({ width: 96, height: 28, style: "comparable" });
    expect(sparkline?.d.match(/[ML]/g)).toHaveLength(3);
    expect(sparkline?.last).toMatch(/^M.*Z$/);
  });

  it("is absent when there is no figure", () => {
    expect(buildSparklineView(inputOf("duong-xom-cung-hoa"))).toBeNull();
  });
});

describe("CHART_TEXT", () => {
  // The chart places labels for CHART_TEXT.narrow; pages.css must not set a larger size.
  const css = readFileSync(new URL("../../styles/pages.css", import.meta.url), "utf8");
  const sizes = (block: string) =>
    [...block.matchAll(/\.chart__svg [^{]*\{[^}]*font-size:\s*(\d+)px/g)].map((match) =>
      Number(match[1]),
    );

  it("matches the chart's text sizes in pages.css on phones and wider screens", () => {
    const phone = css.slice(css.indexOf("@media (max-width: 30rem)"));
    const wide = css.slice(0, css.indexOf("@media (max-width: 30rem)"));
    expect(new Set(sizes(phone.slice(0, phone.indexOf("}\n}") + 3)))).toEqual(
      new Set([CHART_TEXT.narrow]),
    );
    expect(new Set(sizes(wide))).toEqual(new Set([CHART_TEXT.wide]));
  });
});
