// The status module's words in the reader's language (issue 17). The status is computed once, in
// Vietnamese terms (src/lib/status); a page in another language re-words it here from the same
// result — its code, figures, goal and ratio — and never judges anything again. Vietnamese pages
// get the status module's own sentences back unchanged.
import type { Dataset } from "../data/dataset.ts";
import type { Indicator, SourceStrength } from "../data/rows.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { textIn, type DataText } from "../i18n/data-text.ts";
import { formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { isPercentUnit } from "../units.ts";
import type { DerivedNumber, Figure, StatusGoal, StatusResult } from "../status/types.ts";

/** A text a view prints: a plain string (written in the page's language) or a data cell. */
export type Localised = string | DataText;

/** Returns the words of a Localised text, for attributes and sentences. */
export function plainOf(text: Localised): string {
  return typeof text === "string" ? text : text.text;
}

/** Returns the indicator's name in `lang` (the Vietnamese cell when it has no translation). */
export function indicatorNameIn(dataset: Dataset, lang: Lang, indicator: Indicator): Localised {
  return lang === "vi" ? indicator.name : textIn(dataset, lang, "indicators", indicator.id, "name");
}

/** Returns the indicator's unit in `lang` ("" for a qualitative indicator). */
export function unitIn(dataset: Dataset, lang: Lang, indicator: Indicator): DataText {
  const unit = indicator.unit ?? "";
  if (lang === "vi" || unit === "") return { text: unit, lang: "vi", renders: null };
  return textIn(dataset, lang, "indicators", indicator.id, "unit");
}

/** Returns `value` in `lang`'s number form with `unit` after it ("19.2%", "51.0 million dong"). */
export function joinUnitIn(lang: Lang, value: number, decimals: number, unit: string): string {
  const number = formatNumberIn(lang, value, decimals);
  if (unit === "") return number;
  return isPercentUnit(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** Returns a figure of `indicator` as `lang` writes it, with the unit (Vietnamese: its own text). */
export function figureIn(
  dataset: Dataset,
  lang: Lang,
  indicator: Indicator,
  figure: Figure,
): Localised {
  if (lang === "vi") return figure.text;
  const decimals = indicator.decimals ?? 0;
  // A related figure has its own unit, which only the Vietnamese data gives.
  const unit =
    figure.measure_unit !== null
      ? { text: figure.measure_unit, lang: "vi" as const, renders: null }
      : unitIn(dataset, lang, indicator);
  const t = dictionaryOf(lang);
  const text = figure.fraction
    ? t.fractionFigure(
        formatNumberIn(lang, figure.fraction.numerator),
        formatNumberIn(lang, figure.fraction.denominator),
        joinUnitIn(lang, figure.value, decimals, "%"),
      )
    : joinUnitIn(lang, figure.value, decimals, unit.text);
  return { text, lang: figure.fraction ? lang : unit.lang, renders: null };
}

/**
 * Returns the goal of `result` as `lang` words it: Vietnamese, the status module's phrase;
 * another language, the level to reach with its bound ("at least 56.0 …") when the level is
 * known, else the program's wording in translation.
 */
export function goalIn(
  dataset: Dataset,
  lang: Lang,
  indicator: Indicator,
  result: StatusResult,
): Localised {
  if (lang === "vi" || result.goal === null) return result.goalText;
  if (result.goalLevel === null || result.status === "qualitative")
    return goalWordingIn(dataset, lang, result.goal);
  const unit = unitIn(dataset, lang, indicator);
  const rule = result.goal.rule;
  const bound =
    rule === "below"
      ? "below"
      : rule === "at_most" || indicator.direction === "down"
        ? "at_most"
        : "at_least";
  const level = joinUnitIn(lang, result.goalLevel.value, indicator.decimals ?? 0, unit.text);
  return { text: dictionaryOf(lang).goalBound(bound, level), lang: unit.lang, renders: null };
}

/** Returns the program's wording of `goal` in `lang` (a translation is the program's words). */
export function goalWordingIn(
  dataset: Dataset,
  lang: Lang,
  goal: Pick<StatusGoal, "indicator_id" | "year" | "wording">,
): Localised {
  if (lang === "vi") return goal.wording ?? "";
  return textIn(dataset, lang, "goals", `${goal.indicator_id}|${goal.year}`, "wording");
}

/** Returns a level the status module derived ("40,0 triệu đồng") in `lang`, with the unit. */
export function levelIn(
  dataset: Dataset,
  lang: Lang,
  indicator: Indicator,
  level: Pick<DerivedNumber, "value" | "text">,
): string {
  if (lang === "vi") return level.text;
  const unit = plainOf(unitIn(dataset, lang, indicator));
  return joinUnitIn(lang, level.value, indicator.decimals ?? 0, unit);
}

/** Returns a progress ratio in `lang` ("110%"): whole per cent, cut, never rounded up. */
export function ratioIn(lang: Lang, ratio: Pick<DerivedNumber, "value" | "text">): string {
  return lang === "vi" ? ratio.text : `${formatNumberIn(lang, Math.trunc(ratio.value * 100))}%`;
}

/** Returns the status label in `lang` ("Awaiting the 2025 figure" names the goal year). */
export function statusLabelIn(
  lang: Lang,
  result: Pick<StatusResult, "status" | "goalYear" | "label">,
): string {
  return lang === "vi"
    ? result.label
    : dictionaryOf(lang).statusLabel(result.status, result.goalYear);
}

/** Returns the "provisional, from the latest figure" sentence in `lang`, or "". */
export function provisionalIn(lang: Lang, result: StatusResult, vietnamese: string): string {
  if (lang === "vi" || result.status !== "awaiting_final" || result.provisional === null)
    return vietnamese;
  return dictionaryOf(lang).provisional(
    dictionaryOf(lang).statusLabel(result.provisional, result.goalYear),
  );
}

/**
 * Returns the status sentence in `lang`: Vietnamese is the status module's own; another language
 * says the same facts (latest comparable figure, baseline, goal level, share of the expected
 * change) in a sentence of its dictionary.
 */
export function reasonIn(
  dataset: Dataset,
  lang: Lang,
  indicator: Indicator,
  result: StatusResult,
): Localised {
  if (lang === "vi") return result.reason;
  const t = dictionaryOf(lang);
  const name = plainOf(indicatorNameIn(dataset, lang, indicator));
  const decimals = indicator.decimals ?? 0;
  const unit = unitIn(dataset, lang, indicator).text;
  switch (result.status) {
    case "qualitative":
      return t.reasonQualitative(name);
    case "no_data":
      return t.reasonNoData(name, result.goalYear);
    case "not_comparable":
      return t.reasonNotComparable(name, result.goalYear);
    default: {
      const latest = result.latest
        ? t.reasonLatest(
            plainOf(figureIn(dataset, lang, indicator, result.latest)),
            result.latest.period,
          )
        : "";
      const baseline = result.baseline
        ? t.reasonBaseline(
            plainOf(figureIn(dataset, lang, indicator, result.baseline)),
            result.baseline.period,
          )
        : "";
      const goal = result.goalLevel
        ? t.reasonGoal(result.goalYear, joinUnitIn(lang, result.goalLevel.value, decimals, unit))
        : "";
      const ratio = result.ratio
        ? t.reasonRatio(formatNumberIn(lang, Math.trunc(result.ratio.value * 100)))
        : "";
      return (
        [latest, baseline, goal, ratio].filter(Boolean).join(" ") ||
        t.reasonNoData(name, result.goalYear)
      );
    }
  }
}

/** Returns a source grade in `lang`'s words ("official source"). */
export function strengthIn(lang: Lang, strength: SourceStrength, vietnamese: string): string {
  return lang === "vi" ? vietnamese : dictionaryOf(lang).strength(strength);
}

/** Returns the name of scope `id` in `lang` (the id when the scope is unknown). */
export function scopeNameIn(dataset: Dataset, lang: Lang, id: string): Localised {
  const scope = dataset.scopeById.get(id);
  if (!scope) return id;
  return lang === "vi" ? scope.name : textIn(dataset, lang, "scopes", id, "name");
}

/** Returns the name of series `id` in `lang` (the id when the series is unknown). */
export function seriesNameIn(dataset: Dataset, lang: Lang, id: string): Localised {
  const series = dataset.seriesById.get(id);
  if (!series) return id;
  return lang === "vi" ? series.name : textIn(dataset, lang, "series", id, "name");
}

/** Returns a figure's note in `lang`: an observation's or a baseline's, by its row key. */
export function figureNoteIn(
  dataset: Dataset,
  lang: Lang,
  figure: Pick<Figure, "period" | "scope_id" | "series_id" | "release_id" | "note">,
  indicatorId: string,
  isBaseline: boolean,
): Localised {
  if (lang === "vi" || figure.note === "") return figure.note;
  const key = isBaseline
    ? `${indicatorId}|${figure.release_id}`
    : [indicatorId, figure.period, figure.scope_id, figure.series_id, figure.release_id].join("|");
  const resource = isBaseline ? "baselines" : "observations";
  const rows = dataset.translations.cells.get(resource);
  return rows?.has(key)
    ? textIn(dataset, lang, resource, key, "note")
    : { text: figure.note, lang: "vi", renders: null };
}
