// Progress of the latest comparable figure against the straight path from the baseline to the
// goal level. The ratio is "achieved change ÷ expected change" at the latest figure's period:
// 1 means exactly on the path, 0 means no change, a negative ratio means moving the wrong way.
// When the baseline already meets the goal (or sits exactly on its level) there is no change to
// expect and no ratio: keeping the goal met is "achieved", losing it is "off_track".

import { clean, roundTo } from "./format-value.ts";
import { expectedValueAt, meetsGoal, type GoalSense } from "./goal-level.ts";
import type { Figure, StatusCode } from "./types.ts";

/** Ratio thresholds (architecture.md § Status): on track from 0.95, behind from 0.5, else off track. */
export const ON_TRACK_RATIO = 0.95;
/** Lowest ratio that is "behind" rather than "off_track". */
export const BEHIND_RATIO = 0.5;

/** How the latest comparable figure stands against the goal. */
export interface Assessment {
  readonly latest: Figure;
  /** Goal met at the latest figure. */
  readonly met: boolean;
  /** Expected value at the latest figure's period on the baseline → goal line. */
  readonly expected: number;
  /** Achieved ÷ expected change (rounded to 4 decimals); null when no change was expected. */
  readonly ratio: number | null;
  /** Latest value minus baseline value. */
  readonly change: number;
  /** Average yearly change from the baseline year to the latest period. */
  readonly changePerYear: number;
  /** Status the latest figure gives before any deadline rule. */
  readonly status: Extract<StatusCode, "achieved" | "on_track" | "behind" | "off_track">;
}

/** Returns how `latest` (after the baseline year) stands against `level` due in `goalYear`. */
export function assessLatest(
  baseline: Figure,
  latest: Figure,
  level: number,
  sense: GoalSense,
  goalYear: number,
): Assessment {
  const met = meetsGoal(latest.value, level, sense);
  const expected = expectedValueAt(baseline, level, goalYear, latest.period);
  const change = clean(latest.value - baseline.value);
  const expectedChange = clean(expected - baseline.value);
  const baselineMet = meetsGoal(baseline.value, level, sense);
  const ratio =
    baselineMet || expectedChange === 0 ? null : roundTo(clean(change / expectedChange), 4);
  const years = latest.period - baseline.period;
  return {
    latest,
    met,
    expected,
    ratio,
    change,
    changePerYear: clean(change / years),
    status: classify(met, ratio),
  };
}

function classify(met: boolean, ratio: number | null): Assessment["status"] {
  if (met) return "achieved";
  if (ratio === null) return "off_track";
  if (ratio >= ON_TRACK_RATIO) return "on_track";
  if (ratio >= BEHIND_RATIO) return "behind";
  return "off_track";
}
