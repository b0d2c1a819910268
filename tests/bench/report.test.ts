// The benchmark's verdict on issue 8's goals, from run records made up for the test (synthetic
// numbers, not measurements): each goal is met, missed, or left unmeasured when its run is absent.
import { describe, expect, it } from "vitest";
import {
  checkGoals,
  computeRatios,
  renderGoalsTable,
  spreadOf,
  type GoalCheck,
  type RunRecord,
} from "./report.ts";

interface Made {
  label: string;
  total: number[];
  peakMB: number[];
  pages?: number;
  indicatorPages?: number;
  medianGzip?: number;
  searchTotalBytes?: number;
  lighthouse?: [number, number, number, number];
}

function makeRun(made: Made): RunRecord {
  const pages = spreadOf([made.pages ?? 1]);
  const zero = spreadOf([0]);
  return {
    label: made.label,
    n: made.indicatorPages ?? 0,
    dataset: {},
    programBytes: null,
    builds: [],
    stages: {
      validate: zero,
      pages,
      searchIndex: zero,
      downloads: zero,
      cards: zero,
      other: zero,
      total: spreadOf(made.total),
    },
    cpu: null,
    peakRssMB: spreadOf(made.peakMB),
    openDataSeconds: null,
    dist:
      made.indicatorPages === undefined
        ? null
        : ({
            indicatorPages: made.indicatorPages,
            indicatorPageGzip: { median: made.medianGzip ?? 6000, max: 7000 },
          } as unknown as RunRecord["dist"]),
    renderMsPerIndicatorPage: null,
    pagesMsPerIndicatorPage: null,
    search:
      made.searchTotalBytes === undefined
        ? null
        : {
            query: "duong o to",
            results: 5,
            requests: 8,
            searchBytes: made.searchTotalBytes - 5000,
            totalBytes: made.searchTotalBytes,
          },
    ...(made.lighthouse
      ? {
          lighthouse: [
            {
              path: "/",
              runs: 1,
              performance: made.lighthouse[0],
              accessibility: made.lighthouse[1],
              bestPractices: made.lighthouse[2],
              seo: made.lighthouse[3],
              failing: [],
            },
          ],
        }
      : {}),
  };
}

const goodRuns = (): RunRecord[] => [
  makeRun({
    label: "N=20",
    total: [4],
    peakMB: [700],
    pages: 2,
    indicatorPages: 20,
    medianGzip: 6000,
  }),
  makeRun({ label: "N=200", total: [19], peakMB: [900], pages: 3, indicatorPages: 200 }),
  makeRun({
    label: "N=2000",
    total: [160, 170],
    peakMB: [1400, 1500],
    pages: 12,
    indicatorPages: 2000,
    medianGzip: 6300,
    searchTotalBytes: 118 * 1024,
  }),
  makeRun({ label: "real site", total: [4], peakMB: [700], lighthouse: [100, 100, 100, 100] }),
];

const verdicts = (checks: readonly GoalCheck[]): (boolean | null)[] =>
  checks.map((check) => check.met);

describe("checkGoals", () => {
  it("meets every goal when every run is within budget", () => {
    const runs = goodRuns();
    const checks = checkGoals(runs, computeRatios(runs));
    expect(verdicts(checks)).toEqual([true, true, true, true, true, true, true]);
    // The slowest of repeated builds is the one judged.
    expect(checks[1]?.measured).toBe("170 s");
    expect(checks[4]?.measured).toBe("1.05");
  });

  it("misses the memory goal when one build of N = 2,000 goes over 2,000 MB", () => {
    const runs = goodRuns();
    runs[2] = { ...runs[2]!, peakRssMB: spreadOf([1500, 2779]) };
    const memory = checkGoals(runs, computeRatios(runs))[2];
    expect(memory).toEqual({
      goal: "N = 2,000 peak memory ≤ 2000 MB (all the build's processes)",
      measured: "2779 MB",
      met: false,
    });
  });

  it("counts every byte of the first search, the search page included", () => {
    const runs = goodRuns();
    runs[2] = {
      ...runs[2]!,
      search: { ...runs[2]!.search!, searchBytes: 119 * 1024, totalBytes: 125 * 1024 },
    };
    expect(checkGoals(runs, computeRatios(runs))[5]).toMatchObject({
      measured: "125 KB",
      met: false,
    });
  });

  it("misses a Lighthouse goal below 98 for performance or below 100 for the others", () => {
    const runs = goodRuns();
    runs[3] = makeRun({
      label: "real site",
      total: [4],
      peakMB: [700],
      lighthouse: [97, 100, 100, 100],
    });
    expect(checkGoals(runs, computeRatios(runs))[6]).toMatchObject({
      measured: "97 / 100 / 100 / 100",
      met: false,
    });
  });

  it("leaves a goal unmeasured when its run was not asked for", () => {
    const runs = goodRuns().filter((run) => run.label !== "N=2000");
    const checks = checkGoals(runs, computeRatios(runs));
    expect(verdicts(checks).slice(1, 6)).toEqual([null, null, null, null, null]);
    expect(renderGoalsTable(checks).split("\n")[3]).toBe("| N = 2,000 builds in ≤ 180 s | — | — |");
  });
});
