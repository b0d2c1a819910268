// The CSV files of a release snapshot: the dataset as it stood at that release, rebuilt from
// the append-only files of data/.
//
// Decisions a reader might undo:
// - observations.csv and baselines.csv hold the rows in force at the release (latest row not
//   after it, withdrawn figures left out), sorted by key: what a reader of that release saw.
//   The full revision log stays in the current observations.csv.
// - releases.csv keeps the releases up to and including that one, in file order.
// - Every other table has no release column, so it cannot be rebuilt as of a release; the
//   snapshot carries today's file unchanged (the open data page says so).
// - Rows are copied as the text they have in data/ (quotes and number spelling included), not
//   re-written from parsed values, so every line of a snapshot is a line of data/.

import { parseCsv, type CsvRecord } from "../data/csv.ts";
import { baselinesAsOf, observationsAsOf } from "../releases/as-of.ts";
import { orderReleases } from "../releases/order.ts";
import type { BaselineLike, ObservationLike, ReleaseLike } from "../releases/types.ts";
import { DownloadError } from "./errors.ts";

/** The versioned tables a snapshot rebuilds, by resource path (e.g. "observations.csv"). */
export interface VersionedPaths {
  /** Path of observations.csv. */
  readonly observations: string;
  /** Path of baselines.csv. */
  readonly baselines: string;
  /** Path of releases.csv. */
  readonly releases: string;
}

/** A CSV file split into its header text and one text per record, as written. */
interface CsvLines {
  readonly header: string;
  readonly columns: readonly string[];
  readonly records: readonly { readonly text: string; readonly cells: readonly string[] }[];
}

/** A row typed for the release logic, carrying its original text. */
type Carried<T> = T & { readonly text: string };

const decoder = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

/** Returns the files of the snapshot at `releaseId`: the versioned tables rebuilt as of it, every other file unchanged. */
export function snapshotCsvFiles(
  files: ReadonlyMap<string, Uint8Array>,
  paths: VersionedPaths,
  releaseId: string,
): Map<string, Uint8Array> {
  const releasesCsv = splitCsv(requireFile(files, paths.releases), paths.releases);
  const releases = readCarried(releasesCsv, paths.releases, (row) => ({
    id: row("id"),
    date: row("date"),
  }));
  const ordered = orderReleases(releases);
  const rank = ordered.findIndex((release) => release.id === releaseId);
  if (rank < 0) {
    throw new DownloadError(
      `no release "${releaseId}" in ${paths.releases} (known: ${releases.map((r) => r.id).join(", ")})`,
    );
  }
  const included = new Set(ordered.slice(0, rank + 1));

  const observationsCsv = splitCsv(requireFile(files, paths.observations), paths.observations);
  const observations = readCarried(observationsCsv, paths.observations, (row): ObservationLike => ({
    ...readFigureCells(row),
    period: Number(row("period")),
  }));
  const baselinesCsv = splitCsv(requireFile(files, paths.baselines), paths.baselines);
  const baselines = readCarried(baselinesCsv, paths.baselines, (row): BaselineLike => ({
    ...readFigureCells(row),
    year: Number(row("year")),
    value: readBaselineValue(row("value"), paths.baselines),
  }));

  const out = new Map(files);
  out.set(
    paths.releases,
    joinCsv(
      releasesCsv.header,
      releases.filter((release) => included.has(release)),
    ),
  );
  out.set(
    paths.observations,
    joinCsv(observationsCsv.header, observationsAsOf(observations, releases, releaseId)),
  );
  out.set(
    paths.baselines,
    joinCsv(baselinesCsv.header, baselinesAsOf(baselines, releases, releaseId)),
  );
  return out;
}

/** Returns the release rows of releases.csv as { id, date } in file order (for callers that only hold bytes). */
export function readReleaseRows(bytes: Uint8Array, file: string): ReleaseLike[] {
  const csv = splitCsv(bytes, file);
  return csv.records.map((record) => {
    const row = readRow(csv, record, file);
    return { id: row("id"), date: row("date") };
  });
}

function requireFile(files: ReadonlyMap<string, Uint8Array>, file: string): Uint8Array {
  const bytes = files.get(file);
  if (bytes === undefined) {
    throw new DownloadError(`snapshot: no file "${file}" (files: ${[...files.keys()].join(", ")})`);
  }
  return bytes;
}

// Empty = withdrawn. The data folder is validated before any snapshot is built, so a cell that
// is not a number cannot reach here; only "empty or not" matters to the release logic anyway.
function readValue(cell: string): number | null {
  return cell === "" ? null : Number(cell);
}

// datapackage.json requires a baseline's value (a baseline is corrected, never withdrawn).
function readBaselineValue(cell: string, file: string): number {
  if (cell === "") throw new DownloadError(`${file}: a baseline row without a value`);
  return Number(cell);
}

/** Returns every record of `csv` read by `read`, each carrying its original text. */
function readCarried<T>(
  csv: CsvLines,
  file: string,
  read: (row: (column: string) => string) => T,
): Carried<T>[] {
  return csv.records.map((record) => ({ ...read(readRow(csv, record, file)), text: record.text }));
}

// The cells observations.csv and baselines.csv share: which figure, its value, where it is from.
function readFigureCells(row: (column: string) => string) {
  return {
    indicator_id: row("indicator_id"),
    scope_id: row("scope_id"),
    series_id: row("series_id"),
    value: readValue(row("value")),
    release_id: row("release_id"),
    source_id: row("source_id"),
    excerpt: row("excerpt"),
    note: row("note"),
  };
}

function readRow(
  csv: CsvLines,
  record: { readonly cells: readonly string[] },
  file: string,
): (column: string) => string {
  return (column) => {
    const index = csv.columns.indexOf(column);
    const cell = index < 0 ? undefined : record.cells[index];
    if (cell === undefined) throw new DownloadError(`${file}: no column "${column}"`);
    return cell;
  };
}

// Cuts the text into one slice per record using the start line parseCsv reports, so quoted
// line breaks stay inside their record and each record keeps its exact spelling.
function splitCsv(bytes: Uint8Array, file: string): CsvLines {
  const text = decoder.decode(bytes).replace(/\r\n/g, "\n");
  const parsed = parseCsv(text);
  if (parsed.header === undefined) throw new DownloadError(`${file}: no header row`);
  const broken = parsed.records.find((record) => record.broken);
  if (parsed.issues.length > 0 || broken) {
    throw new DownloadError(`${file}: cannot split a CSV file with quoting problems`);
  }
  const lines = text.split("\n");
  const all: CsvRecord[] = [parsed.header, ...parsed.records];
  const slices = all.map((record, index) => {
    const end = all[index + 1]?.line ?? lines.length + 1;
    const span = lines.slice(record.line - 1, end - 1);
    while (span.length > 1 && span.at(-1) === "") span.pop();
    return { text: span.join("\n"), cells: record.cells };
  });
  const [header, ...records] = slices;
  return {
    // The header text keeps a BOM if data/ has one; the machine CSVs never add one.
    header: (header as { text: string }).text,
    columns: parsed.header.cells.map((cell, index) =>
      index === 0 ? cell.replace(/^\uFEFF/, "") : cell,
    ),
    records,
  };
}

function joinCsv(header: string, rows: readonly { readonly text: string }[]): Uint8Array {
  return encoder.encode([header, ...rows.map((row) => row.text)].join("\n") + "\n");
}
