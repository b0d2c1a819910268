// The production build: validate data/ → Astro pages → post-build steps → swap into dist/.
// Everything is written to a temporary sibling folder and renamed into place only when every
// step has succeeded, so a failed build (bad data, a broken page) leaves the previous dist/
// exactly as it was. User mistakes print their messages, never a stack trace.
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { build, type AstroIntegration } from "astro";
import { loadDataset } from "../src/site/load-dataset.ts";
import { runPostBuildSteps } from "./build-steps/index.ts";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.resolve(root, process.env.OUT_DIR ?? "dist");
const stagingDir = `${outDir}.partial`;
const previousDir = `${outDir}.previous`;

/** Replaces `outDir` by `stagingDir` with two renames, so readers never see a half-built site. */
async function swapIntoPlace(): Promise<void> {
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previousDir);
  await rename(stagingDir, outDir);
  await rm(previousDir, { recursive: true, force: true });
}

// BUILD_TIMINGS=1 prints one machine-readable line of times in seconds for the benchmark
// (tests/bench/run.ts): `BUILD_TIMINGS {"validate":…,"pages":…,"steps":{…},"cpu":{…}}` (wall
// times, and CPU times under "cpu"), and `BUILD_STAGE <name> <wall> <cpu>` as each stage ends,
// so that a build stopped half-way (out of memory) still tells how far it got. Unset, the
// build is the same minus those lines.
const timingsWanted = process.env["BUILD_TIMINGS"] === "1";

/**
 * Returns a stopwatch: `lap(name)` records the wall seconds since the previous lap under `name`
 * in `laps`, and this process's CPU seconds (user + system) in `cpu`. CPU time barely changes
 * when other jobs share the machine; wall time does.
 */
function createStopwatch(prefix = ""): {
  lap: (name: string) => void;
  laps: Record<string, number>;
  cpu: Record<string, number>;
} {
  const laps: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let mark = performance.now();
  let cpuMark = process.cpuUsage();
  return {
    laps,
    cpu,
    lap(name) {
      const now = performance.now();
      const used = process.cpuUsage(cpuMark);
      const seconds = Math.round(now - mark) / 1000;
      const cpuSeconds = Math.round((used.user + used.system) / 1000) / 1000;
      laps[name] = seconds;
      cpu[name] = cpuSeconds;
      mark = now;
      cpuMark = process.cpuUsage();
      if (timingsWanted) console.log(`BUILD_STAGE ${prefix}${name} ${seconds} ${cpuSeconds}`);
    },
  };
}

/** Returns an integration that splits Astro's build at its hooks (config, content, pages, finish). */
function createTimingIntegration(lap: (name: string) => void): AstroIntegration {
  return {
    name: "build-timings",
    hooks: {
      "astro:config:done": () => lap("config"),
      // Between config:done and build:start Astro syncs the content collections.
      "astro:build:start": () => lap("content"),
      // Vite bundling and page rendering together; for a static site Astro has no hook between
      // them (ASTRO_TIMER_PATH makes Astro write its own split: "Prerender build", "Static generate").
      "astro:build:generated": () => lap("bundleAndRender"),
      "astro:build:done": () => lap("finish"),
    },
  };
}

async function main(): Promise<number> {
  const started = performance.now();
  const stages = createStopwatch();
  const steps: Record<string, number> = {};
  const stepsCpu: Record<string, number> = {};
  const dataDir = process.env.DATA_DIR ?? "data";
  const dataset = loadDataset(dataDir);
  stages.lap("validate");
  if (!dataset.ok) {
    for (const line of dataset.problems) console.error(line);
    console.error(
      `\nDừng build: ${dataset.problems.length} lỗi trong ${dataDir}/. ` +
        `Thư mục ${path.relative(root, outDir)}/ cũ được giữ nguyên.`,
    );
    return 1;
  }

  await rm(stagingDir, { recursive: true, force: true });
  const pagesDetail = createStopwatch("pages.");
  try {
    const integrations = timingsWanted ? [createTimingIntegration(pagesDetail.lap)] : [];
    // At info level Astro prints each route's render time ("├─ /chi-tieu/x/index.html (+5ms)"),
    // which the benchmark sums by kind of page.
    const logLevel = timingsWanted ? "info" : "warn";
    await build({ root, outDir: stagingDir, logLevel, integrations });
    stages.lap("pages");
    await runPostBuildSteps({
      distDir: stagingDir,
      dataset: dataset.value,
      ...(timingsWanted ? { timings: steps, cpuTimings: stepsCpu } : {}),
    });
    stages.lap("postBuild");
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
  await swapIntoPlace();
  stages.lap("swap");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (timingsWanted) {
    const total = Math.round(performance.now() - started) / 1000;
    const cpu = { ...stages.cpu, pagesDetail: pagesDetail.cpu, steps: stepsCpu };
    const line = { ...stages.laps, total, pagesDetail: pagesDetail.laps, steps, cpu };
    console.log(`BUILD_TIMINGS ${JSON.stringify(line)}`);
  }
  console.log(`Đã build xong vào ${path.relative(root, outDir)}/ trong ${seconds} giây.`);
  return 0;
}

process.exitCode = await main();
