// Synthetic data for tests only: none of these figures is real.
import { describe, expect, it } from "vitest";
import { resolveBaseline, resolveFigures } from "../status/resolve.ts";
import { base, makeInput, obs, RELEASES } from "../../../tests/support/synthetic-status-input.ts";
import type { StatusBaseline, StatusObservation } from "../status/types.ts";
import { groupLines, labelLine } from "./lines.ts";

function linesOf(baselines: StatusBaseline[], observations: StatusObservation[]) {
  const input = makeInput({ baselines, observations });
  const asOf = RELEASES.find((release) => release.id === input.asOf) ?? RELEASES[0];
  if (!asOf) throw new Error("test releases missing");
  return groupLines(
    resolveFigures(input.indicator, input.observations, input.releases, asOf),
    resolveBaseline(input.indicator, input.baselines, input.releases, asOf),
    input.scopes ?? [],
    input.series ?? [],
  );
}

const merged = { scope_id: "tinh-moi" };
const newStandard = { series_id: "ngheo-da-chieu-2022-2025" };

describe(groupLines, () => {
  it("gives each scope and series its own line, the comparable one first", () => {
    const lines = linesOf(
      [base(2020, 60)],
      [
        obs(2025, 90, merged),
        obs(2022, 70),
        obs(2023, 5, newStandard),
        obs(2024, 6, { ...merged, ...newStandard }),
      ],
    );
    expect(lines.map((line) => [line.key, line.style, line.variant])).toEqual([
      ["tinh-cu|mac-dinh", "comparable", 0],
      ["tinh-cu|ngheo-da-chieu-2022-2025", "other-series", 0],
      ["tinh-moi|mac-dinh", "other-scope", 0],
      ["tinh-moi|ngheo-da-chieu-2022-2025", "other-scope", 1],
    ]);
  });

  it("starts the comparable line at the baseline and keeps periods in order", () => {
    const [line] = linesOf([base(2020, 60)], [obs(2024, 80), obs(2022, 70)]);
    expect(line?.figures.map((figure) => [figure.period, figure.value, figure.baseline])).toEqual([
      [2020, 60, true],
      [2022, 70, false],
      [2024, 80, false],
    ]);
  });

  it("draws the baseline year from baselines.csv only, never twice", () => {
    const [line] = linesOf([base(2020, 60)], [obs(2020, 61), obs(2022, 70)]);
    expect(line?.figures.map((figure) => figure.value)).toEqual([60, 70]);
  });

  it("draws a lone baseline as a one-point comparable line", () => {
    const lines = linesOf([base(2020, 60)], []);
    expect(lines.map((line) => [line.style, line.figures.length])).toEqual([["comparable", 1]]);
  });

  it("labels lines by scope alone when they share one series, and says whether they count", () => {
    const lines = linesOf([base(2020, 60)], [obs(2025, 90, merged)]);
    expect(lines.map((line) => [line.label, line.note])).toEqual([
      ["Tỉnh Ví Dụ (cũ)", "Cùng phạm vi và chuỗi với năm gốc: dùng để đánh giá"],
      ["Tỉnh Ví Dụ (sau sáp nhập)", "Khác phạm vi: không dùng để đánh giá"],
    ]);
  });

  it("names the series beside the scope when the lines differ by series", () => {
    const lines = linesOf([base(2020, 60)], [obs(2024, 50, newStandard)]);
    expect(lines.map((line) => line.label)).toEqual([
      "Tỉnh Ví Dụ (cũ) · Mặc định",
      "Tỉnh Ví Dụ (cũ) · Chuẩn nghèo đa chiều 2022–2025",
    ]);
  });

  it("marks every line as having no baseline when there is none", () => {
    const lines = linesOf([], [obs(2022, 70), obs(2025, 90, merged)]);
    expect(lines.map((line) => line.style)).toEqual(["no-baseline", "no-baseline"]);
  });
});

describe(labelLine, () => {
  it("names a line by its scope alone when no series is given", () => {
    expect(labelLine("Tỉnh cũ", null)).toBe("Tỉnh cũ");
  });

  it("names the series when it is another definition", () => {
    expect(labelLine("Tỉnh cũ", "Chuẩn nghèo đa chiều 2022–2025")).toBe(
      "Tỉnh cũ · Chuẩn nghèo đa chiều 2022–2025",
    );
  });
});
