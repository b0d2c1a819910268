import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  loadReleaseFixture,
  observationColumns,
  readFixture,
  writeRecordsCsv,
} from "../../../tests/fixtures/releases/load.ts";
import { formatCsvNumber, writeCsv, type CsvCell } from "./csv.ts";

describe(writeCsv, () => {
  it.each([
    ["plain text", "Thái Nguyên", "Thái Nguyên"],
    ["a comma", "30,5 triệu", '"30,5 triệu"'],
    ["a quote, doubled", 'ghi "85%"', '"ghi ""85%"""'],
    ["a line feed", "dòng 1\ndòng 2", '"dòng 1\ndòng 2"'],
    ["a carriage return", "a\rb", '"a\rb"'],
    ["leading and trailing spaces, kept unquoted", " a ", " a "],
    ["an empty string", "", ""],
    ["null", null, ""],
    ["a number", 29.87, "29.87"],
    ["a negative number", -2.5, "-2.5"],
    ["a boolean", true, "true"],
  ] as [string, CsvCell, string][])("writes %s as %j", (_, cell, expected) => {
    expect(writeCsv(["x", "y"], [[cell, "z"]])).toBe(`x,y\n${expected},z\n`);
  });

  it("ends every line, the last one included, with LF only", () => {
    expect(
      writeCsv(
        ["a", "b"],
        [
          ["1", "2"],
          ["3", "4"],
        ],
      ),
    ).toBe("a,b\n1,2\n3,4\n");
  });

  it("writes a header-only file when there are no rows", () => {
    expect(writeCsv(["a", "b"], [])).toBe("a,b\n");
  });

  it("rejects a row of the wrong length", () => {
    expect(() => writeCsv(["a", "b"], [["1"]])).toThrowErrorMatchingInlineSnapshot(
      `[Error: writeCsv: row 1 has 1 cells, expected 2 (a, b)]`,
    );
  });

  it("reads back through papaparse as the same cells, whatever the text", () => {
    const cell = fc.string({ unit: "binary" });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 5 }), (rows) => {
        const parsed = Papa.parse<string[]>(writeCsv(["a", "b", "c"], rows), {
          newline: "\n",
          skipEmptyLines: false,
        });
        expect(parsed.errors).toEqual([]);
        // papaparse reads the final LF as one more, empty, row.
        expect(parsed.data.slice(1, -1)).toEqual(rows);
      }),
    );
  });
});

describe(writeRecordsCsv, () => {
  it("writes the rows of observations.csv back byte for byte", () => {
    const { observations } = loadReleaseFixture();
    expect(writeRecordsCsv(observationColumns, observations)).toBe(readFixture("observations.csv"));
  });

  it("takes the columns in the order given, not the records' key order", () => {
    expect(writeRecordsCsv(["b", "a"], [{ a: 1, b: 2 }])).toBe("b,a\n2,1\n");
  });
});

describe(formatCsvNumber, () => {
  it.each([
    [29.87, "29.87"],
    [1286751, "1286751"],
    [-2.5, "-2.5"],
    [0, "0"],
    [-0, "0"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e21, "1000000000000000000000"],
    [-1.5e22, "-15000000000000000000000"],
    [1.2345e-7, "0.00000012345"],
    [5e-324, `0.${"0".repeat(323)}5`],
  ])("writes %s as %s", (value, expected) => {
    expect(formatCsvNumber(value)).toBe(expected);
  });

  it("prints a number that reads back as the same number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatCsvNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it.each([NaN, Infinity, -Infinity])("refuses %s", (value) => {
    expect(() => formatCsvNumber(value)).toThrow(`cannot write ${value} to CSV`);
  });
});
