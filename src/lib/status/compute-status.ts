// Status of one indicator against one goal year (architecture.md § Status). The methodology page
// quotes these rules; change them here, in the tests and on that page together.
//
// 1. "Today" is the date of the as-of release, never the build machine's clock.
// 2. Figures: for each (period, scope, series) the row of the latest release not after the
//    as-of release counts (src/lib/releases: releases ordered by date, then version); an empty
//    value withdraws the figure. The baseline is resolved the same way from baselines.csv.
// 3. Comparable figures share the baseline's scope_id and series_id. All other figures are
//    returned in `others`, labelled "Khác phạm vi" / "Khác chuỗi", and never used for status:
//    (3a: a figure with a `measure` is a related figure: it measures something else, so it is
//    returned in `related` only, is never comparable, never latest, and counts for nothing.)
//    a figure for the merged province never counts for a baseline of the old province, and a
//    figure under a new poverty standard never counts for a baseline under the old one.
//    A figure whose source gives no exact year (period_basis set: "đến nay", "hiện nay") is
//    never comparable either: it is returned in `others` labelled "Không rõ năm của số liệu",
//    because a year the source does not state must not place it on the expected path.
//    A fraction ("66/110 xã") counts by its share, computed when the Dataset is built; a
//    disputed figure never reaches this module (the Dataset keeps it apart).
// 4. The latest comparable figure is the one with the highest period after the baseline year
//    and not after the goal year (a 2026 figure does not decide a 2025 goal).
// 5. The goal becomes a level L in the goal year and a comparison (≥, ≤, strict <): see the
//    table in goal-level.ts. The expected path is the straight line from (baseline year,
//    baseline) to (goal year, L). Progress ratio = (latest − baseline) ÷ (expected value at the
//    latest period − baseline), rounded to 4 decimals.
// 6. Statuses, first match wins:
//    - qualitative: the indicator or the goal is qualitative; evidence is shown, no status.
//    - no_data ("Chưa có số liệu công bố"): no figure of the indicator at all, or none after
//      the baseline year (a baseline alone measures no progress).
//    - not_comparable ("Có số liệu nhưng chưa so sánh được"): figures exist but none is
//      comparable with the baseline in the years after it up to the goal year (no baseline,
//      another scope or series, after the goal year), or a share_of_reference goal has no
//      reference value for the latest figure's period. The reason names those figures.
//      Neither ever looks like "not achieved".
//    - after the goal year (as-of date later than 31/12 of the goal year):
//      - with a comparable figure for the goal year itself the verdict is final:
//        achieved if it meets L, else not_achieved;
//      - without it: awaiting_final ("Chờ số liệu năm 2025"); the latest figure's status is
//        kept in `provisional` and its ratio is still reported, as information.
//    - otherwise, from the latest comparable figure: achieved if it already meets L;
//      on_track if ratio ≥ 0.95; behind if 0.5 ≤ ratio < 0.95; off_track if ratio < 0.5,
//      which includes no change and moving the wrong way (negative ratio).
//    - When the baseline already meets L (a "keep at least 8%" goal) no change is expected and
//      there is no ratio: achieved while the figure still meets L, off_track once it does not.
// 7. change_per_year: L = baseline + rate × (goal year − baseline year), so meeting L is
//    meeting the required average yearly change; the ratio equals the achieved average yearly
//    change ÷ the required one, and the reason quotes both ("giảm bình quân 2,18 điểm %/năm
//    (2020–2024), đạt yêu cầu giảm ≥ 2 điểm %/năm").
// 8. Derived numbers (a computed level, the expected value, the ratio, the yearly change) are
//    returned as { value, text, computed: true } so pages label them as computed. A ratio is
//    written as a whole percent and a yearly change with the indicator's decimals (at least 2),
//    both cut toward zero, so "95%" or "2,00" never shows a threshold reached when it is not.

import { assessLatest, type Assessment } from "./assess.ts";
import { formatFigure, roundTo } from "./format-value.ts";
import { computeGoalLevel } from "./goal-level.ts";
import { labelStatus } from "./labels.ts";
import { explainStatus, formatRate, formatRatio } from "./reason.ts";
import {
  findRelease,
  isRelated,
  nameOf,
  resolveBaseline,
  resolveFigures,
  StatusInputError,
} from "./resolve.ts";
import type {
  DerivedNumber,
  Figure,
  NamedRow,
  OtherFigure,
  RelatedFigure,
  StatusCode,
  StatusGoal,
  StatusInput,
  StatusRelease,
  StatusResult,
} from "./types.ts";

/** Goal year judged when the input names none. */
export const DEFAULT_GOAL_YEAR = 2025;

/** The indicator's figures as of the input's release: the rows in force, turned into Figures. */
export interface ResolvedFigures {
  /** The release the figures are resolved as of. */
  readonly asOf: StatusRelease;
  /** The baseline in force, or null (none, or withdrawn). */
  readonly baseline: Figure | null;
  /** The indicator's own figures in force (related figures left out), by period, scope, series. */
  readonly figures: readonly Figure[];
  /** Related figures in force (another measure): never comparable, never judged. */
  readonly related: readonly RelatedFigure[];
}

/** The indicator's figures as of the input's release and its status for every goal year. */
export interface IndicatorResolution extends ResolvedFigures {
  /** One status per goal of the indicator, by goal year; all judged from the same figures. */
  readonly statuses: readonly StatusResult[];
}

/** Returns the indicator's figures in force at `input.asOf` (latest release wins, src/lib/releases). */
export function resolveStatusFigures(input: StatusInput): ResolvedFigures {
  const asOf = findRelease(input.releases, input.asOf);
  const resolved = resolveFigures(input.indicator, input.observations, input.releases, asOf);
  return {
    asOf,
    baseline: resolveBaseline(input.indicator, input.baselines, input.releases, asOf),
    figures: resolved.filter((figure) => !isRelated(figure)),
    related: resolved.filter(isRelated),
  };
}

/** Returns the status of `input.indicator` against its goal for `input.goalYear` (default 2025). */
export function computeStatus(input: StatusInput): StatusResult {
  findRelease(input.releases, input.asOf);
  const goalYear = input.goalYear ?? DEFAULT_GOAL_YEAR;
  requireGoal(input, goalYear);
  return judgeStatus(input, resolveStatusFigures(input), goalYear);
}

/** Returns one status per goal of the indicator, by goal year. */
export function computeStatuses(input: StatusInput): StatusResult[] {
  return [...resolveIndicator(input).statuses];
}

/** Returns the indicator's figures as of `input.asOf`, resolved once, and its status for every goal year. */
export function resolveIndicator(input: StatusInput): IndicatorResolution {
  const figures = resolveStatusFigures(input);
  const statuses = input.goals
    .filter((goal) => goal.indicator_id === input.indicator.id)
    .map((goal) => goal.year)
    .sort((a, b) => a - b)
    .map((goalYear) => judgeStatus(input, figures, goalYear));
  return { ...figures, statuses };
}

function requireGoal(input: StatusInput, goalYear: number): StatusGoal {
  const ownGoals = input.goals.filter((goal) => goal.indicator_id === input.indicator.id);
  const goal = ownGoals.find((candidate) => candidate.year === goalYear);
  if (!goal) {
    const years = ownGoals.map((candidate) => candidate.year).join(", ");
    throw new StatusInputError(
      `indicator "${input.indicator.id}" has no goal for ${goalYear} (goal years: ${years || "none"})`,
    );
  }
  return goal;
}

// Judges resolved figures against the goal of `goalYear` (rules 3–8 of the header).
function judgeStatus(
  input: StatusInput,
  resolved: ResolvedFigures,
  goalYear: number,
): StatusResult {
  const { indicator } = input;
  const goal = requireGoal(input, goalYear);
  const { asOf, baseline, figures, related } = resolved;
  const comparable = baseline
    ? figures.filter((figure) => isComparable(figure, baseline) && figure.period_basis === null)
    : [];
  const others = figures
    .filter((figure) => !comparable.includes(figure))
    .map((figure) => labelOther(figure, baseline, input.scopes ?? [], input.series ?? []));
  const latest =
    baseline === null
      ? undefined
      : comparable.findLast(
          (figure) => figure.period > baseline.period && figure.period <= goalYear,
        );
  const goalLevel = computeGoalLevel(
    goal,
    indicator,
    baseline,
    input.referenceValues ?? [],
    latest?.period ?? null,
  );
  const qualitative = indicator.kind === "qualitative" || goal.rule === "qualitative";
  const assessment =
    !qualitative && baseline && latest && goalLevel.level
      ? assessLatest(baseline, latest, goalLevel.level.value, goalLevel.sense, goalYear)
      : null;
  const { status, provisional } = decide(
    qualitative,
    assessment,
    goalYear,
    asOf.date,
    hasFigureSince(figures, baseline),
  );
  return {
    indicator_id: indicator.id,
    goalYear,
    status,
    label: labelStatus(status, goalYear),
    reason: explainStatus({
      indicator,
      goal,
      goalYear,
      status,
      goalLevel,
      baseline,
      latest: latest ?? null,
      assessment,
      figures,
      others,
      related: related.length,
      scopes: input.scopes ?? [],
      series: input.series ?? [],
    }),
    final: isFinal(assessment, goalYear, asOf.date),
    provisional,
    goal,
    goalText: qualitative ? (goal.wording ?? "") : goalLevel.text,
    goalLevel: qualitative ? null : goalLevel.level,
    baseline,
    latest: latest ?? null,
    expectedAtLatest: assessment
      ? derived(assessment.expected, formatLevel(assessment.expected))
      : null,
    ratio:
      assessment && assessment.ratio !== null
        ? derived(assessment.ratio, formatRatio(assessment.ratio))
        : null,
    changePerYear: assessment
      ? derived(
          roundTo(assessment.changePerYear, 6),
          formatRate(assessment.changePerYear, indicator),
        )
      : null,
    comparable,
    others,
    related: [...related],
    asOf: { id: asOf.id, date: asOf.date },
  };

  function formatLevel(value: number): string {
    return formatFigure(value, indicator);
  }
}

/** Returns whether `figure` has the baseline's scope and series. */
export function isComparable(
  figure: { readonly scope_id: string; readonly series_id: string },
  baseline: { readonly scope_id: string; readonly series_id: string },
): boolean {
  return figure.scope_id === baseline.scope_id && figure.series_id === baseline.series_id;
}

function labelOther(
  figure: Figure,
  baseline: Figure | null,
  scopes: readonly NamedRow[],
  series: readonly NamedRow[],
): OtherFigure {
  const scopeName = nameOf(scopes, figure.scope_id);
  const seriesName = nameOf(series, figure.series_id);
  if (figure.period_basis !== null) {
    return { ...figure, reason: "approximate-period", label: "Không rõ năm của số liệu" };
  }
  if (baseline === null) {
    return { ...figure, reason: "no-baseline", label: `Chưa có năm gốc để so sánh: ${scopeName}` };
  }
  if (figure.scope_id !== baseline.scope_id) {
    return { ...figure, reason: "other-scope", label: `Khác phạm vi: ${scopeName}` };
  }
  return { ...figure, reason: "other-series", label: `Khác chuỗi: ${seriesName}` };
}

export { nameOf };

/**
 * Returns whether the indicator has any own figure that could tell progress: one after the
 * baseline year (any scope or series), or any figure at all when there is no baseline.
 */
export function hasFigureSince(figures: readonly Figure[], baseline: Figure | null): boolean {
  return figures.some((figure) => baseline === null || figure.period > baseline.period);
}

function decide(
  qualitative: boolean,
  assessment: Assessment | null,
  goalYear: number,
  asOfDate: string,
  figureSince: boolean,
): { status: StatusCode; provisional: StatusCode | null } {
  if (qualitative) return { status: "qualitative", provisional: null };
  if (!assessment) return { status: figureSince ? "not_comparable" : "no_data", provisional: null };
  if (!isPastGoalYear(goalYear, asOfDate)) return { status: assessment.status, provisional: null };
  if (assessment.latest.period === goalYear) {
    return { status: assessment.met ? "achieved" : "not_achieved", provisional: null };
  }
  return { status: "awaiting_final", provisional: assessment.status };
}

/** Returns whether the goal year is over on date `asOfDate` ("YYYY-MM-DD"). */
export function isPastGoalYear(goalYear: number, asOfDate: string): boolean {
  return asOfDate > `${goalYear}-12-31`;
}

function isFinal(assessment: Assessment | null, goalYear: number, asOfDate: string): boolean {
  return (
    assessment !== null &&
    isPastGoalYear(goalYear, asOfDate) &&
    assessment.latest.period === goalYear
  );
}

function derived(value: number, text: string): DerivedNumber {
  return { value, text, computed: true };
}
