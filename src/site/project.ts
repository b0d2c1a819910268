// The project folder: where one program's own files live. Everything that differs from one
// program to another is below it: `data/` (the CSV files, datapackage.json and program.csv that
// names the program), `content/program/` (its text as MDX), `content/source/` (the text as
// received) and the site configuration. The code in src/ is the same for every program.
//
// One setting chooses it: PROJECT_DIR (set by `npm run build -- --from <folder>`, passed on to
// Astro's process); unset, it is the repository itself, so `npm run build` builds data/ and
// content/ as before. DATA_DIR and PROGRAM_DIR still replace one subfolder alone (tests and the
// benchmark use them).
import path from "node:path";

/** Returns the project folder: env PROJECT_DIR, else "." (the working directory, the repository). */
function getProjectDir(): string {
  return process.env["PROJECT_DIR"] ?? ".";
}

/** Returns a path below the project folder, e.g. projectPath("content", "source"). */
export function projectPath(...parts: string[]): string {
  return path.join(getProjectDir(), ...parts);
}

/** Returns the folder of the program text's MDX files: env PROGRAM_DIR, else <project>/content/program. */
export function getProgramTextDir(): string {
  return process.env["PROGRAM_DIR"] ?? projectPath("content", "program");
}
