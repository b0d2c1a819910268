// The level each goal rule asks for in its goal year, and the test "is the goal met". Every rule
// is turned into a level L in the indicator's unit and a comparison (≥, ≤ or the strict <), so
// the expected path, the progress ratio and the verdict work the same way for all of them:
//
// | rule                 | value v         | level L at goal year Y          | met when        |
// |----------------------|-----------------|---------------------------------|-----------------|
// | at_least             | level           | v                               | x ≥ L           |
// | at_most              | level           | v                               | x ≤ L           |
// | below                | level           | v                               | x < L (strict)  |
// | multiple_of_baseline | factor          | v × baseline                    | x ≥ L (v ≥ 1)   |
// | change_per_year      | points/yr, ±    | baseline + v × (Y − base year)  | x ≤ L (v < 0)   |
// | reduce_by_share      | percent         | baseline × (1 − v/100)          | x ≤ L           |
// | share_of_reference   | percent         | v/100 × reference of period P   | x ≥ L (up)      |
//
// multiple_of_baseline with a factor below 1 is a fall (x ≤ L). change_per_year with v = 0
// ("keep the level") follows the indicator's direction. share_of_reference follows the indicator's
// direction; its reference moves every year, so L uses the reference value of the same period P
// as the figure it is compared with, and without that value there is no level.
// For change_per_year, meeting L is the same as meeting the required average yearly change from
// the baseline year to Y: (x − baseline)/(Y − base year) ≤ v. "trên 02 lần" is not made strict:
// goals.csv has no strict multiple, only the strict `below`.
//
// The words are sentences a citizen reads, never signs (issue 13): "100% số xóm", "ít nhất 94%
// số xã…", "không còn xã đặc biệt khó khăn", "dưới 8% số hộ DTTS", "tăng trên 2 lần so với năm
// 2020", "giảm bình quân trên 2 điểm phần trăm mỗi năm" — the last two in the program's own
// words ("trên 02 lần", "2%/năm trở lên"), although the test is not strict (see above).

import { isPercentUnit } from "../units.ts";
import { changeUnit, clean, formatFigure, formatPlain, joinUnit, unitOf } from "./format-value.ts";
import type {
  DerivedNumber,
  Figure,
  ReferenceValue,
  StatusGoal,
  StatusIndicator,
} from "./types.ts";

/** Comparison a goal asks for. */
export type GoalSense = ">=" | "<=" | "<";

/** A goal turned into a level: the level (null if it cannot be computed), comparison and words. */
export interface GoalLevel {
  readonly level: DerivedNumber | null;
  readonly sense: GoalSense;
  /** Goal in words with the level ("ít nhất 56,0 triệu đồng (tăng trên 2 lần so với năm 2020)"). */
  readonly text: string;
  /** The same words for inside parentheses ("ít nhất 56,0 triệu đồng, tăng trên 2 lần so với năm 2020"). */
  readonly inline: string;
  /** Why the level is missing (a Vietnamese clause), else empty. */
  readonly missing: string;
}

/** What a level of `indicator` is about when none is left ("xã đặc biệt khó khăn trên…"). */
function nounOf(indicator: StatusIndicator): string {
  const name = indicator.name;
  if (/^Số\s/u.test(name)) {
    const rest = name.replace(/^Số\s+/u, "");
    return rest.charAt(0).toLocaleLowerCase("vi") + rest.slice(1);
  }
  return unitOf(indicator);
}

/**
 * Returns a level as words: "100% số xóm" (all of a percentage), "ít nhất 94% số xã", "không
 * quá 7 xã", "không còn xã đặc biệt khó khăn" (none left), "dưới 8% số hộ DTTS".
 */
export function phraseLevel(
  sense: GoalSense,
  value: number,
  written: string,
  indicator: StatusIndicator,
): string {
  if (sense === "<") return `dưới ${written}`;
  if (sense === "<=")
    return value === 0 ? `không còn ${nounOf(indicator)}` : `không quá ${written}`;
  return value === 100 && isPercentUnit(unitOf(indicator)) ? written : `ít nhất ${written}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** Returns the comparison a quantitative goal asks for. */
export function senseOf(goal: StatusGoal, indicator: StatusIndicator): GoalSense {
  const value = goal.value ?? 0;
  switch (goal.rule) {
    case "at_most":
    case "reduce_by_share":
      return "<=";
    case "below":
      return "<";
    case "multiple_of_baseline":
      return value >= 1 ? ">=" : "<=";
    case "change_per_year":
      if (value !== 0) return value > 0 ? ">=" : "<=";
      return indicator.direction === "down" ? "<=" : ">=";
    case "share_of_reference":
      return indicator.direction === "down" ? "<=" : ">=";
    default:
      return ">=";
  }
}

/** Returns whether figure `x` meets level `level` under `sense` (binary noise ignored). */
export function meetsGoal(x: number, level: number, sense: GoalSense): boolean {
  const a = clean(x);
  const b = clean(level);
  if (sense === ">=") return a >= b;
  if (sense === "<=") return a <= b;
  return a < b;
}

/** Returns the rate phrase of a change_per_year goal ("giảm bình quân trên 2 điểm phần trăm mỗi năm"). */
export function describeRate(goal: StatusGoal, indicator: StatusIndicator): string {
  const value = goal.value ?? 0;
  const falls = value < 0 || (value === 0 && indicator.direction === "down");
  if (value === 0) return falls ? "không tăng so với năm gốc" : "không giảm so với năm gốc";
  const unit = unitOf(indicator);
  const change = isPercentUnit(unit) ? "điểm phần trăm" : changeUnit(unit);
  const amount = `${formatPlain(Math.abs(value))}${change ? ` ${change}` : ""}`;
  return `${falls ? "giảm" : "tăng"} bình quân trên ${amount} mỗi năm`;
}

/**
 * Returns the level goal `goal` asks for in its year, in the indicator's unit, with its words.
 * `referencePeriod` is the period whose reference value a share_of_reference goal uses.
 */
export function computeGoalLevel(
  goal: StatusGoal,
  indicator: StatusIndicator,
  baseline: Figure | null,
  referenceValues: readonly ReferenceValue[],
  referencePeriod: number | null,
): GoalLevel {
  const sense = senseOf(goal, indicator);
  const value = goal.value ?? 0;
  const unit = unitOf(indicator);
  const write = (level: number): string => formatFigure(level, indicator);
  const derived = (level: number, qualifier: string): GoalLevel => {
    const cleaned = clean(level);
    const phrase = phraseLevel(sense, cleaned, write(cleaned), indicator);
    return {
      level: { value: cleaned, text: write(cleaned), computed: true },
      sense,
      text: `${phrase} (${qualifier})`,
      inline: `${phrase}, ${qualifier}`,
      missing: "",
    };
  };
  const noLevel = (text: string, missing: string): GoalLevel => ({
    level: null,
    sense,
    text,
    inline: text,
    missing,
  });
  const noBaseline = "chưa có số liệu năm gốc";

  switch (goal.rule) {
    case "at_least":
    case "at_most":
    case "below": {
      // A level quoted from the program keeps the program's own digits ("94%", not "94,0%").
      const written = joinUnit(formatPlain(value), unit);
      const phrase = phraseLevel(sense, value, written, indicator);
      return {
        level: { value, text: written, computed: false },
        sense,
        text: phrase,
        inline: phrase,
        missing: "",
      };
    }
    case "multiple_of_baseline": {
      const since = `so với năm ${baseline?.period ?? "gốc"}`;
      const qualifier =
        value >= 1
          ? `tăng trên ${formatPlain(value)} lần ${since}`
          : `còn ${formatPlain(value)} lần mức năm ${baseline?.period ?? "gốc"}`;
      if (!baseline) return noLevel(qualifier, noBaseline);
      return derived(value * baseline.value, qualifier);
    }
    case "change_per_year": {
      const rate = describeRate(goal, indicator);
      if (!baseline) return noLevel(rate, noBaseline);
      const years = goal.year - baseline.period;
      return derived(baseline.value + value * years, rate);
    }
    case "reduce_by_share": {
      const qualifier = `giảm ${formatPlain(value)}% so với năm ${baseline?.period ?? "gốc"}`;
      if (!baseline) return noLevel(qualifier, noBaseline);
      return derived(baseline.value * (1 - value / 100), qualifier);
    }
    case "share_of_reference": {
      const reference = lowerFirst(goal.reference?.trim() || "giá trị tham chiếu");
      const found = referenceValues.find(
        (row) => row.period === referencePeriod && row.value !== null,
      );
      if (referencePeriod === null || !found || found.value === null) {
        const year = referencePeriod === null ? "" : ` năm ${referencePeriod}`;
        return noLevel(
          `bằng ${formatPlain(value)}% ${reference}`,
          `chưa có số liệu ${reference}${year}`,
        );
      }
      return derived(
        (value / 100) * found.value,
        `bằng ${formatPlain(value)}% ${reference} năm ${referencePeriod}`,
      );
    }
    case "qualitative":
      return noLevel(goal.wording ?? "", "chỉ tiêu định tính");
  }
}

/**
 * Returns the expected value at `period` on the straight line from the baseline (its year and
 * value) to `level` in `goalYear`; the line stays at `level` after the goal year.
 */
export function expectedValueAt(
  baseline: Figure,
  level: number,
  goalYear: number,
  period: number,
): number {
  if (goalYear <= baseline.period) return level;
  const share = Math.min(1, Math.max(0, (period - baseline.period) / (goalYear - baseline.period)));
  return clean(baseline.value + (level - baseline.value) * share);
}
