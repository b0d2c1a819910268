import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCitation, readLicenses } from "./data-page.ts";

describe(readLicenses, () => {
  it("reads the CC BY 4.0 licence of the real data/datapackage.json", () => {
    const descriptor = JSON.parse(readFileSync("data/datapackage.json", "utf8")) as Record<
      string,
      unknown
    >;
    expect(readLicenses(descriptor)).toEqual([
      {
        name: "CC-BY-4.0",
        title: "Creative Commons Attribution 4.0 International",
        url: "https://creativecommons.org/licenses/by/4.0/",
      },
    ]);
  });

  it.each([
    [{}, []],
    [{ licenses: "CC-BY-4.0" }, []],
    [{ licenses: [null, { title: "no name" }] }, []],
    [{ licenses: [{ name: "ODbL-1.0" }] }, [{ name: "ODbL-1.0", title: "ODbL-1.0", url: "" }]],
  ])("reads %j as %j", (descriptor, expected) => {
    expect(readLicenses(descriptor)).toEqual(expected);
  });
});

describe(buildCitation, () => {
  it("names author, year, title, version, date and the release's address", () => {
    expect(
      buildCitation({
        author: "Theo dõi Chương trình 02/CTr-UBND Thái Nguyên",
        title: "Dữ liệu thử",
        version: "1.2.0",
        isoDate: "2026-11-26",
        url: "https://example.test/ctr-02/du-lieu/phien-ban/1.2.0/",
      }),
    ).toBe(
      "Theo dõi Chương trình 02/CTr-UBND Thái Nguyên (2026). Dữ liệu thử, phiên bản 1.2.0 (26/11/2026) [Dữ liệu]. https://example.test/ctr-02/du-lieu/phien-ban/1.2.0/",
    );
  });
});
