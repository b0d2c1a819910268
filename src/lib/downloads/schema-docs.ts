// The schema documentation of /du-lieu/, generated from datapackage.json so the page can never
// say something the validator does not enforce: each file, each column with its type, its
// Vietnamese title and description, whether it may be empty, its allowed values, and the keys.
// Constraint values are shown as written in the descriptor (a year stays "2015", not
// "2.015"): they are what a CSV cell must contain, not numbers to read.

import type { Descriptor, Field, Resource } from "../data/descriptor-schema.ts";
import type { Lang } from "../i18n/languages.ts";

/** One rule a column's cells follow, in Vietnamese, with the literal values it names. */
interface RuleDoc {
  /** Vietnamese wording, e.g. "Chỉ nhận một trong các giá trị". */
  readonly text: string;
  /** Literal values to show as code (allowed values, a pattern); empty when the text says it all. */
  readonly code: readonly string[];
}

/** Where a column's values must come from (a foreign key). */
interface ReferenceDoc {
  /** File of the referred table, e.g. "indicators.csv" (this file for a self-reference). */
  readonly file: string;
  /** Resource name of the referred table, e.g. "indicators". */
  readonly resource: string;
  /** Column of the referred table, e.g. "id". */
  readonly column: string;
}

/** One column of a file. */
interface FieldDoc {
  /** Column name in the header, e.g. "indicator_id". */
  readonly name: string;
  /** Type in the descriptor, e.g. "integer" ("any" when unset). */
  readonly type: string;
  /** Type in Vietnamese, e.g. "số nguyên". */
  readonly typeLabel: string;
  /** Vietnamese title ("" when the descriptor has none). */
  readonly title: string;
  /** Vietnamese description ("" when none). */
  readonly description: string;
  /** True when a cell may not be empty (required, or part of the primary key). */
  readonly required: boolean;
  /** True when the column is (part of) the primary key. */
  readonly inPrimaryKey: boolean;
  /** Allowed values, pattern, range, uniqueness. */
  readonly rules: readonly RuleDoc[];
  /** The table and column its values refer to, if it is (part of) a foreign key. */
  readonly references: readonly ReferenceDoc[];
}

/** One file of the package. */
export interface ResourceDoc {
  /** Resource name, e.g. "observations"; also the anchor of its section. */
  readonly name: string;
  /** File name, e.g. "observations.csv". */
  readonly file: string;
  /** Vietnamese title ("" when none). */
  readonly title: string;
  /** Vietnamese description ("" when none). */
  readonly description: string;
  /** True when a file with only the header is an error (project extension `rowsRequired`). */
  readonly rowsRequired: boolean;
  /** Columns of the primary key, in order (empty when none). */
  readonly primaryKey: readonly string[];
  /** Foreign keys: these columns must match those of that file. */
  readonly foreignKeys: readonly {
    readonly columns: readonly string[];
    readonly file: string;
    readonly resource: string;
    readonly referredColumns: readonly string[];
  }[];
  /** Columns in header order. */
  readonly fields: readonly FieldDoc[];
}

const typeLabels: Readonly<Record<string, string>> = {
  string: "văn bản",
  integer: "số nguyên",
  number: "số (dấu chấm thập phân)",
  boolean: "đúng/sai (true/false)",
  date: "ngày (YYYY-MM-DD)",
  year: "năm (YYYY)",
  any: "bất kỳ",
};

const englishTypeLabels: Readonly<Record<string, string>> = {
  string: "text",
  integer: "whole number",
  number: "number (decimal point)",
  boolean: "true/false",
  date: "date (YYYY-MM-DD)",
  year: "year (YYYY)",
  any: "any",
};

/**
 * Returns the documentation of every file of `descriptor`, in its order, in `lang`: another
 * language than Vietnamese reads titles and descriptions from each entry's
 * `translations.<lang>` (the Vietnamese text when it has none).
 */
export function describeDataPackage(descriptor: Descriptor, lang: Lang = "vi"): ResourceDoc[] {
  const fileOf = new Map(descriptor.resources.map((r) => [r.name, r.path]));
  return descriptor.resources.map((resource) => describeResource(resource, fileOf, lang));
}

/** Returns the title or description of a descriptor entry (the package, a resource, a field) in `lang`. */
export function translatedOf(
  entry: Record<string, unknown>,
  key: "title" | "description",
  lang: Lang,
): string {
  if (lang === "vi") return textOf(entry[key]);
  const translations = entry["translations"];
  const own =
    translations !== null && typeof translations === "object"
      ? (translations as Record<string, Record<string, unknown> | undefined>)[lang]?.[key]
      : undefined;
  return typeof own === "string" ? own : textOf(entry[key]);
}

function describeResource(
  resource: Resource,
  fileOf: ReadonlyMap<string, string>,
  lang: Lang,
): ResourceDoc {
  const primaryKey = resource.schema.primaryKey ?? [];
  const foreignKeys = (resource.schema.foreignKeys ?? []).map((key) => {
    // An absent or empty resource name refers to the file itself (Table Schema).
    const target = key.reference.resource || resource.name;
    return {
      columns: key.fields,
      resource: target,
      file: fileOf.get(target) ?? `${target}.csv`,
      referredColumns: key.reference.fields,
    };
  });
  const fields = resource.schema.fields.map((field): FieldDoc => {
    const inPrimaryKey = primaryKey.includes(field.name);
    const references = foreignKeys.flatMap((key) =>
      key.columns.flatMap((column, index) =>
        column === field.name
          ? [{ file: key.file, resource: key.resource, column: key.referredColumns[index] ?? "" }]
          : [],
      ),
    );
    const type = field.type ?? "any";
    return {
      name: field.name,
      type,
      typeLabel: (lang === "vi" ? typeLabels : englishTypeLabels)[type] ?? type,
      title: translatedOf(field, "title", lang),
      description: translatedOf(field, "description", lang),
      required: inPrimaryKey || field.constraints?.required === true,
      inPrimaryKey,
      rules: lang === "vi" ? describeRules(field) : describeEnglishRules(field),
      references,
    };
  });
  return {
    name: resource.name,
    file: resource.path,
    title: translatedOf(resource, "title", lang),
    description: translatedOf(resource, "description", lang),
    rowsRequired: resource.rowsRequired === true,
    primaryKey,
    foreignKeys,
    fields,
  };
}

/** Returns the rules of a column in Vietnamese: allowed values, pattern, range, length, uniqueness. */
export function describeRules(field: Field): RuleDoc[] {
  const c = field.constraints ?? {};
  const rules: RuleDoc[] = [];
  if (c.enum) rules.push({ text: "Chỉ nhận một trong các giá trị", code: c.enum.map(String) });
  if (c.pattern !== undefined) {
    rules.push({ text: "Phải khớp mẫu (biểu thức chính quy)", code: [c.pattern] });
  }
  const range = describeRange(c.minimum, c.maximum, c.exclusiveMinimum, c.exclusiveMaximum);
  if (range) rules.push({ text: range, code: [] });
  const length = describeLength(c.minLength, c.maxLength);
  if (length) rules.push({ text: length, code: [] });
  if (c.unique === true) rules.push({ text: "Không trùng giữa các dòng", code: [] });
  return rules;
}

function describeRange(
  min: number | string | undefined,
  max: number | string | undefined,
  above: number | string | undefined,
  below: number | string | undefined,
): string | undefined {
  const parts: string[] = [];
  if (min !== undefined && max !== undefined) parts.push(`Từ ${min} đến ${max}`);
  else if (min !== undefined) parts.push(`Từ ${min} trở lên`);
  else if (max !== undefined) parts.push(`Không quá ${max}`);
  if (above !== undefined) parts.push(`Lớn hơn ${above}`);
  if (below !== undefined) parts.push(`Nhỏ hơn ${below}`);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

function describeLength(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return `Dài từ ${min} đến ${max} ký tự`;
  if (min !== undefined) return `Dài ít nhất ${min} ký tự`;
  if (max !== undefined) return `Dài tối đa ${max} ký tự`;
  return undefined;
}

/** Returns the rules of a column in English, as describeRules does in Vietnamese. */
export function describeEnglishRules(field: Field): RuleDoc[] {
  const c = field.constraints ?? {};
  const rules: RuleDoc[] = [];
  if (c.enum) rules.push({ text: "Only one of the values", code: c.enum.map(String) });
  if (c.pattern !== undefined)
    rules.push({ text: "Must match the pattern (regular expression)", code: [c.pattern] });
  const bounds = [
    c.minimum !== undefined ? `at least ${c.minimum}` : "",
    c.maximum !== undefined ? `at most ${c.maximum}` : "",
    c.exclusiveMinimum !== undefined ? `more than ${c.exclusiveMinimum}` : "",
    c.exclusiveMaximum !== undefined ? `less than ${c.exclusiveMaximum}` : "",
  ].filter(Boolean);
  if (bounds.length > 0) rules.push({ text: `Value ${bounds.join(", ")}`, code: [] });
  const length = [
    c.minLength !== undefined ? `at least ${c.minLength}` : "",
    c.maxLength !== undefined ? `at most ${c.maxLength}` : "",
  ].filter(Boolean);
  if (length.length > 0) rules.push({ text: `Length ${length.join(", ")} characters`, code: [] });
  if (c.unique === true) rules.push({ text: "No two rows alike", code: [] });
  return rules;
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}
