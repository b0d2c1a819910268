/**
 * Splitting CSV text into records with papaparse, keeping the physical line of each record.
 *
 * papaparse is run in step mode because only there it reports a cursor per record, which is
 * how a record that contains quoted line breaks still gets the line where it starts.
 */
import Papa from "papaparse";

/** One CSV record: its cells as written and the 1-based line where it starts. */
export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  readonly line: number;
  /** Cell texts, unquoted; never trimmed. */
  readonly cells: readonly string[];
  /** True when papaparse reported a quoting error: the cells cannot be trusted. */
  readonly broken: boolean;
}

/** A quoting problem at one line, without a file name yet. */
export interface CsvIssue {
  readonly line: number;
  readonly expected: string;
  readonly got: string;
  readonly fix: string;
}

/** Header and data records of a CSV text, with quoting problems. */
export interface ParsedCsv {
  /** The first non-blank record, or undefined when the text has no records. */
  readonly header: CsvRecord | undefined;
  /** Records after the header; blank lines are skipped. */
  readonly records: readonly CsvRecord[];
  readonly issues: readonly CsvIssue[];
}

/**
 * The CSV dialect of every file in data/ and of every published CSV, as a Frictionless v2 Table
 * Dialect: the parser below reads exactly this, and the published datapackage.json declares it so
 * that other readers need not guess (a sniffed delimiter is how they misread a file).
 */
export const CSV_DIALECT = {
  /** The first row names the columns. */
  header: true,
  delimiter: ",",
  quoteChar: '"',
  /** A quote inside a quoted cell is written twice (""). */
  doubleQuote: true,
  skipInitialSpace: false,
} as const;

const QUOTE_FIX = 'Quote the whole cell and write each quote inside it twice ("").';

/** Returns the records of a comma-separated text (LF or CRLF line ends; `delimiter` for a spreadsheet's ";"), never throwing. */
export function parseCsv(text: string, delimiter: "," | ";" = ","): ParsedCsv {
  // CRLF → LF keeps the line count, so lines found in the normalised text are the file's lines;
  // it also accepts files that mix both line ends.
  const normal = text.replace(/\r\n/g, "\n");
  const newlines = findNewlines(normal);
  const lineAt = (offset: number): number => 1 + countBefore(newlines, offset);
  const all: CsvRecord[] = [];
  const issues: CsvIssue[] = [];
  let start = 0;
  Papa.parse<string[]>(normal, {
    delimiter,
    newline: "\n",
    quoteChar: CSV_DIALECT.quoteChar,
    // doubleQuote: the escape of a quote is a quote.
    escapeChar: CSV_DIALECT.quoteChar,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      const line = lineAt(start);
      // papaparse may report a follow-on "unterminated" error after a malformed one: keep the first.
      const [error] = result.errors;
      if (error) issues.push(describeQuoteError(normal, error, lineAt));
      const blank = cells.length === 1 && cells[0] === "";
      if (!blank || error) all.push({ line, cells, broken: error !== undefined });
      start = result.meta.cursor;
    },
  });
  const [header, ...records] = all;
  return { header, records, issues };
}

function describeQuoteError(
  text: string,
  error: Papa.ParseError,
  lineAt: (offset: number) => number,
): CsvIssue {
  const index = typeof error.index === "number" ? error.index : 0;
  if (error.code === "InvalidQuotes") {
    const close = findClosingQuote(text, index);
    const after = text.slice(close + 1, close + 2);
    const content = text.slice(index, close);
    return {
      line: lineAt(close),
      expected: `a comma or the end of the line after the quoted cell ${JSON.stringify(content)}`,
      got: after === "\n" || after === "" ? "a line break" : JSON.stringify(after),
      fix: QUOTE_FIX,
    };
  }
  return {
    line: lineAt(Math.max(0, index - 1)),
    expected: "a closing quote for the quoted cell that starts on this line",
    got: "the end of the file",
    fix: `Close the quote. ${QUOTE_FIX}`,
  };
}

// The first quote after `from` that is not doubled: where papaparse saw the cell end.
function findClosingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2;
      else return i;
    } else i += 1;
  }
  return Math.max(from, text.length - 1);
}

function findNewlines(text: string): number[] {
  const positions: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) positions.push(i);
  return positions;
}

// Number of sorted positions strictly below `offset` (binary search).
function countBefore(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
