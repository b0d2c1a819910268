// Synthetic data (tests/fixtures/pages): none of these figures is real; it has no translations,
// so on an English page every data cell falls back to Vietnamese and says so. The repository's
// own data (data/, with translations.csv) shows the English forms.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { LANGS } from "../i18n/languages.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";
import { STATUS_CODES } from "../status/types.ts";
import { requireDataset } from "../../site/load-dataset.ts";
import { plainOf } from "./localise.ts";
import {
  buildMethodologyPage,
  buildWorkedExample,
  listStatusMeanings,
  type ExampleStepView,
} from "./methodology-page.ts";

const dataset = loadPagesFixture();
const real = resolutionOf(requireDataset());

/** A step as the page prints it (without the "computed" mark). */
const textOf = (step: ExampleStepView): string => step.parts.map(plainOf).join("");

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
    const [scopes, series] = view.codeLists;
    expect(scopes?.heading).toBe("Phạm vi");
    expect(scopes?.columns).toEqual(["Mã", "Tên", "Hiệu lực", "Ghi chú"]);
    expect(scopes?.rows.map((row) => [row.id, row.validity])).toEqual([
      ["tinh-cu", "đến 30/06/2025"],
      ["tinh-moi", "từ 01/07/2025"],
    ]);
    // A series has no dates of validity: its table has no such column.
    expect(series?.columns).toEqual(["Mã", "Tên", "Ghi chú"]);
    expect(series?.rows.map((row) => [row.id, row.validity])).toEqual([
      ["mac-dinh", null],
      ["ngheo-cu-thu", null],
      ["ngheo-moi-thu", null],
    ]);
    expect(view.sources.map((row) => [row.href, row.accessed, row.grade])).toEqual([
      ["https://example.org/nguon-thu-a", "15/02/2025", "báo chí"],
      ["https://example.org/nguon-thu-b", "20/02/2026", "nguồn chính thức"],
      ["https://example.org/nguon-thu-yeu", "20/02/2026", "nguồn thứ cấp"],
    ]);
  });

  it("links the Vietnamese glossary, open data and overview", () => {
    expect(view.links).toEqual({
      glossary: "thuat-ngu/",
      glossaryArea: "thuat-ngu/#dia-ban",
      glossaryMethod: "thuat-ngu/#cach-tinh",
      openData: "du-lieu/",
    });
    expect(view.crumbs).toEqual([
      { label: "Tổng quan", href: "" },
      { label: "Phương pháp", href: null },
    ]);
  });
});

describe("the English methodology page", () => {
  const vi = buildMethodologyPage(resolutionOf(dataset));
  const en = buildMethodologyPage(resolutionOf(dataset), "en");

  it("has the Vietnamese page's content: every status, rule, scope, series and source", () => {
    const shape = (view: typeof vi) => ({
      statuses: view.statuses.map((row) => row.chip.status),
      rules: view.goalRules.map((row) => row.rule),
      codes: view.codeLists.map((list) => [list.columns.length, list.rows.map((row) => row.id)]),
      sources: view.sources.map((row) => row.href),
      steps: view.example?.steps.map((step) => step.computed),
    });
    expect(shape(en)).toEqual(shape(vi));
  });

  it("writes thresholds, counts, dates, labels and links in English", () => {
    expect([en.onTrack, en.behind]).toEqual(["95%", "50%"]);
    expect(en.goalRules.find((row) => row.rule === "at_least")).toMatchObject({
      name: "At least",
      met: "Figure ≥ L",
      used: "14 goals",
    });
    expect(en.goalRules.find((row) => row.rule === "multiple_of_baseline")?.used).toBe("1 goal");
    expect(en.codeLists.map((list) => list.heading)).toEqual(["Scopes", "Data series"]);
    expect(en.codeLists[0]?.rows.map((row) => row.validity)).toEqual([
      "until 30 Jun 2025",
      "from 1 Jul 2025",
    ]);
    expect(en.sources.map((row) => [row.accessed, row.grade])).toEqual([
      ["15 Feb 2025", "press"],
      ["20 Feb 2026", "official source"],
      ["20 Feb 2026", "secondary source"],
    ]);
    expect(en.statuses.find((row) => row.chip.status === "awaiting_final")?.chip.label).toBe(
      "Awaiting the 2025 figure",
    );
    expect(en.links.glossaryArea).toBe("en/glossary/#dia-ban");
    expect(en.links.openData).toBe("en/data/");
    expect(en.example?.indicator.href).toBe("en/indicators/thu-nhap-dtts/");
  });

  it("marks a data cell with no translation as Vietnamese, never as English", () => {
    const scope = en.codeLists[0]?.rows[0];
    expect(scope?.name).toMatchObject({ lang: "vi" });
    expect(scope?.note.lang).toBe("vi");
    expect(en.sources[0]?.gradeReason).toMatchObject({ lang: "vi" });
  });
});

describe(listStatusMeanings, () => {
  it.each(LANGS)("says in %s that missing data is not a failure", (lang) => {
    const rows = listStatusMeanings(2025, lang);
    const missing = lang === "vi" ? "không có nghĩa là không đạt" : "not a failure to achieve";
    for (const status of ["no_data", "not_comparable"] as const) {
      expect(rows.find((row) => row.chip.status === status)?.meaning).toContain(missing);
    }
  });
});

describe("the status rules in words", () => {
  // The rules quote the statuses by the labels the chips show, in each language.
  it.each(LANGS)("quote the %s status labels", (lang) => {
    const t = dictionaryOf(lang);
    const quoted = (status: (typeof STATUS_CODES)[number]) => `“${t.statusLabel(status, 2025)}”`;
    const ratio = t.methodRatio("95%", "50%");
    for (const status of ["achieved", "on_track", "behind", "off_track"] as const)
      expect(ratio).toContain(quoted(status));
    const final = t.methodFinal(2025);
    for (const status of ["achieved", "not_achieved", "awaiting_final"] as const)
      expect(final).toContain(quoted(status));
    for (const status of ["no_data", "not_comparable"] as const)
      expect(t.methodMissing).toContain(quoted(status));
  });
});

describe(buildWorkedExample, () => {
  it("walks the first indicator with a progress ratio through the computation", () => {
    const example = buildWorkedExample(resolutionOf(dataset));
    expect(example?.indicator).toEqual({
      label: "Thu nhập bình quân (thử)",
      href: "chi-tieu/thu-nhap-dtts/",
    });
    expect(example?.steps.map((step) => [textOf(step), step.computed])).toEqual([
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

  it("walks the same computation in English, numbers written the English way", () => {
    const example = buildWorkedExample(real, "en");
    const steps = example?.steps.map(textOf) ?? [];
    expect(steps).toHaveLength(7);
    expect(steps[0]).toMatch(/^Baseline: \d+\.\d .+ in \d{4}\.$/);
    expect(steps[1]).toMatch(
      /^Goal for 2025, in the program's words \(unofficial translation\): “.+”\.$/,
    );
    expect(steps[5]).toMatch(
      /^Progress ratio = \(\d+\.\d − \d+\.\d\) ÷ \(\d+\.\d − \d+\.\d\) = \d+%\.$/,
    );
    // The page's own words are English: no Vietnamese letter outside the data cells.
    const ours = example?.steps.flatMap((step) =>
      step.parts.filter((part) => typeof part === "string"),
    );
    expect(ours?.join(" ")).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(example?.indicator.label).toMatchObject({ lang: "en" });
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
