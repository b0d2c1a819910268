import { describe, expect, it } from "vitest";
import { checkConstraints, readCell } from "./cell.ts";
import type { Field } from "./descriptor-schema.ts";

const field = (type: Field["type"], extra: Partial<Field> = {}): Field => ({
  name: "x",
  type,
  ...extra,
});

// The fix for a cell that is no number at all (the test fields allow an empty cell).
const WRITE_A_NUMBER =
  "Write a number such as 12 or 8.5, or leave the cell empty if it may be empty.";

describe(readCell, () => {
  it.each([
    ["integer", "2025", 2025],
    ["integer", "-3", -3],
    ["number", "8.5", 8.5],
    ["number", "-0.25", -0.25],
    ["number", "1e3", 1000],
    ["year", "2030", 2030],
    ["boolean", "true", true],
    ["boolean", "false", false],
    ["date", "2024-02-29", "2024-02-29"],
    ["string", " đường ", " đường "],
    [undefined, "anything", "anything"],
  ] as const)("reads a %s cell %j as %j", (type, text, value) => {
    expect(readCell(field(type), text, [""])).toEqual({ ok: true, value });
  });

  it("reads a missing value as null whatever the type", () => {
    expect(readCell(field("number"), "", [""])).toEqual({ ok: true, value: null });
    expect(readCell(field("date"), "NA", ["", "NA"])).toEqual({ ok: true, value: null });
  });

  it.each([
    ["number", "8,5", "a number", 'Use "." as the decimal separator.'],
    [
      "number",
      "1.234,5",
      "a number",
      'Write it as 1234.5: "." is the decimal separator and there are no thousands separators.',
    ],
    ["number", " 8.5", "a number", "Remove the spaces around the number."],
    ["number", "45%", "a number", 'Write the number without "%"; the unit is given elsewhere.'],
    ["number", "khoảng 70", "a number", WRITE_A_NUMBER],
    ["number", "NaN", "a number", WRITE_A_NUMBER],
    ["integer", "2025.0", "an integer", "Write a whole number such as 12."],
    [
      "integer",
      "9007199254740993",
      "an integer",
      "Write a whole number such as 12, or leave the cell empty if it may be empty.",
    ],
    ["year", "25", "a year of four digits", "Write the year as four digits, e.g. 2025."],
    ["boolean", "có", '"true" or "false"', "Write true or false."],
    [
      "date",
      "2025-02-30",
      "a real calendar date",
      "Check the month and the day (the format is YYYY-MM-DD).",
    ],
    ["date", "30/6/2025", "a date written YYYY-MM-DD", "Write it as 2025-06-30 (year-month-day)."],
    [
      "date",
      "June 2025",
      "a date written YYYY-MM-DD",
      "Write the date as YYYY-MM-DD, e.g. 2025-07-01.",
    ],
  ] as const)("refuses a %s cell %j: expected %s", (type, text, expected, fix) => {
    expect(readCell(field(type), text, [""])).toEqual({
      ok: false,
      expected,
      got: JSON.stringify(text),
      fix,
    });
  });

  it("uses the field's own true and false values", () => {
    const yesNo = field("boolean", { trueValues: ["có"], falseValues: ["không"] });
    expect(readCell(yesNo, "có", [""])).toEqual({ ok: true, value: true });
    expect(readCell(yesNo, "true", [""])).toMatchObject({ ok: false, expected: '"có" or "không"' });
  });

  it("checks a uri format", () => {
    const url = field("string", { format: "uri" });
    expect(readCell(url, "https://example.org/a", [""])).toEqual({
      ok: true,
      value: "https://example.org/a",
    });
    expect(readCell(url, "example.org/a", [""])).toMatchObject({
      ok: false,
      expected: "a full address (URL)",
    });
  });
});

type Constraints = NonNullable<Field["constraints"]>;
type ConstraintCase = [Field["type"], Constraints, string | number, string, string, string];

describe(checkConstraints, () => {
  const range = "Check the value against its source.";
  it.each<ConstraintCase>([
    ["string", { enum: ["up", "down"] }, "Up", 'one of "up", "down"', '"Up"', 'Write "up".'],
    [
      "integer",
      { enum: [2025, 2030] },
      2026,
      "one of 2025, 2030",
      "2026",
      "Use one of the allowed values.",
    ],
    ["integer", { minimum: 2015 }, 2014, "at least 2015", "2014", range],
    ["number", { maximum: 100 }, 140, "at most 100", "140", range],
    ["number", { exclusiveMinimum: 0 }, 0, "more than 0", "0", range],
    ["date", { maximum: "2030-12-31" }, "2031-01-01", "at most 2030-12-31", '"2031-01-01"', range],
    [
      "string",
      { pattern: "[a-z]+(-[a-z]+)*" },
      "Mt-01",
      "text matching [a-z]+(-[a-z]+)*",
      '"Mt-01"',
      "Change the value to match the pattern given in datapackage.json.",
    ],
    ["string", { minLength: 3 }, "ab", "at least 3 characters", '"ab" (2)', "Write the full text."],
    ["string", { maxLength: 3 }, "đườn", "at most 3 characters", '"đườn" (4)', "Shorten the text."],
  ])("for a %s with %j refuses %j", (type, constraints, value, expected, got, fix) => {
    expect(checkConstraints(field(type, { constraints }), value)).toEqual({ expected, got, fix });
  });

  it("accepts values inside every constraint", () => {
    const constraints = { enum: ["a-b"], pattern: "[a-z]+(-[a-z]+)*", minLength: 1, maxLength: 3 };
    expect(checkConstraints(field("string", { constraints }), "a-b")).toBeUndefined();
  });

  it("anchors patterns to the whole text, as Table Schema does", () => {
    const slug = field("string", { constraints: { pattern: "[a-z]+" } });
    expect(checkConstraints(slug, "abc1")).toMatchObject({ expected: "text matching [a-z]+" });
  });
});
