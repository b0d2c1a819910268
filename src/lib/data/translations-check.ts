/**
 * Checking translations.csv against the data it translates (issue 17).
 *
 * Errors (the build stops): the translations resource with other columns than the contract's,
 * `"translatable"` on a field that is not text, and a translation row naming a resource, field
 * or row key that does not exist, a field not marked translatable (an excerpt is never
 * translated), or the data's own language.
 * Warnings (printed once, never a failure): a non-empty translatable cell without a translation
 * for one of the site's other languages, and a translation of an empty cell.
 */
import type { ReadDescriptor } from "./descriptor.ts";
import { findJsonLine } from "./json-lines.ts";
import { listKnown, quote, type Problem } from "./problem.ts";
import type { Table, TableRow } from "./table.ts";
import { TRANSLATION_COLUMNS, TRANSLATIONS_RESOURCE, listRowKeys } from "./translations.ts";

/** What the translation checks found: problems stop the build, warnings do not. */
export interface TranslationFindings {
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: "an English",
  vi: "a Vietnamese",
  fr: "a French",
  zh: "a Chinese",
};

/** Returns "an English (en)" for "en", `a "xx"` for a code without a name here. */
export function describeLanguage(lang: string): string {
  const name = LANGUAGE_NAMES[lang];
  return name === undefined ? `a ${quote(lang)}` : `${name} (${lang})`;
}

/** Returns the problems of the descriptor's translation properties (columns, translatable fields). */
export function checkTranslationContract(read: ReadDescriptor, file: string): Problem[] {
  const problems: Problem[] = [];
  read.descriptor.resources.forEach((resource, r) => {
    const names = resource.schema.fields.map((field) => field.name);
    if (
      resource.name === TRANSLATIONS_RESOURCE &&
      names.join(",") !== TRANSLATION_COLUMNS.join(",")
    ) {
      const path = `resources[${r}].schema.fields`;
      problems.push({
        file,
        line: findJsonLine(read.lines, path),
        column: path,
        expected: `the fields of translations: ${TRANSLATION_COLUMNS.join(", ")}`,
        got: names.join(", "),
        fix: "Describe translations.csv with exactly these columns (see data/README.md).",
      });
    }
    resource.schema.fields.forEach((field, f) => {
      if (field.translatable !== true) return;
      const text = (field.type ?? "any") === "string";
      if (text && resource.name !== TRANSLATIONS_RESOURCE) return;
      const path = `resources[${r}].schema.fields[${f}].translatable`;
      problems.push({
        file,
        line: findJsonLine(read.lines, path),
        column: path,
        expected: text
          ? "no translatable field in the translations resource itself"
          : "translatable only on a field of type string",
        got: `true on ${resource.name}.${field.name}${text ? "" : ` (type ${field.type ?? "any"})`}`,
        fix: 'Remove "translatable" from this field.',
      });
    });
  });
  return problems;
}

/**
 * Returns the problems of translations.csv and the warnings for translatable cells without a
 * translation in each language of `languages` after the first (the data's own language).
 * `translationsFile` is translations.csv as messages show it, even when it does not exist.
 */
export function checkTranslations(
  tables: ReadonlyMap<string, Table>,
  languages: readonly string[],
  translationsFile: string,
): TranslationFindings {
  const [dataLang = "vi", ...others] = languages;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const keysOf = new Map<string, Map<string, TableRow>>();
  for (const [name, table] of tables) {
    if (name === TRANSLATIONS_RESOURCE) continue;
    const rows = new Map<string, TableRow>();
    const keys = listRowKeys(table);
    table.rows.forEach((row, index) => {
      const key = keys[index];
      if (key !== undefined && !rows.has(key)) rows.set(key, row);
    });
    keysOf.set(name, rows);
  }
  const translated = new Set<string>();
  const translations = tables.get(TRANSLATIONS_RESOURCE);
  if (translations?.usable) {
    for (const row of translations.rows) {
      const found = checkRow(row, translations.file, tables, keysOf, dataLang);
      problems.push(...found.problems);
      warnings.push(...found.warnings);
      if (found.cell) translated.add(found.cell);
    }
  }
  for (const [name, table] of tables) {
    if (name === TRANSLATIONS_RESOURCE || !table.usable) continue;
    const fields = table.resource.schema.fields.filter((field) => field.translatable === true);
    if (fields.length === 0) continue;
    const keys = listRowKeys(table);
    table.rows.forEach((row, index) => {
      const key = keys[index] ?? "";
      for (const field of fields) {
        const value = row.values[field.name];
        if (typeof value !== "string") continue;
        for (const lang of others) {
          if (translated.has([name, key, field.name, lang].join("\u0000"))) continue;
          warnings.push({
            file: table.file,
            line: row.line,
            column: field.name,
            expected: `${describeLanguage(lang)} translation in ${translationsFile}`,
            got: "none",
            fix: `Add a row ${[name, key, field.name, lang].map(csvCell).join(",")},<text>,<renders> to ${translationsFile} (renders: program, source or ours).`,
          });
        }
      }
    });
  }
  return { problems, warnings };
}

// A cell as it would be written in CSV (quoted when it holds a comma, quote or line break).
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

interface RowFindings {
  readonly problems: Problem[];
  readonly warnings: Problem[];
  /** `resource\0key\0field\0lang` of a translation that names an existing translatable cell. */
  readonly cell?: string;
}

function checkRow(
  row: TableRow,
  file: string,
  tables: ReadonlyMap<string, Table>,
  keysOf: ReadonlyMap<string, ReadonlyMap<string, TableRow>>,
  dataLang: string,
): RowFindings {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (column: string, expected: string, got: string, fix: string): Problem => ({
    file,
    line: row.line,
    column,
    expected,
    got,
    fix,
  });
  const text = (column: string): string | undefined => {
    const value = row.values[column];
    return typeof value === "string" ? value : undefined;
  };
  const resource = text("resource");
  const key = text("key");
  const field = text("field");
  const lang = text("lang");
  // Empty or unreadable cells are already problems of the table itself.
  if (resource === undefined || key === undefined || field === undefined || lang === undefined) {
    return { problems, warnings };
  }
  if (lang === dataLang) {
    problems.push(
      at(
        "lang",
        `a language other than ${quote(dataLang)}, the data's own language`,
        quote(lang),
        "The cell itself is the text in that language: remove the row.",
      ),
    );
  }
  const table = resource === TRANSLATIONS_RESOURCE ? undefined : tables.get(resource);
  if (!table) {
    const known = [...tables.keys()].filter((name) => name !== TRANSLATIONS_RESOURCE);
    problems.push(
      at(
        "resource",
        `a resource of datapackage.json (known: ${listKnown(resource, known)})`,
        quote(resource),
        "Name the table (resource) that holds the translated cell.",
      ),
    );
    return { problems, warnings };
  }
  const fields = table.resource.schema.fields;
  const translatable = fields.filter((f) => f.translatable === true).map((f) => f.name);
  const target = fields.find((f) => f.name === field);
  if (!target || target.translatable !== true) {
    problems.push(
      at(
        "field",
        `a column of ${resource} marked "translatable": true in datapackage.json (${translatable.length === 0 ? "none is" : `known: ${listKnown(field, translatable)}`})`,
        quote(field),
        field === "excerpt"
          ? "Excerpts are never translated: they stay in the language the source wrote them in. Remove the row."
          : target
            ? `Remove the row, or mark ${resource}.${field} "translatable": true in datapackage.json.`
            : "Use the name of the translated column.",
      ),
    );
  }
  const rows = keysOf.get(resource);
  const translatedRow = rows?.get(key);
  if (table.usable && !translatedRow) {
    const primaryKey = table.resource.schema.primaryKey ?? [];
    const shape = primaryKey.length === 0 ? "its data row number" : primaryKey.join("|");
    const example = [...(rows?.keys() ?? [])][0];
    problems.push(
      at(
        "key",
        `the key of a row of ${table.resource.path} (known: ${listKnown(key, [...(rows?.keys() ?? [])])})`,
        quote(key),
        `Write the row's key as ${shape}${example === undefined ? "" : `, e.g. ${quote(example)}`}.`,
      ),
    );
  }
  if (problems.length > 0 || !translatedRow) return { problems, warnings };
  if (typeof translatedRow.values[field] !== "string") {
    warnings.push(
      at(
        "key",
        `a translation of a non-empty cell (${resource}.${field} of ${quote(key)})`,
        "an empty cell",
        "Remove the translation, or fill in the cell it translates.",
      ),
    );
    return { problems, warnings };
  }
  return { problems, warnings, cell: [resource, key, field, lang].join("\u0000") };
}
