/**
 * Clean row types of the data contract, derived from zod schemas.
 *
 * datapackage.json stays the source of truth for columns and constraints: the validator reads
 * it alone. These schemas only say which TypeScript type the site code gets for each column,
 * and they are the last gate before a Dataset is built. A test keeps their keys equal to the
 * field names in datapackage.json, so the two cannot drift apart unnoticed.
 * Empty cells are `null` (never undefined, never NaN); dates are "YYYY-MM-DD" texts.
 */
import { z } from "zod";

const text = z.string().min(1);
const optionalText = text.nullable();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const integer = z.number().int();

const year = integer.min(2000).max(2100);

/** Schema of the program.csv row: the program this site tracks, named once for every page. */
export const programSchema = z.strictObject({
  /** Document number, verbatim, e.g. "07/KH-UBND". */
  number: text,
  /** Kind of document, e.g. "Chương trình hành động". */
  kind: text,
  /** Short name for titles and sentences, e.g. "Kế hoạch 07/KH-UBND". */
  short_name: text,
  /** Issuing body as written in a sentence, e.g. "UBND tỉnh …". */
  issuer: text,
  /** Date of issue. */
  issued: date,
  /** Proper name of the province (or area), without its level. */
  province: text,
  /** The area with its level, lower case as inside a sentence, e.g. "tỉnh …". */
  area: text,
  /** The resolution or higher document the program implements. */
  implements: text,
  /** The program's field, lower case as inside a sentence. */
  topic: text,
  /** First year of the program period. */
  start_year: year,
  /** Last year of the program period. */
  end_year: year,
  /** Year of the program's final goals: indicators are judged against it. */
  goal_year: year,
  /** Year of the long-term orientations. */
  orientation_year: year,
});

/** Schema of a targets.csv row: one target of the program's appendix. */
export const targetSchema = z.strictObject({
  /** TT number of the appendix, 1–10. */
  id: integer,
  /** Short Vietnamese editorial title. */
  title: text,
  /** The appendix cell, verbatim. */
  statement: text,
  /** Anchor id on the program page, e.g. "phu-luc-1". */
  program_anchor: text,
});

/** Schema of an indicators.csv row: one measurable or qualitative indicator. */
export const indicatorSchema = z.strictObject({
  /** Slug id, e.g. "mt02-ngheo". */
  id: text,
  /** Target it belongs to; null for 2030-only orientations no appendix target covers. */
  target_id: integer.nullable(),
  /** Vietnamese name. */
  name: text,
  /** Unit as displayed, e.g. "% số hộ DTTS"; null for qualitative indicators. */
  unit: optionalText,
  /** Decimals shown, 0–3; null for qualitative indicators. */
  decimals: integer.nullable(),
  /** Whether a higher value is better ("up") or worse ("down"); null for qualitative. */
  direction: z.enum(["up", "down"]).nullable(),
  /** Whether the indicator has figures ("quantitative") or only evidence ("qualitative"). */
  kind: z.enum(["quantitative", "qualitative"]),
  /** What exactly is measured. */
  definition: text,
  /** Anchor id on the program page. */
  program_anchor: text,
});

/** Goal rules (see the data contract for their semantics). */
export const GOAL_RULES = [
  "at_least",
  "at_most",
  "below",
  "multiple_of_baseline",
  "change_per_year",
  "reduce_by_share",
  "share_of_reference",
  "qualitative",
] as const;

/** Schema of a goals.csv row: an indicator's goal for 2025 or 2030. */
export const goalSchema = z.strictObject({
  /** Indicator the goal is for. */
  indicator_id: text,
  /** Goal year, 2025 or 2030. */
  year: integer,
  /** How `value` is read. */
  rule: z.enum(GOAL_RULES),
  /** Level, factor, points per year or percent, by rule; null only for rule "qualitative". */
  value: z.number().nullable(),
  /** What share_of_reference refers to; null otherwise. */
  reference: optionalText,
  /** The program's wording, verbatim. */
  wording: text,
  /** Anchor id on the program page. */
  program_anchor: text,
});

/** Schema of a baselines.csv row: the value a goal is measured from. */
export const baselineSchema = z.strictObject({
  /** Indicator the baseline is for. */
  indicator_id: text,
  /** Year the baseline figure describes. */
  year: integer,
  /** Geographic scope id. */
  scope_id: text,
  /** Comparable series id. */
  series_id: text,
  /** The figure, in the indicator's unit. */
  value: z.number(),
  /** Source id. */
  source_id: text,
  /** Sentence of the source that contains the figure, verbatim. */
  excerpt: text,
  /** Editorial note; null when none. */
  note: optionalText,
  /** Release that published this baseline. */
  release_id: text,
});

/** Schema of an agencies.csv row: an agency or group the program names. */
export const agencySchema = z.strictObject({
  /** Slug id. */
  id: text,
  /** Name as the program writes it. */
  name: text,
  /** Short name, e.g. "Sở GD&ĐT". */
  short_name: text,
  /** Whether the program itself names this agency. */
  named_in_program: z.boolean(),
  /** Agency that took over after the 2025 restructuring; null when none is confirmed. */
  successor_id: optionalText,
  /** Date the successor took over. */
  successor_since: date.nullable(),
  /** Source confirming the successor. */
  successor_source_id: optionalText,
  /** Last day the agency worked, when a cited source says it ended; null when none does. */
  active_until: date.nullable(),
  /** Source saying the agency ended; required with active_until. */
  active_until_source_id: optionalText,
  /** Editorial note; null when none. */
  note: optionalText,
});

/** Schema of a responsibilities.csv row: an agency's role on a target. */
export const responsibilitySchema = z.strictObject({
  /** Target number. */
  target_id: integer,
  /** Agency id. */
  agency_id: text,
  /** "lead" (chủ trì) or "coordinate" (phối hợp). */
  role: z.enum(["lead", "coordinate"]),
});

/** Schema of a scopes.csv row: a geographic scope of figures. */
export const scopeSchema = z.strictObject({
  /** Slug id, e.g. "tinh-cu". */
  id: text,
  /** Vietnamese name. */
  name: text,
  /** First day the scope exists; null when open-ended. */
  valid_from: date.nullable(),
  /** Last day the scope exists; null when open-ended. */
  valid_to: date.nullable(),
  /** Editorial note; null when none. */
  note: optionalText,
});

/** Schema of a series.csv row: figures under one definition or standard. */
export const seriesSchema = z.strictObject({
  /** Slug id, e.g. "ngheo-da-chieu-2022-2025". */
  id: text,
  /** Vietnamese name. */
  name: text,
  /** Editorial note; null when none. */
  note: optionalText,
});

/** Grades of sources.csv `strength`, strongest first. */
export const SOURCE_STRENGTHS = ["official", "press", "weak"] as const;

/** Schema of a sources.csv row: a published source. */
export const sourceSchema = z.strictObject({
  /** Slug id. */
  id: text,
  /** Title as published. */
  title: text,
  /** Publisher (and its site). */
  publisher: text,
  /** Publication date; null when the page is undated. */
  published: date.nullable(),
  /** Address of the source. */
  url: text,
  /** Date the source was read. */
  accessed: date,
  /** Note, e.g. on a weak source; null when none. */
  note: optionalText,
  /** Grade of the source: official (a government body's own publication), press, or weak. */
  strength: z.enum(SOURCE_STRENGTHS),
  /** One Vietnamese sentence saying why the source has that grade. */
  strength_reason: text,
});

/** Schema of a releases.csv row: a data release of this site. */
export const releaseSchema = z.strictObject({
  /** Semantic version, e.g. "1.0.0". */
  id: text,
  /** Release date. */
  date,
  /** Vietnamese title. */
  title: text,
  /** What the release adds or revises. */
  summary: text,
});

/**
 * How an observation's `period` was found when the source gives no year ("đến nay"):
 * - not_before: neither a year nor a publication date; `period` is the earliest year the
 *   source's own text allows, and the note says which sentence shows it;
 * - as_of_published: the figure is the situation on the source's publication date
 *   (sources.published); `period` is that date's year.
 * Such a figure is shown with its approximate period and never decides a status.
 */
export const PERIOD_BASES = ["not_before", "as_of_published"] as const;

/** Schema of an observations.csv row: a figure as published in a release. */
export const observationSchema = z.strictObject({
  /** Indicator measured. */
  indicator_id: text,
  /** Year the figure describes, 2015–2030. */
  period: integer,
  /** Geographic scope id. */
  scope_id: text,
  /** Comparable series id. */
  series_id: text,
  /** The figure in the indicator's unit; null with a fraction (numerator/denominator), else withdrawn. */
  value: z.number().nullable(),
  /** Release that published this row. */
  release_id: text,
  /** Source id. */
  source_id: text,
  /** Sentence of the source that contains the figure, verbatim. */
  excerpt: text,
  /** Editorial note; null when none. */
  note: optionalText,
  /**
   * What the figure measures when it is not the indicator itself (another population, area or
   * definition); null for the indicator's own figures. Such a "related figure" is never judged.
   */
  measure: optionalText,
  /** Unit of a related figure, written out; null exactly when `measure` is null. */
  measure_unit: optionalText,
  /** Count the source states ("66" in "66/110 xã"); set with denominator, value then empty. */
  numerator: integer.nullable(),
  /** Total the count is out of ("110" in "66/110 xã"); set with numerator. */
  denominator: integer.nullable(),
  /** How `period` was found when the source gives no year (see PERIOD_BASES); null = exact year. */
  period_basis: z.enum(PERIOD_BASES).nullable(),
  /** Source of the figure (same indicator, period, scope, series) this one contradicts; null when none. */
  disputes: optionalText,
});

/** Row schema of every resource of the data contract, by resource name. */
export const ROW_SCHEMAS = {
  program: programSchema,
  targets: targetSchema,
  indicators: indicatorSchema,
  goals: goalSchema,
  baselines: baselineSchema,
  agencies: agencySchema,
  responsibilities: responsibilitySchema,
  scopes: scopeSchema,
  series: seriesSchema,
  sources: sourceSchema,
  releases: releaseSchema,
  observations: observationSchema,
} as const;

/** Name of a resource of the data contract, e.g. "observations". */
export type ResourceName = keyof typeof ROW_SCHEMAS;

/** Returns the contract's column names of a resource, in schema order. */
export function listColumns(name: ResourceName): readonly string[] {
  return Object.keys(ROW_SCHEMAS[name].shape);
}

/** The program this site tracks (program.csv, one row). */
export type Program = z.infer<typeof programSchema>;
/** A target of the appendix. */
export type Target = z.infer<typeof targetSchema>;
/** An indicator. */
export type Indicator = z.infer<typeof indicatorSchema>;
/** A goal rule name. */
export type GoalRule = (typeof GOAL_RULES)[number];
/** A goal of an indicator. */
export type Goal = z.infer<typeof goalSchema>;
/** A baseline of an indicator. */
export type Baseline = z.infer<typeof baselineSchema>;
/** An agency named in the program (or its successor). */
export type Agency = z.infer<typeof agencySchema>;
/** An agency's role on a target. */
export type Responsibility = z.infer<typeof responsibilitySchema>;
/** A geographic scope. */
export type Scope = z.infer<typeof scopeSchema>;
/** A comparable series. */
export type Series = z.infer<typeof seriesSchema>;
/** Grade of a source. */
export type SourceStrength = (typeof SOURCE_STRENGTHS)[number];
/** A published source. */
export type Source = z.infer<typeof sourceSchema>;
/** A data release. */
export type Release = z.infer<typeof releaseSchema>;
/** A published figure. */
export type Observation = z.infer<typeof observationSchema>;
