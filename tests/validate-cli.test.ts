// Runs `scripts/validate.ts` as a user would, on the real data/, on corrupted copies of it and
// on the fixture cases: the exit code, one line per problem, and never a stack trace.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import {
  decode,
  encode,
  readCaseFiles,
  readExpected,
  readFolderFiles,
  REAL_DATA_DIR,
  writeFolder,
} from "./validate-support.ts";

const SCRIPT = fileURLToPath(new URL("../scripts/validate.ts", import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), "validate-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The documented shapes: a column, (file), (row), (header), or a JSON path of datapackage.json.
const PROBLEM_LINE =
  /^[^:]+:\d+: (?:[a-z_]+|\((?:file|row|header)\)|[a-zA-Z_$][\w$]*(?:\[\d+\]|\.[\w$]+)*): expected .+, got .+$/;
const STACK_FRAME = /^\s+at /;
const SUMMARY = /^\d+ lỗi trong dữ liệu ở .+\. Sửa các dòng trên rồi chạy lại npm run validate\.$/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string[];
}

// Runs the script with the Node that runs the tests (the project's Node 24).
function run(args: string[], cwd = temp): Promise<Run> {
  return new Promise((resolve) => {
    const options = { cwd, encoding: "utf8" } as const;
    execFile(process.execPath, [SCRIPT, ...args], options, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ status, stdout, stderr: stderr.split("\n").filter(Boolean) });
    });
  });
}

// Writes files to a fresh folder under the temporary directory and returns its path.
function writeCopy(name: string, files: ReadonlyMap<string, Uint8Array>): string {
  const dir = path.join(temp, name);
  writeFolder(files, dir);
  return dir;
}

type Rows = string[][];

// Edits one CSV of a copy through papaparse, so the damage is exactly the one intended.
function editCsv(files: Map<string, Uint8Array>, name: string, edit: (rows: Rows) => void): void {
  const rows = Papa.parse<string[]>(decode(files.get(name)).trimEnd(), { delimiter: "," }).data;
  edit(rows);
  files.set(name, encode(`${Papa.unparse(rows, { newline: "\n" })}\n`));
}

function setCell(rows: Rows, row: number, column: string, value: string): void {
  const index = rows[0]?.indexOf(column) ?? -1;
  const target = rows[row];
  if (index === -1 || !target) throw new Error(`no cell ${column} in row ${row}`);
  target[index] = value;
}

const CORRUPTIONS: Record<string, (files: Map<string, Uint8Array>) => void> = {
  "decimal comma": (f) =>
    editCsv(f, "observations.csv", (rows) => setCell(rows, 1, "value", "8,5")),
  "unknown indicator": (f) =>
    editCsv(f, "goals.csv", (rows) => setCell(rows, 1, "indicator_id", "khong-co")),
  "bad date": (f) => editCsv(f, "releases.csv", (rows) => setCell(rows, 1, "date", "26/11/2026")),
  "missing column": (f) =>
    editCsv(f, "observations.csv", (rows) => rows.forEach((row) => row.pop())),
  "duplicate row": (f) => editCsv(f, "goals.csv", (rows) => rows.push([...(rows[1] ?? [])])),
  "qualitative goal": (f) =>
    editCsv(f, "goals.csv", (rows) => {
      const row = rows.findIndex((cells) => cells.includes("qualitative"));
      setCell(rows, row, "rule", "at_least");
      setCell(rows, row, "value", "1");
    }),
  "truncated file": (f) =>
    f.set("observations.csv", (f.get("observations.csv") ?? new Uint8Array()).slice(0, 300)),
  "not UTF-8": (f) =>
    f.set("indicators.csv", Uint8Array.from([...(f.get("indicators.csv") ?? []), 0xff, 0x0a])),
  "empty file": (f) => f.set("targets.csv", new Uint8Array()),
  "header only": (f) =>
    f.set("releases.csv", encode(`${decode(f.get("releases.csv")).split("\n")[0] ?? ""}\n`)),
  "broken JSON": (f) =>
    f.set("datapackage.json", encode(decode(f.get("datapackage.json")).replace(/}\s*$/, ""))),
  "old version": (f) =>
    f.set(
      "datapackage.json",
      encode(decode(f.get("datapackage.json")).replace(/"version": "[^"]*"/, '"version": "0.0.1"')),
    ),
};

// The in-process fixture test covers every case; these few check that the command prints the same.
const CLI_CASES = [
  "bom-crlf-accepted",
  "descriptor-problems",
  "malformed-quoting",
  "not-utf8",
  "revision-older",
  "warnings",
];

// Each case starts a Node process; on a busy two-core machine that can take seconds.
describe.concurrent("npm run validate", { timeout: 60_000 }, () => {
  it("accepts the real data/ and says how much it checked", async () => {
    const result = await run(["--data", REAL_DATA_DIR]);
    expect(result.stderr.filter((line) => !line.startsWith("warning: "))).toEqual([]);
    expect(result.stdout).toMatch(/^Dữ liệu hợp lệ: 13 tệp, \d+ dòng( \(\d+ cảnh báo\))?\.\n$/);
    expect(result.status).toBe(0);
  });

  it("checks data/ when no folder is named", async () => {
    const result = await run([], path.dirname(REAL_DATA_DIR));
    expect(result.status).toBe(0);
  });

  it.each(Object.keys(CORRUPTIONS))(
    "exits 1 with one line per problem for a real copy with a %s",
    async (name) => {
      const files = readFolderFiles(REAL_DATA_DIR);
      CORRUPTIONS[name]?.(files);
      const dir = writeCopy(name.replace(/\W+/g, "-"), files);
      const result = await run(["--data", dir]);
      expect(result.status).toBe(1);
      const problems = result.stderr.slice(0, -1);
      expect(problems.length).toBeGreaterThan(0);
      for (const line of problems) {
        expect(line).toMatch(PROBLEM_LINE);
        expect(line.startsWith(`${dir}/`)).toBe(true);
      }
      expect(result.stderr.at(-1)).toMatch(SUMMARY);
      expect(result.stderr.some((line) => STACK_FRAME.test(line))).toBe(false);
    },
  );

  it.each(CLI_CASES)("prints the fixture case %s exactly as expected.txt", async (name) => {
    const cwd = path.join(temp, `case-${name}`);
    writeFolder(readCaseFiles(name), path.join(cwd, "data"));
    const result = await run(["--data", "data"], cwd);
    const expected = readExpected(name);
    const valid = expected.length === 0 || expected.every((line) => line.startsWith("warning: "));
    expect(valid ? result.stderr : result.stderr.slice(0, -1)).toEqual(expected);
    expect(result.status).toBe(valid ? 0 : 1);
  });

  it.each([
    [
      ["--bogus"],
      'validate: không hiểu tham số "--bogus". Cách dùng: npm run validate [-- --data <thư mục>]',
    ],
    [
      ["data"],
      'validate: không hiểu tham số "data". Cách dùng: npm run validate [-- --data <thư mục>]',
    ],
    [
      ["--data"],
      "validate: thiếu tên thư mục sau --data. Cách dùng: npm run validate [-- --data <thư mục>]",
    ],
    [
      ["--data", "khong-co"],
      'validate: không tìm thấy thư mục "khong-co". Cách dùng: npm run validate [-- --data <thư mục>]',
    ],
  ])("exits 2 with one line for the usage mistake %j", async (args, message) => {
    const result = await run(args);
    expect(result).toEqual({ status: 2, stdout: "", stderr: [message] });
  });

  it("prints its usage for --help", async () => {
    const result = await run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Cách dùng: npm run validate [-- --data <thư mục>]");
  });
});
