/**
 * Checking one CSV file against its resource in datapackage.json: encoding, quoting, header,
 * every cell (type and constraints), unique values and the primary key.
 */
import { checkConstraints, readCell, type CellValue } from "./cell.ts";
import { parseCsv, type CsvRecord } from "./csv.ts";
import type { Resource } from "./descriptor-schema.ts";
import { FILE_COLUMN, ROW_COLUMN, quote, type Problem } from "./problem.ts";
import { describeEncoding, detectEncoding, detectSeparator, importHint } from "./spreadsheet.ts";
import { decodeUtf8 } from "./utf8.ts";

/** Column slot for problems about the header as a whole (extra, repeated or misordered columns). */
export const HEADER_COLUMN = "(header)";

/** A data row with its cells read by type. */
export interface TableRow {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** Typed value by column; null = empty cell; undefined = unreadable (already a problem). */
  readonly values: Readonly<Record<string, CellValue | undefined>>;
}

/** One checked CSV file. */
export interface Table {
  readonly resource: Resource;
  /** File as shown in messages, e.g. `data/goals.csv`. */
  readonly file: string;
  /**
   * False when other files cannot rely on its rows: missing, not UTF-8, empty, a broken header,
   * or no rows although rowsRequired. Foreign keys into it are then not checked.
   */
  readonly usable: boolean;
  /** Data rows in file order, including rows with problems. */
  readonly rows: readonly TableRow[];
}

/** Returns the table read from a CSV file and every problem found in it. */
export function checkTable(
  resource: Resource,
  bytes: Uint8Array | undefined,
  file: string,
): { table: Table; problems: Problem[] } {
  const problems: Problem[] = [];
  const unreadable = { table: { resource, file, usable: false, rows: [] }, problems };
  const names = resource.schema.fields.map((field) => field.name);
  const fileProblem = (line: number, expected: string, got: string, fix: string) =>
    problems.push({ file, line, column: FILE_COLUMN, expected, got, fix });

  if (bytes === undefined) {
    fileProblem(
      1,
      `the file ${resource.path} that datapackage.json lists`,
      "no such file",
      "Add the file, or remove its resource from datapackage.json.",
    );
    return unreadable;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const encoding = detectEncoding(bytes);
    fileProblem(
      encoding?.startsWith("utf-16") ? 1 : decoded.line,
      "UTF-8 text",
      describeEncoding(bytes, decoded.offset),
      encoding === undefined
        ? "The file is not UTF-8: save it as UTF-8."
        : `Save it as «CSV UTF-8», or ${importHint(file)}.`,
    );
    return unreadable;
  }
  const csv = parseCsv(decoded.text);
  // A spreadsheet with Vietnamese settings saves ";" between fields: one problem, not one per cell.
  const firstLine = decoded.text.slice(0, decoded.text.search(/\r?\n|$/));
  if (csv.header?.cells.length === 1 && detectSeparator(firstLine, names) === ";") {
    problems.push({
      file,
      line: 1,
      column: HEADER_COLUMN,
      expected: 'columns separated by ","',
      got: 'columns separated by ";" (as a spreadsheet with Vietnamese regional settings saves CSV)',
      fix: `Save it again with "," as the field separator, or ${importHint(file)}.`,
    });
    return unreadable;
  }
  for (const issue of csv.issues) problems.push({ file, column: ROW_COLUMN, ...issue });
  const { header } = csv;
  if (header === undefined) {
    fileProblem(
      1,
      `a header row (${names.join(",")})`,
      "an empty file",
      "Write the header row, then one row per record.",
    );
    return unreadable;
  }
  if (header.broken) return unreadable;
  const headerProblems = checkHeader(header, names, file);
  problems.push(...headerProblems);
  // When only the header is wrong, rows that have one cell per field are read in field order,
  // so that a lost column name gives one problem instead of one per row.
  const layouts = headerProblems.length > 0 ? [header.cells, names] : [header.cells];
  const empty = csv.records.length === 0 && resource.rowsRequired === true;
  if (empty) {
    fileProblem(
      1,
      "at least one data row",
      "only the header",
      "Add the data rows: this file may not be empty (rowsRequired in datapackage.json).",
    );
  }
  const rows = csv.records.map((record) => readRow(resource, layouts, record, file, problems));
  checkUniqueness(resource, rows, file, problems);
  return { table: { resource, file, usable: !empty, rows }, problems };
}

function checkHeader(header: CsvRecord, names: readonly string[], file: string): Problem[] {
  const cells = header.cells;
  const problems: Problem[] = [];
  const at = (column: string, expected: string, got: string, fix: string): void => {
    problems.push({ file, line: header.line, column, expected, got, fix });
  };
  const order = `datapackage.json lists the columns as: ${names.join(", ")}`;
  names.forEach((name, index) => {
    if (cells.includes(name)) return;
    const place = index === 0 ? "as the first column" : `after ${quote(names[index - 1] ?? "")}`;
    at(name, `the column ${quote(name)}`, "a header without it", `Add it ${place}; ${order}.`);
  });
  cells.forEach((cell, index) => {
    if (cells.indexOf(cell) !== index) {
      at(HEADER_COLUMN, "each column once", `${quote(cell)} twice`, "Remove the repeated column.");
    } else if (!names.includes(cell)) {
      at(
        HEADER_COLUMN,
        `only the columns of datapackage.json`,
        `an extra column ${quote(cell)}`,
        `Remove it, or describe it in datapackage.json; ${order}.`,
      );
    }
  });
  if (problems.length === 0) {
    const index = names.findIndex((name, i) => cells[i] !== name);
    if (index !== -1) {
      at(
        HEADER_COLUMN,
        `column ${index + 1} to be ${quote(names[index] ?? "")}`,
        quote(cells[index] ?? ""),
        `Put the columns in order; ${order}.`,
      );
    }
  }
  return problems;
}

function readRow(
  resource: Resource,
  layouts: readonly (readonly string[])[],
  record: CsvRecord,
  file: string,
  problems: Problem[],
): TableRow {
  const values: Record<string, CellValue | undefined> = {};
  if (record.broken) return { line: record.line, values };
  const headerCells = layouts.find((layout) => layout.length === record.cells.length);
  if (headerCells === undefined) {
    const [header = []] = layouts;
    const more = record.cells.length > header.length;
    problems.push({
      file,
      line: record.line,
      column: ROW_COLUMN,
      expected: `${header.length} cells, as in the header`,
      got: String(record.cells.length),
      fix: more
        ? "Put cells that contain a comma in double quotes, or remove the extra comma."
        : "Add the missing cells (an empty cell still needs its comma).",
    });
    return { line: record.line, values };
  }
  const { schema } = resource;
  const keyFields = schema.primaryKey ?? [];
  for (const field of schema.fields) {
    const index = headerCells.indexOf(field.name);
    if (index === -1) continue;
    const text = record.cells[index] ?? "";
    const reading = readCell(field, text, field.missingValues ?? schema.missingValues ?? [""]);
    const report = (expected: string, got: string, fix: string): void => {
      problems.push({ file, line: record.line, column: field.name, expected, got, fix });
    };
    if (!reading.ok) {
      // A decimal comma is what a spreadsheet with Vietnamese settings writes: say how to undo it.
      const spreadsheet = /^"-?\d+,\d+"$/.test(reading.got);
      report(
        reading.expected,
        reading.got,
        spreadsheet ? `${reading.fix} Or ${importHint(file)}.` : reading.fix,
      );
      values[field.name] = undefined;
      continue;
    }
    values[field.name] = reading.value;
    if (reading.value === null) {
      const inKey = keyFields.includes(field.name);
      if (inKey || field.constraints?.required === true) {
        report(
          "a value",
          "an empty cell",
          `Fill in ${field.name}: ${inKey ? "it is part of the row's key" : "it is required"}.`,
        );
      }
      continue;
    }
    const fault = checkConstraints(field, reading.value);
    if (fault) report(fault.expected, fault.got, fault.fix);
  }
  return { line: record.line, values };
}

/** Returns the values of `names` in a row, or undefined if any is empty or unreadable. */
export function pickKey(row: TableRow, names: readonly string[]): CellValue[] | undefined {
  const key = names.map((name) => row.values[name]);
  return key.every((value) => value !== undefined && value !== null) ? key : undefined;
}

/** Returns a key's values as one comparable text (numbers and texts alike). */
export function joinKey(values: readonly CellValue[]): string {
  return values.map(String).join("\u0000");
}

/** Returns a key's values for a message: `"mt01", 2025`. */
export function showKey(values: readonly CellValue[]): string {
  return values
    .map((value) => (typeof value === "string" ? quote(value) : String(value)))
    .join(", ");
}

function checkUniqueness(
  resource: Resource,
  rows: readonly TableRow[],
  file: string,
  problems: Problem[],
): void {
  const { fields, primaryKey } = resource.schema;
  const keys = fields
    .filter((field) => field.constraints?.unique === true)
    .map((field) => [field.name]);
  if (primaryKey) keys.push(primaryKey);
  for (const key of keys) {
    const firstLine = new Map<string, number>();
    const what = key.length === 1 ? (key[0] ?? "") : `(${key.join(", ")})`;
    for (const row of rows) {
      const values = pickKey(row, key);
      if (!values) continue;
      const joined = joinKey(values);
      const first = firstLine.get(joined);
      if (first === undefined) firstLine.set(joined, row.line);
      else {
        problems.push({
          file,
          line: row.line,
          column: key[0] ?? ROW_COLUMN,
          expected: `each ${what} only once`,
          got: `${showKey(values)} again (first on line ${first})`,
          fix: "Remove the repeated row, or correct its key.",
        });
      }
    }
  }
}
