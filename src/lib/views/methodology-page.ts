// What /phuong-phap/ shows that comes from code or data: the status rules (thresholds read from
// the status module, labels from its label table), the goal rules with how often the data uses
// each, a worked example computed from the real data by the same functions the pages use, and
// the scopes, series and sources of data/. The prose around it lives in the page.

import type { Resolution } from "../resolve/types.ts";
import { formatDate, formatNumber } from "../format.ts";
import { BEHIND_RATIO, ON_TRACK_RATIO } from "../status/assess.ts";
import { decimalsOf } from "../status/format-value.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { formatNumberIn } from "../i18n/format.ts";
import type { Lang } from "../i18n/languages.ts";
import { STRENGTH_LABELS, WEAK_BASIS_WORDS } from "./source-strength.ts";
import type { GoalRule } from "../data/rows.ts";
import { STATUS_CODES, type StatusCode } from "../status/types.ts";
import { chipOf, describeProvisional } from "./indicator-card.ts";
import { resolvedOf } from "./indicator-status.ts";
import { indicatorPath } from "./links.ts";
import { splitSourceMentions, type NotePart } from "./source-mentions.ts";
import type { LinkView, StatusChipView } from "./types.ts";

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
  readonly text: string;
  readonly computed: boolean;
}

/** The worked example from the real data. */
export interface WorkedExampleView {
  readonly indicator: LinkView;
  readonly steps: readonly ExampleStepView[];
  readonly chip: StatusChipView;
  readonly reason: string;
}

/** A row of scopes.csv or series.csv as the page lists it. */
export interface NamedRowView {
  readonly id: string;
  readonly name: string;
  /** "đến 30/06/2025", "từ 01/07/2025", or "". */
  readonly validity: string;
  readonly note: string;
  /** The note with the sources it names as links. */
  readonly noteParts: readonly NotePart[];
}

/** Everything the methodology page takes from code and data. */
export interface MethodologyPageView {
  /** "95%". */
  readonly onTrack: string;
  /** "50%". */
  readonly behind: string;
  readonly statuses: readonly StatusRuleView[];
  /** "tạm tính theo một nguồn thứ cấp": the words said next to a result on weak sources only. */
  readonly weakBasisWords: string;
  readonly goalRules: readonly GoalRuleView[];
  readonly example: WorkedExampleView | null;
  readonly scopes: readonly NamedRowView[];
  readonly series: readonly NamedRowView[];
  readonly sources: readonly (LinkView & {
    /** The grade in words ("nguồn thứ cấp") and why. */
    readonly grade: string;
    readonly gradeReason: string;
    readonly publisher: string;
    readonly note: string;
    readonly accessed: string;
  })[];
}

const percent = (ratio: number): string => `${formatNumber(ratio * 100)}%`;
const percentIn = (lang: Lang, ratio: number): string => `${formatNumberIn(lang, ratio * 100)}%`;

const MEANINGS: Record<Lang, Record<StatusCode, string>> = {
  vi: {
    achieved: "Số liệu so sánh được gần nhất đã đạt mức mục tiêu.",
    on_track: `Chưa đạt mục tiêu, nhưng thay đổi đã đạt từ ${percent(ON_TRACK_RATIO)} trở lên mức cần có theo lộ trình.`,
    behind: `Thay đổi đạt từ ${percent(BEHIND_RATIO)} đến dưới ${percent(ON_TRACK_RATIO)} mức cần có theo lộ trình.`,
    off_track: `Thay đổi đạt dưới ${percent(BEHIND_RATIO)} mức cần có theo lộ trình, không đổi, hoặc đi ngược chiều mục tiêu.`,
    not_achieved:
      "Năm mục tiêu đã qua và số liệu của chính năm đó không đạt mức mục tiêu. Đây là kết luận cuối cùng.",
    awaiting_final:
      "Năm mục tiêu đã qua nhưng chưa có số liệu của năm đó; trang ghi kèm kết quả tạm tính theo số liệu gần nhất.",
    not_comparable:
      "Đã có số liệu, nhưng không số liệu nào so sánh được với mục tiêu: chưa có số liệu năm gốc, hoặc các số liệu khác phạm vi, khác chuỗi với năm gốc hay sau năm mục tiêu. Trang nói rõ từng số liệu khác ở điểm nào. Đây là thiếu số liệu so sánh được, không có nghĩa là không đạt.",
    no_data:
      "Chưa có số liệu nào được công bố sau năm gốc (hoặc chưa có số liệu nào, kể cả năm gốc). Trang ghi cơ quan chủ trì theo Phụ lục, nơi có trách nhiệm báo cáo số liệu. Đây là thiếu số liệu công bố, không có nghĩa là không đạt.",
    qualitative:
      "Mục tiêu không có số đo: trang trình bày lời văn của Chương trình và minh chứng, không tính trạng thái bằng số.",
  },
  // The same meanings in English (the glossary at /en/glossary/ shows them).
  en: {
    achieved: "The latest comparable figure has reached the goal.",
    on_track: `The goal is not reached yet, but the change has reached ${percentIn("en", ON_TRACK_RATIO)} or more of the change needed on the path.`,
    behind: `The change has reached from ${percentIn("en", BEHIND_RATIO)} to under ${percentIn("en", ON_TRACK_RATIO)} of the change needed on the path.`,
    off_track: `The change has reached less than ${percentIn("en", BEHIND_RATIO)} of the change needed on the path, has not moved, or has moved away from the goal.`,
    not_achieved:
      "The goal year has passed and the figure for that very year misses the goal. This is the final verdict.",
    awaiting_final:
      "The goal year has passed but there is no figure for that year yet; the site gives a provisional result from the latest figure beside it.",
    not_comparable:
      "Figures exist, but none can be compared with the goal: there is no baseline figure, or the figures differ from the baseline in scope or series, or come after the goal year. The site says how each figure differs. This is a lack of comparable figures, not a failure to achieve.",
    no_data:
      "No figure has been published since the baseline year (or none at all, not even for the baseline year). The site names the lead agency under the appendix, which is responsible for reporting the figures. This is missing published data, not a failure to achieve.",
    qualitative:
      "A target without a measure: the site shows the program's wording and the evidence, and computes no status from figures.",
  },
};

const RULES: Record<GoalRule, { name: string; level: string; met: string }> = {
  at_least: { name: "Đạt ít nhất", level: "Mức L là con số Chương trình ghi.", met: "Số liệu ≥ L" },
  at_most: {
    name: "Không vượt quá",
    level: "Mức L là con số Chương trình ghi.",
    met: "Số liệu ≤ L",
  },
  below: { name: "Dưới mức", level: "Mức L là con số Chương trình ghi.", met: "Số liệu < L" },
  multiple_of_baseline: {
    name: "Gấp số lần năm gốc",
    level: "L = hệ số × số liệu năm gốc.",
    met: "Số liệu ≥ L",
  },
  change_per_year: {
    name: "Thay đổi mỗi năm",
    level: "L = năm gốc + mức thay đổi mỗi năm × số năm từ năm gốc đến năm mục tiêu.",
    met: "Số liệu ≤ L khi mục tiêu là giảm, ≥ L khi là tăng",
  },
  reduce_by_share: {
    name: "Giảm một tỷ lệ so với năm gốc",
    level: "L = năm gốc × (1 − tỷ lệ giảm).",
    met: "Số liệu ≤ L",
  },
  share_of_reference: {
    name: "Bằng một tỷ lệ của giá trị tham chiếu",
    level:
      "L = tỷ lệ × giá trị tham chiếu của cùng năm; chưa có giá trị tham chiếu thì chưa tính được.",
    met: "Theo chiều mong muốn của chỉ tiêu",
  },
  qualitative: { name: "Định tính", level: "Không có mức số.", met: "Không tính" },
};

/** Returns every status with its label and what it means in `lang` (methodology page and glossary). */
export function listStatusMeanings(goalYear: number, lang: Lang = "vi"): StatusRuleView[] {
  const t = dictionaryOf(lang);
  return STATUS_CODES.map((status) => ({
    chip: { status, label: t.statusLabel(status, goalYear) },
    meaning: MEANINGS[lang][status],
  }));
}

/** Returns the methodology page's data-driven parts as of the latest release. */
export function buildMethodologyPage(resolution: Resolution): MethodologyPageView {
  const { dataset } = resolution;
  const validity = (from: string | null, to: string | null): string =>
    [from ? `từ ${formatDate(from)}` : "", to ? `đến ${formatDate(to)}` : ""]
      .filter(Boolean)
      .join(" ");
  return {
    onTrack: percent(ON_TRACK_RATIO),
    behind: percent(BEHIND_RATIO),
    weakBasisWords: WEAK_BASIS_WORDS,
    statuses: listStatusMeanings(dataset.program.goal_year),
    goalRules: (Object.keys(RULES) as GoalRule[]).map((rule) => ({
      rule,
      ...RULES[rule],
      used: `${formatNumber(dataset.goals.filter((goal) => goal.rule === rule).length)} mục tiêu`,
    })),
    example: buildWorkedExample(resolution),
    scopes: dataset.scopes.map((scope) => ({
      id: scope.id,
      name: scope.name,
      validity: validity(scope.valid_from, scope.valid_to),
      note: scope.note ?? "",
      noteParts: splitSourceMentions(scope.note ?? "", dataset.sourceById),
    })),
    series: dataset.series.map((row) => ({
      id: row.id,
      name: row.name,
      validity: "",
      note: row.note ?? "",
      noteParts: splitSourceMentions(row.note ?? "", dataset.sourceById),
    })),
    sources: dataset.sources.map((source) => ({
      label: source.title,
      href: source.url,
      publisher: source.publisher,
      grade: STRENGTH_LABELS[source.strength],
      gradeReason: source.strength_reason,
      note: source.note ?? "",
      accessed: formatDate(source.accessed),
    })),
  };
}

/**
 * Returns the worked example: the first indicator (in indicators.csv order) whose status has a
 * progress ratio, walked step by step with the numbers the status module used; null when no
 * indicator has one.
 */
export function buildWorkedExample(resolution: Resolution): WorkedExampleView | null {
  const { dataset } = resolution;
  for (const indicator of dataset.indicators) {
    if (indicator.kind !== "quantitative") continue;
    const { judged } = resolvedOf(resolution, indicator);
    const { baseline, latest, expectedAtLatest, ratio, goalLevel, goal } = judged;
    if (!baseline || !latest || !expectedAtLatest || !ratio || !goalLevel || !goal) continue;
    const plain = (value: number): string => formatNumber(value, decimalsOf(indicator));
    const year = judged.goalYear;
    const provisional = describeProvisional(judged);
    const steps: ExampleStepView[] = [
      { text: `Năm gốc: ${baseline.text} năm ${baseline.period}.`, computed: false },
      {
        text: `Mục tiêu năm ${year}, theo lời Chương trình: “${goal.wording ?? ""}”.`,
        computed: false,
      },
      {
        text: `Mức cần đạt năm ${year}: ${judged.goalText}.`,
        computed: goalLevel.computed,
      },
      {
        text: `Số liệu so sánh được gần nhất (cùng phạm vi, cùng chuỗi với năm gốc): ${latest.text} năm ${latest.period}.`,
        computed: false,
      },
      {
        text: `Lộ trình cần có là đường thẳng từ ${baseline.text} năm ${baseline.period} đến ${goalLevel.text} năm ${year}; năm ${latest.period} cần ${expectedAtLatest.text}.`,
        computed: true,
      },
      {
        text: `Tỷ lệ tiến độ = (${plain(latest.value)} − ${plain(baseline.value)}) ÷ (${plain(expectedAtLatest.value)} − ${plain(baseline.value)}) = ${ratio.text}.`,
        computed: true,
      },
      {
        text: provisional
          ? `Năm ${year} đã qua nhưng chưa có số liệu năm ${year}, nên trạng thái là “${judged.label}”. ${provisional}.`
          : `Trạng thái: ${judged.label}.`,
        computed: false,
      },
    ];
    return {
      indicator: { label: indicator.name, href: indicatorPath(indicator.id) },
      steps,
      chip: chipOf(judged),
      reason: judged.reason,
    };
  }
  return null;
}
