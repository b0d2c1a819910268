// One production build for the benchmark, in an isolated copy of the project
// (tests/support/site-copy.ts): a build with synthetic data and a synthetic program text must
// never share Astro's content cache with the builds other people run in the real tree at the
// same time, and every benchmark build starts cold, as on a fresh clone.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import { parseRouteTimes, type RouteTimes } from "./measure.ts";

/** Wall times of one build in seconds, as scripts/build.ts prints them under BUILD_TIMINGS=1. */
export interface BuildTimings {
  validate: number;
  pages: number;
  postBuild: number;
  swap: number;
  total: number;
  pagesDetail: Record<string, number>;
  steps: Record<string, number>;
  /** CPU seconds (user + system) of the build process for the same stages. */
  cpu?: { validate?: number; pages?: number; postBuild?: number; steps?: Record<string, number> };
}

/** What one build cost. */
export interface BuildResult {
  ok: boolean;
  /** Set when the build was stopped because its processes used more than the memory limit. */
  stoppedOverMemoryMB?: number;
  timings: BuildTimings | null;
  /** Astro's own phase timer (ASTRO_TIMER_PATH), in seconds. */
  astroPhases: Record<string, number>;
  routeTimes: RouteTimes;
  /** Wall time of the child process, in seconds. */
  wallSeconds: number;
  /** 1-minute load average when the build ended (2 cores: above 2 means others were running). */
  loadAverageAtEnd: number;
  /** Largest RSS of one process (GNU time's "Maximum resident set size"), in MB. */
  maxRssMB: number | null;
  /** Largest sum of RSS over the build's process tree (sampled every 200 ms), in MB. */
  peakTreeRssMB: number;
  logFile: string;
  logTail: string[];
}

/** Returns the path of GNU time, installing Debian's `time` package when it is missing (as root). */
export function findGnuTime(): string | null {
  if (existsSync("/usr/bin/time")) return "/usr/bin/time";
  try {
    execFileSync("apt-get", ["install", "-y", "-qq", "time"], { stdio: "ignore" });
  } catch {
    return null;
  }
  return existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
}

function readRssKB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function listTree(pid: number): number[] {
  const pids = [pid];
  for (let k = 0; k < pids.length; k += 1) {
    const current = pids[k] ?? 0;
    try {
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8");
        for (const child of children.split(" ").filter(Boolean)) pids.push(Number(child));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return pids;
}

/** Runs scripts/build.ts in `siteDir` with `env`; writes its output to `<runDir>/build.log`. */
export async function runBuild(
  siteDir: string,
  runDir: string,
  env: Record<string, string>,
  maxRssMB = Infinity,
): Promise<BuildResult> {
  for (const cache of [".astro", "node_modules/.astro", "node_modules/.vite"])
    await rm(path.join(siteDir, cache), { recursive: true, force: true });
  const outDir = path.join(runDir, "dist");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(runDir, { recursive: true });
  const timerFile = path.join(runDir, "astro-timer.json");
  await rm(timerFile, { force: true });
  const gnuTime = findGnuTime();
  const command = [process.execPath, "scripts/build.ts"];
  const [file = process.execPath, ...args] = gnuTime ? [gnuTime, "-v", ...command] : command;
  const started = performance.now();
  const child = spawn(file, args, {
    cwd: siteDir,
    env: {
      ...process.env,
      ...env,
      OUT_DIR: outDir,
      BUILD_TIMINGS: "1",
      ASTRO_TIMER_PATH: timerFile,
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
      FORCE_COLOR: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that a build over the memory limit can be stopped whole.
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  let peakKB = 0;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const sum = listTree(child.pid).reduce((total, pid) => total + readRssKB(pid), 0);
    peakKB = Math.max(peakKB, sum);
    // The machine is shared: a build heading for the limit is stopped before it swaps or
    // wakes the OOM killer, and the report says so.
    if (sum / 1024 > maxRssMB && stoppedAtKB === 0) {
      stoppedAtKB = sum;
      process.kill(-child.pid, "SIGKILL");
    }
  }, 200);
  let stoppedAtKB = 0;
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  const wallSeconds = Math.round(performance.now() - started) / 1000;
  const logFile = path.join(runDir, "build.log");
  await writeFile(logFile, log);
  const timingsLine = /^BUILD_TIMINGS (.*)$/m.exec(log);
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
  let astroPhases: Record<string, number> = {};
  if (existsSync(timerFile)) {
    const stats = JSON.parse(await readFile(timerFile, "utf8")) as Record<
      string,
      { elapsedTime: number }
    >;
    astroPhases = Object.fromEntries(
      Object.entries(stats).map(([name, stat]) => [name, Math.round(stat.elapsedTime) / 1000]),
    );
  }
  return {
    ok: code === 0 && timingsLine !== null,
    ...(stoppedAtKB > 0 ? { stoppedOverMemoryMB: Math.round(stoppedAtKB / 1024) } : {}),
    timings: timingsLine
      ? (JSON.parse(timingsLine[1] ?? "null") as BuildTimings)
      : readPartialTimings(log, wallSeconds),
    astroPhases,
    routeTimes: parseRouteTimes(log),
    wallSeconds,
    loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    maxRssMB: maxRss ? Math.round(Number(maxRss[1]) / 1024) : null,
    peakTreeRssMB: Math.round(peakKB / 1024),
    logFile,
    logTail: log.trim().split("\n").slice(-15),
  };
}

/**
 * Returns the timings of a build that stopped early, from its `BUILD_STAGE <name> <seconds>`
 * lines: the stages that ended, with the rest of the wall time counted as post-build (where
 * the build was when it stopped, if the pages were done). Null when no stage ended.
 */
export function readPartialTimings(log: string, wallSeconds: number): BuildTimings | null {
  const timings: BuildTimings = {
    validate: 0,
    pages: 0,
    postBuild: 0,
    swap: 0,
    total: wallSeconds,
    pagesDetail: {},
    steps: {},
    cpu: { steps: {} },
  };
  let found = false;
  const stage = /^BUILD_STAGE (\S+) ([\d.]+)(?: ([\d.]+))?$/gm;
  for (const [, name = "", seconds = "0", cpuSeconds] of log.matchAll(stage)) {
    found = true;
    const value = Number(seconds);
    const cpu = cpuSeconds === undefined ? undefined : Number(cpuSeconds);
    if (name.startsWith("pages.")) timings.pagesDetail[name.slice("pages.".length)] = value;
    else if (name.startsWith("step.")) {
      timings.steps[name.slice("step.".length)] = value;
      if (cpu !== undefined && timings.cpu?.steps) timings.cpu.steps[name.slice(5)] = cpu;
    } else if (name === "validate" || name === "pages" || name === "postBuild" || name === "swap") {
      timings[name] = value;
      if (cpu !== undefined && name !== "swap" && timings.cpu) timings.cpu[name] = cpu;
    }
  }
  if (!found) return null;
  timings.postBuild = Math.max(0, wallSeconds - timings.validate - timings.pages - timings.swap);
  return timings;
}
