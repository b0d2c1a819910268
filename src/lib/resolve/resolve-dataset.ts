// The resolve step (architecture.md § Pipeline): load → validate → resolve → views → pages.
// Every indicator is resolved as of every release, once per build (src/site/load-dataset.ts
// `requireResolution` memoises it per process), into one frozen structure. The status a page
// shows is the indicator's goal for the program's goal year (program.csv), or its earliest goal
// when it has none for that year (a 2030-only orientation).

import type { Dataset } from "../data/dataset.ts";
import type { Indicator } from "../data/rows.ts";
import { rankReleases, requireRank } from "../releases/order.ts";
import type { StatusInput } from "../status/types.ts";
import { resolveIndicatorAsOf, ResolveError } from "./resolve-indicator.ts";
import type { IndicatorAsOf, Resolution, ResolvedIndicator } from "./types.ts";

// Resolutions already made, per Dataset. A Dataset is immutable (buildDataset freezes it), so its
// resolution is too; a Dataset built or spread anew is a new key, and the WeakMap lets a Dataset
// and its resolution be collected together.
const resolutions = new WeakMap<Dataset, Resolution>();

/** Returns the resolution of `dataset`, made once per Dataset (see resolveDataset). */
export function resolutionOf(dataset: Dataset): Resolution {
  let resolution = resolutions.get(dataset);
  if (!resolution) {
    resolution = resolveDataset(dataset);
    resolutions.set(dataset, resolution);
  }
  return resolution;
}

/** Returns every indicator of `dataset` resolved as of every release, deeply frozen. */
export function resolveDataset(dataset: Dataset): Resolution {
  const ranks = rankReleases(dataset.releases);
  const indicators: Record<string, ResolvedIndicator> = Object.create(null) as Record<
    string,
    ResolvedIndicator
  >;
  for (const indicator of dataset.indicators) {
    const goalYear = pickGoalYear(dataset, indicator);
    const disputes = dataset.disputesByIndicator.get(indicator.id) ?? [];
    const asOf: Record<string, IndicatorAsOf> = Object.create(null) as Record<
      string,
      IndicatorAsOf
    >;
    for (const release of dataset.releases) {
      const rank = requireRank(ranks, release.id);
      const disputed = disputes.filter((row) => requireRank(ranks, row.release_id) <= rank);
      asOf[release.id] = resolveIndicatorAsOf(
        buildStatusInput(dataset, indicator, goalYear, release.id),
        disputed,
      );
    }
    const latest = asOf[dataset.latestRelease.id];
    if (!latest) throw new ResolveError(`latest release "${dataset.latestRelease.id}" not found`);
    indicators[indicator.id] = { indicator, latest, asOf };
  }
  return deepFreeze({ dataset, releases: dataset.releases, indicators }, dataset);
}

/** Returns the status module's input for `indicator`, as of release `asOf` (default: latest). */
export function buildStatusInput(
  dataset: Dataset,
  indicator: Indicator,
  goalYear: number,
  asOf: string = dataset.latestRelease.id,
): StatusInput {
  return {
    indicator,
    goals: dataset.goalsByIndicator.get(indicator.id) ?? [],
    baselines: dataset.baselinesByIndicator.get(indicator.id) ?? [],
    observations: dataset.observationsByIndicator.get(indicator.id) ?? [],
    releases: dataset.releases,
    asOf,
    goalYear,
    scopes: dataset.scopes,
    series: dataset.series,
  };
}

/** Returns the goal year an indicator is judged against: the program's goal year (program.csv) when it has that goal, else its earliest. */
export function pickGoalYear(dataset: Dataset, indicator: Indicator): number {
  const years = (dataset.goalsByIndicator.get(indicator.id) ?? []).map((goal) => goal.year);
  if (years.length === 0) {
    throw new ResolveError(
      `indicator "${indicator.id}" has no goal in goals.csv: add its goal or orientation`,
    );
  }
  const final = dataset.program.goal_year;
  return years.includes(final) ? final : Math.min(...years);
}

// Freezes `value` and everything it reaches, except the Dataset (frozen by buildDataset, its
// lookups are Maps) and what is frozen already (rows of the Dataset that a figure points to).
function deepFreeze<T>(value: T, dataset: Dataset): T {
  if (typeof value !== "object" || value === null) return value;
  if ((value as unknown) === dataset || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) deepFreeze(item, dataset);
  return Object.freeze(value);
}
