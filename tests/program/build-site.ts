// Builds the whole site once into a fresh temporary folder for a test file. The folder is
// private to the caller, so test files can build side by side and a developer's dist/ is
// never touched.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** The repository root. */
export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** A site built for one test file. */
export interface TestBuild {
  /** Absolute path of the built site. */
  distDir: string;
  /** Deletes the built site. */
  remove: () => Promise<void>;
}

/** Runs `astro build` (base path "/") into a new temporary folder and returns it. */
export async function buildSiteForTest(): Promise<TestBuild> {
  const distDir = await mkdtemp(path.join(tmpdir(), "ctr02-test-site-"));
  const astro = path.join(repoRoot, "node_modules", "astro", "bin", "astro.mjs");
  try {
    // process.execPath is the project's Node 24, the one vitest runs on.
    await promisify(execFile)(process.execPath, [astro, "build"], {
      cwd: repoRoot,
      env: { ...process.env, OUT_DIR: distDir, BASE_PATH: "/" },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(distDir, { recursive: true, force: true });
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`, {
      cause: error,
    });
  }
  return { distDir, remove: () => rm(distDir, { recursive: true, force: true }) };
}
