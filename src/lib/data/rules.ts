/**
 * Rules of this program's data that a Table Schema cannot express: kinds of indicators and
 * goals, withdrawals, the append-only order of releases and the package version. A rule that one
 * cell can break (required, a range, an enum, a pattern) is a constraint in datapackage.json
 * instead, never repeated here: the validator reports it from there with the cell's place.
 * They run only when every contract resource has the contract's columns (see contract.ts), and
 * they skip cells that are empty or unreadable because those are reported already.
 */
import { isPercentUnit } from "../units.ts";
import type { ReadDescriptor } from "./descriptor.ts";
import { findJsonLine } from "./json-lines.ts";
import { quote, ROW_COLUMN, type Problem } from "./problem.ts";
import { compareReleases, readNumber, readText, reporterFor, type Tables } from "./table-access.ts";
import type { TableRow } from "./table.ts";

/** Returns every problem found by the program's own rules. */
export function checkProgramRules(
  tables: Tables,
  descriptor: ReadDescriptor,
  descriptorFile: string,
): Problem[] {
  return [
    ...checkProgram(tables),
    ...checkIndicators(tables),
    ...checkIndicatorsHaveGoals(tables),
    ...checkGoals(tables),
    ...checkFigures(tables, "baselines"),
    ...checkFigures(tables, "observations"),
    ...checkRevisionOrder(tables, "baselines", ["indicator_id"]),
    ...checkRevisionOrder(tables, "observations", [
      "indicator_id",
      "period",
      "scope_id",
      "series_id",
    ]),
    ...checkAgencies(tables),
    ...checkScopes(tables),
    ...checkVersion(tables, descriptor, descriptorFile),
  ];
}

// program.csv names the one program the site tracks: one row, and its years in order
// (start ≤ end ≤ orientation, start ≤ goal ≤ orientation).
function checkProgram(tables: Tables): Problem[] {
  const rows = tables.rows("program");
  const problems: Problem[] = rows
    .slice(1)
    .map((row) =>
      tables.problem(
        "program",
        row,
        ROW_COLUMN,
        "one row only (the program this site tracks)",
        `row ${rows.indexOf(row) + 1}`,
        "Keep one row: a site tracks one program; another program builds from its own folder.",
      ),
    );
  const [row] = rows;
  if (!row) return problems;
  const year = (column: string): number | undefined => readNumber(row, column);
  const order = [
    ["start_year", "end_year"],
    ["end_year", "orientation_year"],
    ["start_year", "goal_year"],
    ["goal_year", "orientation_year"],
  ] as const;
  for (const [before, after] of order) {
    const first = year(before);
    const second = year(after);
    if (first === undefined || second === undefined || first <= second) continue;
    problems.push(
      tables.problem(
        "program",
        row,
        after,
        `a year not before ${before} (${first})`,
        String(second),
        `Check ${before} and ${after}: the period runs from start_year to end_year, and goals and orientations come after it starts.`,
      ),
    );
  }
  return problems;
}

function checkIndicators(tables: Tables): Problem[] {
  const problems: Problem[] = [];
  for (const row of tables.rows("indicators")) {
    const kind = readText(row, "kind");
    const direction = row.values["direction"];
    if (kind === "quantitative" && direction === null) {
      problems.push(
        tables.problem(
          "indicators",
          row,
          "direction",
          '"up" or "down" for a quantitative indicator',
          "an empty cell",
          "Write up if a higher value is better, down if a lower value is better.",
        ),
      );
    }
    for (const [column, what] of [
      ["unit", "a unit"],
      ["decimals", "the number of decimals"],
    ] as const) {
      if (kind === "quantitative" && row.values[column] === null) {
        problems.push(
          tables.problem(
            "indicators",
            row,
            column,
            `${what} for a quantitative indicator`,
            "an empty cell",
            `Fill in ${column}: the site needs it to show the figures.`,
          ),
        );
      }
    }
    if (kind === "qualitative" && typeof direction === "string") {
      problems.push(
        tables.problem(
          "indicators",
          row,
          "direction",
          "an empty cell for a qualitative indicator",
          quote(direction),
          "Remove the direction: a qualitative indicator has no figures.",
        ),
      );
    }
  }
  return problems;
}

// Every page judges an indicator against a goal (2025, else its 2030 orientation), so an
// indicator without any goal row would stop the build; reported on the indicator's own row.
// Skipped when goals.csv has no rows (missing, unreadable or header-only: reported already)
// or a goal's indicator_id cannot be read, since which indicator it belongs to is then unknown.
function checkIndicatorsHaveGoals(tables: Tables): Problem[] {
  const goalIds = tables.rows("goals").map((row) => readText(row, "indicator_id"));
  if (goalIds.length === 0 || goalIds.includes(undefined)) return [];
  const withGoal = new Set(goalIds);
  return tables
    .rows("indicators")
    .filter((row) => {
      const id = readText(row, "id");
      return id !== undefined && !withGoal.has(id);
    })
    .map((row) =>
      tables.problem(
        "indicators",
        row,
        "id",
        "at least one goal in goals.csv (2025 or 2030)",
        "none",
        "Add the goal row, or remove the indicator.",
      ),
    );
}

function checkGoals(tables: Tables): Problem[] {
  const problems: Problem[] = [];
  const indicators = tables.indexBy("indicators", "id");
  for (const row of tables.rows("goals")) {
    const report = reporterFor(tables, "goals", row, problems);
    const indicatorId = readText(row, "indicator_id");
    const indicator = indicatorId === undefined ? undefined : indicators.get(indicatorId);
    const kind = indicator && readText(indicator, "kind");
    const rule = readText(row, "rule");
    const value = row.values["value"];
    if (kind === "qualitative" && rule !== undefined && rule !== "qualitative") {
      report(
        "rule",
        `"qualitative", because indicator ${quote(indicatorId ?? "")} is qualitative`,
        quote(rule),
        "Set rule to qualitative and leave value empty, or make the indicator quantitative in indicators.csv.",
      );
    }
    if (kind === "quantitative" && rule === "qualitative") {
      report(
        "rule",
        `a measurable rule, because indicator ${quote(indicatorId ?? "")} is quantitative`,
        quote(rule),
        "Choose the rule the program's wording states (at_least, at_most, …), or make the indicator qualitative in indicators.csv.",
      );
    }
    if (rule !== undefined && rule !== "qualitative" && value === null) {
      report(
        "value",
        `a number for rule ${quote(rule)}`,
        "an empty cell",
        "Write the goal's number from the program's wording.",
      );
    }
    if (rule === "qualitative" && typeof value === "number") {
      report(
        "value",
        'an empty cell for rule "qualitative"',
        String(value),
        "Remove the value, or choose a measurable rule.",
      );
    }
    const reference = row.values["reference"];
    if (rule === "share_of_reference" && reference === null) {
      report(
        "reference",
        'what the share refers to, for rule "share_of_reference"',
        "an empty cell",
        "Name the reference value, as the program's wording does.",
      );
    }
    if (rule !== undefined && rule !== "share_of_reference" && typeof reference === "string") {
      report(
        "reference",
        `an empty cell for rule ${quote(rule)}`,
        quote(reference),
        "Remove the reference: only share_of_reference uses it.",
      );
    }
    const levelRule = rule === "at_least" || rule === "at_most" || rule === "below";
    if (levelRule && typeof value === "number" && indicator) {
      const fault = checkPercent(indicator, value);
      if (fault)
        report("value", fault, String(value), "Check the goal against the program's wording.");
    }
  }
  return problems;
}

function checkPercent(indicator: TableRow, value: number): string | undefined {
  if (!isPercentUnit(readText(indicator, "unit")) || (value >= 0 && value <= 100)) return undefined;
  return `a percentage from 0 to 100 (indicator ${quote(readText(indicator, "id") ?? "")} is in %)`;
}

function checkFigures(tables: Tables, name: "baselines" | "observations"): Problem[] {
  const problems: Problem[] = [];
  const indicators = tables.indexBy("indicators", "id");
  for (const row of tables.rows(name)) {
    const report = reporterFor(tables, name, row, problems);
    const indicatorId = readText(row, "indicator_id");
    const indicator = indicatorId === undefined ? undefined : indicators.get(indicatorId);
    if (indicator && readText(indicator, "kind") === "qualitative") {
      report(
        "indicator_id",
        "a quantitative indicator",
        `${quote(indicatorId ?? "")}, which is qualitative`,
        "Remove the row: a qualitative indicator has no figures.",
      );
    }
    const value = row.values["value"];
    // An empty value with a fraction is not a withdrawal: the site computes the share.
    const withdrawn = value === null && row.values["numerator"] == null;
    if (name === "observations" && withdrawn && row.values["note"] === null) {
      report(
        "note",
        "a note saying why the figure is withdrawn (value is empty)",
        "an empty cell",
        "Explain the withdrawal in note, or fill in value.",
      );
    }
    if (name === "observations") problems.push(...checkMeasure(tables, row));
    // A related figure is in its own unit, so the indicator's percentage range does not apply.
    if (typeof value === "number" && indicator && row.values["measure"] == null) {
      const fault = checkPercent(indicator, value);
      if (fault) report("value", fault, String(value), "Check the figure against its source.");
    }
  }
  return problems;
}

// A related figure (issue 13) names what it measures and in which unit, or neither: a measure
// without its unit would be printed with the indicator's unit, which is the mistake it prevents.
function checkMeasure(tables: Tables, row: TableRow): Problem[] {
  const measure = row.values["measure"];
  const unit = row.values["measure_unit"];
  if (typeof measure === "string" && unit === null) {
    return [
      tables.problem(
        "observations",
        row,
        "measure_unit",
        `the unit of the measure ${quote(measure)}, written out`,
        "an empty cell",
        'Write the unit of this figure (e.g. "% tổng số hộ tại các xã vùng DTTS và miền núi"), or empty measure if the figure measures the indicator itself.',
      ),
    ];
  }
  if (measure === null && typeof unit === "string") {
    return [
      tables.problem(
        "observations",
        row,
        "measure",
        `what the figure measures, because measure_unit is ${quote(unit)}`,
        "an empty cell",
        'Name what the figure measures (e.g. "tỷ lệ hộ nghèo chung tại các xã vùng DTTS và miền núi"), or empty measure_unit if the figure measures the indicator itself.',
      ),
    ];
  }
  return [];
}

// Files are append-only: a row that revises an earlier row (same key) must come from a newer release.
function checkRevisionOrder(
  tables: Tables,
  name: "baselines" | "observations",
  key: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const releases = tables.indexBy("releases", "id");
  const newest = new Map<string, { row: TableRow; release: TableRow }>();
  for (const row of tables.rows(name)) {
    const parts = key.map((column) => row.values[column]);
    const release = releases.get(readText(row, "release_id") ?? "");
    // Without a readable release date the order is unknown; the date's problem is reported.
    if (!release || readText(release, "date") === undefined) continue;
    if (parts.some((part) => part === null || part === undefined)) continue;
    const joined = parts.map(String).join("\u0000");
    const before = newest.get(joined);
    if (before && compareReleases(release, before.release) < 0) {
      problems.push(
        tables.problem(
          name,
          row,
          "release_id",
          `a release newer than ${describeRelease(before.release)}, which line ${before.row.line} uses for the value this row revises`,
          describeRelease(release),
          "A revision is a new row in a later release, below the row it revises; put this row above it or give it a newer release.",
        ),
      );
    } else {
      newest.set(joined, { row, release });
    }
  }
  return problems;
}

function describeRelease(release: TableRow): string {
  return `${quote(readText(release, "id") ?? "")} (${readText(release, "date") ?? "no date"})`;
}

function checkAgencies(tables: Tables): Problem[] {
  const problems: Problem[] = [];
  for (const row of tables.rows("agencies")) {
    const successor = row.values["successor_id"];
    if (typeof successor === "string" && successor === readText(row, "id")) {
      problems.push(
        tables.problem(
          "agencies",
          row,
          "successor_id",
          "another agency",
          quote(successor),
          "An agency cannot succeed itself: leave successor_id empty.",
        ),
      );
    }
    if (typeof successor === "string" && row.values["successor_source_id"] === null) {
      problems.push(
        tables.problem(
          "agencies",
          row,
          "successor_source_id",
          "the source that confirms the successor",
          "an empty cell",
          "Cite the source in successor_source_id, or leave successor_id empty.",
        ),
      );
    }
    if (successor === null && typeof row.values["successor_since"] === "string") {
      problems.push(
        tables.problem(
          "agencies",
          row,
          "successor_since",
          "an empty cell when there is no successor",
          quote(String(row.values["successor_since"])),
          "Fill in successor_id, or remove the date.",
        ),
      );
    }
    // An agency's end is shown on every page that names it ("chủ trì (đến 30/06/2025)"), so it
    // needs a cited source, and a source needs the date it vouches for.
    const until = row.values["active_until"];
    const untilSource = row.values["active_until_source_id"];
    if (typeof until === "string" && untilSource === null) {
      problems.push(
        tables.problem(
          "agencies",
          row,
          "active_until_source_id",
          "the source that says the agency ended",
          "an empty cell",
          "Cite the source in active_until_source_id, or leave active_until empty.",
        ),
      );
    }
    if (typeof untilSource === "string" && until === null) {
      problems.push(
        tables.problem(
          "agencies",
          row,
          "active_until",
          "the last day the agency worked when its end has a source",
          "an empty cell",
          "Fill in active_until (YYYY-MM-DD) from the source, or remove active_until_source_id.",
        ),
      );
    }
  }
  return problems;
}

function checkScopes(tables: Tables): Problem[] {
  const problems: Problem[] = [];
  for (const row of tables.rows("scopes")) {
    const from = readText(row, "valid_from");
    const to = readText(row, "valid_to");
    if (from !== undefined && to !== undefined && to < from) {
      problems.push(
        tables.problem(
          "scopes",
          row,
          "valid_to",
          `a date on or after valid_from (${from})`,
          quote(to),
          "Swap or correct the two dates.",
        ),
      );
    }
  }
  return problems;
}

function checkVersion(tables: Tables, read: ReadDescriptor, descriptorFile: string): Problem[] {
  const latest = tables.latestRelease();
  if (!latest) return [];
  const id = readText(latest, "id") ?? "";
  const version = read.descriptor.version;
  if (version === id) return [];
  return [
    {
      file: descriptorFile,
      line: findJsonLine(read.lines, "version"),
      column: "version",
      expected: `the id of the latest release in releases.csv, ${quote(id)}`,
      got: version === undefined ? "nothing" : quote(version),
      fix: `Set "version" to ${quote(id)}, or correct the release dates.`,
    },
  ];
}
