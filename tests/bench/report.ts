// Turns raw benchmark runs into stage times, ratios against issue 8's goals, and tables.
import type { BuildResult } from "./build-run.ts";
import type { LighthouseScores } from "./lighthouse.ts";
import type { DistMeasures, SearchTransfer } from "./measure.ts";

/** Wall time of each stage of one build, in seconds; the stages add up to `total`. */
export interface Stages {
  validate: number;
  /** Astro's build (content sync, bundling, every page) minus the download routes. */
  pages: number;
  /** Post-build steps whose name mentions search or pagefind. */
  searchIndex: number;
  /** Astro's du-lieu/ routes plus post-build steps whose name mentions downloads. */
  downloads: number;
  /** Post-build steps whose name mentions cards: share cards and chart downloads (PNG, SVG). */
  cards: number;
  /** Other post-build steps (sitemap…) and the swap into place. */
  other: number;
  total: number;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const r3 = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Returns the stages of one build, or null when it printed no timings. `openDataSeconds` is the
 * time to build the du-lieu/ files, measured apart (measure.ts: timeOpenDataBuild); it is moved
 * from the pages stage, where the build spends it, to the downloads stage.
 */
export function splitStages(build: BuildResult, openDataSeconds = 0): Stages | null {
  const t = build.timings;
  if (!t) return null;
  const steps = Object.entries(t.steps);
  const searchSteps = sum(
    steps.filter(([name]) => /search|pagefind/i.test(name)).map(([, s]) => s),
  );
  const downloadSteps = sum(
    steps.filter(([name]) => /download|du-lieu/i.test(name)).map(([, s]) => s),
  );
  const cardSteps = sum(steps.filter(([name]) => /card/i.test(name)).map(([, s]) => s));
  const downloadRoutes = (build.routeTimes["du-lieu"]?.seconds ?? 0) + openDataSeconds;
  return {
    validate: r3(t.validate),
    pages: r3(t.pages - downloadRoutes),
    searchIndex: r3(searchSteps),
    downloads: r3(downloadRoutes + downloadSteps),
    cards: r3(cardSteps),
    other: r3(t.postBuild - searchSteps - downloadSteps - cardSteps + t.swap),
    total: r3(t.total),
  };
}

/** Mean, minimum and maximum of repeated measurements. */
export interface Spread {
  mean: number;
  min: number;
  max: number;
  /** (max − min) ÷ mean, in percent; 0 for one run. */
  rangePercent: number;
}

/** Returns the spread of `values` (at least one). */
export function spreadOf(values: readonly number[]): Spread {
  const mean = sum(values) / values.length;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return {
    mean: r3(mean),
    min: r3(min),
    max: r3(max),
    rangePercent: mean === 0 ? 0 : Math.round(((max - min) / mean) * 1000) / 10,
  };
}

/** One benchmarked site: synthetic at N indicators, or the real one. */
export interface RunRecord {
  label: string;
  /** Indicators in the data folder. */
  n: number;
  dataset: Record<string, number>;
  programBytes: number | null;
  builds: {
    stages: Stages | null;
    wallSeconds: number;
    maxRssMB: number | null;
    peakTreeRssMB: number;
    ok: boolean;
    /** 1-minute load average when the build ended: how busy the shared machine was. */
    loadAverageAtEnd: number;
    stoppedOverMemoryMB?: number;
    pagesDetail: Record<string, number>;
    astroPhases: Record<string, number>;
    steps: Record<string, number>;
    routeTimes: BuildResult["routeTimes"];
  }[];
  stages: Record<keyof Stages, Spread> | null;
  /** CPU seconds of the build process: validation, Astro's build (downloads included), each post-build step. */
  cpu: { validate: Spread; pages: Spread; steps: Record<string, Spread> } | null;
  peakRssMB: Spread;
  /** Seconds to build the du-lieu/ files, measured apart from the build (see splitStages). */
  openDataSeconds: number | null;
  dist: DistMeasures | null;
  /** Set when `dist` comes from a stopped build (its pages only; sizes left at 0). */
  distFrom?: string;
  /** Astro render time of one indicator page (sum of chi-tieu/ routes ÷ their number), in ms. */
  renderMsPerIndicatorPage: number | null;
  /** Pages stage ÷ indicator pages, in ms (issue 8's definition; includes fixed costs). */
  pagesMsPerIndicatorPage: number | null;
  search: SearchTransfer | null;
  lighthouse?: LighthouseScores[];
}

/** Returns the mean stages over the builds that printed timings. */
export function summarizeStages(
  stages: readonly (Stages | null)[],
): Record<keyof Stages, Spread> | null {
  const present = stages.filter((s): s is Stages => s !== null);
  if (present.length === 0) return null;
  const keys: (keyof Stages)[] = [
    "validate",
    "pages",
    "searchIndex",
    "downloads",
    "cards",
    "other",
    "total",
  ];
  return Object.fromEntries(
    keys.map((key) => [key, spreadOf(present.map((s) => s[key]))]),
  ) as Record<keyof Stages, Spread>;
}

/** Returns the CPU seconds of repeated builds, or null when none printed them. */
export function summarizeCpu(builds: readonly BuildResult[]): RunRecord["cpu"] {
  const cpus = builds.map((build) => build.timings?.cpu).filter((cpu) => cpu !== undefined);
  if (cpus.length === 0) return null;
  const names = [...new Set(cpus.flatMap((cpu) => Object.keys(cpu.steps ?? {})))];
  return {
    validate: spreadOf(cpus.map((cpu) => cpu.validate ?? 0)),
    pages: spreadOf(cpus.map((cpu) => cpu.pages ?? 0)),
    steps: Object.fromEntries(
      names.map((name) => [name, spreadOf(cpus.map((cpu) => cpu.steps?.[name] ?? 0))]),
    ),
  };
}

/** Ratios issue 8 sets goals for, computed from the synthetic runs present. */
export interface Ratios {
  /** pagesMsPerIndicatorPage at N=2,000 ÷ at N=200 (goal ≤ 1.5). */
  linearityPagesStage: number | null;
  /** The same from CPU seconds of Astro's whole build (downloads included): load-independent. */
  linearityPagesCpu: number | null;
  /** renderMsPerIndicatorPage at N=2,000 ÷ at N=200: rendering alone, without fixed costs. */
  linearityRender: number | null;
  /** (pages at 2,000 − pages at 200) ÷ 1,800 over (pages at 200 − pages at 20) ÷ 180. */
  linearityMarginal: number | null;
  /** Median indicator page gzip at N=2,000 ÷ at N=20 (goal within 1 ± 0.10). */
  pageSizeRatio: number | null;
}

/**
 * Returns the ratios from the runs at N = 20, 200 and 2,000 (null where a run is missing), from
 * the mean of repeated builds or from the fastest ("min": least disturbed on a shared machine).
 */
export function computeRatios(
  runs: readonly RunRecord[],
  statistic: "mean" | "min" = "mean",
): Ratios {
  const at = (n: number): RunRecord | undefined => runs.find((run) => run.label === `N=${n}`);
  const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
    a == null || b == null || b === 0 ? null : Math.round((a / b) * 1000) / 1000;
  const pages = (n: number): number | undefined => at(n)?.stages?.pages[statistic];
  const perPage = (n: number): number | null => {
    const seconds = pages(n);
    const count = at(n)?.dist?.indicatorPages ?? 0;
    return seconds === undefined || count === 0 ? null : (1000 * seconds) / count;
  };
  const p20 = pages(20);
  const p200 = pages(200);
  const p2000 = pages(2000);
  const marginal =
    p20 === undefined || p200 === undefined || p2000 === undefined
      ? null
      : ratio((p2000 - p200) / 1800, (p200 - p20) / 180);
  const cpuPerPage = (n: number): number | null => {
    const seconds = at(n)?.cpu?.pages[statistic];
    const count = at(n)?.dist?.indicatorPages ?? 0;
    return seconds === undefined || count === 0 ? null : (1000 * seconds) / count;
  };
  return {
    linearityPagesStage: ratio(perPage(2000), perPage(200)),
    linearityPagesCpu: ratio(cpuPerPage(2000), cpuPerPage(200)),
    linearityRender: ratio(at(2000)?.renderMsPerIndicatorPage, at(200)?.renderMsPerIndicatorPage),
    linearityMarginal: marginal,
    pageSizeRatio: ratio(
      at(2000)?.dist?.indicatorPageGzip?.median,
      at(20)?.dist?.indicatorPageGzip?.median,
    ),
  };
}

/** One of issue 8's goals, with what this run measured. */
export interface GoalCheck {
  goal: string;
  measured: string;
  /** Null when a run it needs is missing (e.g. `--n 20,200` leaves N = 2,000 out). */
  met: boolean | null;
}

// Issue 8's budgets. "2 GB" is taken as 2,000 MB, the stricter reading.
export const GOALS = {
  realSiteSeconds: 20,
  largeSiteSeconds: 180,
  largeSitePeakMB: 2000,
  linearity: 1.5,
  pageSizeTolerance: 0.1,
  firstSearchKB: 120,
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100 },
} as const;

/**
 * Returns issue 8's goals, each with the value measured and whether it is met. Times are the
 * slowest of repeated builds and memory the largest: a goal must hold for every build. The
 * first search counts every byte the browser downloads for it, the search page included.
 */
export function checkGoals(runs: readonly RunRecord[], ratios: Ratios): GoalCheck[] {
  const real = runs.find((run) => run.label === "real site");
  const large = runs.find((run) => run.label === "N=2000");
  const check = (
    goal: string,
    value: number | null | undefined,
    unit: string,
    met: (v: number) => boolean,
  ): GoalCheck =>
    value == null
      ? { goal, measured: "—", met: null }
      : {
          goal,
          measured: unit === "" ? value.toFixed(2) : `${round1(value)}${unit}`,
          met: met(value),
        };
  const checks: GoalCheck[] = [
    check(
      `real site builds in ≤ ${GOALS.realSiteSeconds} s`,
      real?.stages?.total.max,
      " s",
      (v) => v <= GOALS.realSiteSeconds,
    ),
    check(
      `N = 2,000 builds in ≤ ${GOALS.largeSiteSeconds} s`,
      large?.stages?.total.max,
      " s",
      (v) => v <= GOALS.largeSiteSeconds,
    ),
    check(
      `N = 2,000 peak memory ≤ ${GOALS.largeSitePeakMB} MB (all the build's processes)`,
      large?.peakRssMB.max,
      " MB",
      (v) => v <= GOALS.largeSitePeakMB,
    ),
    check(
      `time per indicator page N = 2,000 ÷ N = 200 ≤ ${GOALS.linearity}`,
      ratios.linearityPagesStage,
      "",
      (v) => v <= GOALS.linearity,
    ),
    check(
      "median indicator page N = 2,000 ÷ N = 20 within 10 %",
      ratios.pageSizeRatio,
      "",
      (v) => Math.abs(v - 1) <= GOALS.pageSizeTolerance,
    ),
    check(
      `first search at N = 2,000 ≤ ${GOALS.firstSearchKB} KB transferred`,
      large?.search && !large.search.error ? large.search.totalBytes / 1024 : null,
      " KB",
      (v) => v <= GOALS.firstSearchKB,
    ),
  ];
  for (const page of real?.lighthouse ?? []) {
    const scores = [page.performance, page.accessibility, page.bestPractices, page.seo];
    const wanted = GOALS.lighthouse;
    checks.push({
      goal: `Lighthouse \`${page.path}\` ≥ ${wanted.performance} / ${wanted.accessibility} / ${wanted.bestPractices} / ${wanted.seo}`,
      measured: scores.map((score) => (score === null ? "—" : String(score))).join(" / "),
      met: scores.some((score) => score === null)
        ? null
        : (page.performance ?? 0) >= wanted.performance &&
          (page.accessibility ?? 0) >= wanted.accessibility &&
          (page.bestPractices ?? 0) >= wanted.bestPractices &&
          (page.seo ?? 0) >= wanted.seo,
    });
  }
  return checks;
}

// Times, sizes and memory to one decimal; ratios (no unit) to two, as the goals are written.
const round1 = (value: number): string => (Math.round(value * 10) / 10).toString();

/** Returns the goals as a Markdown table: goal, measured, ✔ / ✘ / — (not measured). */
export function renderGoalsTable(checks: readonly GoalCheck[]): string {
  const mark = (met: boolean | null): string => (met === null ? "—" : met ? "✔" : "✘");
  return [
    "| goal | measured | met |",
    "| --- | --- | --- |",
    ...checks.map((c) => `| ${c.goal} | ${c.measured} | ${mark(c.met)} |`),
  ].join("\n");
}

const kb = (bytes: number | null | undefined): string =>
  bytes == null ? "—" : (bytes / 1024).toFixed(1);
const mb = (bytes: number | null | undefined): string =>
  bytes == null ? "—" : (bytes / 1024 / 1024).toFixed(1);
const s = (spread: Spread | undefined): string => {
  if (!spread) return "—";
  const range = spread.rangePercent > 0 ? ` ±${Math.round(spread.rangePercent / 2)}%` : "";
  return `${spread.mean.toFixed(1)}${range}`;
};

/** Returns the results as a Markdown table (one row per run). */
export function renderMarkdownTable(runs: readonly RunRecord[]): string {
  const header = [
    "site",
    "validate s",
    "pages s",
    "pages CPU s",
    "search index s",
    "downloads s",
    "cards s",
    "other steps s",
    "total s",
    "peak RSS MB",
    "pages",
    "dist MB",
    "search index KB",
    "indicator page gzip KB (median / max)",
    "first search KB (search / all)",
    "ms per indicator page (stage / render)",
  ];
  const rows = runs.map((run) => {
    const st = run.stages;
    const d = run.dist;
    const g = d?.indicatorPageGzip;
    const search = run.search && !run.search.error ? run.search : null;
    const stopped = run.builds.find((build) => build.stoppedOverMemoryMB)?.stoppedOverMemoryMB;
    return [
      stopped ? `${run.label} (stopped at ${stopped} MB)` : run.label,
      s(st?.validate),
      s(st?.pages),
      s(run.cpu?.pages),
      st && st.searchIndex.mean > 0 ? s(st.searchIndex) : "—",
      s(st?.downloads),
      s(st?.cards),
      s(st?.other),
      s(st?.total),
      `${Math.round(run.peakRssMB.max)}`,
      d ? `${d.pages}${run.distFrom ? "*" : ""}` : "—",
      run.distFrom ? "—" : mb(d?.bytes),
      d && d.searchIndexBytes > 0 ? kb(d.searchIndexBytes) : "—",
      g ? `${kb(g.median)} / ${kb(g.max)}` : "—",
      search ? `${kb(search.searchBytes)} / ${kb(search.totalBytes)}` : "—",
      `${run.pagesMsPerIndicatorPage?.toFixed(1) ?? "—"} / ${run.renderMsPerIndicatorPage?.toFixed(1) ?? "—"}`,
    ];
  });
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Returns the Lighthouse scores as a Markdown table. */
export function renderLighthouseTable(scores: readonly LighthouseScores[]): string {
  const cell = (value: number | null): string => (value === null ? "—" : String(value));
  return [
    "| page | performance | accessibility | best practices | SEO |",
    "| --- | --- | --- | --- | --- |",
    ...scores.map(
      (page) =>
        `| \`${page.path}\` | ${cell(page.performance)} | ${cell(page.accessibility)} | ${cell(page.bestPractices)} | ${cell(page.seo)} |`,
    ),
  ].join("\n");
}
