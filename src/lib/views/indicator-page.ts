// Everything /chi-tieu/<id>/ shows, as of the latest release: status in words with its reason,
// goals quoted verbatim with links to their paragraphs, agencies, headline figures with year,
// scope and source, the derived numbers (each marked computed), the chart, the data table, the
// revision history, the citation and the CSV link. A qualitative indicator gets its evidence
// (the program's words and agencies) instead of a chart.

import type { Dataset } from "../data/dataset.ts";
import type { Resolution } from "../resolve/types.ts";
import type { Goal, Indicator } from "../data/rows.ts";
import { textIn } from "../i18n/data-text.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { formatDateIn, formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";
import {
  figureIn,
  goalIn,
  indicatorNameIn,
  joinUnitIn,
  plainOf,
  provisionalIn,
  reasonIn,
  statusLabelIn,
  unitIn,
  type Localised,
} from "./localise.ts";
import type { Figure, StatusResult } from "../status/types.ts";
import { listTargetAgencies } from "./agencies.ts";
import { describeFigureSettingIn, listDisputes, type DisputeView } from "./figure-forms.ts";
import { buildChartView, chartInputIn, type ChartView } from "./chart-view.ts";
import {
  latestCaveatIn,
  describeProvisional,
  describeResponsibleFor,
  pickLatest,
} from "./indicator-card.ts";
import {
  describeRelease,
  describeSource,
  listFigureRows,
  listRevisions,
  type FigureRowView,
  type RevisionGroupView,
} from "./indicator-figures.ts";
import { resolvedOf, requireIndicator } from "./indicator-status.ts";
import { listRelatedFigures, type RelatedFigureView } from "./related-figures.ts";
import { writeStatusMeta } from "./search-attributes.ts";
import { describeWeakBasis } from "./source-strength.ts";
import { indicatorCsvPath, indicatorExcelPath, indicatorJsonPath, programPath } from "./links.ts";
import type { AgencyView, Crumb, LinkView, StatusChipView } from "./types.ts";

/** One goal of the indicator, quoted, with its own status. */
export interface GoalView {
  readonly year: number;
  /** "Mục tiêu năm 2025" or "Định hướng năm 2030". */
  readonly heading: string;
  /** Label of the goal's level: "Chỉ tiêu đến 2025" or "Định hướng đến 2030" (never "Mục tiêu 2025", which reads like "Mục tiêu 2"). */
  readonly valueLabel: string;
  /** The program's words, verbatim (another language: their unofficial translation). */
  readonly wording: Localised;
  /** Link to the paragraph of the program ("Đoạn II-3-1"). */
  readonly paragraph: LinkView;
  /** The goal as a level ("≥ 56,0 triệu đồng/người/năm (gấp 2 lần năm 2020)"), "" for qualitative. */
  readonly phrase: Localised;
  /** The phrase contains a level the site derived. */
  readonly computed: boolean;
  readonly chip: StatusChipView;
  readonly reason: Localised;
  /** This is the goal the page's status is about. */
  readonly judged: boolean;
}

/** A headline figure: value with unit, year, scope, series and source. */
export interface FactView {
  readonly text: Localised;
  readonly period: number;
  /** "năm 2023", or "không rõ năm, không sớm hơn năm 2021" when the source gives no year. */
  readonly periodText: string;
  readonly scope: Localised;
  readonly series: Localised;
  readonly source: LinkView;
  /** The source's grade in words ("nguồn thứ cấp"). */
  readonly grade: string;
  /** "" or why it is not used for the status. */
  readonly caveat: string;
}

/** A number the site derived; pages mark it "tính toán". */
export interface DerivedView {
  readonly label: string;
  readonly text: string;
}

/** The "cite this" block. */
export interface CitationView {
  readonly title: string;
  readonly publisher: string;
  /** Absolute URL of the page. */
  readonly url: string;
  readonly release: LinkView;
  /** The access date is the reader's: the site never prints the build machine's date. */
  readonly accessed: string;
  /** The citation in one line. */
  readonly text: string;
}

/** Evidence of a qualitative indicator. */
export interface EvidenceView {
  readonly note: string;
  /** Sources of any rows the data holds for it (none yet). */
  readonly sources: readonly LinkView[];
}

/** Everything the indicator page renders. */
export interface IndicatorPageView {
  readonly id: string;
  readonly path: string;
  readonly name: Localised;
  readonly definition: Localised;
  readonly description: string;
  readonly qualitative: boolean;
  readonly unit: string;
  readonly breadcrumbs: readonly Crumb[];
  readonly target: {
    readonly label: string;
    readonly href: string;
    readonly statement: Localised;
  } | null;
  readonly status: {
    readonly chip: StatusChipView;
    /** `data-pagefind-meta` value: the chip's label, shown with the page in search results. */
    readonly searchMeta: string;
    readonly goalYear: number;
    /** "so với mục tiêu năm 2025". */
    readonly against: string;
    readonly reason: Localised;
    /** The reason quotes a number the site derived. */
    readonly reasonComputed: boolean;
    readonly final: boolean;
    readonly provisional: string;
    /** For "no published figure": who should publish it; else "". */
    readonly responsible: string;
    /** "Tạm tính theo một nguồn thứ cấp: …" when the status rests only on weak sources, else "". */
    readonly weakBasis: string;
    /** "Tính theo bản phát hành 1.0.0 ngày 26/11/2026." */
    readonly asOf: string;
    readonly asOfHref: string;
  };
  readonly goals: readonly GoalView[];
  readonly lead: readonly AgencyView[];
  readonly coordinate: readonly AgencyView[];
  readonly baseline: FactView | null;
  readonly latest: FactView | null;
  readonly derived: readonly DerivedView[];
  readonly chart: ChartView | null;
  readonly evidence: EvidenceView | null;
  readonly figures: readonly FigureRowView[];
  /** Disputed figures, each beside the figure the status uses, with both sources. */
  readonly disputes: readonly DisputeView[];
  /** Figures of another measure, shown apart ("Số liệu liên quan, không dùng để đánh giá"). */
  readonly related: readonly RelatedFigureView[];
  readonly revisions: readonly RevisionGroupView[];
  readonly citation: CitationView;
  readonly csv: LinkView;
  /** The same file for Excel (UTF-8 BOM), and as JSON for developers. */
  readonly otherForms: readonly LinkView[];
}

/**
 * Returns the view of indicator `id` as of the latest release. `siteRoot` is the absolute URL of
 * the site's root (origin and base path, ending in "/"), used for the citation only.
 */
export function buildIndicatorPage(
  resolution: Resolution,
  id: string,
  siteRoot: string,
  siteName: string,
  lang: Lang = "vi",
): IndicatorPageView {
  const { dataset } = resolution;
  const t = dictionaryOf(lang);
  const indicator = requireIndicator(dataset, id);
  const resolved = resolvedOf(resolution, indicator);
  const { judged, statuses: all } = resolved;
  const qualitative = judged.status === "qualitative";
  const target =
    indicator.target_id === null ? undefined : dataset.targetById.get(indicator.target_id);
  const agencies = listTargetAgencies(dataset, indicator.target_id, lang);
  const release = dataset.latestRelease;
  const path = pathOf(lang, { kind: "indicator", id });
  const releaseLink = describeRelease(dataset, release.id, lang);
  const fact = (figure: Figure, caveat: string): FactView => {
    const source = describeSource(dataset, figure.source_id, lang);
    return {
      text: figureIn(dataset, lang, indicator, figure),
      period: figure.period,
      ...describeFigureSettingIn(dataset, figure, lang),
      source: source.link,
      grade: source.grade,
      caveat,
    };
  };
  const latest = qualitative ? null : pickLatest(judged);
  const derived = qualitative ? [] : listDerived(dataset, indicator, judged, lang);
  const name = indicatorNameIn(dataset, lang, indicator);
  const label = statusLabelIn(lang, judged);
  const targetTitle = (row: { id: number; title: string }) =>
    lang === "vi" ? row.title : plainOf(textIn(dataset, lang, "targets", String(row.id), "title"));

  return {
    id,
    path,
    name,
    definition:
      lang === "vi" ? indicator.definition : textIn(dataset, lang, "indicators", id, "definition"),
    description: t.indicatorDescription(plainOf(name), label, judged.goalYear),
    qualitative,
    unit: plainOf(unitIn(dataset, lang, indicator)),
    breadcrumbs: [
      { label: t.navHome, href: pathOf(lang, { kind: "home" }) },
      ...(target
        ? [
            {
              label: t.scorecardTarget(target.id),
              href: pathOf(lang, { kind: "target", n: target.id }),
            },
          ]
        : []),
      { label: name, href: null },
    ],
    target: target
      ? {
          label: t.targetHeading(target.id, targetTitle(target)),
          href: pathOf(lang, { kind: "target", n: target.id }),
          statement:
            lang === "vi"
              ? target.statement
              : textIn(dataset, lang, "targets", String(target.id), "statement"),
        }
      : null,
    status: {
      chip: { status: judged.status, label },
      searchMeta: writeStatusMeta(label),
      goalYear: judged.goalYear,
      against: qualitative ? "" : t.againstGoal(judged.goalYear),
      reason: reasonIn(dataset, lang, indicator, judged),
      reasonComputed: derived.length > 0 && judged.latest !== null,
      final: judged.final,
      provisional: provisionalIn(lang, judged, describeProvisional(judged)),
      responsible: describeResponsibleFor(dataset, indicator, judged, lang),
      weakBasis:
        lang === "vi"
          ? describeWeakBasis(dataset, judged)
          : describeWeakBasis(dataset, judged) && t.weakBasisShort,
      asOf: t.asOfRelease(release.id, formatDateIn(lang, release.date)),
      asOfHref: releaseLink.href,
    },
    goals: all.map((result) =>
      describeGoal(
        dataset,
        indicator,
        result,
        judged.goalYear,
        dataset.program.goal_year,
        findGoalRow(dataset, id, result.goalYear),
        lang,
      ),
    ),
    lead: agencies.lead,
    coordinate: agencies.coordinate,
    baseline: !qualitative && judged.baseline ? fact(judged.baseline, "") : null,
    latest: latest
      ? fact(
          latest.figure,
          lang === "vi" ? latest.caveat : latestCaveatIn(lang, judged, latest.figure),
        )
      : null,
    derived,
    chart: qualitative
      ? null
      : buildChartView(
          chartInputIn(dataset, lang, resolved),
          [dataset.program.start_year, dataset.program.end_year],
          lang,
        ),
    evidence: qualitative
      ? {
          note: t.evidenceNote,
          sources: listEvidenceSources(dataset, id),
        }
      : null,
    figures: listFigureRows(dataset, indicator, judged, lang),
    disputes: listDisputes(dataset, indicator, lang),
    related: listRelatedFigures(dataset, judged, lang),
    revisions: listRevisions(dataset, indicator, lang),
    citation: buildCitation(siteName, plainOf(name), siteRoot + path, releaseLink, lang),
    csv: { label: t.indicatorCsv, href: indicatorCsvPath(id) },
    otherForms: [
      { label: t.scorecardExcel, href: indicatorExcelPath(id) },
      { label: "JSON", href: indicatorJsonPath(id) },
    ],
  };
}

function findGoalRow(dataset: Dataset, id: string, year: number): Goal | null {
  return dataset.goalsByIndicator.get(id)?.find((row) => row.year === year) ?? null;
}

function describeGoal(
  dataset: Dataset,
  indicator: Indicator,
  result: StatusResult,
  judgedYear: number,
  finalYear: number,
  goal: Goal | null,
  lang: Lang,
): GoalView {
  const t = dictionaryOf(lang);
  const qualitative = result.status === "qualitative";
  const anchor = goal?.program_anchor ?? "";
  return {
    year: result.goalYear,
    heading:
      result.goalYear === finalYear
        ? t.goalOfYear(finalYear)
        : t.orientationOfYear(result.goalYear),
    valueLabel:
      result.goalYear === finalYear ? t.goalBy(finalYear) : t.orientationBy(result.goalYear),
    wording:
      lang === "vi" || goal === null
        ? (goal?.wording ?? "")
        : textIn(dataset, lang, "goals", `${goal.indicator_id}|${goal.year}`, "wording"),
    paragraph: { label: t.programParagraph(anchor), href: programPath(anchor) },
    phrase: qualitative ? "" : goalIn(dataset, lang, indicator, result),
    computed: !qualitative && (result.goalLevel?.computed ?? false),
    chip: { status: result.status, label: statusLabelIn(lang, result) },
    reason: reasonIn(dataset, lang, indicator, result),
    judged: result.goalYear === judgedYear,
  };
}

function listDerived(
  dataset: Dataset,
  indicator: Indicator,
  result: StatusResult,
  lang: Lang,
): DerivedView[] {
  const t = dictionaryOf(lang);
  const items: DerivedView[] = [];
  const year = result.goalYear;
  // Vietnamese keeps the status module's own texts; another language writes the same values.
  const unit = plainOf(unitIn(dataset, lang, indicator));
  const decimals = indicator.decimals ?? 0;
  const level = (number: { value: number; text: string }) =>
    lang === "vi" ? number.text : joinUnitIn(lang, number.value, decimals, unit);
  if (result.goalLevel?.computed) {
    items.push({ label: t.derivedGoal(year), text: level(result.goalLevel) });
  }
  if (result.latest && result.expectedAtLatest) {
    items.push({
      label: t.derivedExpected(result.latest.period, year),
      text: level(result.expectedAtLatest),
    });
  }
  if (result.ratio) {
    items.push({
      label: t.derivedRatio,
      text:
        lang === "vi"
          ? result.ratio.text
          : `${formatNumberIn(lang, Math.trunc(result.ratio.value * 100))}%`,
    });
  }
  if (
    result.goal?.rule === "change_per_year" &&
    result.changePerYear &&
    result.baseline &&
    result.latest
  ) {
    items.push({
      label: t.derivedPerYear(result.baseline.period, result.latest.period),
      text:
        lang === "vi"
          ? result.changePerYear.text
          : t.perYear(
              joinUnitIn(
                lang,
                result.changePerYear.value,
                decimals + 1,
                unit.startsWith("%") ? t.percentPoints : unit,
              ),
            ),
    });
  }
  return items;
}

function listEvidenceSources(dataset: Dataset, id: string): LinkView[] {
  const ids = new Set([
    ...(dataset.observationsByIndicator.get(id) ?? []).map((row) => row.source_id),
    ...(dataset.baselinesByIndicator.get(id) ?? []).map((row) => row.source_id),
  ]);
  return [...ids].map((sourceId) => describeSource(dataset, sourceId).link);
}

function buildCitation(
  siteName: string,
  name: string,
  url: string,
  release: LinkView,
  lang: Lang,
): CitationView {
  const t = dictionaryOf(lang);
  const accessed = t.citationAccessed;
  return {
    title: name,
    publisher: t.citationPublisher(siteName),
    url,
    release,
    accessed,
    text: t.citationText(siteName, name, release.label, url, accessed),
  };
}
