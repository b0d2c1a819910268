import { describe, expect, it } from "vitest";
import {
  dropRepeatedPlaces,
  formatProblem,
  formatWarning,
  listKnown,
  quote,
  sortProblems,
  summariseWarnings,
} from "./problem.ts";

const problem = {
  file: "data/observations.csv",
  line: 42,
  column: "value",
  expected: "a number",
  got: '"8,5"',
  fix: 'Use "." as the decimal separator.',
};

describe(formatProblem, () => {
  it("prints file:line: column: expected …, got …. fix", () => {
    expect(formatProblem(problem)).toBe(
      'data/observations.csv:42: value: expected a number, got "8,5". Use "." as the decimal separator.',
    );
  });

  it.each(["\n", "\r", "\u2028", "\u2029", "\u0085"])("keeps %j from breaking the line", (brk) => {
    const line = formatProblem({ ...problem, got: `a${brk}b`, fix: `x${brk}y.` });
    expect(line.split(/[\r\n\u2028\u2029\u0085]/)).toHaveLength(1);
  });
});

describe(formatWarning, () => {
  it("prefixes the problem form with warning:", () => {
    expect(formatWarning(problem)).toBe(`warning: ${formatProblem(problem)}`);
  });
});

describe(quote, () => {
  it("quotes like JSON so quotes and line breaks stay visible", () => {
    expect(quote('a "b"\nc')).toBe('"a \\"b\\"\\nc"');
  });

  it("shortens long values to 60 characters and an ellipsis", () => {
    expect(quote("đ".repeat(100))).toBe(`"${"đ".repeat(60)}…"`);
  });
});

describe(listKnown, () => {
  it("lists ids that extend the wanted one first, then the closest", () => {
    expect(listKnown("mt06-nuoc", ["mt01-thu-nhap", "mt02-ngheo", "mt06-nuoc-hvs"])).toBe(
      "mt06-nuoc-hvs, mt02-ngheo, mt01-thu-nhap",
    );
  });

  it("shows at most eight ids, then an ellipsis", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `id-${String(i).padStart(2, "0")}`);
    expect(listKnown("zzz", ids)).toBe(`${ids.slice(0, 8).join(", ")}, …`);
  });

  it("says none when nothing is known", () => {
    expect(listKnown("x", [])).toBe("none");
  });
});

describe(sortProblems, () => {
  it("orders by the given file order, then by line", () => {
    const at = (file: string, line: number) => ({ ...problem, file, line });
    const sorted = sortProblems([at("b", 2), at("a", 9), at("b", 1), at("z", 1)], ["a", "b"]);
    expect(sorted.map((p) => `${p.file}:${p.line}`)).toEqual(["a:9", "b:1", "b:2", "z:1"]);
  });
});

describe(dropRepeatedPlaces, () => {
  it("keeps the first problem reported at one file, line and column", () => {
    const second = { ...problem, expected: "at most 100" };
    expect(dropRepeatedPlaces([problem, second, { ...second, line: 43 }])).toEqual([
      problem,
      { ...second, line: 43 },
    ]);
  });
});

describe(summariseWarnings, () => {
  const lines = Array.from({ length: 25 }, (_, index) => `warning: data/x.csv:${index + 2}: a`);

  it("prints every warning when there are no more than the limit", () => {
    expect(summariseWarnings(lines.slice(0, 20), "npm run validate", 20)).toEqual(
      lines.slice(0, 20),
    );
  });

  it("prints the first ones, then counts the rest and names the command that lists them", () => {
    const printed = summariseWarnings(lines, "npm run validate -- --data x", 20);
    expect(printed.slice(0, 20)).toEqual(lines.slice(0, 20));
    expect(printed).toHaveLength(21);
    expect(printed[20]).toBe(
      "warning: … and 5 more warnings (25 in all). `npm run validate -- --data x` lists every one.",
    );
  });
});
