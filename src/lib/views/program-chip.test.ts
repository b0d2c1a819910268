// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { buildProgramChip } from "./program-chip.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const dataset = loadPagesFixture();

describe(buildProgramChip, () => {
  it("shows the status the indicator's page leads with", () => {
    expect(buildProgramChip(resolutionOf(dataset), "thu-nhap-dtts")).toEqual({
      status: "achieved",
      label: "Đã đạt",
      href: "chi-tieu/thu-nhap-dtts/",
    });
  });

  it("shows the 2030 status, named so, for a mention of the 2030 orientation", () => {
    expect(buildProgramChip(resolutionOf(dataset), "thu-nhap-dtts", 2030)).toEqual({
      status: "on_track",
      label: "2030: Đúng tiến độ",
      href: "chi-tieu/thu-nhap-dtts/",
    });
  });

  it("falls back to the page's status when the indicator has no goal for that year", () => {
    expect(buildProgramChip(resolutionOf(dataset), "co-so-vat-chat-noi-tru", 2030).status).toBe(
      "qualitative",
    );
  });

  it("names the known indicators when the id is unknown", () => {
    expect(() => buildProgramChip(resolutionOf(dataset), "khong-co")).toThrow(
      /unknown indicator "khong-co"/,
    );
  });
});
