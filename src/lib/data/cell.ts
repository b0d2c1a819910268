/**
 * Reading one CSV cell by its Table Schema field: type, then constraints.
 *
 * Numbers are stricter than Frictionless on purpose: NaN, INF and exponent-free oddities like
 * "1." are refused, because every figure on the site must be a plain published number.
 */
import type { Field, FieldType } from "./descriptor-schema.ts";
import { quote, quoteList } from "./problem.ts";

/** A typed cell: text, number, boolean, a date as "YYYY-MM-DD" text, or null when empty. */
export type CellValue = string | number | boolean | null;

/** What went wrong with a cell, without its place. */
export interface CellFault {
  readonly expected: string;
  readonly got: string;
  readonly fix: string;
}

/** A cell read by its field: the value, or why it cannot be read. */
export type CellReading =
  { readonly ok: true; readonly value: CellValue } | ({ readonly ok: false } & CellFault);

const DEFAULT_TRUE = ["true", "True", "TRUE", "1"];
const DEFAULT_FALSE = ["false", "False", "FALSE", "0"];
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^\d{4}$/;
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/;

/** Returns the field's type, "any" when the descriptor gives none. */
export function getFieldType(field: Field): FieldType {
  return field.type ?? "any";
}

/** Returns the cell text read as the field's type (empty texts in `missing` give null). */
export function readCell(field: Field, text: string, missing: readonly string[]): CellReading {
  if (missing.includes(text)) return { ok: true, value: null };
  const fault = (expected: string, fix: string): CellReading => ({
    ok: false,
    expected,
    got: quote(text),
    fix,
  });
  switch (getFieldType(field)) {
    case "integer":
      return INTEGER.test(text) && Number.isSafeInteger(Number(text))
        ? { ok: true, value: Number(text) }
        : fault("an integer", explainBadNumber(text, "a whole number such as 12"));
    case "number":
      return NUMBER.test(text)
        ? { ok: true, value: Number(text) }
        : fault("a number", explainBadNumber(text, "a number such as 12 or 8.5"));
    case "year":
      return YEAR.test(text)
        ? { ok: true, value: Number(text) }
        : fault("a year of four digits", "Write the year as four digits, e.g. 2025.");
    case "boolean":
      return readBoolean(field, text);
    case "date":
      return readDate(text);
    default:
      if (field.format === "uri" && !URI.test(text)) {
        return fault(
          "a full address (URL)",
          "Write the full address, e.g. https://example.org/page.",
        );
      }
      return { ok: true, value: text };
  }
}

function readBoolean(field: Field, text: string): CellReading {
  const yes = field.trueValues ?? DEFAULT_TRUE;
  const no = field.falseValues ?? DEFAULT_FALSE;
  if (yes.includes(text)) return { ok: true, value: true };
  if (no.includes(text)) return { ok: true, value: false };
  return {
    ok: false,
    expected: `${quote(yes[0] ?? "true")} or ${quote(no[0] ?? "false")}`,
    got: quote(text),
    fix: `Write ${yes[0] ?? "true"} or ${no[0] ?? "false"}.`,
  };
}

function readDate(text: string): CellReading {
  const match = DATE.exec(text);
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return { ok: true, value: text };
  }
  if (match) {
    return {
      ok: false,
      expected: "a real calendar date",
      got: quote(text),
      fix: "Check the month and the day (the format is YYYY-MM-DD).",
    };
  }
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  const suggestion = dayFirst
    ? `Write it as ${dayFirst[3]}-${dayFirst[2]?.padStart(2, "0")}-${dayFirst[1]?.padStart(2, "0")} (year-month-day).`
    : "Write the date as YYYY-MM-DD, e.g. 2025-07-01.";
  return { ok: false, expected: "a date written YYYY-MM-DD", got: quote(text), fix: suggestion };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

// The fix sentence for a number cell that is not a plain number: the common slips first.
function explainBadNumber(text: string, example: string): string {
  const trimmed = text.trim();
  if (trimmed !== text && (NUMBER.test(trimmed) || INTEGER.test(trimmed))) {
    return "Remove the spaces around the number.";
  }
  if (/^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(trimmed)) {
    const plain = trimmed.replace(/\./g, "").replace(",", ".");
    return `Write it as ${plain}: "." is the decimal separator and there are no thousands separators.`;
  }
  if (/^[+-]?\d+,\d+$/.test(trimmed)) return 'Use "." as the decimal separator.';
  if (/^[+-]?(?:\d+(?:[.,]\d+)?)\s*%$/.test(trimmed)) {
    return 'Write the number without "%"; the unit is given elsewhere.';
  }
  if (/^[+-]?\d+\.\d+$/.test(trimmed)) return `Write ${example}.`;
  return `Write ${example}${trimmed === "" ? "" : ", or leave the cell empty if it may be empty"}.`;
}

/** Returns why a typed, non-empty value breaks the field's constraints, or undefined. */
export function checkConstraints(
  field: Field,
  value: string | number | boolean,
): CellFault | undefined {
  const c = field.constraints;
  if (!c) return undefined;
  const shown = typeof value === "string" ? quote(value) : String(value);
  if (c.enum) {
    const allowed = c.enum.map((entry) => readEnumEntry(field, entry));
    if (!allowed.some((entry) => entry === value)) {
      const texts = c.enum.map(String);
      const near = texts.find((t) => t.toLowerCase() === String(value).toLowerCase().trim());
      return {
        expected: `one of ${typeof c.enum[0] === "string" ? quoteList(texts) : texts.join(", ")}`,
        got: shown,
        fix: near === undefined ? "Use one of the allowed values." : `Write ${quote(near)}.`,
      };
    }
  }
  const range = checkRange(c, value);
  if (range) return { expected: range, got: shown, fix: "Check the value against its source." };
  if (typeof value === "string") {
    const length = Array.from(value).length;
    if (c.minLength !== undefined && length < c.minLength) {
      return {
        expected: `at least ${c.minLength} characters`,
        got: `${shown} (${length})`,
        fix: "Write the full text.",
      };
    }
    if (c.maxLength !== undefined && length > c.maxLength) {
      return {
        expected: `at most ${c.maxLength} characters`,
        got: `${shown} (${length})`,
        fix: "Shorten the text.",
      };
    }
    if (c.pattern !== undefined && !compilePattern(c.pattern).test(value)) {
      return {
        expected: `text matching ${c.pattern}`,
        got: shown,
        fix: "Change the value to match the pattern given in datapackage.json.",
      };
    }
  }
  return undefined;
}

/** Returns the enum entry as a typed value (a text entry read by the field's type). */
export function readEnumEntry(
  field: Field,
  entry: string | number | boolean,
): CellValue | undefined {
  if (typeof entry !== "string") return entry;
  const reading = readCell(field, entry, []);
  return reading.ok ? reading.value : undefined;
}

type Constraints = NonNullable<Field["constraints"]>;

function checkRange(c: Constraints, value: string | number | boolean): string | undefined {
  if (typeof value === "boolean") return undefined;
  const bounds: [number | string | undefined, string, (a: number) => boolean][] = [
    [c.minimum, "at least", (order) => order >= 0],
    [c.maximum, "at most", (order) => order <= 0],
    [c.exclusiveMinimum, "more than", (order) => order > 0],
    [c.exclusiveMaximum, "less than", (order) => order < 0],
  ];
  for (const [bound, words, allows] of bounds) {
    if (bound === undefined || typeof bound !== typeof value) continue;
    // Dates are YYYY-MM-DD texts, so plain code-unit order is calendar order.
    const order =
      typeof value === "number"
        ? value - Number(bound)
        : value === bound
          ? 0
          : value < String(bound)
            ? -1
            : 1;
    if (!allows(order)) return `${words} ${String(bound)}`;
  }
  return undefined;
}

const patterns = new Map<string, RegExp>();

/** Returns the Table Schema pattern as an anchored regular expression (cached). */
export function compilePattern(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(`^(?:${pattern})$`, "u");
    patterns.set(pattern, compiled);
  }
  return compiled;
}
