// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { buildIndicatorPage } from "./indicator-page.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const dataset = loadPagesFixture();
const ROOT = "https://example.org/ctr-02/";
const page = (id: string) => buildIndicatorPage(resolutionOf(dataset), id, ROOT, "Trang thử");

describe(buildIndicatorPage, () => {
  describe("an achieved indicator with a revision and another scope (thu-nhap-dtts)", () => {
    const view = page("thu-nhap-dtts");

    it("states the final status with its reason", () => {
      expect(view.status).toMatchObject({
        chip: { status: "achieved", label: "Đã đạt" },
        against: "so với mục tiêu năm 2025",
        final: true,
        provisional: "",
        asOf: "Tính theo bản phát hành dữ liệu 1.1.0 ngày 01/03/2026.",
        asOfHref: "du-lieu/phien-ban/1.1.0/",
      });
      expect(view.status.reason).toContain("42,0 triệu đồng/người/năm");
    });

    it("quotes each goal verbatim and links it to its paragraph", () => {
      expect(view.goals.map((goal) => [goal.heading, goal.wording, goal.paragraph.href])).toEqual([
        [
          "Mục tiêu năm 2025",
          "thu nhập tăng gấp 02 lần so với năm 2020 (câu thử)",
          "chuong-trinh/#II-3-1",
        ],
        ["Định hướng năm 2030", "thu nhập đạt 60 triệu đồng (câu thử)", "chuong-trinh/#II-4-1"],
      ]);
    });

    it("labels each goal's level apart from the appendix's “Mục tiêu 1”", () => {
      expect(view.goals.map((goal) => goal.valueLabel)).toEqual([
        "Chỉ tiêu đến 2025",
        "Định hướng đến 2030",
      ]);
    });

    it.each([
      [0, "ít nhất 40,0 triệu đồng/người/năm (tăng trên 2 lần so với năm 2020)", true, "achieved"],
      [1, "ít nhất 60 triệu đồng/người/năm", false, "on_track"],
    ])("gives goal %i as %s (computed: %s) with status %s", (index, phrase, computed, status) => {
      expect(view.goals[index]).toMatchObject({ phrase, computed, chip: { status } });
    });

    it("names the baseline and the latest figure with year, scope, series and source", () => {
      expect(view.baseline).toMatchObject({
        text: "20,0 triệu đồng/người/năm",
        period: 2020,
        scope: "Tỉnh cũ (thử)",
        series: "Mặc định (thử)",
        source: { href: "https://example.org/nguon-thu-a" },
      });
      expect(view.latest).toMatchObject({
        text: "42,0 triệu đồng/người/năm",
        period: 2025,
        caveat: "",
      });
    });

    it("lists every derived number so the page can mark it computed", () => {
      expect(view.derived).toEqual([
        { label: "Mức cần đạt năm 2025", text: "40,0 triệu đồng/người/năm" },
        {
          label: "Mức cần có năm 2025 theo lộ trình đến mục tiêu 2025",
          text: "40,0 triệu đồng/người/năm",
        },
        { label: "Tiến độ so với lộ trình (thay đổi đạt được ÷ thay đổi cần có)", text: "110%" },
      ]);
    });

    it("tables every figure: baseline first, the other scope labelled and not used", () => {
      expect(view.figures.map((row) => [row.period, row.value, row.role, row.revised])).toEqual([
        [2020, "20,0", "Năm gốc", false],
        [2023, "31,0", "Dùng để đánh giá", true],
        [2025, "42,0", "Dùng để đánh giá", false],
        [2025, "38,0", "Khác phạm vi: Tỉnh mới (thử); không dùng để đánh giá", false],
      ]);
      expect(view.figures[1]).toMatchObject({
        release: { label: "Bản 1.1.0 (01/03/2026)", href: "du-lieu/phien-ban/1.1.0/" },
        source: {
          label: "Báo cáo thử B — Nhà xuất bản thử",
          href: "https://example.org/nguon-thu-b",
        },
        excerpt: "câu thử có số 31 năm 2023",
        note: "Đính chính (thử).",
      });
    });

    it("keeps the earlier value of a revised figure in the revision history", () => {
      expect(view.revisions).toEqual([
        {
          figure: "2023 · Tỉnh cũ (thử) · Mặc định (thử)",
          entries: [
            expect.objectContaining({ value: "30,0", kind: "Công bố lần đầu", date: "01/03/2025" }),
            expect.objectContaining({
              value: "31,0",
              kind: "Điều chỉnh",
              note: "Đính chính (thử).",
            }),
          ],
        },
      ]);
    });

    it("draws a chart whose lines keep the scopes apart", () => {
      expect(view.chart?.lines.map((line) => line.style)).toEqual(["comparable", "other-scope"]);
    });

    it("gives a citation with the page's absolute URL and the release, and the CSV link", () => {
      expect(view.citation).toMatchObject({
        title: "Thu nhập bình quân (thử)",
        url: "https://example.org/ctr-02/chi-tieu/thu-nhap-dtts/",
        release: { label: "Bản 1.1.0 (01/03/2026)" },
      });
      expect(view.citation.text).toContain("https://example.org/ctr-02/chi-tieu/thu-nhap-dtts/");
      expect(view.csv.href).toBe("du-lieu/chi-tieu/thu-nhap-dtts.csv");
    });

    it("leads from the overview through the target to the indicator", () => {
      expect(view.breadcrumbs).toEqual([
        { label: "Tổng quan", href: "" },
        { label: "Mục tiêu 1", href: "muc-tieu/1/" },
        { label: "Thu nhập bình quân (thử)", href: null },
      ]);
    });

    it("names the agencies by role, with a successor only where the data confirms one", () => {
      expect(view.lead).toEqual([
        {
          id: "co-quan-thu-a",
          name: "Sở Thử A",
          href: "co-quan/co-quan-thu-a/",
          searchFilter: "agency:Sở Thử A",
          successor: {
            name: "Sở Thử C (kế nhiệm)",
            href: "co-quan/co-quan-thu-c/",
            since: "01/03/2025",
            source: { label: "Báo cáo thử B", href: "https://example.org/nguon-thu-b" },
          },
          until: null,
        },
      ]);
      expect(view.coordinate.map((agency) => [agency.name, agency.successor])).toEqual([
        ["Các sở, ngành thử", null],
      ]);
    });

    it("files the page under each of its agencies for the search's agency filter", () => {
      expect([...view.lead, ...view.coordinate].map((agency) => agency.searchFilter)).toEqual([
        "agency:Sở Thử A",
        "agency:Các sở, ngành thử",
      ]);
    });
  });

  it.each([
    ["thu-nhap-dtts", "status:Đã đạt"],
    ["xa-ntm", "status:Chờ số liệu năm 2025"],
    ["co-so-vat-chat-noi-tru", "status:Chỉ tiêu định tính"],
  ])("gives search results the status label %s shows: %s", (id, meta) => {
    const view = page(id);
    expect(view.status.searchMeta).toBe(meta);
    expect(meta).toBe(`status:${view.status.chip.label}`);
  });

  it("shows a withdrawn figure in the history only, never in the table", () => {
    const view = page("xa-ntm");
    expect(view.figures.map((row) => row.period)).toEqual([2020, 2024]);
    expect(view.revisions[0]?.entries.map((entry) => [entry.value, entry.kind])).toEqual([
      ["70,0", "Công bố lần đầu"],
      ["—", "Rút lại"],
    ]);
    expect(view.status.provisional).toBe("Tạm tính theo số liệu gần nhất: Chậm");
  });

  it("labels a figure of another series as not used and quotes the yearly change as computed", () => {
    const view = page("ho-ngheo-dtts");
    expect(view.figures.find((row) => row.period === 2019)?.role).toBe(
      "Khác chuỗi: Chuẩn nghèo cũ (thử); không dùng để đánh giá",
    );
    expect(view.derived.at(-1)).toEqual({
      label: "Thay đổi bình quân mỗi năm 2021–2025",
      text: "−1,25 điểm %/năm",
    });
  });

  it("shows no figure and no chart line for an indicator nothing was published for", () => {
    const view = page("duong-xom-cung-hoa");
    expect(view).toMatchObject({ baseline: null, latest: null, figures: [], derived: [] });
    expect(view.chart?.emptyLabel?.text).toBe("Chưa có số liệu công bố");
  });

  describe("a qualitative indicator (co-so-vat-chat-noi-tru)", () => {
    const view = page("co-so-vat-chat-noi-tru");

    it("shows its evidence instead of a chart", () => {
      expect(view.chart).toBeNull();
      expect(view.evidence).toEqual({
        note: "Chỉ tiêu định tính: không tính trạng thái bằng số.",
        sources: [],
      });
    });

    it("quotes the program's words and computes no number", () => {
      expect(view.goals[0]).toMatchObject({
        wording: "hoàn thiện cơ sở vật chất các trường (câu thử)",
        phrase: "",
      });
      expect(view.derived).toEqual([]);
      expect(view.baseline).toBeNull();
      expect(view.status).toMatchObject({ against: "", reasonComputed: false });
    });
  });

  it("says when the program names no agency and no target for an indicator", () => {
    const view = page("phat-trien-ben-vung-2030");
    expect(view).toMatchObject({ target: null, lead: [], coordinate: [] });
    expect(view.breadcrumbs.map((crumb) => crumb.label)).toEqual([
      "Tổng quan",
      "Định hướng đến năm 2030 (thử)",
    ]);
    expect(view.status).toMatchObject({ goalYear: 2030, chip: { status: "qualitative" } });
  });

  it("fails naming the known ids for an unknown indicator", () => {
    expect(() => page("khong-co")).toThrow('unknown indicator "khong-co"');
  });
});
