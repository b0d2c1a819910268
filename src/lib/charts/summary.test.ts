import { describe, expect, it } from "vitest";
import type { LineFigure, SeriesLine } from "./lines.ts";
import { describeChart, describeTrend, pickMainLine } from "./summary.ts";
import type { LineStyle } from "./types.ts";

function figure(period: number, value: number, revised = false): LineFigure {
  return {
    period,
    value,
    label: `${String(value).replace(".", ",")}%`,
    revised,
    comparable: true,
    baseline: false,
    release_id: "1.0.0",
  };
}

function line(style: LineStyle, figures: LineFigure[], label = "Tỉnh cũ · Mặc định"): SeriesLine {
  return { key: label, scope_id: "a", series_id: "b", style, variant: 0, label, note: "", figures };
}

describe(describeTrend, () => {
  it.each([
    [[figure(2016, 19.2), figure(2019, 6.1)], "từ 19,2% (2016) xuống 6,1% (2019)"],
    [[figure(2020, 60), figure(2024, 80)], "từ 60% (2020) lên 80% (2024)"],
    [[figure(2021, 8), figure(2024, 8)], "giữ ở 8% từ 2021 đến 2024"],
    [[figure(2024, 5)], "5% (2024)"],
    [[], ""],
  ])("describes line %# as %s", (figures, text) => {
    expect(describeTrend(line("comparable", figures))).toBe(text);
  });
});

describe(pickMainLine, () => {
  it("prefers the comparable line, even when another line has more figures", () => {
    const comparable = line("comparable", [figure(2024, 5)]);
    const other = line("other-scope", [figure(2022, 1), figure(2023, 2)]);
    expect(pickMainLine([other, comparable])).toBe(comparable);
  });

  it("takes the line with most figures when nothing is comparable", () => {
    const short = line("no-baseline", [figure(2024, 5)]);
    const long = line("no-baseline", [figure(2022, 1), figure(2023, 2)]);
    expect(pickMainLine([short, long])).toBe(long);
  });

  it("is null when no line has a figure", () => {
    expect(pickMainLine([line("comparable", [])])).toBeNull();
  });
});

describe(describeChart, () => {
  it("names the followed line when several are drawn without a baseline", () => {
    const text = describeChart(
      "Tỷ lệ thử",
      [
        line("no-baseline", [figure(2022, 1), figure(2023, 2, true)], "Tỉnh cũ · A"),
        line("no-baseline", [figure(2025, 3)], "Tỉnh mới · A"),
      ],
      [{ year: 2025, text: "≥ 94%" }],
    );
    expect(text).toBe(
      "Tỷ lệ thử, Tỉnh cũ · A: từ 1% (2022) lên 2% (2023); mục tiêu 2025: ≥ 94%; 1 đường khác vẽ riêng theo phạm vi và chuỗi số liệu; 1 số liệu đã được điều chỉnh.",
    );
  });
});
