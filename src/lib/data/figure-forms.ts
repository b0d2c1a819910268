/**
 * Rules for the three forms a published figure can take besides "a value for a year"
 * (observations.csv, issue 14):
 * - a fraction ("66/110 xã"): numerator and denominator, value empty, unit a percentage;
 * - an approximate period ("đến nay"): period_basis says how `period` was found;
 * - a disputed figure: `disputes` names the source of the figure it contradicts, which must
 *   exist with the same indicator, period, scope and series (in baselines.csv or
 *   observations.csv) and is the one used for the status.
 * Cells that are empty or unreadable for another reason are skipped: they are reported already.
 */
import { quote, type Problem } from "./problem.ts";
import { isPercentUnit } from "../units.ts";
import { readNumber, readText, reporterFor, type Tables } from "./table-access.ts";
import type { TableRow } from "./table.ts";

/** Returns every problem of fractions, approximate periods and disputes in observations.csv. */
export function checkFigureForms(tables: Tables): Problem[] {
  return [...checkFractions(tables), ...checkPeriodBases(tables), ...checkDisputes(tables)];
}

function checkFractions(tables: Tables): Problem[] {
  const problems: Problem[] = [];
  const indicators = tables.indexBy("indicators", "id");
  for (const row of tables.rows("observations")) {
    const report = reporterFor(tables, "observations", row, problems);
    const numerator = readNumber(row, "numerator");
    const denominator = readNumber(row, "denominator");
    if (numerator === undefined && denominator === undefined) continue;
    if (numerator === undefined || denominator === undefined) {
      const [missing, given] =
        numerator === undefined ? ["numerator", "denominator"] : ["denominator", "numerator"];
      if (row.values[missing] === null)
        report(
          missing,
          `a number, because ${given} is given (a fraction needs both)`,
          "an empty cell",
          `Write both counts of the source's "a/b", or leave both ${given} and ${missing} empty.`,
        );
      continue;
    }
    if (numerator > denominator) {
      report(
        "numerator",
        `at most the denominator (${denominator})`,
        String(numerator),
        "Check the fraction against the source: the count cannot exceed the total.",
      );
    }
    const value = row.values["value"];
    if (typeof value === "number") {
      report(
        "value",
        "an empty cell when numerator and denominator are given (the site computes the share)",
        String(value),
        "Remove the value; if the source also states a percentage, quote it in the note.",
      );
    }
    const indicator = indicators.get(readText(row, "indicator_id") ?? "");
    const unit = readText(row, "measure_unit") ?? (indicator && readText(indicator, "unit"));
    if (indicator && !isPercentUnit(unit)) {
      report(
        "numerator",
        `a figure whose unit is a percentage (the unit is ${quote(unit ?? "")})`,
        `${numerator}/${denominator}`,
        "Record a count in its unit as value, and leave numerator and denominator empty.",
      );
    }
  }
  return problems;
}

function checkPeriodBases(tables: Tables): Problem[] {
  const problems: Problem[] = [];
  const sources = tables.indexBy("sources", "id");
  for (const row of tables.rows("observations")) {
    const basis = readText(row, "period_basis");
    if (basis === undefined) continue;
    if (row.values["note"] === null) {
      problems.push(
        tables.problem(
          "observations",
          row,
          "note",
          `a note saying how the period was found (period_basis is ${quote(basis)})`,
          "an empty cell",
          'Quote what the source says about time ("đến nay", the year another sentence names).',
        ),
      );
    }
    if (basis !== "as_of_published") continue;
    const sourceId = readText(row, "source_id") ?? "";
    const source = sources.get(sourceId);
    if (!source) continue;
    const published = readText(source, "published");
    const period = readNumber(row, "period");
    if (published === undefined) {
      problems.push(
        tables.problem(
          "observations",
          row,
          "period_basis",
          `a source with a publication date (source ${quote(sourceId)} has none)`,
          quote(basis),
          "Fill in sources.published, or use not_before with the earliest year the source allows.",
        ),
      );
    } else if (period !== undefined && String(period) !== published.slice(0, 4)) {
      problems.push(
        tables.problem(
          "observations",
          row,
          "period",
          `${published.slice(0, 4)}, the year of the publication date ${published} (period_basis is as_of_published)`,
          String(period),
          "Set period to the publication year.",
        ),
      );
    }
  }
  return problems;
}

/** A figure a dispute can point at: its file, line and source. */
interface Candidate {
  readonly file: string;
  readonly line: number;
  readonly source: string;
}

function checkDisputes(tables: Tables): Problem[] {
  const candidates = new Map<string, Candidate[]>();
  const add = (key: string | undefined, candidate: Candidate): void => {
    if (key !== undefined) candidates.set(key, [...(candidates.get(key) ?? []), candidate]);
  };
  for (const row of tables.rows("baselines")) {
    const source = readText(row, "source_id");
    if (source !== undefined)
      add(keyOf(row, "year"), { file: fileOf(tables, "baselines", row), line: row.line, source });
  }
  for (const row of tables.rows("observations")) {
    const source = readText(row, "source_id");
    if (source !== undefined && row.values["disputes"] === null)
      add(keyOf(row, "period"), {
        file: fileOf(tables, "observations", row),
        line: row.line,
        source,
      });
  }
  const problems: Problem[] = [];
  for (const row of tables.rows("observations")) {
    const disputes = readText(row, "disputes");
    if (disputes === undefined) continue;
    const report = reporterFor(tables, "observations", row, problems);
    if (disputes === readText(row, "source_id")) {
      report(
        "disputes",
        "the source of another figure (a source cannot dispute itself)",
        quote(disputes),
        "Name the source of the figure this one contradicts.",
      );
      continue;
    }
    const key = keyOf(row, "period");
    if (key === undefined) continue;
    const known = candidates.get(key) ?? [];
    if (!known.some((candidate) => candidate.source === disputes)) {
      const list = known.map((c) => `${c.file}:${c.line} ${quote(c.source)}`).join("; ") || "none";
      const [indicatorId = "", period = "", scope = "", series = ""] = key.split("\u0000");
      const figure = `${quote(indicatorId)}, ${period}, ${quote(scope)}, ${quote(series)}`;
      report(
        "disputes",
        `the source of a figure with the same indicator, period, scope and series (${figure}; known: ${list})`,
        quote(disputes),
        "Name one of the known sources, or correct the period, scope or series.",
      );
    }
    if (row.values["note"] === null) {
      report(
        "note",
        "a note saying how the two figures differ and which sources say what",
        "an empty cell",
        "Explain the disagreement in note.",
      );
    }
  }
  return problems;
}

function keyOf(row: TableRow, periodColumn: "year" | "period"): string | undefined {
  const parts = [
    readText(row, "indicator_id"),
    readNumber(row, periodColumn),
    readText(row, "scope_id"),
    readText(row, "series_id"),
  ];
  return parts.some((part) => part === undefined) ? undefined : parts.join("\u0000");
}

// The file as problems name it (e.g. data/baselines.csv), so "known" points where an editor looks.
function fileOf(tables: Tables, name: "baselines" | "observations", row: TableRow): string {
  return tables.problem(name, row, "", "", "", "").file;
}
