// The edge between content/en/ on disk and the English program page (/en/program/): reads the
// English summary of the project folder, if it has one. A project without content/en/ (a
// Vietnamese-only fork, the second-program fixture) has no English summary: undefined, not an
// error. A file that breaks the format stops the build (EnglishProgramError, file:line).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEnglishProgram, type EnglishProgram } from "../lib/program/english-summary.ts";
import { projectPath } from "./project.ts";

/** File name of the English summary inside content/en/. */
export const ENGLISH_PROGRAM_FILE = "program.md";

/** Returns the folder of English content: <project>/content/en. */
export function getEnglishContentDir(): string {
  return projectPath("content", "en");
}

/**
 * Returns the English summary and headings of the program (content/en/program.md), or
 * undefined when the project has no such file; throws EnglishProgramError when it is malformed.
 */
export function loadEnglishProgram(
  dir: string = getEnglishContentDir(),
): EnglishProgram | undefined {
  const file = path.join(dir, ENGLISH_PROGRAM_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
  return parseEnglishProgram(text, file);
}
