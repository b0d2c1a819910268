// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { buildTargetPage } from "./target-page.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const dataset = loadPagesFixture();

describe(buildTargetPage, () => {
  it("quotes the appendix statement and links its row in the program", () => {
    const view = buildTargetPage(resolutionOf(dataset), 4);
    expect(view).toMatchObject({
      heading: "Mục tiêu 4: Đường xóm (thử)",
      statement: "100% xóm có đường được cứng hóa (câu thử).",
      paragraph: { href: "chuong-trinh/#phu-luc-4" },
      path: "muc-tieu/4/",
    });
  });

  it("names lead and coordinating agencies", () => {
    const view = buildTargetPage(resolutionOf(dataset), 4);
    expect(view.lead.map((agency) => agency.name)).toEqual(["Sở Thử A"]);
    expect(view.coordinate.map((agency) => agency.name)).toEqual(["Sở Thử B"]);
  });

  it("counts its indicators' statuses and gives a card per indicator", () => {
    const view = buildTargetPage(resolutionOf(dataset), 3);
    expect(view.counts.map((row) => [row.chip.status, row.count])).toEqual([["awaiting_final", 1]]);
    expect(view.cards.map((card) => card.name)).toEqual(["Tỷ lệ xã nông thôn mới (thử)"]);
  });

  it.each([
    [3, "status:Chờ số liệu năm 2025"],
    [
      9,
      "status:Rất chậm (1 chỉ tiêu), Chưa có số liệu công bố (1 chỉ tiêu), Chỉ tiêu định tính (1 chỉ tiêu)",
    ],
  ])("gives search results the status of target %i as its page shows it: %s", (n, meta) => {
    const view = buildTargetPage(resolutionOf(dataset), n);
    expect(view.searchMeta).toBe(meta);
    for (const row of view.counts) expect(meta).toContain(row.chip.label);
  });

  it("files the page under its lead and coordinating agencies for the search", () => {
    const view = buildTargetPage(resolutionOf(dataset), 4);
    expect([...view.lead, ...view.coordinate].map((agency) => agency.searchFilter)).toEqual([
      "agency:Sở Thử A",
      "agency:Sở Thử B",
    ]);
  });

  it.each([
    [1, null, "muc-tieu/2/"],
    [5, "muc-tieu/4/", "muc-tieu/6/"],
    [10, "muc-tieu/9/", null],
  ])("links target %i to its neighbours", (n, previous, next) => {
    const view = buildTargetPage(resolutionOf(dataset), n);
    expect(view.previous?.href ?? null).toBe(previous);
    expect(view.next?.href ?? null).toBe(next);
  });

  it("leads back to the overview", () => {
    expect(buildTargetPage(resolutionOf(dataset), 2).breadcrumbs).toEqual([
      { label: "Tổng quan", href: "" },
      { label: "Mục tiêu 2", href: null },
    ]);
  });

  it("fails naming the known targets for an unknown number", () => {
    expect(() => buildTargetPage(resolutionOf(dataset), 11)).toThrowErrorMatchingInlineSnapshot(
      `[ViewInputError: unknown target 11 (known: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]`,
    );
  });
});
