// The production build: validate data/ → Astro pages → post-build steps → swap into dist/.
// Everything is written to a temporary sibling folder and renamed into place only when every
// step has succeeded, so a failed build (bad data, a broken page) leaves the previous dist/
// exactly as it was. User mistakes print their messages, never a stack trace.
//
// Astro runs in a child process (scripts/build-pages.ts) and the post-build steps in this one,
// after the child has ended: the build's processes then never hold Astro's memory and the
// search indexer's at the same time (issue 8). Timings for the benchmark: build-timings.ts.
//
// `npm run build -- --from <folder> --out <dir>` builds another program from its own project
// folder (data/, content/program/, content/source/, configuration; src/site/project.ts) into
// <dir>. Without arguments it builds this repository's data/ and content/ into dist/ (OUT_DIR
// still names the output folder when --out is not given).
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatNumber } from "../src/lib/format.ts";
import { getDataDir, loadDataset, WARNINGS_SHOWN_VARIABLE } from "../src/site/load-dataset.ts";
import type { PagesReport } from "./build-pages.ts";
import { createStopwatch, timingsWanted, type Laps } from "./build-timings.ts";
import { runPostBuildSteps } from "./build-steps/index.ts";

const root = path.resolve(import.meta.dirname, "..");
const USAGE = "Cách dùng: npm run build [-- --from <thư mục dự án>] [--out <thư mục kết quả>]";

/** The folders of one build, from the arguments (paths relative to the repository). */
interface BuildFolders {
  /** The project folder (absolute), or undefined for the repository's own data/ and content/. */
  readonly from: string | undefined;
  readonly outDir: string;
}

/** Returns the folders named by the arguments, or a usage error message. */
function readArguments(args: readonly string[]): BuildFolders | { error: string } {
  let values: { from?: string | undefined; out?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { from: { type: "string" }, out: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs reports in English; the command speaks Vietnamese.
    const message = error instanceof Error ? error.message : String(error);
    const named = /'(--[a-z]+)/.exec(message)?.[1] ?? message;
    const missing = (error as { code?: unknown }).code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE";
    return { error: missing ? `thiếu tên thư mục sau ${named}` : `không hiểu tham số ${named}` };
  }
  if (values.from === "" || values.out === "") return { error: "thiếu tên thư mục" };
  if (values.from !== undefined && !existsSync(path.resolve(root, values.from, "data"))) {
    return { error: `${values.from} không có thư mục data/` };
  }
  return {
    from: values.from === undefined ? undefined : path.resolve(root, values.from),
    outDir: path.resolve(root, values.out ?? process.env.OUT_DIR ?? "dist"),
  };
}

/** Replaces `outDir` by `stagingDir` with two renames, so readers never see a half-built site. */
async function swapIntoPlace(outDir: string): Promise<void> {
  const stagingDir = `${outDir}.partial`;
  const previousDir = `${outDir}.previous`;
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previousDir);
  await rename(stagingDir, outDir);
  await rm(previousDir, { recursive: true, force: true });
}

/**
 * Builds the pages into `dir` in a child process; returns its report, or null when it failed
 * (it has printed why).
 */
function buildPages(dir: string): Promise<PagesReport | null> {
  return new Promise((resolve) => {
    const child = fork(path.join(import.meta.dirname, "build-pages.ts"), [dir], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      // This process has printed the data's warnings; Astro's validates the folder again.
      env: { ...process.env, [WARNINGS_SHOWN_VARIABLE]: "1" },
    });
    let report: PagesReport | null = null;
    child.on("message", (message: PagesReport) => (report = message));
    child.on("error", (error) => {
      console.error(`Không chạy được bước dựng trang: ${error.message}`);
      resolve(null);
    });
    child.on("exit", (code) => resolve(code === 0 ? report : null));
  });
}

async function main(): Promise<number> {
  const folders = readArguments(process.argv.slice(2));
  if ("error" in folders) {
    console.error(`build: ${folders.error}. ${USAGE}`);
    return 2;
  }
  const { outDir } = folders;
  const stagingDir = `${outDir}.partial`;
  // One setting for the project folder, read by src/site/project.ts here and in Astro's process.
  if (folders.from !== undefined) process.env["PROJECT_DIR"] = folders.from;
  const started = performance.now();
  const stages = createStopwatch();
  const steps: Laps = { wall: {}, cpu: {} };
  const dataDir = getDataDir();
  const dataset = loadDataset(dataDir);
  stages.lap("validate");
  const kept = `Thư mục ${path.relative(root, outDir)}/ cũ được giữ nguyên.`;
  if (!dataset.ok) {
    for (const line of dataset.problems) console.error(line);
    console.error(`\nDừng build: ${dataset.problems.length} lỗi trong ${dataDir}/. ${kept}`);
    return 1;
  }

  await rm(stagingDir, { recursive: true, force: true });
  const pages = await buildPages(stagingDir);
  stages.lap("pages", pages?.cpu);
  if (!pages) {
    await rm(stagingDir, { recursive: true, force: true });
    console.error(`\nDừng build: Astro không dựng được các trang (lỗi ở trên). ${kept}`);
    return 1;
  }
  try {
    await runPostBuildSteps({
      distDir: stagingDir,
      dataset: dataset.value,
      ...(timingsWanted ? { laps: steps } : {}),
    });
    stages.lap("postBuild");
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
  await swapIntoPlace(outDir);
  stages.lap("swap");
  if (timingsWanted) {
    const total = Math.round(performance.now() - started) / 1000;
    const cpu = { ...stages.cpu, pagesDetail: pages.laps.cpu, steps: steps.cpu };
    const line = { ...stages.wall, total, pagesDetail: pages.laps.wall, steps: steps.wall, cpu };
    console.log(`BUILD_TIMINGS ${JSON.stringify(line)}`);
  }
  const seconds = formatNumber((performance.now() - started) / 1000, 1);
  console.log(`Đã build xong vào ${path.relative(root, outDir)}/ trong ${seconds} giây.`);
  return 0;
}

process.exitCode = await main();
