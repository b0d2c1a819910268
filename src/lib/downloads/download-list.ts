// The download links that /du-lieu/ and the release pages show: where each file is, how big it
// is (written the Vietnamese way) and, for a table, how many rows it has. Hrefs are relative to
// the site root ("du-lieu/targets.csv"); pages put the base path in front.

import { parseCsv } from "../data/csv.ts";
import { formatNumber, formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import type { FileForms, OpenDataFiles, PublishedFile, SnapshotFiles } from "./open-data-files.ts";
import type { ResourceDoc } from "./schema-docs.ts";

/** One file to download. */
export interface DownloadLink {
  /** Path relative to the site root, e.g. "du-lieu/excel/targets.csv". */
  readonly href: string;
  /** File name shown to the reader, e.g. "targets.csv". */
  readonly fileName: string;
  /** Size in bytes. */
  readonly bytes: number;
  /** Size for people, e.g. "3,1 KB". */
  readonly size: string;
}

/** A table in its two forms, with what the schema says about it. */
interface TableDownload {
  /** Resource name, e.g. "targets"; the schema section's anchor is "bang-<name>". */
  readonly name: string;
  /** File name, e.g. "targets.csv". */
  readonly file: string;
  /** Vietnamese title from datapackage.json (the file name when it has none). */
  readonly title: string;
  /** Data rows (the header not counted). */
  readonly rows: number;
  /** CSV for machines. */
  readonly machine: DownloadLink;
  /** CSV for Excel. */
  readonly excel: DownloadLink;
}

/** An indicator's own CSV. */
interface IndicatorDownload {
  /** Indicator slug. */
  readonly id: string;
  /** Indicator name. */
  readonly name: string;
  /** Its CSV. */
  readonly link: DownloadLink;
  /** The same CSV for Excel (BOM). */
  readonly excel: DownloadLink;
  /** The same rows as JSON. */
  readonly json: DownloadLink;
}

/** A table's three forms as links: CSV for machines, CSV for Excel, JSON. */
export interface FormDownloads {
  readonly csv: DownloadLink;
  readonly excel: DownloadLink;
  readonly json: DownloadLink;
}

/** Returns the scorecard's downloads; throws if the file set was built without a scorecard. */
export function listScorecardDownloads(files: OpenDataFiles): FormDownloads {
  if (!files.scorecard) throw new Error("the open data files were built without a scorecard");
  return describeForms(files.scorecard);
}

/** Returns the three files of one indicator as links; throws if none was built. */
function listIndicatorFileDownloads(files: OpenDataFiles, indicatorId: string): FormDownloads {
  const forms = files.indicatorFiles.get(indicatorId);
  if (!forms) throw new Error(`no files were built for indicator "${indicatorId}"`);
  return describeForms(forms);
}

function describeForms(forms: FileForms): FormDownloads {
  return {
    csv: describeDownload(forms.csv),
    excel: describeDownload(forms.excel),
    json: describeDownload(forms.json),
  };
}

/** A release's snapshot as links. */
interface SnapshotDownloads {
  /** The zip of the whole snapshot. */
  readonly zip: DownloadLink;
  /** Its datapackage.json. */
  readonly datapackage: DownloadLink;
  /** One CSV per table, in datapackage.json order. */
  readonly csv: readonly DownloadLink[];
}

const folder = "du-lieu/";
const decoder = new TextDecoder();

/** Returns the tables of the dataset with both downloads, in datapackage.json order. */
export function listTableDownloads(
  files: OpenDataFiles,
  docs: readonly ResourceDoc[],
): TableDownload[] {
  return files.tables.map((table) => {
    const doc = docs.find((d) => d.name === table.name);
    return {
      name: table.name,
      file: table.fileName,
      title: doc?.title || table.fileName,
      rows: countCsvRows(table.machine.bytes),
      machine: describeDownload(table.machine),
      excel: describeDownload(table.excel),
    };
  });
}

/** Returns the per-indicator files (CSV, Excel CSV, JSON), in the order of `indicators`; throws if one has no file. */
export function listIndicatorDownloads(
  files: OpenDataFiles,
  indicators: readonly { readonly id: string; readonly name: string }[],
): IndicatorDownload[] {
  return indicators.map((indicator) => {
    const forms = listIndicatorFileDownloads(files, indicator.id);
    return { id: indicator.id, name: indicator.name, link: forms.csv, ...forms };
  });
}

/** Returns the links of a release's snapshot. */
export function listSnapshotDownloads(snapshot: SnapshotFiles): SnapshotDownloads {
  return {
    zip: describeDownload(snapshot.zip),
    datapackage: describeDownload(snapshot.datapackage),
    csv: snapshot.csv.map(describeDownload),
  };
}

/** Returns the link to a served file, with its size. */
export function describeDownload(file: PublishedFile): DownloadLink {
  return {
    href: folder + file.path,
    fileName: file.path.slice(file.path.lastIndexOf("/") + 1),
    bytes: file.bytes.byteLength,
    size: formatFileSize(file.bytes.byteLength),
  };
}

/**
 * Returns a file size for people, vi-VN by default: "812 byte", "3,1 KB", "1,2 MB"
 * (1 KB = 1024 byte); English: "812 bytes", "3.1 KB".
 */
export function formatFileSize(bytes: number, lang: Lang = "vi"): string {
  const number = (value: number, decimals = 0) =>
    lang === "vi" ? formatNumber(value, decimals) : formatNumberIn(lang, value, decimals);
  if (bytes < 1024) return `${number(bytes)} ${lang === "vi" ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** Returns the number of data rows of a CSV file (records after the header). */
export function countCsvRows(bytes: Uint8Array): number {
  return parseCsv(decoder.decode(bytes)).records.length;
}
