// The bridge between the Dataset and src/lib/status for one indicator. The status a page shows
// for an indicator is its 2025 goal's (the end of the program period); an indicator with no
// 2025 goal (a 2030-only orientation) is judged against its earliest goal. "Today" is always
// the date of the release the status is computed as of (the latest one by default).

import type { Dataset } from "../data/dataset.ts";
import type { Indicator } from "../data/rows.ts";
import { computeStatuses } from "../status/compute-status.ts";
import type { StatusInput, StatusResult } from "../status/types.ts";

/** Error raised when the Dataset cannot give a page what it needs (a missing row). */
export class ViewInputError extends Error {
  override name = "ViewInputError";
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
    throw new ViewInputError(
      `indicator "${indicator.id}" has no goal in goals.csv: add its goal or orientation`,
    );
  }
  const final = dataset.program.goal_year;
  return years.includes(final) ? final : Math.min(...years);
}

/** An indicator's statuses: the judged one and one per goal year (sorted by year). */
export interface IndicatorStatuses {
  readonly judged: StatusResult;
  readonly all: readonly StatusResult[];
}

// Statuses already computed, per Dataset and per indicator row. The overview, target, agency,
// indicator, methodology and program pages each ask for the same indicator's status, and the
// agency pages repeat every card of every target they share (about six times per indicator per
// build). Caching is safe because a Dataset is immutable (buildDataset freezes it) and the result
// depends only on the Dataset and the indicator row; a Dataset built or spread anew is a new key,
// and the WeakMap lets a Dataset and its cache be collected together.
const statusCache = new WeakMap<Dataset, WeakMap<Indicator, IndicatorStatuses>>();

/** Returns the indicator's status for every goal year and the one the pages show (computed once per Dataset). */
export function computeIndicatorStatuses(
  dataset: Dataset,
  indicator: Indicator,
): IndicatorStatuses {
  let byIndicator = statusCache.get(dataset);
  if (!byIndicator) {
    byIndicator = new WeakMap();
    statusCache.set(dataset, byIndicator);
  }
  const cached = byIndicator.get(indicator);
  if (cached) return cached;
  const computed = computeFresh(dataset, indicator);
  byIndicator.set(indicator, computed);
  return computed;
}

/** Returns the indicator's statuses as the data stood at release `asOf` (not cached: for previews). */
export function computeIndicatorStatusesAsOf(
  dataset: Dataset,
  indicator: Indicator,
  asOf: string,
): IndicatorStatuses {
  return computeFresh(dataset, indicator, asOf);
}

function computeFresh(
  dataset: Dataset,
  indicator: Indicator,
  asOf: string = dataset.latestRelease.id,
): IndicatorStatuses {
  const goalYear = pickGoalYear(dataset, indicator);
  const all = computeStatuses(buildStatusInput(dataset, indicator, goalYear, asOf));
  const judged = all.find((result) => result.goalYear === goalYear);
  // computeStatuses returns one result per goal, and goalYear is one of the goals' years.
  if (!judged) throw new ViewInputError(`indicator "${indicator.id}": no status for ${goalYear}`);
  // Frozen because every caller of this Dataset now shares the same object.
  return Object.freeze({ judged, all: Object.freeze(all) });
}

/** Returns the indicator with id `id`, or throws naming the known ids. */
export function requireIndicator(dataset: Dataset, id: string): Indicator {
  const indicator = dataset.indicatorById.get(id);
  if (!indicator) {
    const known = dataset.indicators.map((row) => row.id).join(", ");
    throw new ViewInputError(`unknown indicator "${id}" (known: ${known})`);
  }
  return indicator;
}
