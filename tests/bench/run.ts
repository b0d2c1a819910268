// npm run bench [-- --n 20,200,2000 --releases 5 --repeat 1 --repeat-large 1 --no-real --no-lighthouse]
//
// Issue 8's benchmark: for each N, writes a synthetic data folder and program text
// (generate.ts), runs the full production build (scripts/build.ts) in an isolated copy of the
// project into a fresh output folder, and measures it (stage times, peak memory, sizes, the
// first search in Chromium). Then the real site (data/, content/program/) the same way, plus
// Lighthouse. Prints a table and writes tests/bench/results/latest.json. Not part of npm test:
// it takes minutes and its times depend on the machine.
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as prettier from "prettier";
import { runBuild, type BuildResult } from "./build-run.ts";
import { prepareSiteCopy } from "../support/site-copy.ts";
import { generateDataFolder } from "./generate.ts";
import { runLighthouse } from "./lighthouse.ts";
import { measureDist, measureSearchTransfer, timeOpenDataBuild } from "./measure.ts";
import { writeProgramText } from "./program-text.ts";
import {
  checkGoals,
  computeRatios,
  renderGoalsTable,
  renderLighthouseTable,
  renderMarkdownTable,
  spreadOf,
  splitStages,
  summarizeCpu,
  summarizeStages,
  type RunRecord,
} from "./report.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
// A query typed the way people type on a phone: no diacritics, and đ as d (architecture.md §
// Search).
const QUERY = "duong o to";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "20,200,2000" },
    releases: { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
    repeat: { type: "string", default: "1" },
    // Builds of N ≥ 1,000 take minutes; repeat them separately.
    "repeat-large": { type: "string", default: "1" },
    "lighthouse-runs": { type: "string", default: "1" },
    work: { type: "string", default: path.join(tmpdir(), "ctr02-bench") },
    output: { type: "string", default: path.join(repoRoot, "tests/bench/results/latest.json") },
    "no-real": { type: "boolean", default: false },
    "no-lighthouse": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    // A build whose processes pass this much memory is stopped (the machine is shared).
    "max-rss-mb": { type: "string", default: "6144" },
  },
});

const ns = values.n.split(",").map((part) => Number(part.trim().replace(/[_.]/g, "")));
if (ns.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench: bad --n ${values.n}`);
const releases = Number(values.releases);
const repeat = Math.max(1, Number(values.repeat));
const repeatLarge = Math.max(1, Number(values["repeat-large"]));
const seed = Number(values.seed);
const work = path.resolve(values.work);
const siteDir = path.join(work, "site");

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function benchmark(
  label: string,
  n: number,
  runDir: string,
  env: Record<string, string>,
  extra: Pick<RunRecord, "dataset" | "programBytes">,
): Promise<RunRecord> {
  const builds: BuildResult[] = [];
  const times = n >= 1000 ? repeatLarge : repeat;
  for (let k = 0; k < times; k += 1) {
    log(`${label}: build ${k + 1}/${times}…`);
    const build = await runBuild(siteDir, runDir, env, Number(values["max-rss-mb"]));
    builds.push(build);
    const total = build.timings?.total ?? build.wallSeconds;
    const outcome = build.stoppedOverMemoryMB
      ? `STOPPED at ${build.stoppedOverMemoryMB} MB (limit --max-rss-mb ${values["max-rss-mb"]})`
      : build.ok
        ? "ok"
        : "FAILED";
    log(`${label}: ${outcome} after ${total} s, peak ${build.peakTreeRssMB} MB`);
    if (!build.ok) {
      log(`build log: ${build.logFile}\n${build.logTail.join("\n")}`);
      break;
    }
  }
  const ok = builds.every((build) => build.ok);
  const distDir = path.join(runDir, "dist");
  // A build stopped after Astro finished still has every page in its staging folder: measure
  // those (the post-build files are missing, so sizes and search are left out).
  const pagesDone = builds.every((build) => (build.timings?.pages ?? 0) > 0);
  const partialDir = `${distDir}.partial`;
  const measuredDir = ok ? distDir : pagesDone && existsSync(partialDir) ? partialDir : null;
  const dist = measuredDir ? await measureDist(measuredDir) : null;
  const search = ok && !values["no-search"] ? await measureSearchTransfer(distDir, QUERY) : null;
  if (search?.error) log(`${label}: search not measured: ${search.error}`);
  const openDataSeconds = await timeOpenDataBuild(env["DATA_DIR"] ?? "data");
  const split = (build: BuildResult): ReturnType<typeof splitStages> =>
    splitStages(build, openDataSeconds ?? 0);
  const stages = summarizeStages(builds.map(split));
  const chiTieu = builds
    .map((build) => build.routeTimes["chi-tieu"])
    .filter((t) => t !== undefined);
  const renderMs =
    chiTieu.length > 0
      ? chiTieu.reduce((total, t) => total + (1000 * t.seconds) / t.routes, 0) / chiTieu.length
      : null;
  const indicatorPages = dist?.indicatorPages ?? 0;
  if (dist && !ok) log(`${label}: pages measured in the stopped build's ${partialDir}`);
  return {
    label,
    n,
    ...extra,
    builds: builds.map((build) => ({
      stages: split(build),
      wallSeconds: build.wallSeconds,
      maxRssMB: build.maxRssMB,
      peakTreeRssMB: build.peakTreeRssMB,
      ok: build.ok,
      loadAverageAtEnd: build.loadAverageAtEnd,
      ...(build.stoppedOverMemoryMB ? { stoppedOverMemoryMB: build.stoppedOverMemoryMB } : {}),
      pagesDetail: build.timings?.pagesDetail ?? {},
      astroPhases: build.astroPhases,
      steps: build.timings?.steps ?? {},
      routeTimes: build.routeTimes,
    })),
    stages,
    cpu: summarizeCpu(builds),
    openDataSeconds,
    peakRssMB: spreadOf(builds.map((build) => Math.max(build.peakTreeRssMB, build.maxRssMB ?? 0))),
    dist:
      dist && !ok
        ? { ...dist, files: 0, bytes: 0, searchIndexBytes: 0, searchIndexFiles: 0 }
        : dist,
    ...(dist && !ok ? { distFrom: "staging folder of a stopped build: pages only" } : {}),
    renderMsPerIndicatorPage: renderMs === null ? null : Math.round(renderMs * 100) / 100,
    pagesMsPerIndicatorPage:
      stages && indicatorPages > 0
        ? Math.round(((1000 * stages.pages.mean) / indicatorPages) * 100) / 100
        : null,
    search,
  };
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const load = loadavg();
  await mkdir(work, { recursive: true });
  log(`copying the working tree to ${siteDir}`);
  const copied = await prepareSiteCopy(siteDir);
  log(`${copied} files copied`);
  const runs: RunRecord[] = [];
  for (const n of ns) {
    const runDir = path.join(work, `n-${n}`);
    const dataDir = path.join(runDir, "data");
    const programDir = path.join(runDir, "program");
    const counts = generateDataFolder(dataDir, { n, releases, seed });
    const program = writeProgramText(programDir, n, counts.agencies);
    log(
      `N=${n}: ${counts.observations} observations, ${counts.revisions} revisions, program ${program.bytes} B`,
    );
    runs.push(
      await benchmark(
        `N=${n}`,
        n,
        runDir,
        { DATA_DIR: dataDir, PROGRAM_DIR: programDir },
        {
          dataset: { ...counts },
          programBytes: program.bytes,
        },
      ),
    );
  }
  if (!values["no-real"]) {
    const runDir = path.join(work, "real");
    const real = await benchmark(
      "real site",
      0,
      runDir,
      { DATA_DIR: path.join(siteDir, "data") },
      {
        dataset: {},
        programBytes: null,
      },
    );
    real.n = real.dist?.indicatorPages ?? 0;
    if (!values["no-lighthouse"] && real.dist) {
      const indicators = readdirSync(path.join(runDir, "dist", "chi-tieu"), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      const indicator = indicators.includes("thu-nhap-dtts") ? "thu-nhap-dtts" : indicators[0];
      const pages = ["", ...(indicator ? [`chi-tieu/${indicator}/`] : []), "chuong-trinh/"];
      log(`Lighthouse on ${pages.map((p) => `/${p}`).join(", ")}…`);
      real.lighthouse = await runLighthouse(
        path.join(runDir, "dist"),
        path.join(runDir, "lighthouse"),
        pages,
        Number(values["lighthouse-runs"]),
      );
    }
    runs.push(real);
  }

  const ratios = { mean: computeRatios(runs), fastestBuild: computeRatios(runs, "min") };
  const table = renderMarkdownTable(runs);
  const realRun = runs.find((run) => run.label === "real site");
  const lighthouse = realRun?.lighthouse ? renderLighthouseTable(realRun.lighthouse) : "";
  process.stdout.write(`\n${table}\n\n`);
  if (lighthouse) process.stdout.write(`Lighthouse (mobile), real site:\n\n${lighthouse}\n\n`);
  process.stdout.write(`ratios: ${JSON.stringify(ratios)}\n`);
  const goals = checkGoals(runs, ratios.mean);
  const goalsTable = renderGoalsTable(goals);
  process.stdout.write(`Issue 8's goals:\n\n${goalsTable}\n\n`);

  const result = {
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    startedAt,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "",
      memoryGB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      loadAverageAtStart: load.map((value) => Math.round(value * 100) / 100),
    },
    options: { ns, releases, seed, repeat, repeatLarge, query: QUERY },
    ratios,
    goals,
    markdown: { table, lighthouse, goals: goalsTable },
    runs,
  };
  await mkdir(path.dirname(values.output), { recursive: true });
  const json = await prettier.format(JSON.stringify(result), { parser: "json" });
  await writeFile(values.output, json);
  log(`wrote ${path.relative(repoRoot, values.output)}`);
  // A missed goal fails the command; a goal left unmeasured (a run not asked for) does not.
  const missed = goals.filter((goal) => goal.met === false);
  if (missed.length > 0) {
    log(`${missed.length} goal(s) missed: ${missed.map((goal) => goal.goal).join("; ")}`);
    process.exitCode = 1;
  }
}

await main();
