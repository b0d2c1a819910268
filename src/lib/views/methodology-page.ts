// What /phuong-phap/ and /en/methodology/ show that comes from code or data, in the page's
// language: the status rules (thresholds read from the status module), the goal rules with how
// often the data uses each, a worked example computed from the real data by the same functions
// the pages use, and the scopes, series and sources of data/. Every word comes from the
// language's dictionary (src/lib/i18n/dictionaries); the sentences around them live there too.

import type { Dataset } from "../data/dataset.ts";
import { GOAL_RULE_VALUES, type GoalRule, type Indicator } from "../data/rows.ts";
import { isUnofficialTranslation, textIn } from "../i18n/data-text.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { formatDateIn, formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";
import type { Resolution } from "../resolve/types.ts";
import { BEHIND_RATIO, ON_TRACK_RATIO } from "../status/assess.ts";
import { STATUS_CODES, type Figure, type StatusResult } from "../status/types.ts";
import { describeProvisional } from "./indicator-card.ts";
import { formatValue } from "./indicator-figures.ts";
import { resolvedOf } from "./indicator-status.ts";
import {
  figureIn,
  goalIn,
  goalWordingIn,
  indicatorNameIn,
  levelIn,
  plainOf,
  provisionalIn,
  ratioIn,
  reasonIn,
  statusLabelIn,
  type Localised,
} from "./localise.ts";
import { splitSourceMentions, type NoteView } from "./source-mentions.ts";
import type { Crumb, StatusChipView } from "./types.ts";

/** A status and what it means. */
export interface StatusRuleView {
  readonly chip: StatusChipView;
  readonly meaning: string;
}

/** A goal rule of goals.csv and how it becomes a level. */
export interface GoalRuleView {
  readonly rule: GoalRule;
  readonly name: string;
  readonly level: string;
  readonly met: string;
  /** "3 mục tiêu" in data/. */
  readonly used: string;
}

/** One step of the worked example; `computed` steps show numbers the site derived. */
export interface ExampleStepView {
  /** The sentence: words of the page and, for the goal, the program's wording (a data cell). */
  readonly parts: readonly Localised[];
  readonly computed: boolean;
}

/** The worked example from the real data. */
export interface WorkedExampleView {
  readonly indicator: { readonly label: Localised; readonly href: string };
  readonly steps: readonly ExampleStepView[];
  readonly chip: StatusChipView;
  readonly reason: Localised;
}

/** A row of scopes.csv or series.csv as the page lists it. */
export interface CodeRowView {
  readonly id: string;
  readonly name: Localised;
  /** "đến 30/06/2025", "từ 01/07/2025" or "" for a scope; null for a series (no such column). */
  readonly validity: string | null;
  readonly note: NoteView;
}

/** The table of scopes or of series: its heading, column names and rows. */
export interface CodeListView {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly CodeRowView[];
}

/** A source of data/ as the page lists it. */
export interface SourceListView {
  /** The source's title, in its own language (Vietnamese). */
  readonly label: string;
  readonly href: string;
  readonly publisher: string;
  readonly accessed: string;
  /** The grade in words ("nguồn thứ cấp") and why. */
  readonly grade: string;
  readonly gradeReason: Localised;
  /** The source's own caveat, or null. */
  readonly note: Localised | null;
}

/** Everything the methodology page takes from code and data, in one language. */
export interface MethodologyPageView {
  readonly crumbs: readonly Crumb[];
  /** Site-relative paths of the pages the text links to. */
  readonly links: {
    readonly glossary: string;
    readonly glossaryArea: string;
    readonly glossaryMethod: string;
    readonly openData: string;
  };
  /** "95%". */
  readonly onTrack: string;
  /** "50%". */
  readonly behind: string;
  readonly statuses: readonly StatusRuleView[];
  readonly goalRules: readonly GoalRuleView[];
  readonly example: WorkedExampleView | null;
  /** Scopes, then series. */
  readonly codeLists: readonly CodeListView[];
  readonly sources: readonly SourceListView[];
}

const percentIn = (lang: Lang, ratio: number): string => `${formatNumberIn(lang, ratio * 100)}%`;

/** Returns every status with its label and what it means in `lang` (methodology and glossary). */
export function listStatusMeanings(goalYear: number, lang: Lang = "vi"): StatusRuleView[] {
  const t = dictionaryOf(lang);
  return STATUS_CODES.map((status) => ({
    chip: { status, label: t.statusLabel(status, goalYear) },
    meaning: t.statusMeaning(status),
  }));
}

/** Returns the methodology page's data-driven parts in `lang`, as of the latest release. */
export function buildMethodologyPage(
  resolution: Resolution,
  lang: Lang = "vi",
): MethodologyPageView {
  const { dataset } = resolution;
  const t = dictionaryOf(lang);
  const glossary = pathOf(lang, { kind: "glossary" });
  return {
    crumbs: [
      { label: t.navHome, href: pathOf(lang, { kind: "home" }) },
      { label: t.navMethodology, href: null },
    ],
    links: {
      glossary,
      glossaryArea: `${glossary}#dia-ban`,
      glossaryMethod: `${glossary}#cach-tinh`,
      openData: pathOf(lang, { kind: "data" }),
    },
    onTrack: percentIn(lang, ON_TRACK_RATIO),
    behind: percentIn(lang, BEHIND_RATIO),
    statuses: listStatusMeanings(dataset.program.goal_year, lang),
    goalRules: GOAL_RULE_VALUES.map((rule) => ({
      rule,
      name: t.goalRuleName(rule),
      level: t.goalRuleLevel(rule),
      met: t.goalRuleMet(rule),
      used: t.methodGoalCount(
        formatNumberIn(lang, dataset.goals.filter((goal) => goal.rule === rule).length),
      ),
    })),
    example: buildWorkedExample(resolution, lang),
    codeLists: listCodes(dataset, lang),
    sources: dataset.sources.map((source) => ({
      label: source.title,
      href: source.url,
      publisher: source.publisher,
      accessed: formatDateIn(lang, source.accessed),
      grade: t.strength(source.strength),
      gradeReason: cellIn(
        dataset,
        lang,
        "sources",
        source.id,
        "strength_reason",
        source.strength_reason,
      ),
      note: source.note ? cellIn(dataset, lang, "sources", source.id, "note", source.note) : null,
    })),
  };
}

// A translatable cell in `lang`: the Vietnamese cell itself on a Vietnamese page.
function cellIn(
  dataset: Dataset,
  lang: Lang,
  resource: string,
  key: string,
  field: string,
  vietnamese: string,
): Localised {
  return lang === "vi" ? vietnamese : textIn(dataset, lang, resource, key, field);
}

// The scopes and the series: the same kind of table, a scope's with its dates of validity.
function listCodes(dataset: Dataset, lang: Lang): CodeListView[] {
  const t = dictionaryOf(lang);
  const note = (resource: string, id: string, vietnamese: string | null): NoteView => {
    const text = vietnamese ? cellIn(dataset, lang, resource, id, "note", vietnamese) : "";
    return {
      parts: splitSourceMentions(plainOf(text), dataset.sourceById),
      lang: typeof text === "string" ? lang : text.lang,
    };
  };
  const validity = (from: string | null, to: string | null): string =>
    [
      from ? t.methodValidFrom(formatDateIn(lang, from)) : "",
      to ? t.methodValidTo(formatDateIn(lang, to)) : "",
    ]
      .filter(Boolean)
      .join(" ");
  return [
    {
      heading: t.methodScopesHeading,
      columns: [t.methodColumnCode, t.methodColumnName, t.methodColumnValidity, t.methodColumnNote],
      rows: dataset.scopes.map((scope) => ({
        id: scope.id,
        name: cellIn(dataset, lang, "scopes", scope.id, "name", scope.name),
        validity: validity(scope.valid_from, scope.valid_to),
        note: note("scopes", scope.id, scope.note),
      })),
    },
    {
      heading: t.methodSeriesHeading,
      columns: [t.methodColumnCode, t.methodColumnName, t.methodColumnNote],
      rows: dataset.series.map((row) => ({
        id: row.id,
        name: cellIn(dataset, lang, "series", row.id, "name", row.name),
        validity: null,
        note: note("series", row.id, row.note),
      })),
    },
  ];
}

/**
 * Returns the worked example in `lang`: the first indicator (in indicators.csv order) whose
 * status has a progress ratio, walked step by step with the numbers the status module used;
 * null when no indicator has one.
 */
export function buildWorkedExample(
  resolution: Resolution,
  lang: Lang = "vi",
): WorkedExampleView | null {
  const { dataset } = resolution;
  for (const indicator of dataset.indicators) {
    if (indicator.kind !== "quantitative") continue;
    const { judged } = resolvedOf(resolution, indicator);
    const steps = listExampleSteps(dataset, lang, indicator, judged);
    if (!steps) continue;
    return {
      indicator: {
        label: indicatorNameIn(dataset, lang, indicator),
        href: pathOf(lang, { kind: "indicator", id: indicator.id }),
      },
      steps,
      chip: { status: judged.status, label: statusLabelIn(lang, judged) },
      reason: reasonIn(dataset, lang, indicator, judged),
    };
  }
  return null;
}

// The steps from baseline to status, or null when the status has no progress ratio.
function listExampleSteps(
  dataset: Dataset,
  lang: Lang,
  indicator: Indicator,
  judged: StatusResult,
): ExampleStepView[] | null {
  const { baseline, latest, expectedAtLatest, ratio, goalLevel, goal } = judged;
  if (!baseline || !latest || !expectedAtLatest || !ratio || !goalLevel || !goal) return null;
  const t = dictionaryOf(lang);
  const figure = (value: Figure) => plainOf(figureIn(dataset, lang, indicator, value));
  const level = (value: { value: number; text: string }) =>
    levelIn(dataset, lang, indicator, value);
  const plain = (value: number): string => formatValue(value, indicator, lang);
  const year = judged.goalYear;
  const label = statusLabelIn(lang, judged);
  const provisional = provisionalIn(lang, judged, describeProvisional(judged));
  // A translation of the program's words says so in the sentence that quotes it.
  const wording = goalWordingIn(dataset, lang, goal);
  const says =
    typeof wording !== "string" && isUnofficialTranslation(wording, lang)
      ? t.methodStepGoalTranslated(year, t.unofficialTranslation)
      : t.methodStepGoal(year);
  const sentence = (text: string, computed: boolean): ExampleStepView => ({
    parts: [text],
    computed,
  });
  return [
    sentence(t.methodStepBaseline(figure(baseline), baseline.period), false),
    { parts: [`${says} “`, wording, "”."], computed: false },
    sentence(
      t.methodStepLevel(year, plainOf(goalIn(dataset, lang, indicator, judged))),
      goalLevel.computed,
    ),
    sentence(t.methodStepLatest(figure(latest), latest.period), false),
    sentence(
      t.methodStepPath(
        figure(baseline),
        baseline.period,
        level(goalLevel),
        year,
        latest.period,
        level(expectedAtLatest),
      ),
      true,
    ),
    sentence(
      t.methodStepRatio(
        plain(latest.value),
        plain(baseline.value),
        plain(expectedAtLatest.value),
        ratioIn(lang, ratio),
      ),
      true,
    ),
    sentence(
      provisional ? t.methodStepAwaiting(year, label, provisional) : t.methodStepStatus(label),
      false,
    ),
  ];
}
