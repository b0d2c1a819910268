// The one-sentence Vietnamese reason under each status. Sentences name the figures they rest on
// (value and year) so a reader can check them against the table; the year follows a figure in
// parentheses ("51,0 triệu đồng/người/năm (2024)"), since a unit may itself end in "/năm". Derived numbers are cut, not
// rounded ("1,99" for 1.996), so a rate or ratio never shows a threshold as reached when it
// is not.

import { formatNumber } from "../format.ts";
import type { Assessment } from "./assess.ts";
import { changeUnit, clean, decimalsOf, formatFigure, joinUnit, unitOf } from "./format-value.ts";
import { describeRate, type GoalLevel } from "./goal-level.ts";
import { nameOf } from "./resolve.ts";
import type {
  Figure,
  NamedRow,
  OtherFigure,
  StatusCode,
  StatusGoal,
  StatusIndicator,
} from "./types.ts";

/** Everything a reason sentence may cite. */
export interface ReasonContext {
  readonly indicator: StatusIndicator;
  readonly goal: StatusGoal;
  readonly goalYear: number;
  readonly status: StatusCode;
  readonly goalLevel: GoalLevel;
  readonly baseline: Figure | null;
  /** Latest comparable figure after the baseline year, up to the goal year. */
  readonly latest: Figure | null;
  /** Progress of that figure; null when no goal level could be computed. */
  readonly assessment: Assessment | null;
  /** Every own figure of the indicator (related figures excluded), by period. */
  readonly figures: readonly Figure[];
  /** Own figures of another scope or series than the baseline, labelled. */
  readonly others: readonly OtherFigure[];
  /** Number of related figures (another measure), shown apart. */
  readonly related: number;
  /** Scope and series names, for the reason of a status without a comparable figure. */
  readonly scopes: readonly NamedRow[];
  readonly series: readonly NamedRow[];
}

/** Returns `value` cut (toward zero) to `decimals` decimals and written vi-VN. */
export function formatCut(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  return formatNumber(Math.trunc(clean(value * factor)) / factor, decimals);
}

/** Returns a progress ratio as a whole percent, cut toward zero ("94%" for 0.9499). */
export function formatRatio(ratio: number): string {
  return `${formatNumber(Math.trunc(clean(ratio * 100)), 0)}%`;
}

/** Returns the decimals of a yearly rate: the indicator's, at least 2. */
export function rateDecimals(indicator: StatusIndicator): number {
  return Math.max(decimalsOf(indicator), 2);
}

/** Returns a signed yearly change with its unit ("−2,18 điểm %/năm"). */
export function formatRate(value: number, indicator: StatusIndicator): string {
  const text = formatCut(value, rateDecimals(indicator));
  return `${joinUnit(text, changeUnit(unitOf(indicator)))}/năm`;
}

/** Returns the reason sentence for the context's status. */
export function explainStatus(context: ReasonContext): string {
  const { indicator, goalYear, status, goalLevel, baseline, latest, assessment } = context;
  const name = indicator.name;
  if (status === "qualitative") {
    return `${name}: chỉ tiêu định tính, được đánh giá bằng minh chứng, không tính trạng thái bằng số.`;
  }
  if (status === "no_data") return explainNoData(context);
  if (!baseline || !latest) return explainNotComparable(context);
  if (!assessment) {
    return `${name} là ${latest.text} (${latest.period}), nhưng ${goalLevel.missing} nên chưa tính được mức mục tiêu (${goalLevel.inline})${relatedClause(context.related)}.`;
  }
  if (status === "awaiting_final") {
    return `${name}: chưa có số liệu năm ${goalYear}; gần nhất ${describeProgress(context, assessment, baseline)}.`;
  }
  return `${name} ${describeProgress(context, assessment, baseline)}.`;
}

// "No published figure": says since when nothing was published, so a reader sees it is missing
// data, not a failure, and mentions figures before the baseline and related figures shown apart.
function explainNoData(context: ReasonContext): string {
  const { indicator, goalYear, goalLevel, baseline, figures } = context;
  const tail = relatedClause(context.related);
  if (!baseline) {
    return `${indicator.name}: chưa có số liệu nào được công bố, kể cả số liệu năm gốc, nên chưa so sánh được với mục tiêu năm ${goalYear} (${goalLevel.inline})${tail}.`;
  }
  const earlier =
    figures.length === 0
      ? ""
      : `; số liệu trước năm gốc: ${describeGroups(figures, (f) => f.text)}`;
  return (
    `${indicator.name}: chưa có số liệu nào được công bố từ năm ${baseline.period + 1} đến năm ${goalYear}; ` +
    `số liệu năm gốc là ${baseline.text} (năm ${baseline.period})${earlier}${tail}.`
  );
}

// "Figures exist but none is comparable": names each group of figures and why it does not
// compare (no baseline, another scope, another series, after the goal year), from the data.
function explainNotComparable(context: ReasonContext): string {
  const { indicator, goalYear, goalLevel, baseline, figures, scopes, series } = context;
  const tail = relatedClause(context.related);
  const where = (figure: Figure): string =>
    `${nameOf(scopes, figure.scope_id)}, ${nameOf(series, figure.series_id)}`;
  if (!baseline) {
    return (
      `${indicator.name}: có số liệu nhưng chưa có số liệu năm gốc để so sánh với mục tiêu năm ${goalYear} (${goalLevel.inline}); ` +
      `số liệu đã có: ${describeGroups(figures, where)}${tail}.`
    );
  }
  const since = figures.filter((figure) => figure.period > baseline.period);
  const why = (figure: Figure): string => {
    if (figure.scope_id !== baseline.scope_id) {
      return `khác phạm vi: ${nameOf(scopes, figure.scope_id)}`;
    }
    if (figure.series_id !== baseline.series_id) {
      return `khác chuỗi: ${nameOf(series, figure.series_id)}`;
    }
    return `sau năm mục tiêu ${goalYear}`;
  };
  return (
    `${indicator.name}: có số liệu nhưng không số liệu nào từ năm ${baseline.period + 1} đến năm ${goalYear} ` +
    `cùng phạm vi và cùng chuỗi với số liệu năm gốc (${baseline.text}, năm ${baseline.period}: ${where(baseline)}); ` +
    `số liệu đã có: ${describeGroups(since, why)}${tail}.`
  );
}

// "năm 2016, 2019 — Tỉnh cũ, Chuẩn nghèo 2016–2020; năm 2025 — khác phạm vi: Tỉnh mới":
// figures grouped by what `describe` says of them, in the order they first appear.
function describeGroups(figures: readonly Figure[], describe: (figure: Figure) => string): string {
  const groups = new Map<string, number[]>();
  const undated = new Map<string, number[]>();
  for (const figure of figures) {
    const key = describe(figure);
    // A year the source does not state is never written as the figure's year (issue 14).
    const into = figure.period_basis === null ? groups : undated;
    into.set(key, [...(into.get(key) ?? []), figure.period]);
  }
  return [
    ...[...groups].map(([key, years]) => `năm ${[...new Set(years)].join(", ")} — ${key}`),
    ...[...undated].map(
      ([key, years]) => `không rõ năm (không sớm hơn năm ${Math.min(...years)}) — ${key}`,
    ),
  ].join("; ");
}

function relatedClause(related: number): string {
  if (related === 0) return "";
  return `; ${related} số liệu liên quan đo một đại lượng khác được hiện riêng, không dùng để đánh giá`;
}

// A clause without the indicator's name, so it fits both "<name> …" and "<name>: …; gần nhất …".
function describeProgress(
  context: ReasonContext,
  assessment: Assessment,
  baseline: Figure,
): string {
  if (context.goal.rule === "change_per_year") {
    return describeRateProgress(context, assessment, baseline);
  }
  const { goalYear, status, goalLevel } = context;
  const { latest, ratio, change } = assessment;
  const where = `là ${latest.text} (${latest.period})`;
  const goal = `mục tiêu năm ${goalYear} (${goalLevel.inline})`;
  if (status === "achieved" || (status === "awaiting_final" && assessment.met)) {
    return latest.period === goalYear ? `${where}, đạt ${goal}` : `${where}, đã đạt ${goal}`;
  }
  if (status === "not_achieved") {
    const share =
      ratio !== null && ratio > 0 ? `, bằng ${formatRatio(ratio)} mức thay đổi cần có` : "";
    return `${where}, không đạt ${goal}${share}`;
  }
  if (ratio === null) {
    return `${where}, chưa đạt ${goal}; năm gốc ${baseline.period}: ${baseline.text}`;
  }
  if (ratio <= 0) {
    const moved = change === 0 ? "không đổi" : change > 0 ? "tăng" : "giảm";
    return `${where}, ${moved} so với ${baseline.text} (${baseline.period}), ngược chiều ${goal}`;
  }
  const expected = formatFigure(assessment.expected, context.indicator);
  return (
    `${where}, bằng ${formatRatio(ratio)} tiến độ cần có để đạt ${goal}; ` +
    `theo lộ trình từ ${baseline.text} (${baseline.period}), năm ${latest.period} cần ${expected}`
  );
}

function describeRateProgress(
  context: ReasonContext,
  assessment: Assessment,
  baseline: Figure,
): string {
  const { goal, indicator, status } = context;
  const { latest, ratio, changePerYear } = assessment;
  const span = `(${baseline.period}–${latest.period})`;
  const decimals = rateDecimals(indicator);
  const amount = joinUnit(
    formatCut(Math.abs(changePerYear), decimals),
    changeUnit(unitOf(indicator)),
  );
  const moved =
    clean(changePerYear) === 0
      ? `không đổi ${span}`
      : `${changePerYear < 0 ? "giảm" : "tăng"} bình quân ${amount}/năm ${span}`;
  const required = `yêu cầu ${describeRate(goal, indicator)}`;
  if (status === "not_achieved") return `${moved}, không đạt ${required}`;
  if (assessment.met || (ratio !== null && ratio >= 1)) return `${moved}, đạt ${required}`;
  if (ratio === null || ratio <= 0) return `${moved}, ngược chiều ${required}`;
  return `${moved}, bằng ${formatRatio(ratio)} mức ${required}`;
}
