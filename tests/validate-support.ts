// Helpers for the validator tests: lay a fixture case over the synthetic valid package, hold
// files in memory as a DataFolder, or write them to a temporary folder for the command line.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DataFolder } from "../src/lib/data/validate.ts";

/** Folder of the validator fixtures (synthetic data). */
export const FIXTURES_DIR = fileURLToPath(new URL("./fixtures/validate", import.meta.url));

/** Folder of the real data package. */
export const REAL_DATA_DIR = fileURLToPath(new URL("../data", import.meta.url));

/** Returns the names of the case folders (every folder except valid/). */
export function listCases(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name !== "valid" && statSync(path.join(FIXTURES_DIR, name)).isDirectory())
    .sort();
}

/** Returns the files of a folder by name (not recursive), e.g. "goals.csv" → bytes. */
export function readFolderFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isFile()) files.set(name, new Uint8Array(readFileSync(full)));
  }
  return files;
}

/** Returns the files of a case: valid/ with the case's own files laid over it. */
export function readCaseFiles(name: string): Map<string, Uint8Array> {
  const files = readFolderFiles(path.join(FIXTURES_DIR, "valid"));
  for (const [file, bytes] of readFolderFiles(path.join(FIXTURES_DIR, name))) {
    if (file !== "expected.txt") files.set(file, bytes);
  }
  return files;
}

/** Returns the lines of a case's expected.txt (none for an empty file). */
export function readExpected(name: string): string[] {
  const text = readFileSync(path.join(FIXTURES_DIR, name, "expected.txt"), "utf8");
  return text.split("\n").filter((line) => line !== "");
}

/** Returns a DataFolder over files held in memory, shown in messages under `label`. */
export function createMemoryFolder(
  files: ReadonlyMap<string, Uint8Array>,
  label = "data",
): DataFolder {
  return { label, read: (file) => files.get(file) };
}

/** Writes files into a (new or existing) folder. */
export function writeFolder(files: ReadonlyMap<string, Uint8Array>, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(path.join(dir, name), bytes);
}

/** Returns UTF-8 bytes of a text. */
export function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Returns the UTF-8 text of bytes (lenient). */
export function decode(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes);
}
