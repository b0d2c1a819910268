import { describe, expect, it } from "vitest";
import { loadOpenDataFixture } from "../../../tests/fixtures/open-data/load.ts";
import { descriptorSchema } from "../data/descriptor-schema.ts";
import {
  countCsvRows,
  describeDownload,
  formatFileSize,
  listIndicatorDownloads,
  listSnapshotDownloads,
  listTableDownloads,
} from "./download-list.ts";
import { buildOpenDataFiles } from "./open-data-files.ts";
import { describeDataPackage } from "./schema-docs.ts";

const fixture = loadOpenDataFixture();
const files = buildOpenDataFiles({
  descriptor: fixture.descriptor,
  files: fixture.files,
  tables: fixture.dataset,
});
const docs = describeDataPackage(descriptorSchema.parse(fixture.descriptor));

describe(listTableDownloads, () => {
  const tables = listTableDownloads(files, docs);

  it("offers each table twice, the Excel copy three bytes (the BOM) bigger", () => {
    expect(tables.map((t) => t.file)).toEqual(
      fixture.descriptor.resources.map((r) => String(r.path)),
    );
    for (const table of tables) {
      expect(table.machine.href).toBe(`du-lieu/${table.file}`);
      expect(table.excel.href).toBe(`du-lieu/excel/${table.file}`);
      expect(table.excel.bytes - table.machine.bytes).toBe(3);
    }
  });

  it("titles each table from datapackage.json and counts its rows", () => {
    const observations = tables.find((t) => t.name === "observations");
    expect(observations?.title).toBe(
      fixture.descriptor.resources.find((r) => r.name === "observations")?.["title"],
    );
    expect(observations?.rows).toBe(9);
    expect(tables.find((t) => t.name === "releases")?.rows).toBe(3);
  });
});

describe(listIndicatorDownloads, () => {
  it("links each indicator's CSV under du-lieu/chi-tieu/", () => {
    const links = listIndicatorDownloads(files, fixture.dataset.indicators);
    expect(links.map((l) => l.link.href)).toEqual(
      fixture.dataset.indicators.map((i) => `du-lieu/chi-tieu/${i.id}.csv`),
    );
    expect(links.find((l) => l.id === "xa-ntm")?.name).toBe(
      "Tỷ lệ xã vùng DTTS và miền núi đạt chuẩn nông thôn mới",
    );
  });

  it("says which indicator has no file", () => {
    expect(() => listIndicatorDownloads(files, [{ id: "khong-co", name: "X" }])).toThrow(
      'no files were built for indicator "khong-co"',
    );
  });
});

describe(listSnapshotDownloads, () => {
  it("links a release's zip, datapackage.json and CSVs inside its folder", () => {
    const snapshot = files.snapshots.get("1.1.0");
    if (!snapshot) throw new Error("no snapshot of 1.1.0");
    const links = listSnapshotDownloads(snapshot);
    expect(links.zip.href).toBe("du-lieu/phien-ban/1.1.0/ctr-02-du-lieu-1.1.0.zip");
    expect(links.zip.fileName).toBe("ctr-02-du-lieu-1.1.0.zip");
    expect(links.datapackage.href).toBe("du-lieu/phien-ban/1.1.0/datapackage.json");
    expect(links.csv.map((l) => l.fileName)).toContain("observations.csv");
  });
});

describe(describeDownload, () => {
  it("gives the exact size in bytes alongside the rounded one", () => {
    const link = describeDownload({ path: "a/b.csv", bytes: new Uint8Array(2048) });
    expect(link).toEqual({
      href: "du-lieu/a/b.csv",
      fileName: "b.csv",
      bytes: 2048,
      size: "2,0 KB",
    });
  });
});

describe(formatFileSize, () => {
  it.each([
    [0, "0 byte"],
    [812, "812 byte"],
    [1023, "1.023 byte"],
    [1024, "1,0 KB"],
    [32_694, "31,9 KB"],
    [1_300_000, "1,2 MB"],
  ])("writes %d bytes as %j", (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
});

describe(countCsvRows, () => {
  it.each([
    ["a,b\n", 0],
    ["a,b\n1,2\n", 1],
    ['a,b\n1,"x\ny"\n3,4\n', 2],
  ])("counts the data rows of %j", (text, rows) => {
    expect(countCsvRows(new TextEncoder().encode(text))).toBe(rows);
  });
});
