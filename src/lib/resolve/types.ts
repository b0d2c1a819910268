// The shape of the resolve step (architecture.md § Pipeline): every indicator as of every
// release, resolved once per build. Views, charts, cards and downloads read it and never
// resolve a figure or judge a status themselves. Everything in it is frozen.

import type { SeriesLine } from "../charts/lines.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Indicator, Release } from "../data/rows.ts";
import type {
  Figure,
  RelatedFigure,
  StatusIndicator,
  StatusObservation,
  StatusRelease,
  StatusResult,
} from "../status/types.ts";

/** One indicator as the data stood at one release. */
export interface IndicatorAsOf {
  readonly indicator: StatusIndicator;
  /** The release this is as of; its date is "today" for the status. */
  readonly release: StatusRelease;
  /** The goal year the pages judge the indicator against (program's goal year, else its earliest). */
  readonly goalYear: number;
  /** The baseline in force (latest release wins), or null. */
  readonly baseline: Figure | null;
  /** The indicator's own figures in force, by period, scope, series (related figures apart). */
  readonly figures: readonly Figure[];
  /** Figures of the baseline's scope and series with an exact year: the ones a status may use. */
  readonly comparable: readonly Figure[];
  /** Related figures (another measure): shown apart, never judged, never on the chart. */
  readonly related: readonly RelatedFigure[];
  /** Disputed figures published by this release or earlier (never revise or decide anything). */
  readonly disputed: readonly StatusObservation[];
  /** The figures with an exact year grouped into chart lines, one per (scope, series). */
  readonly lines: readonly SeriesLine[];
  /** How many own figures have no exact year (no place on a time axis). */
  readonly undated: number;
  /** The status against `goalYear`: the one every page, card, file and feed shows. */
  readonly judged: StatusResult;
  /** One status per goal year of the indicator, sorted by year (goal levels included). */
  readonly statuses: readonly StatusResult[];
}

/** One indicator, resolved as of each release. */
export interface ResolvedIndicator {
  readonly indicator: Indicator;
  /** As of the latest release: what the site shows. */
  readonly latest: IndicatorAsOf;
  /** As of each release, by release id. */
  readonly asOf: Readonly<Record<string, IndicatorAsOf>>;
}

/** The Dataset and every indicator resolved: what views read. */
export interface Resolution {
  readonly dataset: Dataset;
  /** The releases in the order they took effect (src/lib/releases/order.ts). */
  readonly releases: readonly Release[];
  /** Every indicator of indicators.csv, by id. */
  readonly indicators: Readonly<Record<string, ResolvedIndicator>>;
}
