// The smallest shapes the release logic needs. Property names equal the column names of the
// data contract (data/datapackage.json), so the Dataset's typed rows fit structurally and this
// module never depends on how the data is parsed. Functions are generic over these shapes and
// hand back the caller's own row objects, never copies.

/** A data release of this site (a row of releases.csv). */
export interface ReleaseLike {
  /** Semantic version, e.g. "1.2.0"; primary key. */
  readonly id: string;
  /** Publication date, ISO "YYYY-MM-DD". */
  readonly date: string;
}

/** The four columns that identify one figure across releases. */
export interface FigureKey {
  /** Indicator slug (FK indicators). */
  readonly indicator_id: string;
  /** Year the figure describes, e.g. 2023. */
  readonly period: number;
  /** Geographic scope (FK scopes), e.g. "tinh-cu". */
  readonly scope_id: string;
  /** Comparable series (FK series), e.g. "mac-dinh". */
  readonly series_id: string;
}

/** A figure as published in one release (a row of observations.csv). */
export interface ObservationLike extends FigureKey {
  /** The figure in the indicator's unit; null = withdrawn in this release. */
  readonly value: number | null;
  /** Release that published this row (FK releases). */
  readonly release_id: string;
  /** Published source of the figure (FK sources). */
  readonly source_id: string;
  /** Verbatim sentence of the source that contains the figure. */
  readonly excerpt: string;
  /** Editorial note (null or "" when none); required when the value is withdrawn. */
  readonly note: string | null;
  /** The source's count and total when it gave a fraction; `value` is then the computed share. */
  readonly numerator?: number | null | undefined;
  readonly denominator?: number | null | undefined;
  /** How the period was found when the source gives no year (null = exact year). */
  readonly period_basis?: string | null | undefined;
  /** Source of the figure this one contradicts (null = not disputed). */
  readonly disputes?: string | null | undefined;
  /** What a related figure measures (another measure than the indicator); null or absent otherwise. */
  readonly measure?: string | null | undefined;
  /** The unit of a related figure; null or absent otherwise. */
  readonly measure_unit?: string | null | undefined;
}

/** An indicator's baseline as set in one release (a row of baselines.csv). */
export interface BaselineLike {
  /** Indicator slug (FK indicators); with release_id the primary key. */
  readonly indicator_id: string;
  /** Year the baseline describes. */
  readonly year: number;
  /** Geographic scope of the baseline. */
  readonly scope_id: string;
  /** Comparable series of the baseline. */
  readonly series_id: string;
  /** Baseline value in the indicator's unit (null, if a parser allows it, = withdrawn). */
  readonly value: number | null;
  /** Published source of the baseline. */
  readonly source_id: string;
  /** Verbatim sentence of the source that contains the baseline. */
  readonly excerpt: string;
  /** Editorial note (null or "" when none). */
  readonly note: string | null;
  /** Release that set this baseline (FK releases). */
  readonly release_id: string;
}

/** Thrown when the release inputs contradict each other (unknown release, duplicate key). */
export class ReleaseError extends Error {
  override name = "ReleaseError";
}
