// The program's names for pages, layouts and endpoints: read from the data folder's program.csv
// through the Dataset, never written in a template (docs/architecture.md § Data contract).
import type { Lang } from "../lib/i18n/languages.ts";
import { nameProgramIn } from "../lib/i18n/program-names.ts";
import type { ProgramNames } from "../lib/program/names.ts";
import { getDataDir, requireDataset } from "./load-dataset.ts";

/**
 * Returns the names of the program the data folder (default: getDataDir()) tracks, as pages in
 * `lang` (default Vietnamese) write them.
 */
export function requireProgram(lang: Lang = "vi", dir: string = getDataDir()): ProgramNames {
  return nameProgramIn(requireDataset(dir), lang);
}
