// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import type { StatusCode } from "../status/types.ts";
import { buildOverviewPage, writeVerdict } from "./overview-page.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const dataset = loadPagesFixture();

describe(buildOverviewPage, () => {
  const view = buildOverviewPage(resolutionOf(dataset));

  it("counts every indicator once, by status, in the status module's order", () => {
    expect(view.totalText).toBe("22 chỉ tiêu");
    expect(view.counts.map((row) => [row.chip.label, row.count, row.text])).toEqual([
      ["Đã đạt", 1, "1 chỉ tiêu"],
      ["Đúng tiến độ", 1, "1 chỉ tiêu"],
      ["Chậm", 1, "1 chỉ tiêu"],
      ["Rất chậm", 1, "1 chỉ tiêu"],
      ["Không đạt", 1, "1 chỉ tiêu"],
      ["Chờ số liệu năm 2025", 1, "1 chỉ tiêu"],
      ["Có số liệu nhưng chưa so sánh được", 1, "1 chỉ tiêu"],
      ["Chưa có số liệu công bố", 9, "9 chỉ tiêu"],
      ["Chỉ tiêu định tính", 6, "6 chỉ tiêu"],
    ]);
  });

  it("gives the period's verdict from the published 2025 figures only", () => {
    expect(view.verdict).toEqual({
      headline:
        "Giai đoạn 2021–2025 đã kết thúc. Đã kết luận được 2 trên 22 chỉ tiêu: 1 đạt, 1 không đạt.",
      detail:
        "9 chỉ tiêu chưa có số liệu công bố, 1 chỉ tiêu có số liệu nhưng chưa so sánh được, 1 chỉ tiêu chờ số liệu năm 2025: đó là thiếu số liệu công bố, không có nghĩa là không đạt.",
    });
  });

  it("names the latest release and its date", () => {
    expect(view.release).toEqual({
      link: { label: "bản dữ liệu 1.1.0", href: "du-lieu/phien-ban/1.1.0/" },
      date: "01/03/2026",
      title: "Bản thử thứ hai",
    });
  });

  it("lists every target with its lead agency and its indicators' cards", () => {
    expect(
      view.targets.map((target) => [target.heading, target.cards.map((card) => card.id)]),
    ).toEqual([
      ["Mục tiêu 1: Thu nhập (thử)", ["thu-nhap-dtts"]],
      ["Mục tiêu 2: Giảm nghèo (thử)", ["ho-ngheo-dtts"]],
      ["Mục tiêu 3: Nông thôn mới (thử)", ["xa-ntm"]],
      ["Mục tiêu 4: Đường xóm (thử)", ["duong-xom-cung-hoa"]],
      [
        "Mục tiêu 5: Trường nội trú (thử)",
        [
          "co-so-vat-chat-noi-tru",
          "truong-lop-kien-co",
          "hoc-sinh-noi-tru",
          "huy-dong-tre-den-truong",
        ],
      ],
      ["Mục tiêu 6: Nước sạch (thử)", ["nuoc-hop-ve-sinh"]],
      ["Mục tiêu 7: Xã khó khăn (thử)", ["xa-dbkk"]],
      ["Mục tiêu 8: Dân cư (thử)", ["ho-dtts-bo-tri-dan-cu"]],
      [
        "Mục tiêu 9: Văn hóa (thử)",
        ["nha-van-hoa-dat-chuan", "bao-ton-van-hoa", "doi-van-nghe-truyen-thong"],
      ],
      [
        "Mục tiêu 10: Cán bộ (thử)",
        [
          "cbcc-xa-cao-dang-dai-hoc",
          "can-bo-chu-chot-dai-hoc",
          "can-bo-dtts-cap-uy-lanh-dao",
          "cbccvc-dtts-cap-tinh",
          "cbccvc-dtts-cap-huyen-xa",
          "xa-chuyen-doi-so",
        ],
      ],
    ]);
    expect(view.targets[0]?.lead.map((agency) => agency.name)).toEqual(["Sở Thử A"]);
    expect(view.targets[0]?.href).toBe("muc-tieu/1/");
  });

  it("lists the indicators no appendix target covers separately", () => {
    expect(view.others.map((card) => card.id)).toEqual([
      "phat-trien-ben-vung-2030",
      "dan-dau-thuc-hien-nq88",
    ]);
  });
});

describe(writeVerdict, () => {
  const of = (...entries: [StatusCode, boolean][]) =>
    entries.map(([status, final]) => ({ status, final }));

  it.each([
    [
      "over, nothing concluded",
      of(
        ["awaiting_final", false],
        ["no_data", false],
        ["no_data", false],
        ["not_comparable", false],
        ["qualitative", false],
      ),
      true,
      "Giai đoạn 2023–2027 đã kết thúc; chưa có chỉ tiêu nào có số liệu năm 2027 được công bố để kết luận đạt hay không đạt.",
      "2 chỉ tiêu chưa có số liệu công bố, 1 chỉ tiêu có số liệu nhưng chưa so sánh được, 1 chỉ tiêu chờ số liệu năm 2027: đó là thiếu số liệu công bố, không có nghĩa là không đạt.",
    ],
    [
      "over, some concluded",
      of(["achieved", true], ["achieved", true], ["not_achieved", true], ["achieved", false]),
      true,
      "Giai đoạn 2023–2027 đã kết thúc. Đã kết luận được 3 trên 4 chỉ tiêu: 2 đạt, 1 không đạt.",
      "",
    ],
    [
      "still running",
      of(
        ["achieved", false],
        ["on_track", false],
        ["behind", false],
        ["off_track", false],
        ["not_comparable", false],
      ),
      false,
      "Giai đoạn 2023–2027 đang diễn ra: 1 chỉ tiêu đã đạt mục tiêu, 1 chỉ tiêu đúng tiến độ, 2 chỉ tiêu chậm so với lộ trình.",
      "1 chỉ tiêu có số liệu nhưng chưa so sánh được: đó là thiếu số liệu công bố, không có nghĩa là không đạt.",
    ],
  ])("words the period %s", (_case, statuses, over, headline, detail) => {
    expect(writeVerdict(statuses, over, { start: 2023, end: 2027 })).toEqual({ headline, detail });
  });
});
