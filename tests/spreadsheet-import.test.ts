// The spreadsheet round trip (issue 14): the Excel CSV download, opened and saved by
// LibreOffice with Vietnamese settings (tests/fixtures/spreadsheet/, made by LibreOffice, see
// its README). The validator names what the spreadsheet did, in the file:line format, and
// `npm run data:import` brings every file back to the original bytes, refusing what it cannot
// read one way.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { descriptorSchema } from "../src/lib/data/descriptor-schema.ts";
import { formatProblem } from "../src/lib/data/problem.ts";
import { importSpreadsheetCsv } from "../src/lib/data/spreadsheet.ts";
import { checkTable } from "../src/lib/data/table.ts";

const fixtures = fileURLToPath(new URL("fixtures/spreadsheet/", import.meta.url));
const valid = fileURLToPath(new URL("fixtures/validate/valid/", import.meta.url));
const SCRIPT = fileURLToPath(new URL("../scripts/data-import.ts", import.meta.url));
const descriptor = descriptorSchema.parse(
  JSON.parse(readFileSync(path.join(valid, "datapackage.json"), "utf8")),
);
const resource = descriptor.resources.find((r) => r.name === "observations");
if (!resource) throw new Error("the valid fixture has no observations resource");
const original = readFileSync(path.join(valid, "observations.csv"), "utf8");
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
const FILE = "data/observations.csv";
const IMPORT = `run npm run data:import -- ${FILE} (it rewrites the file in the canonical form)`;
const temp = mkdtempSync(path.join(tmpdir(), "spreadsheet-import-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const problemsOf = (name: string) =>
  checkTable(resource, bytesOf(name), FILE).problems.map(formatProblem);

describe("the validator on files a spreadsheet saved", () => {
  it('names ";" as the separator, once, with the way back', () => {
    expect(problemsOf("libreoffice-vi-semicolon-utf8.csv")).toEqual([
      `${FILE}:1: (header): expected columns separated by ",", got columns separated by ";" (as a spreadsheet with Vietnamese regional settings saves CSV). Save it again with "," as the field separator, or ${IMPORT}.`,
    ]);
  });

  it("names each decimal comma, with the way back", () => {
    expect(problemsOf("libreoffice-vi-comma-utf8.csv")).toEqual([
      `${FILE}:4: value: expected a number, got "4,5". Use "." as the decimal separator. Or ${IMPORT}.`,
      `${FILE}:5: value: expected a number, got "71,5". Use "." as the decimal separator. Or ${IMPORT}.`,
    ]);
  });

  it("names UTF-16", () => {
    expect(problemsOf("libreoffice-vi-semicolon-utf16.csv")).toEqual([
      `${FILE}:1: (file): expected UTF-8 text, got text encoded as UTF-16 (little-endian), as Excel saves «Unicode text». Save it as «CSV UTF-8», or ${IMPORT}.`,
    ]);
  });

  it("names Windows-1258 at the line of its first Vietnamese letter", () => {
    expect(problemsOf("libreoffice-vi-semicolon-windows1258.csv")).toEqual([
      `${FILE}:2: (file): expected UTF-8 text, got text encoded as Windows-1258 (Vietnamese Windows), as «CSV» is saved on a Vietnamese Windows. Save it as «CSV UTF-8», or ${IMPORT}.`,
    ]);
  });

  it("names the separator of Excel's «CSV UTF-8» (BOM and CRLF are read as they are)", () => {
    expect(problemsOf("hand-made-excel-bom-crlf.csv")).toEqual([
      `${FILE}:1: (header): expected columns separated by ",", got columns separated by ";" (as a spreadsheet with Vietnamese regional settings saves CSV). Save it again with "," as the field separator, or ${IMPORT}.`,
    ]);
  });
});

describe(importSpreadsheetCsv, () => {
  it.each([
    ["excel-download.csv", ["bỏ dấu BOM ở đầu tệp"]],
    [
      "libreoffice-vi-semicolon-utf8.csv",
      ['dấu phân cách cột ";" → ","', '2 số viết dấu thập phân "," → "."'],
    ],
    ["libreoffice-vi-comma-utf8.csv", ['2 số viết dấu thập phân "," → "."']],
    [
      "libreoffice-vi-semicolon-utf16.csv",
      [
        "bảng mã UTF-16 (Unicode) → UTF-8",
        'dấu phân cách cột ";" → ","',
        '2 số viết dấu thập phân "," → "."',
      ],
    ],
    [
      "libreoffice-vi-semicolon-windows1258.csv",
      [
        "bảng mã Windows-1258 → UTF-8",
        'dấu phân cách cột ";" → ","',
        '2 số viết dấu thập phân "," → "."',
      ],
    ],
    [
      "hand-made-excel-bom-crlf.csv",
      [
        "bỏ dấu BOM ở đầu tệp",
        "xuống dòng CRLF → LF",
        'dấu phân cách cột ";" → ","',
        '2 số viết dấu thập phân "," → "."',
      ],
    ],
  ])("turns %s back into the original bytes and says what it changed", (name, changes) => {
    const result = importSpreadsheetCsv(bytesOf(name), resource, FILE);
    expect(result.ok && result.changes).toEqual(changes);
    expect(result.ok && result.text).toBe(original);
  });

  it('refuses "1.234": a thousand or 1,234', () => {
    const result = importSpreadsheetCsv(
      bytesOf("hand-made-ambiguous-thousands.csv"),
      resource,
      FILE,
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${FILE}:3: value: expected a number written with "," as the decimal mark, as in the rest of the file, got "1.234", which could be "1234" (with "." between thousands) or "1,234". Write the number again in the spreadsheet (no thousands separator), save, and import again.`,
    ]);
  });

  it("refuses bytes whose encoding it cannot tell", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("indicator_id"), 0xa4, 0xa4, 0x0a]);
    const result = importSpreadsheetCsv(bytes, resource, FILE);
    expect(result.ok ? "" : formatProblem(result.problems[0] as never)).toMatch(
      /^data\/observations\.csv:1: \(file\): expected text in UTF-8, UTF-16 or Windows-1258/,
    );
  });
});

describe("npm run data:import", () => {
  function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(process.execPath, [SCRIPT, ...args], { encoding: "utf8" }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it("rewrites a saved file in place in the canonical form", async () => {
    const file = path.join(temp, "observations.csv");
    copyFileSync(path.join(fixtures, "libreoffice-vi-semicolon-windows1258.csv"), file);
    const result = await run([file, "--data", valid]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("bảng mã Windows-1258 → UTF-8");
    expect(readFileSync(file, "utf8")).toBe(original);
  }, 60_000);

  it("refuses an ambiguous number and leaves the file as it was", async () => {
    const file = path.join(temp, "ambiguous.csv");
    copyFileSync(path.join(fixtures, "hand-made-ambiguous-thousands.csv"), file);
    const result = await run([file, "--table", "observations", "--data", valid]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(':3: value: expected a number written with ","');
    expect(readFileSync(file)).toEqual(
      readFileSync(path.join(fixtures, "hand-made-ambiguous-thousands.csv")),
    );
  }, 60_000);
});
