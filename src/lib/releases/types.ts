// The smallest shapes the release logic needs: the columns it reads of the Dataset's typed rows
// (src/lib/data/rows.ts, generated from data/datapackage.json), so a column is described once.
// Functions are generic over these shapes and hand back the caller's own row objects, never
// copies. The status computation reads the same shapes (src/lib/status/types.ts).
import type { Baseline, Columns, Observation, Release } from "../data/rows.ts";

/** A data release of this site (a row of releases.csv). */
export type ReleaseLike = Columns<Release, "id" | "date">;

/** The four columns that identify one figure across releases. */
export type FigureKey = Columns<Observation, "indicator_id" | "period" | "scope_id" | "series_id">;

/** A figure as published in one release (a row of observations.csv); a null value without a fraction is withdrawn. */
export type ObservationLike = Columns<
  Observation,
  | "indicator_id"
  | "period"
  | "scope_id"
  | "series_id"
  | "value"
  | "release_id"
  | "source_id"
  | "excerpt"
  | "note",
  "numerator" | "denominator" | "period_basis" | "disputes" | "measure" | "measure_unit"
>;

/** An indicator's baseline as set in one release (a row of baselines.csv; the latest release's row wins). */
export type BaselineLike = Columns<
  Baseline,
  | "indicator_id"
  | "year"
  | "scope_id"
  | "series_id"
  | "value"
  | "source_id"
  | "excerpt"
  | "note"
  | "release_id"
>;

/** Thrown when the release inputs contradict each other (unknown release, duplicate key). */
export class ReleaseError extends Error {
  override name = "ReleaseError";
}
