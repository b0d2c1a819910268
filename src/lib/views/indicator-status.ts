// The bridge between the resolution (src/lib/resolve) and the views for one indicator. Views
// read an indicator's figures and statuses here; nothing in src/lib/views computes a status or
// resolves a figure (architecture.md § Pipeline).

import type { Dataset } from "../data/dataset.ts";
import type { Indicator } from "../data/rows.ts";
import type { IndicatorAsOf, Resolution } from "../resolve/types.ts";

/** Error raised when the Dataset cannot give a page what it needs (a missing row). */
export class ViewInputError extends Error {
  override name = "ViewInputError";
}

/** Returns the indicator as resolved at the latest release: figures, lines, statuses. */
export function resolvedOf(resolution: Resolution, indicator: Indicator | string): IndicatorAsOf {
  return resolvedAsOf(resolution, indicator, resolution.dataset.latestRelease.id);
}

/** Returns the indicator as resolved at release `releaseId`. */
export function resolvedAsOf(
  resolution: Resolution,
  indicator: Indicator | string,
  releaseId: string,
): IndicatorAsOf {
  const id = typeof indicator === "string" ? indicator : indicator.id;
  const resolved = resolution.indicators[id];
  if (!resolved) {
    const known = resolution.dataset.indicators.map((row) => row.id).join(", ");
    throw new ViewInputError(`unknown indicator "${id}" (known: ${known})`);
  }
  const found = resolved.asOf[releaseId];
  if (!found) {
    const known = resolution.releases.map((release) => release.id).join(", ");
    throw new ViewInputError(`unknown release "${releaseId}" (known: ${known})`);
  }
  return found;
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
