// The first program's names, and a scan for them, shared by the tests that prove program
// identity is data (issue 16): tests/src-names-no-program.test.ts (src/ names no program) and
// tests/second-program.test.ts (a second program's site names only itself).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Names of the first program (its province, number, resolution and period). */
export const FIRST_PROGRAM_NAMES = [
  "Thái Nguyên",
  "Thai Nguyen",
  "02/CTr",
  "04-NQ",
  "2021–2025",
  "2021-2025",
] as const;

/** Returns every file below `dir`, recursively, as absolute paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * Returns "file:line: name" for each line of `text` that contains one of `names` (compared in
 * NFC, ignoring case); `label` is the file's name in the result.
 */
export function findNamesInText(text: string, label: string, names: readonly string[]): string[] {
  const wanted = names.map((name) => name.normalize("NFC").toLowerCase());
  return text
    .normalize("NFC")
    .split("\n")
    .flatMap((line, index) => {
      const lower = line.toLowerCase();
      return names
        .filter((_, i) => lower.includes(wanted[i] ?? "\0"))
        .map((name) => `${label}:${index + 1}: ${name}`);
    });
}

/** Returns findNamesInText for each file, labelled by its path relative to `root`. */
export function findNames(
  files: readonly string[],
  names: readonly string[],
  root: string,
): string[] {
  return files.flatMap((file) =>
    findNamesInText(readFileSync(file, "utf8"), path.relative(root, file), names),
  );
}
