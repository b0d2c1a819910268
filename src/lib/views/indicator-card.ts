// An indicator as a card on the overview, target and agency pages: its status in words, the
// latest figure with its year, the goal and a sparkline. A figure of another scope or series
// is shown with its label, never as if it counted for the status.

import type { Dataset } from "../data/dataset.ts";
import type { Indicator } from "../data/rows.ts";
import type { Resolution } from "../resolve/types.ts";
import { labelStatus } from "../status/labels.ts";
import type { Figure, StatusResult } from "../status/types.ts";
import { listTargetAgencies } from "./agencies.ts";
import { buildSparklineView, chartInputIn, type SparklineView } from "./chart-view.ts";
import { resolvedOf } from "./indicator-status.ts";
import { indicatorPath } from "./links.ts";
import { describeResponsible } from "./responsible-agency.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";
import {
  figureIn,
  goalIn,
  indicatorNameIn,
  provisionalIn,
  reasonIn,
  statusLabelIn,
  type Localised,
} from "./localise.ts";
import { describeWeakBasis } from "./source-strength.ts";
import type { StatusChipView } from "./types.ts";

/** The latest figure a card or page shows, with where it comes from. */
export interface LatestFigureView {
  /** Value with unit, from data/ ("51,0 triệu đồng/người/năm"). */
  readonly text: Localised;
  readonly period: number;
  /** "" when it is the comparable figure, else why it is not used ("Khác phạm vi: …"). */
  readonly caveat: string;
}

/** One indicator card. */
export interface IndicatorCardView {
  readonly id: string;
  readonly name: Localised;
  readonly href: string;
  readonly chip: StatusChipView;
  /** "so với mục tiêu năm 2025"; "" for a qualitative indicator. */
  readonly against: string;
  /** The verdict can no longer change (goal year over, its figure published). */
  readonly final: boolean;
  /** For a status waiting for the 2025 figure: what the latest figure alone gives, else "". */
  readonly provisional: string;
  /** One sentence from the status module. */
  readonly reason: Localised;
  /** For "figures exist but none compares": the reason, so the card says why; else "". */
  readonly whyUnknown: Localised;
  /** For "no published figure": who should publish it ("Cơ quan chủ trì theo Phụ lục: …"); else "". */
  readonly responsible: string;
  /** "Tạm tính theo một nguồn thứ cấp." when the status rests only on weak sources, else "". */
  readonly weakBasis: string;
  /** "Mục tiêu 2025" (or "Định hướng 2030" for a 2030-only indicator). */
  readonly goalLabel: string;
  /** The goal judged, in words ("ít nhất 94% số xã"), or the program's promise, quoted, for a qualitative one. */
  readonly goal: Localised;
  /** The goal phrase contains a level the site derived (e.g. 2 × the baseline). */
  readonly goalComputed: boolean;
  readonly latest: LatestFigureView | null;
  readonly qualitative: boolean;
  readonly sparkline: SparklineView | null;
}

/** Returns the status chip of a status result. */
export function chipOf(result: StatusResult): StatusChipView {
  return { status: result.status, label: result.label };
}

/**
 * Returns the figure a page calls "latest": the latest comparable figure after the baseline year;
 * without one, the newest figure of any kind (the baseline itself, a figure from before the
 * baseline year, or one of another scope or series), with a caveat saying why it is not used.
 */
export function pickLatest(
  result: StatusResult,
): { readonly figure: Figure; readonly caveat: string } | null {
  if (result.latest) return { figure: result.latest, caveat: "" };
  const candidates: { figure: Figure; caveat: string }[] = [
    ...(result.baseline
      ? [{ figure: result.baseline, caveat: "Năm gốc; chưa có số liệu so sánh được sau năm gốc" }]
      : []),
    ...result.comparable.map((figure) => ({
      figure,
      caveat:
        result.baseline && figure.period < result.baseline.period
          ? "Trước năm gốc; không dùng để đánh giá"
          : "Không dùng để đánh giá",
    })),
    ...result.others.map((figure) => ({
      figure,
      caveat: `${figure.label}; không dùng để đánh giá`,
    })),
  ];
  // The newest period wins; on a tie the earlier candidate (baseline, then comparable) stays.
  const newest = candidates.reduce<(typeof candidates)[number] | null>(
    (best, entry) => (best === null || entry.figure.period > best.figure.period ? entry : best),
    null,
  );
  return newest;
}

/** Returns the latest figure as a card shows it (see pickLatest), or null when there is none. */
export function pickLatestFigure(result: StatusResult): LatestFigureView | null {
  const latest = pickLatest(result);
  return latest ? describeLatest(latest.figure, latest.caveat) : null;
}

function describeLatest(figure: Figure, caveat: string): LatestFigureView {
  return { text: figure.text, period: figure.period, caveat };
}

/** Returns the provisional sentence of a status waiting for its goal year's figure, else "". */
export function describeProvisional(result: StatusResult): string {
  if (result.status !== "awaiting_final" || result.provisional === null) return "";
  return `Tạm tính theo số liệu gần nhất: ${labelStatus(result.provisional, result.goalYear)}`;
}

/** Returns who should publish the indicator's missing figure when its status is no_data, else "". */
export function describeResponsibleFor(
  dataset: Dataset,
  indicator: Indicator,
  result: StatusResult,
  lang: Lang = "vi",
): string {
  if (result.status !== "no_data") return "";
  return describeResponsible(listTargetAgencies(dataset, indicator.target_id, lang).lead, lang);
}

// A quotation of the program's words: quote marks around the text, in whichever language it is.
function quoteIn(text: Localised): Localised {
  return typeof text === "string" ? `“${text}”` : { ...text, text: `“${text.text}”` };
}

/** Returns why the figure shown as "latest" is not the comparable one, in `lang` ("" when it is). */
export function latestCaveatIn(lang: Lang, result: StatusResult, figure: Figure): string {
  const t = dictionaryOf(lang);
  if (figure === result.latest) return "";
  if (figure === result.baseline) return t.caveatBaseline;
  if (result.comparable.includes(figure))
    return result.baseline && figure.period < result.baseline.period
      ? t.caveatBeforeBaseline
      : t.caveatNotUsed;
  return t.caveatOther;
}

/** Returns the card of `indicator` as of the latest release, in `lang` (default Vietnamese). */
export function buildIndicatorCard(
  resolution: Resolution,
  indicator: Indicator,
  lang: Lang = "vi",
): IndicatorCardView {
  const { dataset } = resolution;
  const t = dictionaryOf(lang);
  const resolved = resolvedOf(resolution, indicator);
  const { judged } = resolved;
  const qualitative = judged.status === "qualitative";
  const reason = reasonIn(dataset, lang, indicator, judged);
  const goal = goalIn(dataset, lang, indicator, judged);
  const latest = qualitative ? null : pickLatest(judged);
  return {
    id: indicator.id,
    name: indicatorNameIn(dataset, lang, indicator),
    href:
      lang === "vi"
        ? indicatorPath(indicator.id)
        : pathOf(lang, { kind: "indicator", id: indicator.id }),
    chip: { status: judged.status, label: statusLabelIn(lang, judged) },
    against: qualitative ? "" : t.againstGoal(judged.goalYear),
    final: judged.final,
    provisional: provisionalIn(lang, judged, describeProvisional(judged)),
    reason,
    whyUnknown: judged.status === "not_comparable" ? reason : "",
    responsible: describeResponsibleFor(dataset, indicator, judged, lang),
    // The card says it in short; the page names the source.
    weakBasis: describeWeakBasis(dataset, judged) ? t.weakBasisShort : "",
    // "Chỉ tiêu đến 2025", not "Mục tiêu 2025": "Mục tiêu 2" is a group of the appendix.
    goalLabel:
      judged.goalYear === dataset.program.goal_year
        ? t.goalBy(judged.goalYear)
        : t.orientationBy(judged.goalYear),
    goal: qualitative ? quoteIn(goal) : goal,
    goalComputed: !qualitative && (judged.goalLevel?.computed ?? false),
    latest:
      latest === null
        ? null
        : {
            text: figureIn(dataset, lang, indicator, latest.figure),
            period: latest.figure.period,
            caveat: lang === "vi" ? latest.caveat : latestCaveatIn(lang, judged, latest.figure),
          },
    qualitative,
    sparkline: qualitative ? null : buildSparklineView(chartInputIn(dataset, lang, resolved), lang),
  };
}
