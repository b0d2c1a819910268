/**
 * The edge between the data folder on disk and the site: read the files, validate them with
 * src/lib/data, hand out the Dataset. Used by scripts (validate, build) and by Astro pages.
 *
 * The result is cached on globalThis rather than in a module variable: Astro bundles pages
 * into their own copy of this module, and the build script imports it natively, so a module
 * cache would validate (and print warnings) twice in one process.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../lib/data/dataset.ts";
import {
  FILE_COLUMN,
  formatProblem,
  formatWarning,
  summariseWarnings,
  type Problem,
} from "../lib/data/problem.ts";
import {
  validateDataPackage,
  type DataFolder,
  type ValidationResult,
} from "../lib/data/validate.ts";
import { ProblemsError } from "../lib/errors.ts";
import { resolutionOf } from "../lib/resolve/resolve-dataset.ts";
import type { Resolution } from "../lib/resolve/types.ts";
import { projectPath } from "./project.ts";
import { getSiteConfigPath } from "./site-config.ts";

/** Thrown by requireDataset when the data folder has problems; `lines` are the messages. */
export class DataValidationError extends ProblemsError {
  override readonly name = "DataValidationError";
}

/** Outcome of loading a data folder: the Dataset and its warnings, or the problem lines. */
type LoadResult =
  | { readonly ok: true; readonly value: Dataset; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Returns the data folder of this process: env DATA_DIR, else the project folder's data/ ("data" by default). */
export function getDataDir(): string {
  return process.env["DATA_DIR"] ?? projectPath("data");
}

/** Returns a DataFolder that reads files below `dir` on disk (missing files read as undefined). */
function openDataFolder(dir: string): DataFolder {
  return {
    label: dir,
    read(file) {
      try {
        return readFileSync(path.join(dir, file));
      } catch (error) {
        if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
        throw error;
      }
    },
  };
}

/** Returns the problem for a path that is not a readable folder, or undefined when it is one. */
export function checkDataDir(dir: string): Problem | undefined {
  let kind: string;
  try {
    kind = statSync(dir).isDirectory() ? "folder" : "a file, not a folder";
  } catch {
    kind = "no such folder";
  }
  if (kind === "folder") return undefined;
  return {
    file: dir,
    line: 1,
    column: FILE_COLUMN,
    expected: "a folder with datapackage.json and the CSV files",
    got: kind,
    fix: "Name the data folder (DATA_DIR, or --data for npm run validate).",
  };
}

/**
 * Returns the site's languages, its default first, from site.config.json `languages`; ["vi"]
 * when the file has none or cannot be read (its own check, src/lib/site, reports a bad file).
 * The data validator only needs the codes, to warn about missing translations.
 */
export function readSiteLanguages(file: string = getSiteConfigPath()): readonly string[] {
  try {
    const config: unknown = JSON.parse(readFileSync(file, "utf8"));
    const languages = (config as { languages?: unknown } | null)?.languages;
    const codes = Array.isArray(languages)
      ? languages.filter((code): code is string => typeof code === "string")
      : [];
    return codes.length > 0 ? codes : ["vi"];
  } catch {
    return ["vi"];
  }
}

/** Returns the validation of a folder on disk (the folder must exist; see checkDataDir). */
export function validateDataDir(
  dir: string,
  languages: readonly string[] = readSiteLanguages(),
): ValidationResult {
  return validateDataPackage(openDataFolder(dir), { languages });
}

const CACHE_KEY = Symbol.for("ctr-02.load-dataset.cache");
const RESOLUTION_KEY = Symbol.for("ctr-02.load-dataset.resolutions");

function getCache(): Map<string, LoadResult> {
  const holder = globalThis as { [CACHE_KEY]?: Map<string, LoadResult> };
  holder[CACHE_KEY] ??= new Map();
  return holder[CACHE_KEY];
}

/** Forgets every loaded folder, so the next loadDataset reads the files again (dev reload). */
export function forgetLoadedDatasets(): void {
  getCache().clear();
  (globalThis as { [RESOLUTION_KEY]?: Map<string, Resolution> })[RESOLUTION_KEY]?.clear();
}

/**
 * Set by scripts/build.ts for its Astro process: the build has printed the data's warnings
 * already, so that process does not print them again.
 */
export const WARNINGS_SHOWN_VARIABLE = "DATA_WARNINGS_SHOWN";

/**
 * Returns the validated Dataset of a folder (default: getDataDir()), or its problem lines.
 * Memoised per folder for the whole process; the first time, the warnings are printed to stderr
 * (the first 20, then a count of the rest and the command that prints them all).
 */
export function loadDataset(dir: string = getDataDir()): LoadResult {
  const cache = getCache();
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const result = computeLoad(dir);
  cache.set(key, result);
  if (result.ok && process.env[WARNINGS_SHOWN_VARIABLE] === undefined) {
    const listCommand = `npm run validate -- --data ${path.relative(process.cwd(), key) || "."}`;
    for (const line of summariseWarnings(result.warnings, listCommand)) {
      process.stderr.write(`${line}\n`);
    }
  }
  return result;
}

function computeLoad(dir: string): LoadResult {
  const missing = checkDataDir(dir);
  if (missing) return { ok: false, problems: [formatProblem(missing)] };
  const result = validateDataDir(dir);
  if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };
  return { ok: true, value: result.dataset, warnings: result.warnings.map(formatWarning) };
}

/** Returns the validated Dataset (for pages), or throws DataValidationError with every problem. */
export function requireDataset(dir: string = getDataDir()): Dataset {
  const result = loadDataset(dir);
  if (!result.ok) throw new DataValidationError(result.problems);
  return result.value;
}

/**
 * Returns the resolution of the validated Dataset (for pages): every indicator's figures and
 * statuses as of every release (src/lib/resolve), made once per folder for the whole process
 * and cached on globalThis like the Dataset. Throws DataValidationError like requireDataset.
 */
export function requireResolution(dir: string = getDataDir()): Resolution {
  const holder = globalThis as { [RESOLUTION_KEY]?: Map<string, Resolution> };
  const cache = (holder[RESOLUTION_KEY] ??= new Map());
  const key = path.resolve(dir);
  let resolution = cache.get(key);
  if (!resolution) {
    resolution = resolutionOf(requireDataset(dir));
    cache.set(key, resolution);
  }
  return resolution;
}
