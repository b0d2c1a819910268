/**
 * Problems found in a data folder, and their one-line text form.
 *
 * Every problem prints as exactly one line:
 *   `<file>:<line>: <column>: expected <expected>, got <got>. <fix>`
 * Lines are 1-based and count physical lines of the file (the CSV header is line 1); a record
 * whose quoted cell spans several lines is reported at the line where the record starts, a
 * quoting error at the line of the offending quote.
 * The column slot is the column name, or one of three placeholders:
 * - `(file)`: the whole file (missing, not UTF-8, empty, only a header, JSON syntax, an internal
 *   error), reported at line 1 — or at the line of the first bad byte when it is not UTF-8;
 * - `(header)`: the header row as a whole (extra, repeated or misordered columns), line 1;
 * - `(row)`: a record that cannot be split into cells (bad quoting, wrong number of cells).
 * A missing column is reported under its own name at line 1. Problems in datapackage.json name
 * the JSON path of the property (e.g. `resources[2].schema.fields[0].type`) and its line.
 * Warnings have the same shape, prefixed with `warning: `.
 */

/** A validation problem (or warning) at one place of one file; all text is plain, unquoted. */
export interface Problem {
  /** File as the user named the folder, e.g. `data/observations.csv` or `/tmp/copy/x.csv`. */
  readonly file: string;
  /** 1-based physical line where the record or property starts; 1 for whole-file problems. */
  readonly line: number;
  /** Column name, `(file)`, `(row)`, or a JSON path in datapackage.json. */
  readonly column: string;
  /** What the validator expected, e.g. `a number`. */
  readonly expected: string;
  /** What it found, already quoted when it is a cell value, e.g. `"8,5"` or `an empty cell`. */
  readonly got: string;
  /** One or more sentences saying how to fix it, ending with a full stop. */
  readonly fix: string;
}

/** Column slot for problems about a whole file. */
export const FILE_COLUMN = "(file)";
/** Column slot for problems about a whole row. */
export const ROW_COLUMN = "(row)";

// Line separators that would break the one-problem-per-line promise if they reached the output.
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;

function escapeLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Returns the problem as one line: `file:line: column: expected …, got …. fix`. */
export function formatProblem(problem: Problem): string {
  const { file, line, column, expected, got, fix } = problem;
  return escapeLineBreaks(`${file}:${line}: ${column}: expected ${expected}, got ${got}. ${fix}`);
}

/** Returns a warning as one line: the problem form prefixed with `warning: `. */
export function formatWarning(problem: Problem): string {
  return `warning: ${formatProblem(problem)}`;
}

/** Warnings a build prints before it only counts the rest (`npm run validate` prints all). */
export const PRINTED_WARNINGS = 20;

/**
 * Returns the warning lines a build prints: the first `limit`, then one line counting the rest
 * and giving `listCommand`, the command that prints them all. A fork that adds a language
 * before translating gets thousands of "expected an English (en) translation" warnings (15,185
 * at 2,000 indicators); printed whole, they bury everything else the build says.
 */
export function summariseWarnings(
  lines: readonly string[],
  listCommand: string,
  limit: number = PRINTED_WARNINGS,
): string[] {
  if (lines.length <= limit) return [...lines];
  const rest = lines.length - limit;
  return [
    ...lines.slice(0, limit),
    `warning: … and ${rest} more warnings (${lines.length} in all). \`${listCommand}\` lists every one.`,
  ];
}

const MAX_QUOTED = 60;

/** Returns a cell value quoted for a message (`"8,5"`), shortened to about 60 characters. */
export function quote(value: string): string {
  const chars = Array.from(value);
  const short = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join("")}…` : value;
  // JSON.stringify escapes quotes, control characters and lone surrogates.
  return JSON.stringify(short);
}

/** Returns a list of values quoted and joined with ", " (e.g. `"up", "down"`). */
export function quoteList(values: readonly string[]): string {
  return values.map(quote).join(", ");
}

const MAX_KNOWN = 8;

/**
 * Returns up to eight known ids, the ones closest to `wanted` first, joined with ", " and
 * followed by "…" when more exist: the "known: …" part of a cross-file error.
 */
export function listKnown(wanted: string, known: readonly string[]): string {
  if (known.length === 0) return "none";
  const unique = [...new Set(known)];
  const ranked = unique
    .map((id, index) => ({ id, index, distance: measureCloseness(wanted, id) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map((entry) => entry.id);
  const shown = ranked.slice(0, MAX_KNOWN).join(", ");
  return unique.length > MAX_KNOWN ? `${shown}, …` : shown;
}

// Ids that extend or shorten the wanted one come first ("mt06-nuoc" → "mt06-nuoc-hvs"), then
// the rest by edit distance, so that a typo's intended id is among the eight shown.
function measureCloseness(wanted: string, id: string): number {
  const a = wanted.toLowerCase();
  const b = id.toLowerCase();
  if (a.length > 0 && (b.startsWith(a) || a.startsWith(b))) return -1;
  return measureEditDistance(a, b);
}

function measureEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Returns the problems sorted by file (in the given order), then line; stable otherwise. */
export function sortProblems(
  problems: readonly Problem[],
  fileOrder: readonly string[],
): Problem[] {
  const rank = (file: string): number => {
    const index = fileOrder.indexOf(file);
    return index === -1 ? fileOrder.length : index;
  };
  return [...problems].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line);
}

/** Returns the problems without repeats of the same file, line and column (first one kept). */
export function dropRepeatedPlaces(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const place = `${problem.file}\u0000${problem.line}\u0000${problem.column}`;
    if (seen.has(place)) return false;
    seen.add(place);
    return true;
  });
}
