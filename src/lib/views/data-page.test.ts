// The open data page from the synthetic page fixture (tests/fixtures/pages: invented program,
// figures and sources), in both languages, and the licence and citation parts from data/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PAGES_FIXTURE_DIR } from "../../../tests/fixtures/pages/load.ts";
import { requireDataset } from "../../site/load-dataset.ts";
import { requireOpenData, requirePublishedDescriptor } from "../../site/open-data.ts";
import { requireProgram } from "../../site/program.ts";
import type { Lang } from "../i18n/languages.ts";
import type { RichBlock, RichPart } from "../i18n/rich-text.ts";
import { buildCitation, buildDataPage, readLicenses, type DataPageView } from "./data-page.ts";

function buildIn(lang: Lang): DataPageView {
  return buildDataPage({
    lang,
    base: "/ctr-02/",
    site: "https://example.test/",
    dataset: requireDataset(PAGES_FIXTURE_DIR),
    files: requireOpenData(PAGES_FIXTURE_DIR),
    descriptor: requirePublishedDescriptor(PAGES_FIXTURE_DIR),
    program: requireProgram(lang, PAGES_FIXTURE_DIR),
    siteName: lang === "vi" ? "Trang thử" : "Test site",
    methodologyVersion: "2026-12",
  });
}

const vi = buildIn("vi");
const en = buildIn("en");

/** The sentences of some prose, each as its parts. */
const sentencesOf = (blocks: readonly RichBlock[]) =>
  blocks.flatMap((block) => (block.kind === "paragraph" ? [block.parts] : block.items));
/** The words of some prose as a reader sees them, a sentence a line. */
const plain = (blocks: readonly RichBlock[]) =>
  sentencesOf(blocks)
    .map((parts) => parts.map((part) => part.text).join(""))
    .join("\n");
/** Where the marked words of some prose lead: link addresses and dates. */
const targets = (blocks: readonly RichBlock[]) =>
  sentencesOf(blocks)
    .flat()
    .flatMap((part: RichPart) =>
      part.kind === "link" ? [part.href] : part.kind === "time" ? [part.datetime] : [],
    );
const sectionIds = (view: DataPageView) => [
  view.download.id,
  view.download.which.id,
  view.scorecard.id,
  view.byIndicator.id,
  view.columns.id,
  view.licence.id,
  view.cite.id,
  view.report.id,
];
const hrefsOf = (view: DataPageView) => [
  ...view.download.downloads.map((item) => item.link.href),
  ...view.download.tables.flatMap((table) => table.downloads.map((item) => item.link.href)),
  ...view.scorecard.downloads.map((item) => item.link.href),
  ...view.byIndicator.files.flatMap((file) => [file.csv.href, file.excel.link.href]),
];

describe(buildDataPage, () => {
  it("gives both languages the same section anchors, jump list and files", () => {
    expect(sectionIds(en)).toEqual(sectionIds(vi));
    expect(sectionIds(vi)).toEqual([
      "tai-ve",
      "chon-ban",
      "bang-tong-hop",
      "chi-tieu",
      "mo-ta",
      "giay-phep",
      "trich-dan",
      "bao-loi",
    ]);
    expect(en.onPage.links.map((link) => link.href)).toEqual(
      vi.onPage.links.map((link) => link.href),
    );
    expect(hrefsOf(en)).toEqual(hrefsOf(vi));
    expect(en.columns.docs.map((doc) => doc.name)).toEqual(vi.columns.docs.map((d) => d.name));
  });

  it("names the current release and its date, written the reader's way", () => {
    expect(plain(vi.lede)).toContain("Bản dữ liệu hiện tại: 1.1.0, ngày 01/03/2026 (xem");
    expect(plain(en.lede)).toContain("Current data release: 1.1.0, 1 Mar 2026 (see");
    // The release links to its page; the date is machine-readable.
    expect(targets(vi.lede).slice(0, 2)).toEqual([
      "/ctr-02/du-lieu/phien-ban/1.1.0/",
      "2026-03-01",
    ]);
    expect(targets(en.lede).slice(0, 2)).toEqual(targets(vi.lede).slice(0, 2));
  });

  it("links each language to its own pages, under the base path", () => {
    expect(targets(vi.lede).slice(2)).toEqual([
      "/ctr-02/thuat-ngu/#ban-du-lieu",
      "/ctr-02/thuat-ngu/",
    ]);
    expect(targets(en.lede).slice(2)).toEqual([
      "/ctr-02/en/glossary/#ban-du-lieu",
      "/ctr-02/en/glossary/",
    ]);
    expect(targets(vi.scorecard.blocks)).toEqual([
      "/ctr-02/",
      "/ctr-02/phuong-phap/",
      "#bang-scorecard",
    ]);
    expect(targets(en.scorecard.blocks)).toEqual([
      "/ctr-02/en/",
      "/ctr-02/en/methodology/",
      "#bang-scorecard",
    ]);
    // The release pages exist in Vietnamese only: both languages lead there, English says so.
    expect(targets(vi.report.blocks)).toEqual([
      "/ctr-02/gioi-thieu/#bao-loi",
      "/ctr-02/du-lieu/phien-ban/",
    ]);
    expect(targets(en.report.blocks)).toEqual([
      "/ctr-02/en/about/#bao-loi",
      "/ctr-02/du-lieu/phien-ban/",
    ]);
    expect(en.onPage.links.at(-1)).toEqual({
      href: "/ctr-02/du-lieu/phien-ban/",
      label: "Releases (in Vietnamese)",
    });
  });

  it("lists what to put in a report, the current release last", () => {
    const [, items] = vi.report.blocks;
    expect(items?.kind).toBe("list");
    expect(plain(items ? [items] : []).split("\n")).toEqual([
      "địa chỉ trang, hoặc tên tệp và số dòng (ví dụ observations.csv, dòng 5);",
      "chỉ tiêu, năm, phạm vi, giá trị đang hiển thị và giá trị bạn cho là đúng;",
      "nguồn đã công bố cho thấy điều đó: đường dẫn, ngày công bố, câu trích nguyên văn;",
      "phiên bản dữ liệu bạn đang xem (hiện là 1.1.0).",
    ]);
    expect(plain(en.report.blocks)).toContain(
      "the data release you are looking at (currently 1.1.0).",
    );
  });

  it("gives every section the same shape of prose in both languages", () => {
    const shape = (view: DataPageView) =>
      [
        view.lede,
        view.download.which.blocks,
        view.scorecard.blocks,
        view.byIndicator.blocks,
        view.columns.blocks,
        view.licence.blocks,
        view.licence.after,
        view.cite.blocks,
        view.cite.after,
        view.report.blocks,
      ].map((blocks) =>
        blocks.map((block) => (block.kind === "paragraph" ? "p" : `ul×${block.items.length}`)),
      );
    expect(shape(en)).toEqual(shape(vi));
  });

  it("counts rows, files and the methodology version in the reader's number form", () => {
    expect(vi.download.tables.every((t) => / \d+ dòng$/.test(t.rowsText))).toBe(true);
    expect(en.download.tables.every((t) => / \d+ rows?$/.test(t.rowsText))).toBe(true);
    expect(vi.byIndicator.summary).toBe("22 tệp theo chỉ tiêu");
    expect(en.byIndicator.summary).toBe("22 files by indicator");
    expect(plain(vi.scorecard.blocks)).toContain("phiên bản 2026-12");
    expect(plain(en.scorecard.blocks)).toContain("version 2026-12");
  });

  it("keeps an indicator name with no English wording as the Vietnamese cell, to be marked", () => {
    // The fixture has no translations.csv: every English name falls back to Vietnamese.
    const [first] = en.byIndicator.files;
    expect(first?.name).toEqual({ text: vi.byIndicator.files[0]?.name, lang: "vi", renders: null });
  });

  it("writes the program's name in the description and the licence terms", () => {
    expect(vi.description).toBe(
      "Tải toàn bộ dữ liệu theo dõi Kế hoạch 99/KH-VD Ví Dụ dưới dạng CSV, kèm mô tả từng cột, giấy phép CC BY 4.0, cách trích dẫn và các phiên bản.",
    );
    expect(plain(vi.licence.after)).toContain(
      "Văn bản Kế hoạch 99/KH-VD là văn bản hành chính nhà nước.",
    );
  });

  it("cites the current release with the package's title, in the reader's language", () => {
    // The fixture's datapackage.json has a title and no translation of it.
    const title = "SYNTHETIC test data for the page build test (not real figures)";
    const url = "https://example.test/ctr-02/du-lieu/phien-ban/1.1.0/";
    expect(vi.cite.citation).toBe(
      `Trang thử (2026). ${title}, phiên bản 1.1.0 (01/03/2026) [Dữ liệu]. ${url}`,
    );
    expect(en.cite.citation).toBe(
      `Test site (2026). ${title}, release 1.1.0 (1 Mar 2026) [Dataset]. ${url}`,
    );
  });
});

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
  const input = {
    author: "Theo dõi Chương trình 02/CTr-UBND Thái Nguyên",
    title: "Dữ liệu thử",
    version: "1.2.0",
    isoDate: "2026-11-26",
    url: "https://example.test/ctr-02/du-lieu/phien-ban/1.2.0/",
  };

  it("names author, year, title, version, date and the release's address", () => {
    expect(buildCitation(input)).toBe(
      "Theo dõi Chương trình 02/CTr-UBND Thái Nguyên (2026). Dữ liệu thử, phiên bản 1.2.0 (26/11/2026) [Dữ liệu]. https://example.test/ctr-02/du-lieu/phien-ban/1.2.0/",
    );
  });

  it("writes the same citation in English, with an English date", () => {
    expect(buildCitation({ ...input, author: "Site", title: "Test data" }, "en")).toBe(
      "Site (2026). Test data, release 1.2.0 (26 Nov 2026) [Dataset]. https://example.test/ctr-02/du-lieu/phien-ban/1.2.0/",
    );
  });
});
