// Synthetic data only (tests/fixtures/pages): none of these agencies is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { listAgencies } from "./agency-index.ts";

describe(listAgencies, () => {
  const rows = listAgencies(loadPagesFixture());

  it("lists every agency in file order with its roles", () => {
    expect(rows.map((row) => [row.agency.id, row.roles])).toEqual([
      ["co-quan-thu-a", "chủ trì 5 mục tiêu"],
      [
        "co-quan-thu-b",
        "chủ trì (đến 30/06/2025) 5 mục tiêu, phối hợp (đến 30/06/2025) 1 mục tiêu",
      ],
      ["co-quan-thu-c", "không được giao mục tiêu nào"],
      ["nhom-thu", "phối hợp 4 mục tiêu"],
    ]);
  });

  it("says when an agency ended and that no successor is recorded", () => {
    expect(rows.map((row) => row.ended)).toEqual([
      "",
      "Hoạt động đến ngày 30/06/2025; chưa ghi cơ quan kế nhiệm",
      "",
      "",
    ]);
  });
});
