/**
 * Validating a data folder: datapackage.json, every CSV it lists, foreign keys, the program's
 * rules, then the typed Dataset. Pure: files come in through `DataFolder.read`.
 */
import { checkContract } from "./contract.ts";
import { buildDataset, type Dataset } from "./dataset.ts";
import { readDescriptor } from "./descriptor.ts";
import { checkForeignKeys } from "./foreign-keys.ts";
import { FILE_COLUMN, dropRepeatedPlaces, quote, sortProblems, type Problem } from "./problem.ts";
import { checkFigureForms } from "./figure-forms.ts";
import { checkProgramRules } from "./rules.ts";
import { createTables } from "./table-access.ts";
import { checkTable, type Table } from "./table.ts";
import { findSpreadsheetTraces } from "./spreadsheet.ts";
import { findWarnings } from "./warnings.ts";
import { checkTranslationContract, checkTranslations } from "./translations-check.ts";
import { TRANSLATIONS_RESOURCE } from "./translations.ts";

/** The descriptor's file name inside a data folder. */
export const DESCRIPTOR_PATH = "datapackage.json";

/** A folder of data files, as the validator sees it. */
export interface DataFolder {
  /** The folder as the user named it, for messages: "data", "/tmp/copy/". */
  readonly label: string;
  /** Returns a file's bytes by its path inside the folder, or undefined when it does not exist. */
  read(path: string): Uint8Array | undefined;
}

/** Settings of a validation that come from the site rather than the data folder. */
export interface ValidationOptions {
  /**
   * The site's languages, the data's own first (site.config.json `languages`); a translatable
   * cell without a translation for each of the others is a warning. Default ["vi"].
   */
  readonly languages?: readonly string[];
}

/** Outcome of validating a folder: the Dataset, or every problem; warnings either way. */
export type ValidationResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly warnings: readonly Problem[];
      /** CSV files checked. */
      readonly files: number;
      /** Data rows checked (headers not counted). */
      readonly rows: number;
    }
  | {
      readonly ok: false;
      /** Every problem, sorted by file (descriptor first) and line. */
      readonly problems: readonly Problem[];
      readonly files: number;
      readonly rows: number;
    };

/** Returns the path of a file as messages show it: the folder as given, "/", the file. */
export function showPath(label: string, path: string): string {
  const folder = label.replace(/\/+$/, "");
  return label === "" ? path : `${folder === "" ? "" : folder}/${path}`;
}

/** Returns the validation of a data folder; never throws, whatever the files contain. */
export function validateDataPackage(
  folder: DataFolder,
  options: ValidationOptions = {},
): ValidationResult {
  const descriptorFile = showPath(folder.label, DESCRIPTOR_PATH);
  try {
    return validateUnsafely(folder, descriptorFile, options.languages ?? ["vi"]);
  } catch (error) {
    // A bug must still come out as one line, not a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    const problem: Problem = {
      file: descriptorFile,
      line: 1,
      column: FILE_COLUMN,
      expected: "the validator to finish",
      got: `an internal error ${quote(message)}`,
      fix: "This is a bug in the validator: please report it with the data folder.",
    };
    return { ok: false, problems: [problem], files: 0, rows: 0 };
  }
}

function validateUnsafely(
  folder: DataFolder,
  descriptorFile: string,
  languages: readonly string[],
): ValidationResult {
  const read = readSafely(folder);
  const descriptor = readDescriptor(read.bytes(DESCRIPTOR_PATH), descriptorFile);
  // Read failures come first so that they win over the "no such file" they also cause.
  const fail = (
    found: readonly Problem[],
    order: readonly string[],
    files = 0,
    rows = 0,
  ): ValidationResult => ({
    ok: false,
    problems: dropRepeatedPlaces(sortProblems([...read.problems, ...found], order)),
    files,
    rows,
  });
  if (!descriptor.ok) return fail(descriptor.problems, [descriptorFile]);
  const problems: Problem[] = [];
  const tables = new Map<string, Table>();
  for (const resource of descriptor.descriptor.resources) {
    const checked = checkTable(
      resource,
      read.bytes(resource.path),
      showPath(folder.label, resource.path),
    );
    tables.set(resource.name, checked.table);
    problems.push(...checked.problems);
  }
  problems.push(...checkForeignKeys(tables));
  const contract = [
    ...checkContract(descriptor, descriptorFile),
    ...checkTranslationContract(descriptor, descriptorFile),
  ];
  problems.push(...contract);
  const translationsPath =
    descriptor.descriptor.resources.find((resource) => resource.name === TRANSLATIONS_RESOURCE)
      ?.path ?? `${TRANSLATIONS_RESOURCE}.csv`;
  const translations = checkTranslations(
    tables,
    languages,
    showPath(folder.label, translationsPath),
  );
  if (contract.length === 0) problems.push(...translations.problems);
  const access = createTables(tables);
  if (contract.length === 0)
    problems.push(
      ...checkProgramRules(access, descriptor, descriptorFile),
      ...checkFigureForms(access),
    );
  const files = tables.size;
  const rows = [...tables.values()].reduce((sum, table) => sum + table.rows.length, 0);
  const order = [descriptorFile, ...[...tables.values()].map((table) => table.file)];
  if (problems.length > 0 || read.problems.length > 0) return fail(problems, order, files, rows);
  const built = buildDataset(tables, descriptor.descriptor.version ?? "");
  if (!built.ok) return fail(built.problems, order, files, rows);
  const traces = descriptor.descriptor.resources.flatMap((resource) =>
    findSpreadsheetTraces(read.bytes(resource.path), showPath(folder.label, resource.path)),
  );
  const warnings = sortProblems(
    [...traces, ...findWarnings(access), ...translations.warnings],
    order,
  );
  return { ok: true, dataset: built.dataset, warnings, files, rows };
}

// A read that throws (a folder where a file should be, no permission) becomes a problem.
function readSafely(folder: DataFolder): {
  bytes(path: string): Uint8Array | undefined;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  return {
    problems,
    bytes(path) {
      try {
        return folder.read(path);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push({
          file: showPath(folder.label, path),
          line: 1,
          column: FILE_COLUMN,
          expected: "a readable file",
          got: quote(message),
          fix: "Check that it is a file and that you may read it.",
        });
        return undefined;
      }
    },
  };
}
