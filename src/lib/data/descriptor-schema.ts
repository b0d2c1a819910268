/**
 * The shape of datapackage.json (Frictionless Data Package v2) that this validator reads.
 *
 * Only inline table schemas of local CSV files are supported. Properties the validator does
 * not act on (title, description, licenses, …) pass through; properties that would change how
 * a cell is read (groupChar, decimalChar other than ".", another delimiter) are refused, so a
 * descriptor can never mean something the validator silently ignores.
 */
import { z } from "zod";

// Texts used as custom zod errors; the issue describer prints them as the "expected" part.
const customTexts = new Set<string>();
function expecting(text: string): { error: string } {
  customTexts.add(text);
  return { error: text };
}

/** Returns true when a zod issue message is one of this schema's own "expected …" texts. */
export function isCustomExpectation(message: string): boolean {
  return customTexts.has(message);
}

/** Field types this validator reads (Table Schema v2 types for CSV text). */
export const FIELD_TYPES = [
  "string",
  "integer",
  "number",
  "boolean",
  "date",
  "year",
  "any",
] as const;

/** Field type name, e.g. "integer". */
export type FieldType = (typeof FIELD_TYPES)[number];

const keyList = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((value) => (typeof value === "string" ? [value] : value));

const constraintsSchema = z.looseObject({
  /** A cell must not be a missing value (empty). Default false; primary key fields imply it. */
  required: z.boolean().optional(),
  /** No two rows may hold the same non-empty value. Default false. */
  unique: z.boolean().optional(),
  /** Smallest allowed value: a number, or a YYYY-MM-DD text for dates. */
  minimum: z.union([z.number(), z.string()]).optional(),
  /** Largest allowed value: a number, or a YYYY-MM-DD text for dates. */
  maximum: z.union([z.number(), z.string()]).optional(),
  /** Value must be greater than this. */
  exclusiveMinimum: z.union([z.number(), z.string()]).optional(),
  /** Value must be less than this. */
  exclusiveMaximum: z.union([z.number(), z.string()]).optional(),
  /** Fewest characters (Unicode code points) in a text. */
  minLength: z.number().int().nonnegative().optional(),
  /** Most characters (Unicode code points) in a text. */
  maxLength: z.number().int().nonnegative().optional(),
  /** Regular expression the whole text must match (implicitly anchored). */
  pattern: z.string().optional(),
  /** Allowed values, written in the field's type or as text. */
  enum: z
    .array(z.union([z.string(), z.number(), z.boolean()]))
    .min(1)
    .optional(),
});

/**
 * Documentation of a resource, field or the package in another language, by language code
 * (e.g. `{"en": {"title": "…", "description": "…"}}`): the descriptor's own title and
 * description stay Vietnamese.
 */
const docTranslationsSchema = z
  .record(
    z.string().regex(/^[a-z]{2,3}$/, expecting('a language code such as "en"')),
    z.looseObject({
      /** Title in that language. */
      title: z.string().min(1).optional(),
      /** Description in that language. */
      description: z.string().min(1).optional(),
    }),
  )
  .optional();

const fieldSchema = z.looseObject({
  /** Column name in the CSV header. */
  name: z.string().min(1),
  /** Logical type; absent means "any" (the cell text as is). */
  type: z.enum(FIELD_TYPES, expecting(`one of ${FIELD_TYPES.join(", ")}`)).optional(),
  /** Format within the type: "default" everywhere, "uri" also for strings. */
  format: z.string().optional(),
  /** Human title (Vietnamese), shown in documentation. */
  title: z.string().optional(),
  /** Human description (Vietnamese), shown in documentation. */
  description: z.string().optional(),
  /** Texts read as true for a boolean; default "true", "True", "TRUE", "1". */
  trueValues: z.array(z.string()).min(1).optional(),
  /** Texts read as false for a boolean; default "false", "False", "FALSE", "0". */
  falseValues: z.array(z.string()).min(1).optional(),
  /** Texts read as an empty (missing) value in this field; default: the schema's. */
  missingValues: z.array(z.string()).optional(),
  /** Decimal separator: only "." is supported. */
  decimalChar: z.literal(".", expecting('"." (the only decimal separator supported)')).optional(),
  /** Digit grouping is not supported: numbers are written without thousands separators. */
  groupChar: z.never(expecting("no groupChar (numbers are written without grouping)")).optional(),
  /** Only bare numbers (no currency or % around them) are supported. */
  bareNumber: z.literal(true, expecting("bareNumber true (the only setting supported)")).optional(),
  constraints: constraintsSchema.optional(),
  /**
   * Project extension: true when each non-empty cell needs a translation in translations.csv
   * for every other language of the site (a missing one is a warning). Only on string fields.
   */
  translatable: z.boolean().optional(),
  /** Project extension: title and description in other languages. */
  translations: docTranslationsSchema,
});

const foreignKeySchema = z.looseObject({
  /** Columns of this resource that refer to another. */
  fields: keyList,
  reference: z.looseObject({
    /** Name of the referred resource; absent or "" means this resource (self-reference). */
    resource: z.string().optional(),
    /** Columns of the referred resource, in the same order as `fields`. */
    fields: keyList,
  }),
});

const tableSchemaSchema = z.looseObject({
  /** Columns, in the order the CSV header must list them. */
  fields: z.array(fieldSchema).min(1),
  /** Column(s) whose values identify a row; implies required. */
  primaryKey: keyList.optional(),
  foreignKeys: z.array(foreignKeySchema).optional(),
  /** Texts read as an empty value in every field; default [""]. */
  missingValues: z.array(z.string()).optional(),
  /** How the header must match the fields: only "exact" (same names, same order) is supported. */
  fieldsMatch: z.literal("exact", expecting('"exact" (the only fieldsMatch supported)')).optional(),
});

// A path inside the data folder: relative, no "..", forward slashes, a .csv file, and no spaces
// or control characters (" goals.csv" is a typo that would otherwise read as a missing file).
const SAFE_CSV_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\s\p{Cc}\\:*?"<>|]+\.csv$/u;

/** Zod schema of one resource (one CSV file and its table schema). */
export const resourceSchema = z.looseObject({
  /** Resource name (lower case, digits, ".", "_", "-"). */
  name: z
    .string()
    .regex(/^[a-z0-9._-]+$/, expecting("a name of lower-case letters, digits, . _ -")),
  /** CSV file inside the data folder, e.g. "goals.csv". */
  path: z
    .string()
    .regex(
      SAFE_CSV_PATH,
      expecting("a relative path to a .csv file inside the folder, without spaces"),
    ),
  /** Table schema, written inline. */
  schema: tableSchemaSchema,
  /** Must be "csv" when present. */
  format: z.literal("csv", expecting('"csv"')).optional(),
  /** Must be UTF-8 when present. */
  encoding: z
    .string()
    .regex(/^utf-?8$/i, expecting('"utf-8"'))
    .optional(),
  /** CSV dialect: only the default (comma, a header row) is supported. */
  dialect: z
    .looseObject({
      delimiter: z.literal(",", expecting('"," (the only delimiter supported)')).optional(),
      header: z.literal(true, expecting("true (every file has a header row)")).optional(),
    })
    .optional(),
  /** Project extension: true means a file with a header and no data rows is an error. */
  rowsRequired: z.boolean().optional(),
  /** Project extension: title and description in other languages. */
  translations: docTranslationsSchema,
});

/** Zod schema of datapackage.json as far as this validator reads it. */
export const descriptorSchema = z.looseObject({
  /** Package name. */
  name: z.string().optional(),
  /** Package version (semantic version); the project requires it to equal the latest release. */
  version: z.string().optional(),
  resources: z.array(resourceSchema).min(1),
  /** Project extension: title and description in other languages. */
  translations: docTranslationsSchema,
});

/** A parsed datapackage.json (keys normalised to lists). */
export type Descriptor = z.output<typeof descriptorSchema>;
/** One resource (one CSV file) of the descriptor. */
export type Resource = Descriptor["resources"][number];
/** One field (one column) of a resource's table schema. */
export type Field = Resource["schema"]["fields"][number];
