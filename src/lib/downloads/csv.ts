// Writes CSV the way data/ is written: RFC 4180 fields, comma, "." decimal, LF line ends and a
// final LF, UTF-8 without BOM. A field is quoted only when it must be (it holds a comma, a
// quote, CR or LF), so a row copied from data/ is written back byte for byte.
//
// Numbers: a string cell is written verbatim, so a caller that kept the original cell text
// passes it and gets it back exactly. A number cell is printed as the shortest decimal that
// reads back as the same double (what `String(n)` gives, e.g. 29.87 → "29.87"), never in
// exponent form and never with a locale's separators. What cannot survive is formatting
// that does not change the number ("12.50" becomes "12.5").

/** A CSV cell: strings verbatim, numbers in plain decimal, booleans true/false, null empty. */
export type CsvCell = string | number | boolean | null;

/** Returns `header` and `rows` as CSV text: LF line ends, a final LF, quotes only where needed. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(writeCell).join(",")];
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new Error(
        `writeCsv: row ${index + 1} has ${row.length} cells, expected ${header.length} (${header.join(", ")})`,
      );
    }
    lines.push(row.map(writeCell).join(","));
  });
  return lines.join("\n") + "\n";
}

/** Returns `value` as a plain decimal ("." separator, no exponent, no "-0"); throws on NaN or ±Infinity. */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`formatCsvNumber: cannot write ${value} to CSV`);
  if (value === 0) return "0";
  const shortest = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  // Only |value| < 1e-6 or ≥ 1e21 reach here: move the point by hand so the digits stay exact.
  const [, sign = "", head = "", tail = "", exponentText = "0"] = match;
  const digits = head + tail;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  return sign + digits + "0".repeat(exponent - tail.length);
}

function writeCell(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? formatCsvNumber(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
