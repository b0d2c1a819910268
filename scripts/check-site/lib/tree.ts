// Byte-level comparison of two built sites for gate 9 (determinism).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "./site.ts";

/** Returns file (relative) → sha256 hex of every file below `dir`. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    hashes.set(
      file,
      createHash("sha256")
        .update(await readFile(path.join(dir, file)))
        .digest("hex"),
    );
  }
  return hashes;
}

/** How two trees differ: files only in one, and files in both with different bytes. */
export interface TreeDiff {
  onlyInFirst: string[];
  onlyInSecond: string[];
  different: string[];
}

/** Returns the differences between two hash maps (hashTree results), each list sorted. */
export function diffTrees(
  first: ReadonlyMap<string, string>,
  second: ReadonlyMap<string, string>,
): TreeDiff {
  const diff: TreeDiff = { onlyInFirst: [], onlyInSecond: [], different: [] };
  for (const [file, hash] of first) {
    const other = second.get(file);
    if (other === undefined) diff.onlyInFirst.push(file);
    else if (other !== hash) diff.different.push(file);
  }
  for (const file of second.keys()) if (!first.has(file)) diff.onlyInSecond.push(file);
  return {
    onlyInFirst: diff.onlyInFirst.sort(),
    onlyInSecond: diff.onlyInSecond.sort(),
    different: diff.different.sort(),
  };
}

/** Returns where two files first differ, with a little context: `byte 812: "…12/03…" ≠ "…13/03…"`. */
export function describeFirstDifference(first: Uint8Array, second: Uint8Array): string {
  let index = 0;
  while (index < first.length && index < second.length && first[index] === second[index]) index++;
  // Widen the window to whole UTF-8 characters so Vietnamese text stays readable.
  const isContinuation = (byte: number | undefined): boolean =>
    byte !== undefined && (byte & 0xc0) === 0x80;
  const show = (bytes: Uint8Array): string => {
    let start = Math.max(0, index - 20);
    while (start > 0 && isContinuation(bytes[start])) start--;
    let end = Math.min(bytes.length, index + 30);
    while (end < bytes.length && isContinuation(bytes[end])) end++;
    return JSON.stringify(Buffer.from(bytes.subarray(start, end)).toString("utf8"));
  };
  return `byte ${index}: ${show(first)} ≠ ${show(second)}`;
}
