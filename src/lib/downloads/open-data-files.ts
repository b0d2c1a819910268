// Every file the site serves under du-lieu/, computed once from the bytes of data/ and the
// Dataset: the machine and Excel CSVs, the published datapackage.json, the whole-dataset zip,
// per indicator its CSV, Excel CSV and JSON, the scorecard (derived data: CSV, Excel CSV, JSON)
// and, per release, its snapshot (CSVs, datapackage.json, zip). The scorecard is in the current
// datapackage.json and zip only: snapshots hold sourced tables and never change.
// Paths are relative to du-lieu/ and form the public URL contract (architecture.md § URLs): changing one
// breaks links that readers have saved.
//
// One release, one set of bytes (issue 14): a published release's snapshot is its frozen folder
// (frozen.ts), served verbatim; a zip named after a release ("ctr-02-du-lieu-1.0.0.zip") is that
// release's zip wherever it is served, so the working data's zip has a name of its own
// ("ctr-02-du-lieu.zip"), and du-lieu/ctr-02-du-lieu-<id>.zip, the address where 1.0.0 first
// offered its zip, serves the release's zip.

import { orderReleases } from "../releases/order.ts";
import type { ReleaseLike } from "../releases/types.ts";
import { publishedDescriptor, serializeDescriptor, type PackageDescriptor } from "./datapackage.ts";
import { DownloadError } from "./errors.ts";
import { toExcelCsv } from "./excel.ts";
import { readFrozenRelease, type FrozenRelease } from "./frozen.ts";
import type { Scorecard } from "../views/scorecard.ts";
import {
  prepareIndicatorRows,
  writeIndicatorCsv,
  writeIndicatorJson,
  type IndicatorCsvTables,
  type IndicatorRef,
} from "./indicator-csv.ts";
import {
  SCORECARD_CSV_PATH,
  SCORECARD_EXCEL_PATH,
  SCORECARD_JSON_PATH,
  scorecardCsv,
  scorecardJson,
  scorecardResource,
} from "./scorecard-files.ts";
import { snapshotCsvFiles, type VersionedPaths } from "./snapshot.ts";
import { zipStore } from "./zip.ts";

/** What the file set is built from. */
export interface OpenDataInput {
  /** data/datapackage.json, parsed. */
  readonly descriptor: PackageDescriptor;
  /** Bytes of every resource file of data/, by its `path` in the descriptor. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The typed tables and lookups (a Dataset fits): releases, observations by indicator, sources, scopes, series by id, indicators. */
  readonly tables: IndicatorCsvTables & { readonly indicators: readonly IndicatorRef[] };
  /** The frozen releases (data/releases/<id>/), by release id: served verbatim. Default: none. */
  readonly frozen?: ReadonlyMap<string, FrozenRelease>;
  /** The scorecard (derived data) to publish beside the tables; none in older fixtures. */
  readonly scorecard?: Scorecard | undefined;
}

/** One table in its three downloadable forms (an indicator's file, the scorecard). */
export interface FileForms {
  /** CSV for machines. */
  readonly csv: PublishedFile;
  /** The same CSV after a UTF-8 BOM, for Excel. */
  readonly excel: PublishedFile;
  /** JSON for developers. */
  readonly json: PublishedFile;
}

/** One served file. */
export interface PublishedFile {
  /** Path relative to du-lieu/, e.g. "excel/targets.csv". */
  readonly path: string;
  /** The exact bytes served. */
  readonly bytes: Uint8Array;
}

/** A table of the dataset in its two downloadable forms. */
interface TableFiles {
  /** Resource name, e.g. "targets". */
  readonly name: string;
  /** Resource path in datapackage.json, e.g. "targets.csv". */
  readonly fileName: string;
  /** CSV for machines: the bytes of data/, unchanged. */
  readonly machine: PublishedFile;
  /** CSV for Excel: the same bytes after a UTF-8 byte order mark. */
  readonly excel: PublishedFile;
}

/** A release's snapshot: the dataset as of that release. */
export interface SnapshotFiles {
  /** Release id, e.g. "1.2.0". */
  readonly releaseId: string;
  /** One CSV per resource, in datapackage.json order. */
  readonly csv: readonly PublishedFile[];
  /** datapackage.json with `version` = the release id and the hashes of these CSVs. */
  readonly datapackage: PublishedFile;
  /** The CSVs plus datapackage.json in one zip. */
  readonly zip: PublishedFile;
  /** True when these are the frozen bytes of a published release, false when derived from today's data. */
  readonly frozen: boolean;
}

/** Every file under du-lieu/. */
export interface OpenDataFiles {
  /** The dataset version (datapackage.json `version`). */
  readonly version: string;
  /** Each table, in datapackage.json order. */
  readonly tables: readonly TableFiles[];
  /** The published datapackage.json (bytes and hash of each machine CSV). */
  readonly datapackage: PublishedFile;
  /** The working data, whole: the machine CSVs plus datapackage.json ("ctr-02-du-lieu.zip"). */
  readonly zip: PublishedFile;
  /** One CSV per indicator id, in indicators.csv order. */
  readonly indicators: ReadonlyMap<string, PublishedFile>;
  /** The three forms of each indicator's file, by indicator id, in indicators.csv order. */
  readonly indicatorFiles: ReadonlyMap<string, FileForms>;
  /** The scorecard files, or null when built without a scorecard. */
  readonly scorecard: FileForms | null;
  /** One snapshot per release id, oldest first. */
  readonly snapshots: ReadonlyMap<string, SnapshotFiles>;
  /** Every file above, by path. */
  readonly all: ReadonlyMap<string, Uint8Array>;
}

/** Prefix of the zip names: "ctr-02-du-lieu-<version>.zip". */
const zipPrefix = "ctr-02-du-lieu-";

/** File name of the working data's zip: no release name, since its bytes are no release's. */
const currentZipName = "ctr-02-du-lieu.zip";

/** Returns the file name of the zip of release `version`. */
export function zipName(version: string): string {
  return `${zipPrefix}${version}.zip`;
}

/** Returns the folder (relative to du-lieu/, with a final "/") of a release's page and snapshot. */
function releaseFolder(releaseId: string): string {
  return `phien-ban/${releaseId}/`;
}

/** Returns the path (relative to du-lieu/) of an indicator's CSV. */
function indicatorCsvPath(indicatorId: string): string {
  return `chi-tieu/${indicatorId}.csv`;
}

/** Returns the path (relative to du-lieu/) of an indicator's Excel CSV (BOM). */
function indicatorExcelPath(indicatorId: string): string {
  return `excel/${indicatorCsvPath(indicatorId)}`;
}

/** Returns the path (relative to du-lieu/) of an indicator's JSON. */
function indicatorJsonPath(indicatorId: string): string {
  return `chi-tieu/${indicatorId}.json`;
}

const encoder = new TextEncoder();

/** Returns every file under du-lieu/, built from data/'s bytes; throws if the descriptor and the files disagree. */
export function buildOpenDataFiles(input: OpenDataInput): OpenDataFiles {
  const { descriptor, files, tables, frozen = new Map<string, FrozenRelease>() } = input;
  const version = readVersion(descriptor);
  const resources = listCsvResources(descriptor, files);
  const releases = orderReleases(tables.releases);
  const latest = releases.find((release) => release.id === version);
  if (!latest) {
    throw new DownloadError(
      `datapackage.json version "${version}" is not a release (known: ${releases.map((r) => r.id).join(", ")})`,
    );
  }

  const tableFiles = resources.map(({ name, path }): TableFiles => {
    const bytes = files.get(path) as Uint8Array;
    return {
      name,
      fileName: path,
      machine: { path, bytes },
      excel: { path: `excel/${path}`, bytes: toExcelCsv(bytes) },
    };
  });
  const scorecard = input.scorecard ? buildScorecardFiles(input.scorecard) : null;
  // The derived scorecard joins the current package only (never a release snapshot).
  const current = packageFiles(
    input.scorecard
      ? { ...descriptor, resources: [...descriptor.resources, scorecardResource(input.scorecard)] }
      : descriptor,
    new Map([
      ...resources.map(({ path }): [string, Uint8Array] => [path, files.get(path) as Uint8Array]),
      ...(scorecard ? [[SCORECARD_CSV_PATH, scorecard.csv.bytes] as [string, Uint8Array]] : []),
    ]),
    latest,
    "",
    currentZipName,
  );
  const unknown = [...frozen.keys()].filter((id) => !releases.some((release) => release.id === id));
  if (unknown.length > 0) {
    throw new DownloadError(
      `frozen release ${unknown.join(", ")} is not in releases.csv (known: ${releases.map((r) => r.id).join(", ")})`,
    );
  }

  const listRows = prepareIndicatorRows(tables);
  const indicatorFiles = new Map(
    tables.indicators.map((indicator): [string, FileForms] => {
      const rows = listRows(indicator);
      const csv = encoder.encode(writeIndicatorCsv(rows));
      const summary = tables.summaries?.get(indicator.id);
      return [
        indicator.id,
        {
          csv: { path: indicatorCsvPath(indicator.id), bytes: csv },
          excel: { path: indicatorExcelPath(indicator.id), bytes: toExcelCsv(csv) },
          json: {
            path: indicatorJsonPath(indicator.id),
            bytes: encoder.encode(writeIndicatorJson(indicator, rows, summary, latest)),
          },
        },
      ];
    }),
  );
  const indicators = new Map(
    [...indicatorFiles].map(([id, forms]): [string, PublishedFile] => [id, forms.csv]),
  );

  const versioned = versionedPaths(resources);
  const snapshots = new Map(
    releases.map((release): [string, SnapshotFiles] => {
      const folder = releaseFolder(release.id);
      const kept = frozen.get(release.id);
      if (kept) return [release.id, frozenSnapshot(release.id, kept, folder)];
      const rebuilt = snapshotCsvFiles(files, versioned, release.id);
      const csvFiles = new Map(
        resources.map(({ path }) => [path, rebuilt.get(path) as Uint8Array]),
      );
      const snapshotDescriptor = {
        ...descriptor,
        version: release.id,
        ...createdOf(descriptor, release),
      };
      return [
        release.id,
        {
          releaseId: release.id,
          frozen: false,
          ...packageFiles(snapshotDescriptor, csvFiles, release, folder, zipName(release.id)),
        },
      ];
    }),
  );

  const all = new Map<string, Uint8Array>();
  const add = (file: PublishedFile) => {
    if (all.has(file.path)) throw new DownloadError(`two downloads share the path "${file.path}"`);
    all.set(file.path, file.bytes);
  };
  for (const table of tableFiles) {
    add(table.machine);
    add(table.excel);
  }
  add(current.datapackage);
  add(current.zip);
  if (scorecard) {
    add(scorecard.csv);
    add(scorecard.excel);
    add(scorecard.json);
  }
  for (const forms of indicatorFiles.values()) {
    add(forms.csv);
    add(forms.excel);
    add(forms.json);
  }
  for (const snapshot of snapshots.values()) {
    for (const file of snapshot.csv) add(file);
    add(snapshot.datapackage);
    add(snapshot.zip);
    add({ path: zipName(snapshot.releaseId), bytes: snapshot.zip.bytes });
  }
  return {
    version,
    tables: tableFiles,
    datapackage: current.datapackage,
    zip: current.zip,
    indicators,
    indicatorFiles,
    scorecard,
    snapshots,
    all,
  };
}

function buildScorecardFiles(scorecard: Scorecard): FileForms {
  const csv = encoder.encode(scorecardCsv(scorecard));
  return {
    csv: { path: SCORECARD_CSV_PATH, bytes: csv },
    excel: { path: SCORECARD_EXCEL_PATH, bytes: toExcelCsv(csv) },
    json: { path: SCORECARD_JSON_PATH, bytes: encoder.encode(scorecardJson(scorecard)) },
  };
}

// The CSVs of one package, its datapackage.json (hashes of exactly these bytes) and its zip.
function packageFiles(
  descriptor: PackageDescriptor,
  csvFiles: ReadonlyMap<string, Uint8Array>,
  release: ReleaseLike,
  folder: string,
  zipFileName: string,
): Omit<SnapshotFiles, "releaseId" | "frozen"> {
  const datapackage = encoder.encode(
    serializeDescriptor(publishedDescriptor(descriptor, csvFiles)),
  );
  const entries = [
    ...[...csvFiles].map(([name, bytes]) => ({ name, bytes })),
    { name: "datapackage.json", bytes: datapackage },
  ];
  return {
    csv: [...csvFiles].map(([path, bytes]) => ({ path: folder + path, bytes })),
    datapackage: { path: `${folder}datapackage.json`, bytes: datapackage },
    zip: { path: folder + zipFileName, bytes: zipStore(entries, release.date) },
  };
}

// A published release: its kept bytes under its folder, nothing recomputed.
function frozenSnapshot(releaseId: string, kept: FrozenRelease, folder: string): SnapshotFiles {
  const name = zipName(releaseId);
  const parts = readFrozenRelease(releaseId, kept, name);
  return {
    releaseId,
    frozen: true,
    csv: parts.csv.map((file) => ({ path: folder + file.name, bytes: file.bytes })),
    datapackage: { path: `${folder}datapackage.json`, bytes: parts.datapackage },
    zip: { path: folder + name, bytes: parts.zip },
  };
}

// A snapshot was created on its release's day; only set when data/ states a creation time at all.
function createdOf(descriptor: PackageDescriptor, release: ReleaseLike): { created?: string } {
  return "created" in descriptor ? { created: `${release.date}T00:00:00Z` } : {};
}

function readVersion(descriptor: PackageDescriptor): string {
  const version = descriptor["version"];
  if (typeof version !== "string" || version === "") {
    throw new DownloadError(
      `datapackage.json: version: expected a release id, got ${JSON.stringify(version)}`,
    );
  }
  return version;
}

function listCsvResources(
  descriptor: PackageDescriptor,
  files: ReadonlyMap<string, Uint8Array>,
): { name: string; path: string }[] {
  const resources = descriptor.resources.map((resource) => {
    const { name } = resource;
    const path = resource.path;
    if (typeof name !== "string" || typeof path !== "string" || !/^[a-z0-9-]+\.csv$/.test(path)) {
      throw new DownloadError(
        `datapackage.json: resource ${JSON.stringify(name)}: path: expected one file "<name>.csv", got ${JSON.stringify(path)}`,
      );
    }
    return { name, path };
  });
  const missing = resources.filter(({ path }) => !files.has(path)).map(({ path }) => path);
  if (missing.length > 0) {
    throw new DownloadError(
      `no bytes for ${missing.join(", ")} (files: ${[...files.keys()].join(", ")})`,
    );
  }
  return resources;
}

function versionedPaths(resources: readonly { name: string; path: string }[]): VersionedPaths {
  const pathOf = (name: string): string => {
    const found = resources.find((resource) => resource.name === name);
    if (!found) throw new DownloadError(`datapackage.json: no resource "${name}"`);
    return found.path;
  };
  return {
    observations: pathOf("observations"),
    baselines: pathOf("baselines"),
    releases: pathOf("releases"),
  };
}
