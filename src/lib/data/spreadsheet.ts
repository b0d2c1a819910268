// What a spreadsheet does to a CSV file of data/ when an editor opens it and saves it again with
// Vietnamese regional settings (LibreOffice Calc, Excel): ";" as the field separator, "," as the
// decimal mark, CRLF line ends, a byte order mark, and sometimes another encoding (UTF-16 from
// Excel's "Unicode text", Windows-1258 from "CSV" on a Vietnamese Windows). The validator uses
// describeEncoding and detectSeparator to say exactly what happened; `npm run data:import`
// uses importSpreadsheetCsv to turn such a file back into the canonical form (UTF-8, no BOM,
// LF, ",", "." decimals), refusing any cell whose number could be read two ways.

import { writeCsv } from "../downloads/csv.ts";
import { parseCsv } from "./csv.ts";
import type { Resource } from "./descriptor-schema.ts";
import { quote, type Problem } from "./problem.ts";
import { decodeUtf8 } from "./utf8.ts";

/** How to bring a spreadsheet's file back, for the fix part of a message. */
export function importHint(file: string): string {
  return `run npm run data:import -- ${file} (it rewrites the file in the canonical form)`;
}

/** An encoding recognised in a file's bytes. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

/** Returns the file's encoding when it can be told from its bytes, or undefined. */
export function detectEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  // UTF-16 without a byte order mark: ASCII letters with a NUL byte after (LE) or before (BE).
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) return "utf-16le";
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) return "utf-16be";
  if (decodeUtf8(bytes).ok) return "utf-8";
  return looksVietnamese1258(bytes) ? "windows-1258" : undefined;
}

// Short Vietnamese names, for what the import command prints.
const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (Unicode)",
  "utf-16be": "UTF-16 (Unicode)",
  "windows-1258": "Windows-1258",
};

const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian), as Excel saves «Unicode text»",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1258": "Windows-1258 (Vietnamese Windows), as «CSV» is saved on a Vietnamese Windows",
};

/** Returns how to describe a file that is not UTF-8 in a message: its encoding when recognised. */
export function describeEncoding(bytes: Uint8Array, offset: number): string {
  const encoding = detectEncoding(bytes);
  if (encoding === undefined || encoding === "utf-8") {
    return `bytes that are not UTF-8 (at byte ${offset})`;
  }
  return `text encoded as ${ENCODING_NAMES[encoding]}`;
}

// Letters and tone marks of Vietnamese that Windows-1258 puts above 0x80.
const VIETNAMESE_HIGH = new Set([
  ..."ĂăÂâĐđÊêÔôƠơƯư",
  "\u0300",
  "\u0301",
  "\u0303",
  "\u0309",
  "\u0323",
]);

// Windows-1258 puts Vietnamese letters and combining tone marks above 0x80; a file in it decodes
// to text with those, while random bytes (or another code page) rarely do.
function looksVietnamese1258(bytes: Uint8Array): boolean {
  const text = new TextDecoder("windows-1258").decode(bytes);
  const high = [...text].filter((char) => char.charCodeAt(0) >= 0x80);
  if (high.length === 0) return false;
  const vietnamese = high.filter((char) => VIETNAMESE_HIGH.has(char));
  return vietnamese.length * 2 >= high.length;
}

/** Returns ";" when the header is separated by ";" (and not by ","), else ",". */
export function detectSeparator(headerLine: string, names: readonly string[]): "," | ";" {
  const bySemicolon = headerLine.split(";").map((cell) => cell.trim().replace(/^"|"$/g, ""));
  if (!headerLine.includes(",") && bySemicolon.length > 1) return ";";
  const known = bySemicolon.filter((cell) => names.includes(cell)).length;
  return known >= 2 && known > headerLine.split(",").length - 1 ? ";" : ",";
}

/** The outcome of importing a spreadsheet's file: the canonical text and what changed, or why not. */
export type ImportResult =
  | { readonly ok: true; readonly text: string; readonly changes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const NUMBER_TYPES = new Set(["number", "integer"]);

/** Returns the canonical CSV text of a file a spreadsheet saved, or the cells it cannot read one way. */
export function importSpreadsheetCsv(
  bytes: Uint8Array,
  resource: Resource,
  file: string,
): ImportResult {
  const names = resource.schema.fields.map((field) => field.name);
  const changes: string[] = [];
  const encoding = detectEncoding(bytes);
  const fileProblem = (expected: string, got: string, fix: string): ImportResult => ({
    ok: false,
    problems: [{ file, line: 1, column: "(file)", expected, got, fix }],
  });
  if (encoding === undefined) {
    return fileProblem(
      "text in UTF-8, UTF-16 or Windows-1258",
      "bytes in an encoding that cannot be told apart",
      "Save the file from the spreadsheet as «CSV UTF-8» (Excel) or with character set «Unicode (UTF-8)» (LibreOffice).",
    );
  }
  let text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== "utf-8") changes.push(`bảng mã ${ENCODING_LABELS[encoding]} → UTF-8`);
  // Windows-1258 writes most tone marks as combining characters; the data is NFC.
  if (encoding === "windows-1258") text = text.normalize("NFC");
  // TextDecoder drops a byte order mark by itself; the bytes tell whether there was one.
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || encoding !== "utf-8";
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (bom && encoding === "utf-8") changes.push("bỏ dấu BOM ở đầu tệp");
  if (text.includes("\r\n")) changes.push("xuống dòng CRLF → LF");
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = detectSeparator(headerLine, names);
  if (separator === ";") changes.push('dấu phân cách cột ";" → ","');
  const parsed = parseCsv(text, separator);
  const broken = parsed.issues[0];
  if (broken) return { ok: false, problems: [{ file, column: "(row)", ...broken }] };
  const header = parsed.header?.cells ?? [];
  const missing = names.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    return fileProblem(
      `the columns of datapackage.json (${names.join(",")})`,
      `a header without ${missing.join(", ")}`,
      "Check that the file is the right table and that its header row is intact.",
    );
  }
  const numeric = resource.schema.fields
    .filter((field) => NUMBER_TYPES.has(field.type ?? ""))
    .map((field) => header.indexOf(field.name));
  const cellsOf = (index: number) => parsed.records.map((record) => record.cells[index] ?? "");
  // The file writes decimals with "," when its separator is ";" or any number cell has one.
  const decimalComma =
    separator === ";" || numeric.some((index) => cellsOf(index).some((cell) => COMMA.test(cell)));
  const problems: Problem[] = [];
  let converted = 0;
  const rows = parsed.records.map((record) =>
    record.cells.map((cell, index) => {
      if (!decimalComma || !numeric.includes(index)) return cell;
      const column = header[index] ?? "";
      const result = readDecimalComma(cell.trim());
      if (result === undefined) {
        problems.push({
          file,
          line: record.line,
          column,
          expected: 'a number written with "," as the decimal mark, as in the rest of the file',
          got: `${quote(cell)}, which could be ${quote(cell.replace(/\./g, ""))} (with "." between thousands) or ${quote(cell.replace(".", ","))}`,
          fix: "Write the number again in the spreadsheet (no thousands separator), save, and import again.",
        });
        return cell;
      }
      if (result !== cell) converted += 1;
      return result;
    }),
  );
  if (problems.length > 0) return { ok: false, problems };
  if (converted > 0) changes.push(`${converted} số viết dấu thập phân "," → "."`);
  return { ok: true, text: writeCsv(header, rows), changes };
}

const COMMA = /^-?\d+,\d+$/;
const THOUSANDS = /^-?\d{1,3}(\.\d{3})+$/;

// A number cell of a file that uses "," as its decimal mark, written with "." instead; undefined
// when it cannot be read one way ("1.234": a thousand two hundred and thirty-four, or 1,234).
// "4.5" can only be 4.5 ("." between thousands needs three digits after it): a cell the
// spreadsheet kept as text, left as it is.
function readDecimalComma(cell: string): string | undefined {
  if (cell === "" || /^-?\d+$/.test(cell)) return cell;
  if (COMMA.test(cell)) return cell.replace(",", ".");
  // "1.234,5": "." between thousands and "," as decimal mark is one reading only.
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(cell)) return cell.replace(/\./g, "").replace(",", ".");
  if (THOUSANDS.test(cell)) return undefined;
  // Anything else is no number at all: left for the validator to report with its own message.
  return cell;
}

/** Returns a warning when a UTF-8 file carries a spreadsheet's byte order mark or CRLF line ends (valid, but not canonical). */
export function findSpreadsheetTraces(bytes: Uint8Array | undefined, file: string): Problem[] {
  if (bytes === undefined) return [];
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const crlf = bytes.some((byte, index) => byte === 0x0d && bytes[index + 1] === 0x0a);
  if (!bom && !crlf) return [];
  const traces = [bom ? "a byte order mark" : "", crlf ? "CRLF line ends" : ""].filter(Boolean);
  return [
    {
      file,
      line: 1,
      column: "(file)",
      expected: "UTF-8 without a byte order mark, with LF line ends",
      got: `${traces.join(" and ")}, as a spreadsheet saves them`,
      fix: `They are read correctly, but the site serves the file's bytes as they are: ${importHint(file)}.`,
    },
  ];
}
