// Input and output shapes of the status computation. Inputs are the Dataset's typed rows, or
// the part of them this module reads (Pick of the generated row types of src/lib/data/rows.ts,
// architecture.md § Data contract), so a column is described once, in datapackage.json.
import type { Columns, Goal, Indicator, ObservationPeriodBasis } from "../data/rows.ts";
import type { BaselineLike, ObservationLike, ReleaseLike } from "../releases/types.ts";

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
export type StatusIndicator = Columns<
  Indicator,
  "id" | "name" | "unit" | "decimals" | "direction" | "kind"
>;

/** A goals.csv row. */
export type StatusGoal = Columns<
  Goal,
  "indicator_id" | "year" | "rule" | "value",
  "reference" | "wording"
>;

/** An observations.csv row: a figure; a null value (without a fraction) is withdrawn. */
export type StatusObservation = ObservationLike;

/** A baselines.csv row (PK indicator_id + release_id; the latest release's row wins). */
export type StatusBaseline = BaselineLike;

/** A releases.csv row. */
export type StatusRelease = ReleaseLike;

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
  readonly period_basis: ObservationPeriodBasis | null;
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
