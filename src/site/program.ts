// The program's names for pages, layouts and endpoints: read from the data folder's program.csv
// through the Dataset, never written in a template (docs/architecture.md § Data contract).
import { nameProgram, type ProgramNames } from "../lib/program/names.ts";
import { getDataDir, requireDataset } from "./load-dataset.ts";

/** Returns the names of the program the data folder (default: getDataDir()) tracks. */
export function requireProgram(dir: string = getDataDir()): ProgramNames {
  return nameProgram(requireDataset(dir).program);
}
