// Builds the whole site into a fresh temporary folder for a test file. The folder is private
// to the caller, so a developer's dist/ is never touched. Builds wait for one another (a lock
// folder next to the repository's caches): two Astro builds of one project at once would
// share Vite's and Astro's caches, and vitest runs test files in parallel.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** The repository root. */
export const repoRoot = path.resolve(import.meta.dirname, "../..");

const lockDir = path.join(repoRoot, "node_modules", ".cache", "ctr02-test-build.lock");
const lockWaitMs = 10 * 60 * 1000;

/** A site built for one test file. */
export interface TestBuild {
  /** Absolute path of the built site. */
  distDir: string;
  /** Deletes the built site. */
  remove: () => Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function acquireLock(): Promise<void> {
  await mkdir(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + lockWaitMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, "pid"), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    // A lock left by a build that was killed must not block every later test run.
    const owner = Number(await readFile(path.join(lockDir, "pid"), "utf8").catch(() => "0"));
    if (owner > 0 && !isAlive(owner)) {
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`buildSiteForTest: ${lockDir} is still held by process ${owner}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs `astro build` (base path "/", and `env` such as SITE_URL) into a new temporary folder and returns it. */
export async function buildSiteForTest(env: Record<string, string> = {}): Promise<TestBuild> {
  const distDir = await mkdtemp(path.join(tmpdir(), "ctr02-test-site-"));
  const astro = path.join(repoRoot, "node_modules", "astro", "bin", "astro.mjs");
  await acquireLock();
  try {
    // process.execPath is the project's Node 24, the one vitest runs on.
    await promisify(execFile)(process.execPath, [astro, "build"], {
      cwd: repoRoot,
      env: { ...process.env, ...env, OUT_DIR: distDir, BASE_PATH: "/" },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(distDir, { recursive: true, force: true });
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`, {
      cause: error,
    });
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
  return { distDir, remove: () => rm(distDir, { recursive: true, force: true }) };
}
