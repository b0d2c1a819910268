// The scorecard (issue 15): one row per indicator with its goal, baseline, latest comparable
// figure, status and the strength of the sources behind it, for the table at the top of the
// overview and for the published bang-tong-hop.csv / .json. Both come from these rows, so the
// page and the files cannot disagree. Statuses are the ones every page shows
// (read from the resolution, src/lib/resolve); nothing here re-judges a figure.
//
// Decisions a reader might undo:
// - The latest figure is the status's latest *comparable* figure only. A related figure (another
//   measure), a figure of another scope or series, or the baseline itself is never put in that
//   column: the column then says why it is empty, in words.
// - The sources of a row are those of the figures it prints (baseline and latest). Its strength
//   is the weakest of their grades, so a row is never graded better than its weakest figure.

import type { Resolution } from "../resolve/types.ts";
import type { IndicatorFileSummary } from "../downloads/indicator-csv.ts";
import { SOURCE_STRENGTH_VALUES, type SourceStrength } from "../data/rows.ts";
import { capitalise, formatNumber } from "../format.ts";
import { METHODOLOGY_VERSION } from "../status/methodology.ts";
import { STATUS_CODES, type StatusCode } from "../status/types.ts";
import { describeProvisional } from "./indicator-card.ts";
import { resolvedOf } from "./indicator-status.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";
import type { Figure } from "../status/types.ts";
import {
  figureIn,
  goalIn,
  indicatorNameIn,
  plainOf,
  provisionalIn,
  statusLabelIn,
  strengthIn,
  type Localised,
} from "./localise.ts";
import { listBasisSources, restsOnlyOnWeak, STRENGTH_LABELS } from "./source-strength.ts";

/** One indicator in the scorecard: machine values (snake_case, as published) and words to print. */
export interface ScorecardRow {
  /** Appendix target number; null for an indicator outside the appendix. */
  readonly target_id: number | null;
  readonly indicator_id: string;
  readonly indicator_name: string;
  /** The indicator's unit; "" for a qualitative one. */
  readonly unit: string;
  /** The goal year the status is judged against (2025, or 2030 for a 2030-only orientation). */
  readonly goal_year: number;
  /** The program's words for that goal, verbatim. */
  readonly goal_wording: string;
  /** The goal as the site words it ("≥ 94% số xã"); the wording for a qualitative goal. */
  readonly goal_text: string;
  /** The level to reach in the goal year, in the indicator's unit; null when none is computable. */
  readonly goal_value: number | null;
  /** The level was derived by the site (e.g. 2 × the baseline), not written in the program. */
  readonly goal_value_computed: boolean;
  readonly baseline_value: number | null;
  readonly baseline_year: number | null;
  /** Latest comparable figure after the baseline year (never a related or other-scope figure). */
  readonly latest_value: number | null;
  readonly latest_period: number | null;
  readonly latest_scope_id: string | null;
  readonly latest_series_id: string | null;
  readonly status: StatusCode;
  /** Vietnamese label of the status. */
  readonly status_label: string;
  /** The verdict can no longer change (goal year over and its figure published). */
  readonly status_final: boolean;
  /** For awaiting_final: the status the latest figure alone gives; else null. */
  readonly provisional_status: StatusCode | null;
  /** The status sentence, as on the indicator page. */
  readonly status_reason: string;
  /** Achieved change ÷ expected change at the latest figure; null without a comparison. */
  readonly progress_ratio: number | null;
  /** Weakest grade among the row's sources; null when the row prints no figure. */
  readonly source_strength: SourceStrength | null;
  /** The status compares figures that all come from weak sources. */
  readonly rests_only_on_weak_sources: boolean;
  /** Sources of the baseline and the latest figure, in that order, without repeats. */
  readonly source_ids: readonly string[];
  /** Words the table prints. */
  readonly view: ScorecardRowView;
}

/** What one row of the table prints, and the keys its sort buttons use. */
export interface ScorecardRowView {
  /** The indicator's name in the page's language. */
  readonly name: Localised;
  /** The status label in the page's language. */
  readonly statusLabel: string;
  /** "Mục tiêu 2", or "Khác" for an indicator outside the appendix. */
  readonly target: string;
  /** Link to the target's page; "" for an indicator outside the appendix. */
  readonly targetHref: string;
  readonly href: string;
  /** "Mục tiêu 2025: ≥ 94% số xã" or "Định hướng 2030: …". */
  readonly goal: Localised;
  /** "28,0 triệu đồng/người/năm (năm 2020)", or why there is none. */
  readonly baseline: Localised;
  /** "51,0 triệu đồng/người/năm (năm 2024)", or why there is none. */
  readonly latest: Localised;
  /** "Tạm tính theo số liệu gần nhất: …", or "". */
  readonly provisional: string;
  /** "Báo chí", "Nguồn chính thức; nguồn thứ cấp", or "Chưa có số liệu để đánh giá". */
  readonly strength: string;
  /** "Tạm tính theo một nguồn thứ cấp" when the result rests only on weak sources, else "". */
  readonly weakBasis: string;
  /** Sort keys: numbers as text, so the script compares them the same way for every column. */
  readonly sort: {
    readonly target: string;
    readonly status: string;
    readonly strength: string;
  };
}

/** The scorecard as of one release. */
export interface Scorecard {
  /** Version of the status method the rows were computed with. */
  readonly methodology_version: string;
  /** The release the statuses were computed as of. */
  readonly release: { readonly id: string; readonly date: string };
  /** One row per indicator: appendix targets in order, then the others, each in file order. */
  readonly rows: readonly ScorecardRow[];
}

/**
 * Returns the scorecard of every indicator as of the latest release; the machine values are the
 * same in every language, `view` is in `lang` (default Vietnamese).
 */
export function buildScorecard(resolution: Resolution, lang: Lang = "vi"): Scorecard {
  const { dataset } = resolution;
  const t = dictionaryOf(lang);
  const inAppendix = dataset.targets.flatMap(
    (target) => dataset.indicatorsByTarget.get(target.id) ?? [],
  );
  const others = dataset.indicators.filter((indicator) => indicator.target_id === null);
  const rows = [...inAppendix, ...others].map((indicator): ScorecardRow => {
    const { judged } = resolvedOf(resolution, indicator);
    const qualitative = judged.status === "qualitative";
    const baseline = qualitative ? null : judged.baseline;
    const latest = qualitative ? null : judged.latest;
    const sourceIds = [
      ...new Set([baseline?.source_id, latest?.source_id].filter((id) => id !== undefined)),
    ];
    const grades = SOURCE_STRENGTH_VALUES.filter((grade) =>
      sourceIds.some((id) => dataset.sourceById.get(id)?.strength === grade),
    );
    const weakest = grades.at(-1) ?? null;
    const weak = restsOnlyOnWeak(dataset, listBasisSources(judged));
    const goalLevel = qualitative ? null : judged.goalLevel;
    const goalLabel =
      judged.goalYear === 2025 ? t.scorecardGoal(2025) : t.scorecardOrientation(judged.goalYear);
    const figureAt = (figure: Figure): Localised =>
      withSuffix(figureIn(dataset, lang, indicator, figure), ` ${t.cardYear(figure.period)}`);
    const goal = goalIn(dataset, lang, indicator, judged);
    return {
      target_id: indicator.target_id,
      indicator_id: indicator.id,
      indicator_name: indicator.name,
      unit: indicator.unit ?? "",
      goal_year: judged.goalYear,
      goal_wording: judged.goal?.wording ?? "",
      goal_text: judged.goalText,
      goal_value: goalLevel?.value ?? null,
      goal_value_computed: goalLevel?.computed ?? false,
      baseline_value: baseline?.value ?? null,
      baseline_year: baseline?.period ?? null,
      latest_value: latest?.value ?? null,
      latest_period: latest?.period ?? null,
      latest_scope_id: latest?.scope_id ?? null,
      latest_series_id: latest?.series_id ?? null,
      status: judged.status,
      status_label: judged.label,
      status_final: judged.final,
      provisional_status: judged.status === "awaiting_final" ? judged.provisional : null,
      status_reason: judged.reason,
      progress_ratio: judged.ratio?.value ?? null,
      source_strength: weakest,
      rests_only_on_weak_sources: weak,
      source_ids: sourceIds,
      view: {
        name: indicatorNameIn(dataset, lang, indicator),
        statusLabel: statusLabelIn(lang, judged),
        target:
          indicator.target_id === null ? t.scorecardOther : t.scorecardTarget(indicator.target_id),
        targetHref:
          indicator.target_id === null
            ? ""
            : pathOf(lang, { kind: "target", n: indicator.target_id }),
        href: pathOf(lang, { kind: "indicator", id: indicator.id }),
        goal: withPrefix(`${goalLabel}: `, plainOf(goal) ? goal : t.scorecardNoGoal),
        baseline: baseline
          ? figureAt(baseline)
          : qualitative
            ? t.scorecardQualitative
            : t.scorecardNoBaseline,
        latest: latest ? figureAt(latest) : describeNoLatest(judged.status, lang),
        provisional: provisionalIn(lang, judged, describeProvisional(judged)),
        strength:
          grades.length > 0
            ? capitalise(
                grades.map((grade) => strengthIn(lang, grade, STRENGTH_LABELS[grade])).join("; "),
              )
            : t.scorecardNoStrength,
        weakBasis: weak ? t.weakBasis : "",
        sort: {
          target: String(indicator.target_id ?? 99).padStart(2, "0"),
          status: String(STATUS_CODES.indexOf(judged.status)),
          strength: String(weakest === null ? 9 : SOURCE_STRENGTH_VALUES.indexOf(weakest)),
        },
      },
    };
  });
  const release = dataset.latestRelease;
  return {
    methodology_version: METHODOLOGY_VERSION,
    release: { id: release.id, date: release.date },
    rows,
  };
}

/**
 * Returns, per indicator id, what its download files say beside the figures: the status of the
 * judged goal with its sentence, and each goal year's goal as the site words it.
 */
export function summariseIndicatorFiles(resolution: Resolution): Map<string, IndicatorFileSummary> {
  const { dataset } = resolution;
  return new Map(
    dataset.indicators.map((indicator) => {
      const { judged, statuses: all } = resolvedOf(resolution, indicator);
      return [
        indicator.id,
        {
          status: judged.status,
          status_label: judged.label,
          status_reason: judged.reason,
          goalTexts: new Map(all.map((result) => [result.goalYear, result.goalText])),
        },
      ];
    }),
  );
}

/** Returns the number of rows in words ("22 chỉ tiêu"). */
export function countScorecardRows(scorecard: Scorecard): string {
  return `${formatNumber(scorecard.rows.length)} chỉ tiêu`;
}

// Why the latest-figure cell is empty, in the status's own terms.
function describeNoLatest(status: StatusCode, lang: Lang): string {
  const t = dictionaryOf(lang);
  if (status === "qualitative") return t.scorecardQualitativeLatest;
  if (status === "not_comparable") return t.scorecardNotComparable;
  return t.cardNoFigure;
}

// A text with words before or after it, keeping the language of a data cell.
function withPrefix(prefix: string, text: Localised): Localised {
  return typeof text === "string" ? `${prefix}${text}` : { ...text, text: `${prefix}${text.text}` };
}

function withSuffix(text: Localised, suffix: string): Localised {
  return typeof text === "string" ? `${text}${suffix}` : { ...text, text: `${text.text}${suffix}` };
}
