/**
 * The typed, immutable Dataset built from checked tables, with the lookups pages need.
 * Cells go raw text (csv.ts) → typed by datapackage.json (table.ts) → clean rows (rows.ts).
 *
 * Two forms of observation are shaped here, once, so every page, chart, status and release
 * comparison reads them alike (issue 14):
 * - a fraction ("66/110 xã", numerator and denominator with value empty in the file) gets as
 *   `value` the share numerator ÷ denominator × 100 computed by this site; views print the
 *   fraction and mark the share as computed (see `isFraction`);
 * - a disputed figure (`disputes` set) is kept apart in `disputedObservations`: it never
 *   revises, withdraws or decides anything; only the pages that show disputes read it.
 */
import type { z } from "zod";
import { describeIssue } from "./descriptor.ts";
import { FILE_COLUMN, type Problem } from "./problem.ts";
import {
  listColumns,
  ROW_SCHEMAS,
  type Agency,
  type Baseline,
  type Goal,
  type Indicator,
  type Observation,
  type Program,
  type Release,
  type ResourceName,
  type Responsibility,
  type Scope,
  type Series,
  type Source,
  type Target,
} from "./rows.ts";
import { compareVersions } from "./table-access.ts";
import type { Table } from "./table.ts";
import { indexTranslations, type TranslationIndex } from "./translations.ts";

/** Every table of the data folder as clean rows, plus lookups; nothing in it can be changed. */
export interface Dataset {
  /** datapackage.json version, equal to the latest release id. */
  readonly version: string;
  /** The program this site tracks: its names, issuer, area and period (program.csv). */
  readonly program: Program;
  readonly targets: readonly Target[];
  readonly indicators: readonly Indicator[];
  readonly goals: readonly Goal[];
  readonly baselines: readonly Baseline[];
  readonly agencies: readonly Agency[];
  readonly responsibilities: readonly Responsibility[];
  readonly scopes: readonly Scope[];
  readonly series: readonly Series[];
  readonly sources: readonly Source[];
  /** Releases from oldest to latest (by date, then version). */
  readonly releases: readonly Release[];
  /**
   * Observations in file order, which is the order they were appended, without disputed
   * figures; a fraction's `value` is its computed share.
   */
  readonly observations: readonly Observation[];
  /** Disputed figures (`disputes` set) in file order; a fraction's `value` is its share. */
  readonly disputedObservations: readonly Observation[];
  /** The latest release: the one whose id is the package version. */
  readonly latestRelease: Release;
  readonly targetById: ReadonlyMap<number, Target>;
  readonly indicatorById: ReadonlyMap<string, Indicator>;
  /** Indicators of each target number, in file order. */
  readonly indicatorsByTarget: ReadonlyMap<number, readonly Indicator[]>;
  readonly goalsByIndicator: ReadonlyMap<string, readonly Goal[]>;
  readonly baselinesByIndicator: ReadonlyMap<string, readonly Baseline[]>;
  /** Observations of each indicator in file (append) order, revisions included. */
  readonly observationsByIndicator: ReadonlyMap<string, readonly Observation[]>;
  /** Disputed figures of each indicator, in file order. */
  readonly disputesByIndicator: ReadonlyMap<string, readonly Observation[]>;
  readonly agencyById: ReadonlyMap<string, Agency>;
  readonly responsibilitiesByTarget: ReadonlyMap<number, readonly Responsibility[]>;
  readonly responsibilitiesByAgency: ReadonlyMap<string, readonly Responsibility[]>;
  readonly scopeById: ReadonlyMap<string, Scope>;
  readonly seriesById: ReadonlyMap<string, Series>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly releaseById: ReadonlyMap<string, Release>;
  /** Translations of the cells (translations.csv, optional); read them with translate(). */
  readonly translations: TranslationIndex;
}

/** The Dataset, or the problems that stop the clean rows from being built. */
export type DatasetResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Returns the Dataset from tables that passed validation (keyed by resource name). */
export function buildDataset(tables: ReadonlyMap<string, Table>, version: string): DatasetResult {
  const problems: Problem[] = [];
  const parse = <N extends ResourceName>(name: N): z.infer<(typeof ROW_SCHEMAS)[N]>[] =>
    parseRows(name, tables.get(name), problems);
  const programs = parse("program");
  const targets = parse("targets");
  const indicators = parse("indicators");
  const goals = parse("goals");
  const baselines = parse("baselines");
  const agencies = parse("agencies");
  const responsibilities = parse("responsibilities");
  const scopes = parse("scopes");
  const series = parse("series");
  const sources = parse("sources");
  const releases = parse("releases").sort(compareReleaseRows);
  const shaped = parse("observations").map(withShare);
  const observations = shaped.filter((row) => row.disputes === null);
  const disputedObservations = shaped.filter((row) => row.disputes !== null);
  const latestRelease = releases.at(-1);
  if (!latestRelease) {
    problems.push({
      file: tables.get("releases")?.file ?? "releases.csv",
      line: 1,
      column: FILE_COLUMN,
      expected: "at least one release",
      got: "only the header",
      fix: "Add the release that publishes this data.",
    });
  }
  const program = programs[0];
  if (!program) {
    problems.push({
      file: tables.get("program")?.file ?? "program.csv",
      line: 1,
      column: FILE_COLUMN,
      expected: "one row: the program this site tracks",
      got: "only the header",
      fix: "Fill in the program's row (see data/README.md).",
    });
  }
  if (problems.length > 0 || !latestRelease || !program) return { ok: false, problems };
  const dataset: Dataset = {
    version,
    program: Object.freeze(program),
    targets: freezeAll(targets),
    indicators: freezeAll(indicators),
    goals: freezeAll(goals),
    baselines: freezeAll(baselines),
    agencies: freezeAll(agencies),
    responsibilities: freezeAll(responsibilities),
    scopes: freezeAll(scopes),
    series: freezeAll(series),
    sources: freezeAll(sources),
    releases: freezeAll(releases),
    observations: freezeAll(observations),
    disputedObservations: freezeAll(disputedObservations),
    latestRelease,
    targetById: indexById(targets, (row) => row.id),
    indicatorById: indexById(indicators, (row) => row.id),
    indicatorsByTarget: groupBy(indicators, (row) => row.target_id),
    goalsByIndicator: groupBy(goals, (row) => row.indicator_id),
    baselinesByIndicator: groupBy(baselines, (row) => row.indicator_id),
    observationsByIndicator: groupBy(observations, (row) => row.indicator_id),
    disputesByIndicator: groupBy(disputedObservations, (row) => row.indicator_id),
    agencyById: indexById(agencies, (row) => row.id),
    responsibilitiesByTarget: groupBy(responsibilities, (row) => row.target_id),
    responsibilitiesByAgency: groupBy(responsibilities, (row) => row.agency_id),
    scopeById: indexById(scopes, (row) => row.id),
    seriesById: indexById(series, (row) => row.id),
    sourceById: indexById(sources, (row) => row.id),
    releaseById: indexById(releases, (row) => row.id),
    translations: indexTranslations(tables),
  };
  return { ok: true, dataset: Object.freeze(dataset) };
}

/** Returns whether an observation was published as a fraction ("66/110"). */
export function isFraction(
  row: Pick<Observation, "numerator" | "denominator">,
): row is Observation & { readonly numerator: number; readonly denominator: number } {
  return row.numerator !== null && row.denominator !== null;
}

/** Returns the share of a fraction in percent, to 6 decimals (66/110 → 60). */
export function fractionShare(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 100 * 1e6) / 1e6;
}

// A fraction's value is empty in the file (the validator insists); here it becomes the share.
function withShare(row: Observation): Observation {
  return isFraction(row) && row.value === null
    ? { ...row, value: fractionShare(row.numerator, row.denominator) }
    : row;
}

function parseRows<N extends ResourceName>(
  name: N,
  table: Table | undefined,
  problems: Problem[],
): z.infer<(typeof ROW_SCHEMAS)[N]>[] {
  const schema = ROW_SCHEMAS[name];
  const columns = listColumns(name);
  const rows: z.infer<(typeof ROW_SCHEMAS)[N]>[] = [];
  for (const row of table?.rows ?? []) {
    const input = Object.fromEntries(columns.map((column) => [column, row.values[column]]));
    const parsed = schema.safeParse(input, { reportInput: true });
    if (parsed.success) {
      rows.push(parsed.data as z.infer<(typeof ROW_SCHEMAS)[N]>);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const { expected, got } = describeIssue(issue);
      const empty = issue.input === null;
      problems.push({
        file: table?.file ?? `${name}.csv`,
        line: row.line,
        column: String(issue.path[0] ?? ""),
        expected: empty ? "a value (the site needs this column filled in)" : expected,
        got: empty ? "an empty cell" : got,
        fix: "Fill in the cell; src/lib/data/rows.ts says what the site expects of each column.",
      });
    }
  }
  return rows;
}

function compareReleaseRows(a: Release, b: Release): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return compareVersions(a.id, b.id);
}

function freezeAll<T extends object>(rows: T[]): readonly T[] {
  rows.forEach((row) => Object.freeze(row));
  return Object.freeze(rows);
}

function indexById<T, K>(rows: readonly T[], keyOf: (row: T) => K): ReadonlyMap<K, T> {
  const map = new Map<K, T>();
  for (const row of rows) if (!map.has(keyOf(row))) map.set(keyOf(row), row);
  return map;
}

// Rows whose key is null (e.g. an indicator with no target) are left out of the groups.
function groupBy<T, K>(
  rows: readonly T[],
  keyOf: (row: T) => K | null,
): ReadonlyMap<K, readonly T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = map.get(key);
    if (group) group.push(row);
    else map.set(key, [row]);
  }
  for (const group of map.values()) Object.freeze(group);
  return map;
}
