import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createMemoryFolder, readCaseFiles } from "../../../tests/validate-support.ts";
import { formatProblem } from "./problem.ts";
import { showPath, validateDataPackage } from "./validate.ts";

const VALID = readCaseFiles("valid");
const NAMES = [...VALID.keys()].sort();
const encoder = new TextEncoder();
const decoder = new TextDecoder();

describe(showPath, () => {
  it.each([
    ["data", "goals.csv", "data/goals.csv"],
    ["data/", "goals.csv", "data/goals.csv"],
    ["/tmp/copy", "goals.csv", "/tmp/copy/goals.csv"],
    ["./", "goals.csv", "./goals.csv"],
    ["/", "goals.csv", "/goals.csv"],
    ["", "goals.csv", "goals.csv"],
  ])("shows folder %j and file %j as %j", (label, file, shown) => {
    expect(showPath(label, file)).toBe(shown);
  });
});

describe(validateDataPackage, () => {
  it("names files after the folder as the user gave it", () => {
    const files = new Map(VALID);
    files.set("series.csv", new Uint8Array());
    const result = validateDataPackage(createMemoryFolder(files, "/tmp/copy/"));
    expect(!result.ok && result.problems.map((p) => p.file)).toEqual(["/tmp/copy/series.csv"]);
  });

  it("turns a file that cannot be read into a problem", () => {
    const folder = {
      label: "data",
      read: (name: string) => {
        if (name === "goals.csv") throw new Error("EISDIR: illegal operation on a directory, read");
        return VALID.get(name);
      },
    };
    const result = validateDataPackage(folder);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'data/goals.csv:1: (file): expected a readable file, got "EISDIR: illegal operation on a directory, read". Check that it is a file and that you may read it.',
    ]);
  });

  it("turns an internal error into one problem line instead of throwing", () => {
    const poisoned = new Proxy(new Uint8Array(), {
      get() {
        throw new Error("boom");
      },
    });
    const result = validateDataPackage({ label: "data", read: () => poisoned });
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'data/datapackage.json:1: (file): expected the validator to finish, got an internal error "boom". This is a bug in the validator: please report it with the data folder.',
    ]);
  });

  it("reports a missing CSV file and goes on with the others", () => {
    const files = new Map(VALID);
    files.delete("scopes.csv");
    files.set(
      "goals.csv",
      encoder.encode(decoder.decode(files.get("goals.csv")).replace(",90,", ",9o,")),
    );
    const result = validateDataPackage(createMemoryFolder(files));
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'data/goals.csv:2: value: expected a number, got "9o". Write a number such as 12 or 8.5, or leave the cell empty if it may be empty.',
      "data/scopes.csv:1: (file): expected the file scopes.csv that datapackage.json lists, got no such file. Add the file, or remove its resource from datapackage.json.",
    ]);
  });
});

// ---- Property: random damage to a valid package never crashes the validator ----

const awkward = fc.constantFrom(
  '"',
  ",",
  "\n",
  "\r\n",
  '""',
  "đ",
  "\uFEFF",
  "8,5",
  "",
  " ",
  "\u2028",
  "\\",
  "null",
);
const cellText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: awkward, maxLength: 6 }),
  awkward,
);

type Edit = (bytes: Uint8Array) => Uint8Array;

const replaceCell = fc
  .tuple(fc.nat(), fc.nat(), cellText, fc.boolean())
  .map(([row, column, value, quoteProperly]): Edit => (bytes) => {
    const rows = Papa.parse<string[]>(decoder.decode(bytes), {
      delimiter: ",",
      newline: "\n",
    }).data;
    const target = rows[row % Math.max(1, rows.length)];
    if (target && target.length > 0) target[column % target.length] = value;
    const text = quoteProperly
      ? Papa.unparse(rows, { newline: "\n" })
      : rows.map((cells) => cells.join(",")).join("\n");
    return encoder.encode(text);
  });

const editLines = fc
  .tuple(fc.nat(), fc.constantFrom("drop", "duplicate", "swap"))
  .map(([index, action]): Edit => (bytes) => {
    const lines = decoder.decode(bytes).split("\n");
    const i = index % lines.length;
    const line = lines[i] ?? "";
    if (action === "drop") lines.splice(i, 1);
    else if (action === "duplicate") lines.splice(i, 0, line);
    else lines.splice(i, 1, lines[(i + 1) % lines.length] ?? "", line);
    return encoder.encode(lines.join("\n"));
  });

const truncate = fc.nat().map(
  (at): Edit =>
    (bytes) =>
      bytes.slice(0, at % (bytes.length + 1)),
);

const insertBytes = fc
  .tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 }))
  .map(([at, inserted]): Edit => (bytes) => {
    const i = at % (bytes.length + 1);
    return Uint8Array.from([...bytes.slice(0, i), ...inserted, ...bytes.slice(i)]);
  });

const replaceAll = cellText.map(
  (text): Edit =>
    () =>
      encoder.encode(text),
);

const damage = fc.array(
  fc.tuple(
    fc.constantFrom(...NAMES),
    fc.oneof(replaceCell, editLines, truncate, insertBytes, replaceAll),
  ),
  { minLength: 1, maxLength: 3 },
);

function countLines(bytes: Uint8Array | undefined): number {
  return bytes === undefined ? 1 : decoder.decode(bytes).split(/\r\n|\n/).length;
}

describe("validateDataPackage on damaged copies", () => {
  it("never throws and either passes or lists positioned one-line problems", () => {
    fc.assert(
      fc.property(damage, (edits) => {
        const files = new Map(VALID);
        for (const [name, edit] of edits)
          files.set(name, edit(files.get(name) ?? new Uint8Array()));
        const result = validateDataPackage(createMemoryFolder(files));
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          const name = problem.file.replace(/^data\//, "");
          // A file the (damaged) datapackage.json lists but the folder lacks is named as listed,
          // at line 1 ("data/sxeries.csv:1: (file): … got no such file").
          if (files.has(name)) {
            expect(problem.line).toBeLessThanOrEqual(countLines(files.get(name)));
          } else {
            expect(problem).toMatchObject({ line: 1, column: "(file)", got: "no such file" });
          }
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).not.toBe("");
          const line = formatProblem(problem);
          expect(line).toMatch(/^data\/[^:\s]+:\d+: [^:\s][^:]*: expected .+, got .+$/);
          expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
        }
      }),
      { numRuns: 300 },
    );
    // 300 validations take 3–4 s alone and more than vitest's default 5 s on a busy machine.
  }, 30_000);
});
