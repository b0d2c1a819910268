// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { buildIndicatorCard, pickLatestFigure } from "./indicator-card.ts";
import { requireIndicator, resolvedOf } from "./indicator-status.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const dataset = loadPagesFixture();
const card = (id: string) =>
  buildIndicatorCard(resolutionOf(dataset), requireIndicator(dataset, id));

describe(buildIndicatorCard, () => {
  it.each([
    ["thu-nhap-dtts", "Đã đạt", "so với mục tiêu năm 2025", "Chỉ tiêu đến 2025"],
    ["xa-ntm", "Chờ số liệu năm 2025", "so với mục tiêu năm 2025", "Chỉ tiêu đến 2025"],
    ["nuoc-hop-ve-sinh", "Đúng tiến độ", "so với mục tiêu năm 2030", "Định hướng đến 2030"],
    ["co-so-vat-chat-noi-tru", "Chỉ tiêu định tính", "", "Chỉ tiêu đến 2025"],
  ])("shows %s as %s %s", (id, label, against, goalLabel) => {
    expect(card(id)).toMatchObject({ chip: { label }, against, goalLabel });
  });

  it.each([
    ["thu-nhap-dtts", "42,0 triệu đồng/người/năm", 2025, ""],
    ["xa-ntm", "80,0% số xã", 2024, ""],
    ["ho-ngheo-dtts", "15,00% số hộ", 2025, ""],
  ])("gives %s's latest comparable figure %s (%i)", (id, text, period, caveat) => {
    expect(card(id).latest).toEqual({ text, period, caveat });
  });

  it("says what a provisional status would be while the 2025 figure is awaited", () => {
    expect(card("xa-ntm").provisional).toBe("Tạm tính theo số liệu gần nhất: Chậm");
    expect(card("thu-nhap-dtts").provisional).toBe("");
  });

  it("marks a goal whose level the site derived from the baseline as computed", () => {
    expect(card("thu-nhap-dtts")).toMatchObject({
      goal: "ít nhất 40,0 triệu đồng/người/năm (tăng trên 2 lần so với năm 2020)",
      goalComputed: true,
    });
    expect(card("xa-ntm")).toMatchObject({ goal: "ít nhất 94% số xã", goalComputed: false });
  });

  it.each([
    ["thu-nhap-dtts", true],
    ["duong-xom-cung-hoa", false],
    ["co-so-vat-chat-noi-tru", false],
  ])("draws a sparkline for %s: %s", (id, drawn) => {
    expect(card(id).sparkline !== null).toBe(drawn);
  });

  it("names the sparkline's trend for screen readers", () => {
    expect(card("xa-ntm").sparkline?.label).toBe(
      "Xu hướng: từ 60,0% số xã (2020) lên 80,0% số xã (2024)",
    );
  });

  it("shows no figure and no sparkline for a qualitative indicator, and quotes its promise", () => {
    expect(card("co-so-vat-chat-noi-tru")).toMatchObject({
      qualitative: true,
      latest: null,
      goal: "“hoàn thiện cơ sở vật chất các trường (câu thử)”",
    });
  });
});

describe(pickLatestFigure, () => {
  const latestOf = (id: string) => pickLatestFigure(resolvedOf(resolutionOf(dataset), id).judged);

  it("returns null when nothing was ever published", () => {
    expect(latestOf("duong-xom-cung-hoa")).toBeNull();
  });

  it("never passes a figure of another scope off as the latest comparable one", () => {
    const latest = latestOf("thu-nhap-dtts");
    expect(latest?.text).toBe("42,0 triệu đồng/người/năm");
    expect(latest?.caveat).toBe("");
  });

  describe("without a comparable figure after the baseline year", () => {
    const judged = resolvedOf(resolutionOf(dataset), "thu-nhap-dtts").judged;
    const baseline = judged.baseline;
    const before = judged.comparable.map((figure) => ({ ...figure, period: 2018 }));

    it.each([
      [
        "a newer figure of another scope",
        { ...judged, latest: null, comparable: [] },
        "38,0 triệu đồng/người/năm",
        "Khác phạm vi: Tỉnh mới (thử); không dùng để đánh giá",
      ],
      [
        "the baseline",
        { ...judged, latest: null, comparable: [], others: [] },
        "20,0 triệu đồng/người/năm",
        "Năm gốc; chưa có số liệu so sánh được sau năm gốc",
      ],
      [
        "the baseline over an older comparable figure",
        { ...judged, latest: null, comparable: before, others: [] },
        "20,0 triệu đồng/người/năm",
        "Năm gốc; chưa có số liệu so sánh được sau năm gốc",
      ],
      [
        "a figure from before the baseline year, when there is no baseline",
        { ...judged, latest: null, comparable: before, others: [], baseline: null },
        "31,0 triệu đồng/người/năm",
        "Không dùng để đánh giá",
      ],
    ])("shows %s, with its caveat", (_case, result, text, caveat) => {
      expect(baseline).not.toBeNull();
      expect(pickLatestFigure(result)).toMatchObject({ text, caveat });
    });
  });
});
