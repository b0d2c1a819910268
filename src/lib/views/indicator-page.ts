// Everything /chi-tieu/<id>/ shows, as of the latest release: status in words with its reason,
// goals quoted verbatim with links to their paragraphs, agencies, headline figures with year,
// scope and source, the derived numbers (each marked computed), the chart, the data table, the
// revision history, the citation and the CSV link. A qualitative indicator gets its evidence
// (the program's words and agencies) instead of a chart.

import type { Dataset } from "../data/dataset.ts";
import type { Goal } from "../data/rows.ts";
import type { Resolution } from "../resolve/types.ts";
import { formatDate } from "../format.ts";
import type { Figure, StatusResult } from "../status/types.ts";
import { listTargetAgencies } from "./agencies.ts";
import { describeFigureSetting, listDisputes, type DisputeView } from "./figure-forms.ts";
import { buildChartView, type ChartView } from "./chart-view.ts";
import {
  chipOf,
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
import {
  HOME_PATH,
  indicatorCsvPath,
  indicatorExcelPath,
  indicatorJsonPath,
  indicatorPath,
  programPath,
  targetPath,
} from "./links.ts";
import type { AgencyView, Crumb, LinkView, StatusChipView } from "./types.ts";

/** One goal of the indicator, quoted, with its own status. */
export interface GoalView {
  readonly year: number;
  /** "Mục tiêu năm 2025" or "Định hướng năm 2030". */
  readonly heading: string;
  /** Label of the goal's level: "Chỉ tiêu đến 2025" or "Định hướng đến 2030" (never "Mục tiêu 2025", which reads like "Mục tiêu 2"). */
  readonly valueLabel: string;
  /** The program's words, verbatim. */
  readonly wording: string;
  /** Link to the paragraph of the program ("Đoạn II-3-1"). */
  readonly paragraph: LinkView;
  /** The goal as a level ("≥ 56,0 triệu đồng/người/năm (gấp 2 lần năm 2020)"), "" for qualitative. */
  readonly phrase: string;
  /** The phrase contains a level the site derived. */
  readonly computed: boolean;
  readonly chip: StatusChipView;
  readonly reason: string;
  /** This is the goal the page's status is about. */
  readonly judged: boolean;
}

/** A headline figure: value with unit, year, scope, series and source. */
export interface FactView {
  readonly text: string;
  readonly period: number;
  /** "năm 2023", or "không rõ năm, không sớm hơn năm 2021" when the source gives no year. */
  readonly periodText: string;
  readonly scope: string;
  readonly series: string;
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
  readonly name: string;
  readonly definition: string;
  readonly description: string;
  readonly qualitative: boolean;
  readonly unit: string;
  readonly breadcrumbs: readonly Crumb[];
  readonly target: {
    readonly label: string;
    readonly href: string;
    readonly statement: string;
  } | null;
  readonly status: {
    readonly chip: StatusChipView;
    /** `data-pagefind-meta` value: the chip's label, shown with the page in search results. */
    readonly searchMeta: string;
    readonly goalYear: number;
    /** "so với mục tiêu năm 2025". */
    readonly against: string;
    readonly reason: string;
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
): IndicatorPageView {
  const { dataset } = resolution;
  const indicator = requireIndicator(dataset, id);
  const resolved = resolvedOf(resolution, indicator);
  const { judged, statuses: all } = resolved;
  const qualitative = judged.status === "qualitative";
  const target =
    indicator.target_id === null ? undefined : dataset.targetById.get(indicator.target_id);
  const agencies = listTargetAgencies(dataset, indicator.target_id);
  const release = dataset.latestRelease;
  const path = indicatorPath(id);
  const releaseLink = describeRelease(dataset, release.id);
  const fact = (figure: Figure, caveat: string): FactView => {
    const source = describeSource(dataset, figure.source_id);
    return {
      text: figure.text,
      period: figure.period,
      ...describeFigureSetting(dataset, figure),
      source: source.link,
      grade: source.grade,
      caveat,
    };
  };
  const latest = qualitative ? null : pickLatest(judged);
  const derived = qualitative ? [] : listDerived(judged);

  return {
    id,
    path,
    name: indicator.name,
    definition: indicator.definition,
    description: `${indicator.name}: ${judged.label.toLowerCase()} (mục tiêu năm ${judged.goalYear}). Số liệu, nguồn, biểu đồ và lịch sử điều chỉnh.`,
    qualitative,
    unit: indicator.unit ?? "",
    breadcrumbs: [
      { label: "Tổng quan", href: HOME_PATH },
      ...(target ? [{ label: `Mục tiêu ${target.id}`, href: targetPath(target.id) }] : []),
      { label: indicator.name, href: null },
    ],
    target: target
      ? {
          label: `Mục tiêu ${target.id}: ${target.title}`,
          href: targetPath(target.id),
          statement: target.statement,
        }
      : null,
    status: {
      chip: chipOf(judged),
      searchMeta: writeStatusMeta(judged.label),
      goalYear: judged.goalYear,
      against: qualitative ? "" : `so với mục tiêu năm ${judged.goalYear}`,
      reason: judged.reason,
      reasonComputed: derived.length > 0 && judged.latest !== null,
      final: judged.final,
      provisional: describeProvisional(judged),
      responsible: describeResponsibleFor(dataset, indicator, judged),
      weakBasis: describeWeakBasis(dataset, judged),
      asOf: `Tính theo bản phát hành dữ liệu ${release.id} ngày ${formatDate(release.date)}.`,
      asOfHref: releaseLink.href,
    },
    goals: all.map((result) =>
      describeGoal(
        result,
        judged.goalYear,
        dataset.program.goal_year,
        findGoalRow(dataset, id, result.goalYear),
      ),
    ),
    lead: agencies.lead,
    coordinate: agencies.coordinate,
    baseline: !qualitative && judged.baseline ? fact(judged.baseline, "") : null,
    latest: latest ? fact(latest.figure, latest.caveat) : null,
    derived,
    chart: qualitative
      ? null
      : buildChartView(resolved, [dataset.program.start_year, dataset.program.end_year]),
    evidence: qualitative
      ? {
          note: "Chỉ tiêu định tính: không tính trạng thái bằng số.",
          sources: listEvidenceSources(dataset, id),
        }
      : null,
    figures: listFigureRows(dataset, indicator, judged),
    disputes: listDisputes(dataset, indicator),
    related: listRelatedFigures(dataset, judged),
    revisions: listRevisions(dataset, indicator),
    citation: buildCitation(siteName, indicator.name, siteRoot + path, releaseLink),
    csv: { label: `Tải số liệu chỉ tiêu này (CSV)`, href: indicatorCsvPath(id) },
    otherForms: [
      { label: "CSV cho Excel", href: indicatorExcelPath(id) },
      { label: "JSON", href: indicatorJsonPath(id) },
    ],
  };
}

function findGoalRow(dataset: Dataset, id: string, year: number): Goal | null {
  return dataset.goalsByIndicator.get(id)?.find((row) => row.year === year) ?? null;
}

function describeGoal(
  result: StatusResult,
  judgedYear: number,
  finalYear: number,
  goal: Goal | null,
): GoalView {
  const qualitative = result.status === "qualitative";
  const anchor = goal?.program_anchor ?? "";
  return {
    year: result.goalYear,
    heading:
      result.goalYear === finalYear
        ? `Mục tiêu năm ${finalYear}`
        : `Định hướng năm ${result.goalYear}`,
    valueLabel:
      result.goalYear === finalYear
        ? `Chỉ tiêu đến ${finalYear}`
        : `Định hướng đến ${result.goalYear}`,
    wording: goal?.wording ?? "",
    paragraph: { label: `Đoạn ${anchor} của Chương trình`, href: programPath(anchor) },
    phrase: qualitative ? "" : result.goalText,
    computed: !qualitative && (result.goalLevel?.computed ?? false),
    chip: chipOf(result),
    reason: result.reason,
    judged: result.goalYear === judgedYear,
  };
}

function listDerived(result: StatusResult): DerivedView[] {
  const items: DerivedView[] = [];
  const year = result.goalYear;
  if (result.goalLevel?.computed) {
    items.push({ label: `Mức cần đạt năm ${year}`, text: result.goalLevel.text });
  }
  if (result.latest && result.expectedAtLatest) {
    items.push({
      label: `Mức cần có năm ${result.latest.period} theo lộ trình đến mục tiêu ${year}`,
      text: result.expectedAtLatest.text,
    });
  }
  if (result.ratio) {
    items.push({
      label: "Tiến độ so với lộ trình (thay đổi đạt được ÷ thay đổi cần có)",
      text: result.ratio.text,
    });
  }
  if (
    result.goal?.rule === "change_per_year" &&
    result.changePerYear &&
    result.baseline &&
    result.latest
  ) {
    items.push({
      label: `Thay đổi bình quân mỗi năm ${result.baseline.period}–${result.latest.period}`,
      text: result.changePerYear.text,
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
): CitationView {
  const accessed = "[ngày bạn truy cập]";
  return {
    title: name,
    publisher: `${siteName} (trang theo dõi độc lập)`,
    url,
    release,
    accessed,
    text: `${siteName}. “${name}”. Dữ liệu ${release.label.toLowerCase()}. ${url} (truy cập ngày ${accessed}).`,
  };
}
