// Input and output shapes of the status computation. Inputs are small readonly interfaces whose
// property names equal the data contract's CSV columns (architecture.md § Data contract), so the
// Dataset's typed rows fit them structurally and this module depends on nothing but plain data.

/** Goal rules of goals.csv `rule`. */
export type GoalRule =
  | "at_least"
  | "at_most"
  | "below"
  | "multiple_of_baseline"
  | "change_per_year"
  | "reduce_by_share"
  | "share_of_reference"
  | "qualitative";

/** Status codes, in the order the overview lists them. */
export const STATUS_CODES = [
  "achieved",
  "on_track",
  "behind",
  "off_track",
  "not_achieved",
  "awaiting_final",
  "not_comparable",
  "no_data",
  "qualitative",
] as const;

/** One status code (see the module header of compute-status.ts for the rules). */
export type StatusCode = (typeof STATUS_CODES)[number];

/** An indicator row (indicators.csv) as far as status and charts need it. */
export interface StatusIndicator {
  /** Slug of the indicator. */
  readonly id: string;
  /** Vietnamese name; starts the reason sentence ("Tỷ lệ hộ nghèo DTTS"). */
  readonly name: string;
  /** Unit as written on the site ("%", "% số hộ DTTS", "xã"); null for qualitative. */
  readonly unit: string | null;
  /** Decimals shown for figures of this indicator (0–3); null for qualitative (read as 0). */
  readonly decimals: number | null;
  /** Desired direction; empty/null for qualitative indicators. */
  readonly direction?: "up" | "down" | "" | null | undefined;
  /** quantitative | qualitative. */
  readonly kind: "quantitative" | "qualitative";
}

/** A goals.csv row. */
export interface StatusGoal {
  readonly indicator_id: string;
  /** Goal year (2025 or 2030). */
  readonly year: number;
  readonly rule: GoalRule;
  /** Level, factor, points per year or percent, by rule; null only for qualitative. */
  readonly value: number | null;
  /** What a share_of_reference goal refers to (text), else empty. */
  readonly reference?: string | null | undefined;
  /** The program's verbatim wording. */
  readonly wording?: string | null | undefined;
}

/** A figure row: observations.csv, and (with `year` as period) baselines.csv. */
export interface StatusObservation {
  readonly indicator_id: string;
  /** Year the figure describes. */
  readonly period: number;
  readonly scope_id: string;
  readonly series_id: string;
  /** The figure; null = withdrawn in this release. */
  readonly value: number | null;
  readonly release_id: string;
  readonly source_id: string;
  readonly excerpt: string;
  readonly note?: string | null | undefined;
  /** Count and total when the source gave a fraction ("66/110"); `value` is then the share. */
  readonly numerator?: number | null | undefined;
  readonly denominator?: number | null | undefined;
  /** Set when the source gives no year: how `period` was found (see data/rows.ts). */
  readonly period_basis?: PeriodBasis | null | undefined;
  /** What the figure measures when it is not the indicator (a related figure); else empty. */
  readonly measure?: string | null | undefined;
  /** The unit of a related figure, written out; empty exactly when `measure` is. */
  readonly measure_unit?: string | null | undefined;
}

/** How an approximate period was found: not_before (earliest year) or as_of_published. */
export type PeriodBasis = "not_before" | "as_of_published";

/** A baselines.csv row (PK indicator_id + release_id; the latest release's row wins). */
export interface StatusBaseline {
  readonly indicator_id: string;
  /** Baseline year. */
  readonly year: number;
  readonly scope_id: string;
  readonly series_id: string;
  /** The baseline figure; null = withdrawn. */
  readonly value: number | null;
  readonly release_id: string;
  readonly source_id: string;
  readonly excerpt: string;
  readonly note?: string | null | undefined;
}

/** A releases.csv row. */
export interface StatusRelease {
  /** Semantic version ("1.2.0"). */
  readonly id: string;
  /** Release date, "YYYY-MM-DD". */
  readonly date: string;
}

/** A value of the reference a share_of_reference goal points to, in the indicator's unit. */
export interface ReferenceValue {
  readonly period: number;
  readonly value: number | null;
}

/** A named scope or series (scopes.csv / series.csv), for labels. */
export interface NamedRow {
  readonly id: string;
  readonly name: string;
}

/** Everything computeStatus needs for one indicator; rows of other indicators are ignored. */
export interface StatusInput {
  readonly indicator: StatusIndicator;
  readonly goals: readonly StatusGoal[];
  /** Every baselines.csv row of the indicator (all releases). */
  readonly baselines: readonly StatusBaseline[];
  /** Every observations.csv row of the indicator (all releases). */
  readonly observations: readonly StatusObservation[];
  readonly releases: readonly StatusRelease[];
  /** Id of the release the status is computed as of; its date is "today". */
  readonly asOf: string;
  /** Goal year to judge (default 2025). */
  readonly goalYear?: number | undefined;
  /** Values of the reference of a share_of_reference goal (none in the data contract yet). */
  readonly referenceValues?: readonly ReferenceValue[] | undefined;
  /** Scope names for labels (falls back to the id). */
  readonly scopes?: readonly NamedRow[] | undefined;
  /** Series names for labels (falls back to the id). */
  readonly series?: readonly NamedRow[] | undefined;
}

/** A figure as it stands at the as-of release, with its revision history. */
export interface Figure {
  readonly period: number;
  readonly scope_id: string;
  readonly series_id: string;
  readonly value: number;
  readonly release_id: string;
  readonly source_id: string;
  readonly excerpt: string;
  readonly note: string;
  /** True when an earlier release published another value (or withdrew it). */
  readonly revised: boolean;
  /** Every release's value for this figure, oldest first (null = withdrawn). */
  readonly history: readonly { readonly release_id: string; readonly value: number | null }[];
  /** Value written vi-VN with the unit ("19,2%"); a related figure's own unit and decimals. */
  readonly text: string;
  /** Figures come from data/, never computed (a fraction's share is marked by `fraction`). */
  readonly computed: false;
  /** The source's count and total when it gave a fraction; `value` is the computed share. */
  readonly fraction: { readonly numerator: number; readonly denominator: number } | null;
  /** Set when the source gives no exact year; such a figure never decides a status. */
  readonly period_basis: PeriodBasis | null;
  /** What a related figure measures; null for the indicator's own figures. */
  readonly measure: string | null;
  /** The unit of a related figure; null for the indicator's own figures. */
  readonly measure_unit: string | null;
}

/**
 * A figure that measures something other than the indicator (another population, area or
 * definition): shown apart with its own measure and unit, never judged, never on the line.
 */
export interface RelatedFigure extends Figure {
  readonly measure: string;
  readonly measure_unit: string;
}

/** Why a figure is not comparable with the baseline. */
export type OtherReason = "other-scope" | "other-series" | "no-baseline" | "approximate-period";

/** A figure shown but never used for status, with a label saying why. */
export interface OtherFigure extends Figure {
  readonly reason: OtherReason;
  /** Vietnamese label ("Khác phạm vi: <the scope's name>"). */
  readonly label: string;
}

/** A number that the site derived (a level, a rate, a ratio); the page must say it is computed. */
export interface DerivedNumber {
  readonly value: number;
  /** Written vi-VN with its unit. */
  readonly text: string;
  /** True when derived by this module, false when quoted from data/ (an at_least level). */
  readonly computed: boolean;
}

/** The status of one indicator against one goal year. */
export interface StatusResult {
  readonly indicator_id: string;
  readonly goalYear: number;
  readonly status: StatusCode;
  /** Vietnamese label of the status. */
  readonly label: string;
  /** One Vietnamese sentence explaining the status, numbers vi-VN. */
  readonly reason: string;
  /** True when the verdict can no longer change (goal year over, its figure published). */
  readonly final: boolean;
  /** For awaiting_final: what the latest figure alone would give; else null. */
  readonly provisional: StatusCode | null;
  readonly goal: StatusGoal | null;
  /** Goal phrase ("≥ 94%", "giảm ≥ 2 điểm %/năm"); empty when there is no goal. */
  readonly goalText: string;
  /** Level the goal asks for in the goal year; null when it cannot be computed. */
  readonly goalLevel: DerivedNumber | null;
  readonly baseline: Figure | null;
  /** Latest comparable figure after the baseline year, up to the goal year. */
  readonly latest: Figure | null;
  /** Expected value at the latest figure's period on the straight path baseline → goal. */
  readonly expectedAtLatest: DerivedNumber | null;
  /** Achieved change ÷ expected change at the latest figure's period. */
  readonly ratio: DerivedNumber | null;
  /** Average yearly change baseline → latest, in the indicator's unit per year. */
  readonly changePerYear: DerivedNumber | null;
  /** Every comparable figure (baseline scope and series), by period. */
  readonly comparable: readonly Figure[];
  /** Figures of another scope or series: shown, labelled, never used for status. */
  readonly others: readonly OtherFigure[];
  /** Related figures (another measure): shown apart, never the latest, never judged. */
  readonly related: readonly RelatedFigure[];
  /** The release the status is computed as of. */
  readonly asOf: StatusRelease;
}
