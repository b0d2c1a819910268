/** Reading datapackage.json: UTF-8, JSON, shape (zod), then the links inside it. */
import type { z } from "zod";
import { compilePattern, getFieldType, readEnumEntry } from "./cell.ts";
import {
  descriptorSchema,
  isCustomExpectation,
  resourceSchema,
  type Descriptor,
  type Field,
  type Resource,
} from "./descriptor-schema.ts";
import { findJsonLine, formatJsonPath, locateJsonLines } from "./json-lines.ts";
import { FILE_COLUMN, quote, type Problem } from "./problem.ts";
import { decodeUtf8 } from "./utf8.ts";

/** A descriptor that passed every check, with the line of each JSON property. */
export interface ReadDescriptor {
  readonly descriptor: Descriptor;
  /** Line of each property by JSON path, for later problems (e.g. `version`). */
  readonly lines: ReadonlyMap<string, number>;
}

/** The descriptor, or every problem that stops it from being used. */
export type DescriptorResult =
  | ({ readonly ok: true } & ReadDescriptor)
  | { readonly ok: false; readonly problems: readonly Problem[] };

const SPEC_FIX = "Fix datapackage.json (Frictionless Data Package v2).";

/** Returns the parsed and checked descriptor from the bytes of datapackage.json. */
export function readDescriptor(bytes: Uint8Array | undefined, file: string): DescriptorResult {
  const fail = (line: number, column: string, expected: string, got: string, fix: string) => ({
    ok: false as const,
    problems: [{ file, line, column, expected, got, fix }],
  });
  if (bytes === undefined) {
    return fail(
      1,
      FILE_COLUMN,
      "a datapackage.json describing the CSV files",
      "no such file",
      "Add datapackage.json to the folder.",
    );
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return fail(
      decoded.line,
      FILE_COLUMN,
      "UTF-8 text",
      `bytes that are not UTF-8 (at byte ${decoded.offset})`,
      "The file is not UTF-8: save it as UTF-8.",
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(
      findSyntaxErrorLine(decoded.text, message),
      FILE_COLUMN,
      "valid JSON",
      // The position is already the line number; keep V8's words about what went wrong.
      quote(message.replace(/\s*(?:in JSON )?at position \d+.*$/s, "")),
      "Fix the JSON syntax near this line (a missing comma or quote is the usual cause).",
    );
  }
  const lines = locateJsonLines(decoded.text);
  const parsed = descriptorSchema.safeParse(json, { reportInput: true });
  const toProblem = ({ path, expected, got, fix }: LinkProblem): Problem => ({
    file,
    line: findJsonLine(lines, path),
    column: path || FILE_COLUMN,
    expected,
    got,
    fix,
  });
  if (parsed.success) {
    const entries = parsed.data.resources.map((resource, index) => ({ resource, index }));
    const problems = checkLinks(entries, new Set()).map(toProblem);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, descriptor: parsed.data, lines };
  }
  const shape = parsed.error.issues.map((issue) => ({
    path: formatJsonPath(issue.path),
    ...describeIssue(issue),
    fix: SPEC_FIX,
  }));
  // The resources that have the right shape still get their links checked, so that one bad
  // field type does not hide a misspelt key elsewhere.
  const entries: ResourceEntry[] = [];
  const otherNames = new Set<string>();
  readResourceList(json).forEach((item, index) => {
    const resource = resourceSchema.safeParse(item);
    if (resource.success) entries.push({ resource: resource.data, index });
    else if (isRecord(item) && typeof item["name"] === "string") otherNames.add(item["name"]);
  });
  const problems = [...shape, ...checkLinks(entries, otherNames)].map(toProblem);
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readResourceList(json: unknown): unknown[] {
  const resources = isRecord(json) ? json["resources"] : undefined;
  return Array.isArray(resources) ? resources : [];
}

// V8 names the position: "... in JSON at position 42 (line 3 column 5)" or only the position.
function findSyntaxErrorLine(text: string, message: string): number {
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (!position) return 1;
  return text.slice(0, Number(position[1])).split("\n").length;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "a text",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  object: "an object",
  array: "a list",
};

/** Returns the expected and got parts for a zod issue about a descriptor. */
export function describeIssue(issue: z.core.$ZodIssue): { expected: string; got: string } {
  const got = describeJsonValue(issue.input);
  if (isCustomExpectation(issue.message)) return { expected: issue.message, got };
  switch (issue.code) {
    case "invalid_type":
      return { expected: TYPE_WORDS[issue.expected] ?? issue.expected, got };
    case "invalid_value":
      return { expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`, got };
    case "too_small":
      return {
        expected:
          issue.origin === "array"
            ? `at least ${String(issue.minimum)} item(s)`
            : `at least ${String(issue.minimum)}`,
        got,
      };
    case "too_big":
      return { expected: `at most ${String(issue.maximum)}`, got };
    case "invalid_union":
      return { expected: "a text or a list of texts", got };
    default:
      return { expected: issue.message, got };
  }
}

/** Returns a short description of a JSON value for a message (`"text"`, `12`, `a list`). */
export function describeJsonValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return quote(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}

interface LinkProblem {
  readonly path: string;
  readonly expected: string;
  readonly got: string;
  readonly fix: string;
}

// Names that must exist somewhere else in the descriptor: resources, fields, keys.
interface ResourceEntry {
  readonly resource: Resource;
  /** Position in the descriptor's resources list. */
  readonly index: number;
}

// `otherNames` are resources whose shape is wrong: links to them are not reported as unknown.
function checkLinks(
  entries: readonly ResourceEntry[],
  otherNames: ReadonlySet<string>,
): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const byName = new Map<string, Resource>();
  const paths = new Set<string>();
  entries.forEach(({ resource, index: r }) => {
    const at = `resources[${r}]`;
    if (byName.has(resource.name)) {
      problems.push({
        path: `${at}.name`,
        expected: "a resource name used once",
        got: quote(resource.name),
        fix: "Rename one of the two resources.",
      });
    }
    byName.set(resource.name, resource);
    if (paths.has(resource.path)) {
      problems.push({
        path: `${at}.path`,
        expected: "a file described once",
        got: quote(resource.path),
        fix: "Remove the second resource for this file.",
      });
    }
    paths.add(resource.path);
  });
  entries.forEach(({ resource, index: r }) => {
    const at = `resources[${r}].schema`;
    const names = resource.schema.fields.map((field) => field.name);
    names.forEach((name, f) => {
      if (names.indexOf(name) !== f) {
        problems.push({
          path: `${at}.fields[${f}].name`,
          expected: "a column name used once",
          got: quote(name),
          fix: "Rename or remove the second field.",
        });
      }
    });
    resource.schema.fields.forEach((field, f) =>
      problems.push(...checkField(field, `${at}.fields[${f}]`)),
    );
    const unknownOf = (list: readonly string[]) => list.filter((name) => !names.includes(name));
    for (const name of unknownOf(resource.schema.primaryKey ?? [])) {
      problems.push({
        path: `${at}.primaryKey`,
        expected: `a field of ${resource.name} (${names.join(", ")})`,
        got: quote(name),
        fix: "Name an existing field in primaryKey.",
      });
    }
    (resource.schema.foreignKeys ?? []).forEach((key, k) => {
      const keyAt = `${at}.foreignKeys[${k}]`;
      for (const name of unknownOf(key.fields)) {
        problems.push({
          path: `${keyAt}.fields`,
          expected: `a field of ${resource.name}`,
          got: quote(name),
          fix: "Name an existing field in the foreign key.",
        });
      }
      const targetName = key.reference.resource || resource.name;
      const target = byName.get(targetName);
      if (!target && otherNames.has(targetName)) return;
      if (!target) {
        problems.push({
          path: `${keyAt}.reference.resource`,
          expected: `a resource name (known: ${[...byName.keys(), ...otherNames].join(", ")})`,
          got: quote(targetName),
          fix: "Name an existing resource.",
        });
        return;
      }
      const targetNames = target.schema.fields.map((field) => field.name);
      for (const name of key.reference.fields.filter((n) => !targetNames.includes(n))) {
        problems.push({
          path: `${keyAt}.reference.fields`,
          expected: `a field of ${target.name} (${targetNames.join(", ")})`,
          got: quote(name),
          fix: "Name an existing field in the reference.",
        });
      }
      if (key.fields.length !== key.reference.fields.length) {
        problems.push({
          path: `${keyAt}.reference.fields`,
          expected: `${key.fields.length} field(s), as many as the foreign key has`,
          got: String(key.reference.fields.length),
          fix: "List one referred field per field of the key.",
        });
      }
    });
  });
  return problems;
}

const FORMATS: Readonly<Record<string, readonly string[]>> = {
  string: ["default", "uri"],
  any: ["default"],
  integer: ["default"],
  number: ["default"],
  boolean: ["default"],
  date: ["default"],
  year: ["default"],
};

// A field's format and constraints must make sense for its type.
function checkField(field: Field, at: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const type = getFieldType(field);
  const formats = FORMATS[type] ?? ["default"];
  if (field.format !== undefined && !formats.includes(field.format)) {
    problems.push({
      path: `${at}.format`,
      expected: `one of ${formats.map((f) => JSON.stringify(f)).join(", ")} for type ${type}`,
      got: quote(field.format),
      fix: "Use a supported format or remove it.",
    });
  }
  const c = field.constraints ?? {};
  (c.enum ?? []).forEach((entry, e) => {
    if (readEnumEntry(field, entry) === undefined) {
      problems.push({
        path: `${at}.constraints.enum[${e}]`,
        expected: `a value of type ${type}`,
        got: describeJsonValue(entry),
        fix: "Write each allowed value in the field's type.",
      });
    }
  });
  const numeric = type === "integer" || type === "number" || type === "year";
  for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const) {
    const bound = c[key];
    if (bound === undefined) continue;
    const fits = numeric
      ? typeof bound === "number"
      : type === "date" && typeof bound === "string" && /^\d{4}-\d{2}-\d{2}$/.test(bound);
    if (!fits) {
      problems.push({
        path: `${at}.constraints.${key}`,
        expected: numeric
          ? "a number"
          : type === "date"
            ? "a date written YYYY-MM-DD"
            : `no ${key} for type ${type}`,
        got: describeJsonValue(bound),
        fix: "Give the bound in the field's type.",
      });
    }
  }
  if (c.pattern !== undefined) {
    try {
      compilePattern(c.pattern);
    } catch {
      problems.push({
        path: `${at}.constraints.pattern`,
        expected: "a valid regular expression",
        got: quote(c.pattern),
        fix: "Fix the pattern.",
      });
    }
  }
  return problems;
}
