/**
 * The text of `src/lib/data/rows.generated.ts`, written from datapackage.json: for each resource
 * a zod row schema, the row's TypeScript type, and the allowed values of each text enum.
 * `npm run generate:rows` (scripts/generate-rows.ts) writes it; a test fails while it is stale.
 *
 * A row type holds what the site's code relies on, and nothing that differs between programs:
 * - the column's type: string and any → non-empty text; date → "YYYY-MM-DD" text; integer and
 *   year → integer; number → number; boolean → boolean;
 * - null for an empty cell, unless the column is required or part of the primary key;
 * - a text column with an enum → one of its values (the code branches on them: rule, kind, …);
 * - a resource whose rows are required (`rowsRequired`) must be in every data folder; one without
 *   may be left out, and then has no rows.
 * Numeric enums, ranges, patterns and lengths stay out: they are the data's own limits (another
 * program has other goal years), checked by the validator from the data folder's datapackage.json.
 * No title or description is copied either: they name the program, and src/ names none.
 */
import type { Descriptor, Field, Resource } from "./descriptor-schema.ts";

/** Path of the generated module, from the repository root. */
export const ROWS_MODULE_PATH = "src/lib/data/rows.generated.ts";

/** The command that writes the generated module. */
export const ROWS_MODULE_COMMAND = "npm run generate:rows";

// zod expression of each column type; the helpers are declared at the top of the module.
const TYPE_EXPRESSIONS: Readonly<Record<string, string>> = {
  string: "text",
  any: "text",
  date: "date",
  integer: "integer",
  year: "integer",
  number: "z.number()",
  boolean: "z.boolean()",
};

/** Returns the source text of rows.generated.ts for a descriptor (not yet formatted). */
export function renderRowsModule(descriptor: Descriptor): string {
  const parts = [
    "// Generated from data/datapackage.json by `" + ROWS_MODULE_COMMAND + "`",
    "// (scripts/generate-rows.ts, rules in src/lib/data/rows-module.ts). Do not edit: change",
    "// datapackage.json and run the command again. tests/rows-generated.test.ts fails while",
    "// this file is out of date.",
    'import { z } from "zod";',
    "",
    "const text = z.string().min(1);",
    "const date = z.string().regex(/^\\d{4}-\\d{2}-\\d{2}$/);",
    "const integer = z.number().int();",
    "",
  ];
  for (const resource of descriptor.resources) parts.push(...renderResource(resource));
  parts.push(
    "/** Row schema of every resource of the data contract, by resource name. */",
    "export const ROW_SCHEMAS = {",
    ...descriptor.resources.map(
      (resource) => `  ${JSON.stringify(resource.name)}: ${schemaName(resource)},`,
    ),
    "} as const;",
    "",
    '/** Name of a resource of the data contract, e.g. "observations". */',
    "export type ResourceName = keyof typeof ROW_SCHEMAS;",
    "",
    "/** Resources every data folder describes (rowsRequired); the others may be left out. */",
    `export const REQUIRED_RESOURCES: readonly ResourceName[] = ${JSON.stringify(
      descriptor.resources
        .filter((resource) => resource.rowsRequired === true)
        .map((resource) => resource.name),
    )};`,
    "",
  );
  return parts.join("\n");
}

function renderResource(resource: Resource): string[] {
  const type = typeName(resource.name);
  const lines: string[] = [];
  const enums = resource.schema.fields.filter((field) => textEnum(field) !== undefined);
  for (const field of enums) {
    lines.push(
      `/** Values of ${resource.path} \`${field.name}\`. */`,
      `export const ${enumConstName(resource, field)} = ${JSON.stringify(textEnum(field))} as const;`,
      `/** A value of ${resource.path} \`${field.name}\`. */`,
      `export type ${enumTypeName(resource, field)} = (typeof ${enumConstName(resource, field)})[number];`,
      "",
    );
  }
  const keys = resource.schema.primaryKey ?? [];
  lines.push(`/** Schema of one row of ${resource.path}${titleClause(resource.title)}. */`);
  lines.push(`export const ${schemaName(resource)} = z.strictObject({`);
  for (const field of resource.schema.fields) {
    const required = field.constraints?.required === true || keys.includes(field.name);
    const base =
      textEnum(field) === undefined
        ? (TYPE_EXPRESSIONS[field.type ?? "any"] ?? "text")
        : `z.enum(${enumConstName(resource, field)})`;
    const title = field.title === undefined ? "" : `${comment(field.title)}; `;
    lines.push(`  /** ${title}${required ? "required" : "null when empty"}. */`);
    lines.push(`  ${propertyName(field.name)}: ${base}${required ? "" : ".nullable()"},`);
  }
  lines.push("});", `/** A row of ${resource.path}. */`);
  lines.push(`export type ${type} = z.infer<typeof ${schemaName(resource)}>;`, "");
  return lines;
}

// A column name as an object key: quoted unless it is a plain identifier ("period-basis").
function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function titleClause(title: unknown): string {
  return typeof title === "string" && title !== "" ? ` (${comment(title)})` : "";
}

// A title inside a JSDoc comment: one line, and never the end of the comment.
function comment(text: string): string {
  return text.replace(/\s+/g, " ").replaceAll("*/", "* /").trim();
}

// Only text enums become types: numeric ones are limits of the data, like minimum and maximum.
function textEnum(field: Field): readonly string[] | undefined {
  const values = field.constraints?.enum;
  const isText = (field.type ?? "any") === "string";
  if (!isText || !values || !values.every((value) => typeof value === "string")) return undefined;
  return values as string[];
}

/**
 * Returns the type name of a row of a resource, in the singular: "observations" → Observation,
 * "agencies" → Agency, "series" → Series, "program" → Program.
 */
export function typeName(resourceName: string): string {
  const words = splitWords(resourceName);
  const last = words.pop() ?? "row";
  const singular = last.endsWith("series")
    ? last
    : last.endsWith("ies")
      ? `${last.slice(0, -3)}y`
      : last.endsWith("s")
        ? last.slice(0, -1)
        : last;
  return pascalCase([...words, singular]);
}

function schemaName(resource: Resource): string {
  const type = typeName(resource.name);
  return `${type.charAt(0).toLowerCase()}${type.slice(1)}Schema`;
}

// goals `rule` → GoalRule; observations `period_basis` → ObservationPeriodBasis.
function enumTypeName(resource: Resource, field: Field): string {
  return typeName(resource.name) + pascalCase(splitWords(field.name));
}

// goals `rule` → GOAL_RULE_VALUES.
function enumConstName(resource: Resource, field: Field): string {
  const words = [...splitWords(typeName(resource.name)), ...splitWords(field.name), "values"];
  return words.join("_").toUpperCase();
}

// "period_basis" → ["period", "basis"]; "ReleaseNote" → ["Release", "Note"].
function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^a-zA-Z0-9]+/)
    .filter((word) => word !== "");
}

function pascalCase(words: readonly string[]): string {
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
