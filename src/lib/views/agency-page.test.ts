// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { buildAgencyPage } from "./agency-page.ts";
import { describeAgency } from "./agencies.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";
import { requireDataset } from "../../site/load-dataset.ts";

const dataset = loadPagesFixture();

describe(buildAgencyPage, () => {
  it("lists the targets an agency leads and those it supports", () => {
    const view = buildAgencyPage(resolutionOf(dataset), "co-quan-thu-b");
    expect(view.leads.map((target) => target.heading)).toEqual([
      "Mục tiêu 5: Trường nội trú (thử)",
      "Mục tiêu 6: Nước sạch (thử)",
      "Mục tiêu 7: Xã khó khăn (thử)",
      "Mục tiêu 8: Dân cư (thử)",
      "Mục tiêu 9: Văn hóa (thử)",
    ]);
    expect(view.supports.map((target) => target.href)).toEqual(["muc-tieu/4/"]);
  });

  it("counts the statuses of the indicators it leads", () => {
    const view = buildAgencyPage(resolutionOf(dataset), "co-quan-thu-b");
    expect(view.leadCounts.map((row) => [row.chip.label, row.count])).toEqual([
      ["Đúng tiến độ", 1],
      ["Chậm", 1],
      ["Rất chậm", 1],
      ["Có số liệu nhưng chưa so sánh được", 1],
      ["Chưa có số liệu công bố", 4],
      ["Chỉ tiêu định tính", 2],
    ]);
  });

  it.each([
    [
      "co-quan-thu-b",
      "status:Vai trò: chủ trì · Trạng thái: Đúng tiến độ (1 chỉ tiêu), Chậm (1 chỉ tiêu), Rất chậm (1 chỉ tiêu), Có số liệu nhưng chưa so sánh được (1 chỉ tiêu), Chưa có số liệu công bố (4 chỉ tiêu), Chỉ tiêu định tính (2 chỉ tiêu)",
    ],
    [
      "nhom-thu",
      "status:Vai trò: phối hợp · Trạng thái: Đã đạt (1 chỉ tiêu), Chậm (1 chỉ tiêu), Không đạt (1 chỉ tiêu), Chưa có số liệu công bố (4 chỉ tiêu), Chỉ tiêu định tính (2 chỉ tiêu)",
    ],
    ["co-quan-thu-c", null],
  ])("gives search results the status of %s's indicators: %s", (id, meta) => {
    expect(buildAgencyPage(resolutionOf(dataset), id).searchMeta).toBe(meta);
  });

  it("files its own page under its name for the search's agency filter", () => {
    expect(buildAgencyPage(resolutionOf(dataset), "nhom-thu").searchFilter).toBe(
      "agency:Các sở, ngành thử",
    );
  });

  it("files an English page under the English name, so /en/search/ filters by English names", () => {
    // The real data: data/translations.csv names this agency in English.
    const real = resolutionOf(requireDataset());
    const id = "cac-so-ban-nganh";
    expect(buildAgencyPage(real, id, "en").searchFilter).toBe(
      "agency:Provincial departments, boards and sectors",
    );
    expect(buildAgencyPage(real, id).searchFilter).toMatch(/^agency:Các sở/);
    // Target pages file themselves under the agencies they name, the same way.
    const agency = real.dataset.agencyById.get(id);
    if (!agency) throw new Error(`data/agencies.csv has no ${id}`);
    expect(describeAgency(real.dataset, agency, "en").searchFilter).toBe(
      "agency:Provincial departments, boards and sectors",
    );
  });

  it("keeps the program's name and shows the successor a source confirms", () => {
    const view = buildAgencyPage(resolutionOf(dataset), "co-quan-thu-a");
    expect(view).toMatchObject({
      name: "Sở Thử A",
      naming: "",
      successor: { name: "Sở Thử C (kế nhiệm)", since: "01/03/2025" },
      ended: null,
      noSuccessor: "",
      leadTitle: "Mục tiêu chủ trì",
    });
  });

  it("dates the role of an agency a source says ended, and says no successor is recorded", () => {
    const view = buildAgencyPage(resolutionOf(dataset), "co-quan-thu-b");
    expect(view).toMatchObject({
      ended: {
        text: "Hoạt động đến ngày 30/06/2025",
        source: { label: "Báo cáo thử A", href: "https://example.org/nguon-thu-a" },
      },
      noSuccessor:
        "Chưa ghi cơ quan kế nhiệm: các nguồn đã trích dẫn chưa nêu cơ quan nào tiếp nhận nhiệm vụ này.",
      leadTitle: "Mục tiêu chủ trì (đến 30/06/2025)",
      supportTitle: "Mục tiêu phối hợp (đến 30/06/2025)",
    });
  });

  it("says where a successor not named in the program comes from", () => {
    const view = buildAgencyPage(resolutionOf(dataset), "co-quan-thu-c");
    expect(view.naming).toBe(
      "Cơ quan này không có tên trong Chương trình; trang ghi nhận vì là cơ quan kế nhiệm.",
    );
    expect(view.predecessors).toEqual([{ label: "Sở Thử A", href: "co-quan/co-quan-thu-a/" }]);
    expect(view.leads).toEqual([]);
  });

  it("fails naming the known agencies for an unknown id", () => {
    expect(() => buildAgencyPage(resolutionOf(dataset), "khong-co")).toThrow(
      'unknown agency "khong-co" (known: co-quan-thu-a, co-quan-thu-b, co-quan-thu-c, nhom-thu)',
    );
  });
});
