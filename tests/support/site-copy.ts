// A private copy of the project for a build that must not touch the real tree: the working tree
// (tracked and untracked, not ignored files) copied to a folder, with node_modules linked package
// by package except the caches. Astro keeps its content cache in .astro/ and node_modules/.astro,
// so a build of other data, another program text or a broken one must never share them with
// the builds run in the real tree; a copy also starts cold, as on a fresh clone. Used by the
// benchmark (tests/bench/) and the failed-build tests.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { copyFile, mkdir, rm, symlink } from "node:fs/promises";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");
// Caches that must stay per copy: left out of node_modules.
const PRIVATE_CACHES = new Set([".astro", ".vite", ".cache"]);

/** Copies the project's working tree into `siteDir` and links its node_modules; returns the file count. */
export async function prepareSiteCopy(siteDir: string): Promise<number> {
  await rm(siteDir, { recursive: true, force: true });
  const listed = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  )
    .split("\0")
    .filter((file) => file !== "" && existsSync(path.join(repoRoot, file)));
  for (const file of listed) {
    await mkdir(path.dirname(path.join(siteDir, file)), { recursive: true });
    await copyFile(path.join(repoRoot, file), path.join(siteDir, file));
  }
  await linkNodeModules(siteDir);
  return listed.length;
}

/** Links the project's node_modules into `siteDir`, package by package, leaving out the caches. */
export async function linkNodeModules(siteDir: string): Promise<void> {
  const modules = path.join(siteDir, "node_modules");
  await mkdir(modules, { recursive: true });
  for (const entry of readdirSync(path.join(repoRoot, "node_modules"))) {
    if (PRIVATE_CACHES.has(entry)) continue;
    await symlink(path.join(repoRoot, "node_modules", entry), path.join(modules, entry));
  }
}
