import { describe, expect, it } from "vitest";
import { loadOpenDataFixture } from "../../../tests/fixtures/open-data/load.ts";
import { buildReleasePreview, formatReleasePreview } from "./release-preview.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

// The open-data fixture (synthetic): 1.0.0 → 1.1.0 adds xa-ntm 2023, revises xa-ntm 2022 and
// withdraws thu-nhap-dtts 2022; 1.2.0 revises xa-ntm 2022 again and its baseline.
const { dataset } = loadOpenDataFixture();
const encode = (text: string) => new TextEncoder().encode(text);
const none = new Map<string, Uint8Array>();

describe(buildReleasePreview, () => {
  const preview = buildReleasePreview(resolutionOf(dataset), "1.0.0", "1.1.0", none, none);
  const group = (kind: string) => preview.figures.find((g) => g.kind === kind)?.lines;

  it("lists the figures added, revised and withdrawn, with values written vi-VN", () => {
    expect(group("added")).toEqual(["xa-ntm 2023 (tinh-cu, mac-dinh): 75"]);
    expect(group("revised")).toEqual(["xa-ntm 2022 (tinh-cu, mac-dinh): 70 → 71,5"]);
    expect(group("withdrawn")).toEqual([
      'thu-nhap-dtts 2022 (tinh-cu, mac-dinh): 44,2 → (rút) — Rút lại: nguồn ghi "44,2" cho một huyện, không phải cả tỉnh (tổng hợp).',
    ]);
  });

  it("has one group for every kind of change the release diff reports", () => {
    expect(preview.figures.map((g) => g.kind)).toEqual([
      "added",
      "republished",
      "revised",
      "restated",
      "withdrawn",
    ]);
  });

  it("names each indicator whose status changes, before → after", () => {
    expect(preview.statuses).toEqual([
      { indicatorId: "xa-ntm", before: "Đúng tiến độ", after: "Chậm" },
    ]);
  });

  it("lists baseline changes with the columns that differ", () => {
    const later = buildReleasePreview(resolutionOf(dataset), "1.1.0", "1.2.0", none, none);
    expect(later.baselines.find((g) => g.kind === "changed")?.lines).toEqual([
      "xa-ntm 2020 (tinh-cu, mac-dinh): 50 → 50,5 [value, source_id, excerpt, note]",
    ]);
  });

  it("has no status before the first release", () => {
    const first = buildReleasePreview(resolutionOf(dataset), null, "1.0.0", none, none);
    expect(first.statuses.every((change) => change.before === null)).toBe(true);
    expect(first.statuses.length).toBeGreaterThan(0);
  });

  it("lists the files whose bytes change, are added or removed, and no other", () => {
    const before = new Map([
      ["a.csv", encode("x\n")],
      ["b.csv", encode("same\n")],
      ["c.csv", encode("gone\n")],
    ]);
    const after = new Map([
      ["a.csv", encode("xy\n")],
      ["b.csv", encode("same\n")],
      ["d.csv", encode("new\n")],
    ]);
    expect(
      buildReleasePreview(resolutionOf(dataset), "1.0.0", "1.1.0", before, after).files,
    ).toEqual([
      { name: "a.csv", kind: "changed", bytesBefore: 2, bytesAfter: 3 },
      { name: "c.csv", kind: "removed", bytesBefore: 5, bytesAfter: null },
      { name: "d.csv", kind: "added", bytesBefore: null, bytesAfter: 4 },
    ]);
  });
});

describe(formatReleasePreview, () => {
  it("prints the changes, the statuses and the files for the terminal", () => {
    const after = new Map([["observations.csv", encode("1234\n")]]);
    const before = new Map([["observations.csv", encode("1\n")]]);
    const text = formatReleasePreview(
      buildReleasePreview(resolutionOf(dataset), "1.0.0", "1.1.0", before, after),
    ).join("\n");
    expect(text).toContain("Phiên bản 1.1.0 so với phiên bản đã công bố 1.0.0:");
    expect(text).toContain("Số liệu sửa (1):\n  xa-ntm 2022 (tinh-cu, mac-dinh): 70 → 71,5");
    expect(text).toContain("Tình trạng thay đổi (1):\n  xa-ntm: Đúng tiến độ → Chậm");
    expect(text).toContain("  observations.csv: đổi (2 byte → 5 byte)");
    expect(text).not.toContain("Số liệu công bố lại");
  });

  it("says so when nothing changes", () => {
    const text = formatReleasePreview(
      buildReleasePreview(resolutionOf(dataset), "1.2.0", "1.2.0", none, none),
    );
    expect(text).toContain("Không có số liệu nào thêm, sửa hay rút.");
    expect(text).toContain("Không chỉ tiêu nào đổi tình trạng.");
    expect(text).toContain("Không tệp nào của phiên bản thay đổi.");
  });
});
