// Synthetic data only (tests/fixtures/validate/figure-forms-accepted over valid/): a fraction
// 66/110 for 2023, a figure "đến nay" dated by its source's publication, one without any date,
// and a figure disputing the baseline. None of it is real.
import { describe, expect, it } from "vitest";
import { createMemoryFolder, readCaseFiles } from "../../../tests/validate-support.ts";
import type { Dataset } from "../data/dataset.ts";
import { validateDataPackage } from "../data/validate.ts";
import { prepareIndicatorCsv } from "../downloads/indicator-csv.ts";
import { parseCsv } from "../data/csv.ts";
import { formatFraction } from "../status/format-value.ts";
import { describePeriod, listDisputes } from "./figure-forms.ts";
import { buildIndicatorPage } from "./indicator-page.ts";
import { buildReleasePage } from "./release-pages.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

function loadDataset(): Dataset {
  const result = validateDataPackage(createMemoryFolder(readCaseFiles("figure-forms-accepted")));
  if (!result.ok) throw new Error(`fixture invalid: ${result.problems.length} problems`);
  return result.dataset;
}

const dataset = loadDataset();
const page = buildIndicatorPage(
  resolutionOf(dataset),
  "chi-tieu-a",
  "https://example.org/",
  "Trang thử",
);

describe(describePeriod, () => {
  it("writes an exact year as the year", () => {
    expect(describePeriod(2023, null, null)).toBe("2023");
  });

  it("never gives a year the source does not state", () => {
    expect(describePeriod(2021, "not_before", null)).toBe("Không rõ năm, không sớm hơn năm 2021");
    expect(describePeriod(2024, "as_of_published", "2024-05-15")).toBe(
      "Đến tháng 05/2024 (theo ngày đăng tin)",
    );
  });
});

describe(formatFraction, () => {
  it("writes the count and total with what they count, from a percentage unit", () => {
    expect(formatFraction(66, 110, "% số xã vùng DTTS và miền núi")).toBe(
      "66/110 xã vùng DTTS và miền núi",
    );
    expect(formatFraction(1234, 2000, "% số hộ DTTS")).toBe("1.234/2.000 hộ DTTS");
    expect(formatFraction(3, 4, "%")).toBe("3/4");
  });
});

describe("a fraction", () => {
  it("counts by its computed share and never by a percentage the source printed", () => {
    const row = page.figures.find((figure) => figure.fraction !== null);
    expect(row).toMatchObject({ periodText: "2023", fraction: "66/110", value: "60,0%" });
    expect(page.latest?.text).toBe("66/110 (60,0%, tỷ lệ do trang tính)");
    expect(page.latest?.periodText).toBe("năm 2023");
    expect(page.status.reason).toContain("60,0%");
    expect(page.status.reason).not.toContain("65");
  });

  it("keeps numerator, denominator and a computed value in the indicator's CSV", () => {
    const parsed = parseCsv(
      prepareIndicatorCsv(dataset)({ id: "chi-tieu-a", name: "Chỉ tiêu thử A", unit: "%" }),
    );
    const header = parsed.header?.cells ?? [];
    const rows = parsed.records.map((record) => record.cells);
    const at = (name: string) => header.indexOf(name);
    const fraction = rows.find((cells) => cells[at("numerator")] === "66");
    expect(fraction?.[at("denominator")]).toBe("110");
    expect(fraction?.[at("value")]).toBe("60");
    expect(fraction?.[at("value_computed")]).toBe("true");
  });
});

describe("a figure without an exact year", () => {
  it("is shown with how far the source dates it and never decides the status", () => {
    const rows = page.figures.filter((figure) => figure.role.startsWith("Không rõ năm"));
    expect(rows.map((row) => row.periodText).sort()).toEqual([
      "Không rõ năm, không sớm hơn năm 2021",
      "Đến tháng 01/2025 (theo ngày đăng tin)",
    ]);
    // The 80% "đến nay" would meet the 90% path better than 66/110 does; it is not used.
    expect(page.latest?.period).toBe(2023);
  });
});

describe(listDisputes, () => {
  it("puts a disputed figure beside the figure the status uses, each with its source", () => {
    const indicator = dataset.indicatorById.get("chi-tieu-a");
    if (!indicator) throw new Error("fixture lacks chi-tieu-a");
    expect(listDisputes(dataset, indicator)).toEqual([
      expect.objectContaining({
        period: "2020",
        used: expect.objectContaining({
          text: "50,0%",
          source: expect.objectContaining({ href: "https://example.org/nguon-a" }),
        }),
        disputed: expect.objectContaining({
          text: "55,0%",
          source: expect.objectContaining({ href: "https://example.org/nguon-b" }),
        }),
      }),
    ]);
    expect(page.baseline?.text).toBe("50,0%");
    expect(page.disputes).toHaveLength(1);
  });

  it("keeps the disputed figure out of the figures, the revisions and the status", () => {
    expect(dataset.observations.some((row) => row.disputes !== null)).toBe(false);
    expect(page.figures.some((row) => row.value === "55,0")).toBe(false);
    expect(page.revisions.map((group) => group.figure)).not.toContain("Năm gốc");
  });

  it("is listed as disputed on the release page and in the CSV", () => {
    const release = buildReleasePage(dataset, "1.1.0");
    const section = release.sections.find((s) => s.id === "tranh-chap");
    expect(section?.changes).toHaveLength(1);
    expect(section?.changes[0]).toMatchObject({
      period: 2020,
      after: expect.objectContaining({ value: "55,0%" }),
      disputes: expect.objectContaining({ value: "50,0%", releaseId: "1.0.0" }),
    });
    expect(release.release.countParts).toContain("1 có tranh chấp");
    const csv = prepareIndicatorCsv(dataset)({
      id: "chi-tieu-a",
      name: "Chỉ tiêu thử A",
      unit: "%",
    });
    expect(csv).toMatch(/,disputed,1\.1\.0,/);
  });
});
