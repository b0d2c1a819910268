// Extra builds for gates 6, 8 and 9, made with the project's own build command so they differ
// from dist/ only in the environment given (BASE_PATH, DATA_DIR). Builds run one at a time:
// two Astro builds in one project would share Vite's caches.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./site-config.ts";

/** How a build went. */
export interface BuildOutcome {
  /** The folder the site was written to. */
  outDir: string;
  ok: boolean;
  seconds: number;
  /** The build's last output lines, for the failure message. */
  logTail: string[];
}

/** Returns the command that builds the site: scripts/build.ts (validate, build, post-build steps). */
function buildCommand(): string[] {
  // CHECK_SITE_BUILD=astro builds with plain `astro build` (no data validation, no post-build
  // steps): only for working on the gates before scripts/build.ts can run.
  if (
    process.env["CHECK_SITE_BUILD"] !== "astro" &&
    existsSync(path.join(repoRoot, "scripts/build.ts"))
  ) {
    return [process.execPath, "scripts/build.ts"];
  }
  return [process.execPath, "node_modules/astro/bin/astro.mjs", "build"];
}

/** Builds the site into `outDir` with `env` added to the environment. */
export async function buildSite(
  outDir: string,
  env: Record<string, string> = {},
): Promise<BuildOutcome> {
  const started = performance.now();
  const [command = process.execPath, ...args] = buildCommand();
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, OUT_DIR: outDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    lines.push(
      ...chunk
        .toString("utf8")
        .split(/\r?\n/)
        .filter((line) => line.trim() !== ""),
    );
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    outDir,
    ok: code === 0 && existsSync(outDir),
    seconds: (performance.now() - started) / 1000,
    logTail: lines.slice(-25),
  };
}

/** Returns the problem line for a failed build: what was built, with the end of its output. */
export function describeFailedBuild(what: string, outcome: BuildOutcome): string {
  const tail = outcome.logTail.map((line) => `      ${line}`).join("\n");
  return `build ${what} thất bại (${buildCommand().slice(1).join(" ")}). Cuối nhật ký build:\n${tail}`;
}
