/**
 * Other-language text of the data's Vietnamese cells (issue 17): `translations.csv`, one row per
 * (resource, key, field, lang), and the one accessor pages use, `translate`.
 *
 * - `key` is the translated row's primary key value; a composite key is its values joined by
 *   "|" in primaryKey order (goals: `I-03|2025`). A resource without a primaryKey (a fork's
 *   program.csv) is keyed by its 1-based data row number ("1").
 * - Which cells need a translation is data: `"translatable": true` on the field in
 *   datapackage.json. Excerpts never are: they stay in the language the source wrote them in.
 * - `renders` says whose words the text renders: `program` (the program's own wording, so the
 *   page says "unofficial translation"), `source` (a source's words, same mark), `ours`.
 * - The resource is optional: a data package without `translations` (a Vietnamese-only fork,
 *   the synthetic fixtures) simply has no translations, and every lookup falls back to the
 *   Vietnamese cell. Checks and warnings are in translations-check.ts.
 */
import type { CellValue } from "./cell.ts";
import type { Dataset } from "./dataset.ts";
import {
  TRANSLATION_RENDERS_VALUES,
  translationSchema,
  type Translation,
  type TranslationRenders,
} from "./rows.ts";
import type { Table } from "./table.ts";
import type { Lang } from "../i18n/languages.ts";

/** The language the data's cells are written in. */
export const DATA_LANG = "vi";

/** Name of the translations resource in datapackage.json. */
export const TRANSLATIONS_RESOURCE = "translations";

/** Separator of the values of a composite key in `key` (goals: "I-03|2025"). */
export const KEY_SEPARATOR = "|";

/** Whose words a translation renders: the program's, a source's, or our own. */
export const TRANSLATION_RENDERS = TRANSLATION_RENDERS_VALUES;
export type { Translation, TranslationRenders };

/** Column names of translations.csv, in order. */
export const TRANSLATION_COLUMNS: readonly string[] = Object.keys(translationSchema.shape);

/** The translations of a data package and the cells they translate, as the Dataset holds them. */
export interface TranslationIndex {
  /** Every translation, in file order. */
  readonly rows: readonly Translation[];
  /** Primary key fields of each resource ([] when it has none). */
  readonly primaryKeys: ReadonlyMap<string, readonly string[]>;
  /** Cells of each resource by row key: column → text (null when empty or not text). */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, string | null>>>>;
  /** Translations by `resource\0key\0field\0lang`. */
  readonly byCell: ReadonlyMap<string, Translation>;
}

/** A cell's text in the language asked for, or the Vietnamese cell when it has no translation. */
export interface TranslatedText {
  /** The text to show ("" for an empty cell). */
  readonly text: string;
  /** Language of `text`: the one asked for, or "vi" when the page must mark it "(Vietnamese only)". */
  readonly lang: Lang;
  /** Whose words a translation renders; null for the Vietnamese cell itself. */
  readonly renders: TranslationRenders | null;
}

/** Returns a key's values joined as translations.csv writes them: ["I-03", 2025] → "I-03|2025". */
export function joinTranslationKey(values: readonly CellValue[]): string {
  return values.map((value) => String(value)).join(KEY_SEPARATOR);
}

function cellId(resource: string, key: string, field: string, lang: string): string {
  return [resource, key, field, lang].join("\u0000");
}

/** Returns the key of each row of a table: its primary key joined by "|", or its row number. */
export function listRowKeys(table: Table): string[] {
  const primaryKey = table.resource.schema.primaryKey ?? [];
  return table.rows.map((row, index) =>
    primaryKey.length === 0
      ? String(index + 1)
      : joinTranslationKey(primaryKey.map((name) => row.values[name] ?? null)),
  );
}

/** Returns the translation index of checked tables (keyed by resource name); empty without translations. */
export function indexTranslations(tables: ReadonlyMap<string, Table>): TranslationIndex {
  const primaryKeys = new Map<string, readonly string[]>();
  const cells = new Map<string, Map<string, Record<string, string | null>>>();
  for (const [name, table] of tables) {
    if (name === TRANSLATIONS_RESOURCE) continue;
    primaryKeys.set(name, table.resource.schema.primaryKey ?? []);
    const keys = listRowKeys(table);
    const rows = new Map<string, Record<string, string | null>>();
    table.rows.forEach((row, index) => {
      const texts: Record<string, string | null> = {};
      for (const field of table.resource.schema.fields) {
        const value = row.values[field.name];
        texts[field.name] = typeof value === "string" ? value : null;
      }
      const key = keys[index];
      if (key !== undefined && !rows.has(key)) rows.set(key, Object.freeze(texts));
    });
    cells.set(name, rows);
  }
  const rows: Translation[] = [];
  for (const row of tables.get(TRANSLATIONS_RESOURCE)?.rows ?? []) {
    const parsed = translationSchema.safeParse(
      Object.fromEntries(TRANSLATION_COLUMNS.map((column) => [column, row.values[column]])),
    );
    // A row that does not parse has already been reported by the validator.
    if (parsed.success) rows.push(Object.freeze(parsed.data));
  }
  const byCell = new Map<string, Translation>();
  for (const row of rows) byCell.set(cellId(row.resource, row.key, row.field, row.lang), row);
  return Object.freeze({ rows: Object.freeze(rows), primaryKeys, cells, byCell });
}

/**
 * Returns the key translations.csv uses for a row of the Dataset (e.g. a Goal → "I-03|2025").
 * Throws when the resource is unknown or the row is not in it: that is a bug in the caller.
 */
export function rowKey(
  dataset: Pick<Dataset, "translations">,
  resource: string,
  row: Readonly<Record<string, unknown>>,
): string {
  const index = dataset.translations;
  const primaryKey = index.primaryKeys.get(resource);
  const rows = index.cells.get(resource);
  if (!primaryKey || !rows) throw new Error(`rowKey: unknown resource "${resource}"`);
  if (primaryKey.length > 0) {
    return joinTranslationKey(primaryKey.map((name) => toCellValue(row[name])));
  }
  // No primary key: find the row by its text cells (program.csv of a fork has one row).
  for (const [key, texts] of rows) {
    if (Object.entries(texts).every(([name, value]) => value === null || row[name] === value)) {
      return key;
    }
  }
  throw new Error(`rowKey: no row of "${resource}" matches the one given`);
}

function toCellValue(value: unknown): CellValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : null;
}

/**
 * Returns a cell of the data in `lang`: its translation, or else the Vietnamese cell with lang
 * "vi" (the page then shows "(Vietnamese only)"). An empty cell gives "" in the language asked
 * for, since there is nothing to translate. Throws for an unknown resource, key or field: the
 * data was validated, so that is a bug in the caller.
 */
export function translate(
  dataset: Pick<Dataset, "translations">,
  lang: Lang,
  resource: string,
  key: string,
  field: string,
): TranslatedText {
  const texts = dataset.translations.cells.get(resource)?.get(key);
  if (!texts) throw new Error(`translate: no row "${key}" in resource "${resource}"`);
  if (!(field in texts)) throw new Error(`translate: no field "${field}" in "${resource}"`);
  const original = texts[field] ?? null;
  if (original === null) return { text: "", lang, renders: null };
  if (lang === DATA_LANG) return { text: original, lang, renders: null };
  const found = dataset.translations.byCell.get(cellId(resource, key, field, lang));
  return found
    ? { text: found.text, lang, renders: found.renders }
    : { text: original, lang: DATA_LANG, renders: null };
}
