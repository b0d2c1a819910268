import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";

const lines = (text: string) => parseCsv(text).records.map((r) => [r.line, ...r.cells]);

describe(parseCsv, () => {
  it("numbers records by the physical line where they start", () => {
    const text = 'a,b\n1,"x\ny"\n2,"p\r\nq\nr"\n3,z\n';
    expect(lines(text)).toEqual([
      [2, "1", "x\ny"],
      [4, "2", "p\nq\nr"],
      [7, "3", "z"],
    ]);
  });

  it("reads CRLF line ends like LF ones", () => {
    expect(lines("a,b\r\n1,2\r\n3,4\r\n")).toEqual([
      [2, "1", "2"],
      [3, "3", "4"],
    ]);
  });

  it("skips blank lines but keeps counting them", () => {
    expect(lines("a,b\n\n1,2\n\n\n3,4")).toEqual([
      [3, "1", "2"],
      [6, "3", "4"],
    ]);
  });

  it("keeps cells as written: no trimming, no type guessing", () => {
    expect(lines("a,b\n 007 ,true\n")).toEqual([[2, " 007 ", "true"]]);
  });

  it("takes the first non-blank record as the header", () => {
    const parsed = parseCsv("\n\na,b\n1,2\n");
    expect(parsed.header).toEqual({ line: 3, cells: ["a", "b"], broken: false });
  });

  it("returns no header for an empty text", () => {
    expect(parseCsv("")).toEqual({ header: undefined, records: [], issues: [] });
  });

  it("reports an unclosed quote at the line it opens", () => {
    const parsed = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(parsed.issues).toEqual([
      {
        line: 3,
        expected: "a closing quote for the quoted cell that starts on this line",
        got: "the end of the file",
        fix: 'Close the quote. Quote the whole cell and write each quote inside it twice ("").',
      },
    ]);
    expect(parsed.records.at(-1)?.broken).toBe(true);
  });

  it("reports text after a closing quote, naming the character", () => {
    const parsed = parseCsv('a,b\n1,"say "hi"",2\n');
    expect(parsed.issues[0]).toMatchObject({
      line: 2,
      expected: 'a comma or the end of the line after the quoted cell "say "',
      got: '"h"',
    });
  });

  it("accepts doubled quotes inside a quoted cell", () => {
    expect(parseCsv('a\n"say ""hi"""\n')).toMatchObject({
      records: [{ line: 2, cells: ['say "hi"'], broken: false }],
      issues: [],
    });
  });
});
