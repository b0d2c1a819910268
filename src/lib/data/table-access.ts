/** Read access to checked tables by resource name, shared by the program rules and warnings. */
import { compareReleases as compareReleaseOrder } from "../releases/order.ts";
import type { Problem } from "./problem.ts";
import type { ResourceName } from "./rows.ts";
import type { Table, TableRow } from "./table.ts";

/** The checked tables of a package, with helpers keyed by contract resource name. */
export interface Tables {
  /** Data rows of a resource in file order; empty when it is missing or unreadable. */
  rows(name: ResourceName): readonly TableRow[];
  /** File path of a resource inside the folder, e.g. "observations.csv". */
  path(name: ResourceName): string;
  /** Returns a problem placed on a row of a resource. */
  problem(
    name: ResourceName,
    row: TableRow,
    column: string,
    expected: string,
    got: string,
    fix: string,
  ): Problem;
  /** First row for each text value of a column. */
  indexBy(name: ResourceName, column: string): ReadonlyMap<string, TableRow>;
  /**
   * The release row with the latest date (then the highest version); undefined when there is
   * none or when a release's id or date is unreadable, since "latest" is then unknown.
   */
  latestRelease(): TableRow | undefined;
}

/** Adds a problem on one row: the column, what was expected, what it holds and the fix. */
type RowReporter = (column: string, expected: string, got: string, fix: string) => void;

/** Returns a RowReporter that pushes problems placed on `row` of resource `name` to `problems`. */
export function reporterFor(
  tables: Tables,
  name: ResourceName,
  row: TableRow,
  problems: Problem[],
): RowReporter {
  return (column, expected, got, fix) => {
    problems.push(tables.problem(name, row, column, expected, got, fix));
  };
}

/** Returns table helpers over the checked tables, keyed by resource name. */
export function createTables(tables: ReadonlyMap<string, Table>): Tables {
  const indexes = new Map<string, ReadonlyMap<string, TableRow>>();
  const rows = (name: ResourceName): readonly TableRow[] => tables.get(name)?.rows ?? [];
  return {
    rows,
    path: (name) => tables.get(name)?.resource.path ?? `${name}.csv`,
    problem: (name, row, column, expected, got, fix) => ({
      file: tables.get(name)?.file ?? `${name}.csv`,
      line: row.line,
      column,
      expected,
      got,
      fix,
    }),
    indexBy: (name, column) => {
      const cacheKey = `${name}\u0000${column}`;
      let index = indexes.get(cacheKey);
      if (!index) {
        const built = new Map<string, TableRow>();
        for (const row of rows(name)) {
          const value = row.values[column];
          const key = value === null || value === undefined ? undefined : String(value);
          if (key !== undefined && !built.has(key)) built.set(key, row);
        }
        index = built;
        indexes.set(cacheKey, index);
      }
      return index;
    },
    latestRelease: () => {
      const releases = rows("releases");
      const known = releases.every((row) => readText(row, "id") && readText(row, "date"));
      return known ? [...releases].sort(compareReleases).at(-1) : undefined;
    },
  };
}

/** Returns a cell as text, or undefined when it is empty, unreadable or not text. */
export function readText(row: TableRow, column: string): string | undefined {
  const value = row.values[column];
  return typeof value === "string" ? value : undefined;
}

/** Returns a cell as a number, or undefined when it is empty, unreadable or not a number. */
export function readNumber(row: TableRow, column: string): number | undefined {
  const value = row.values[column];
  return typeof value === "number" ? value : undefined;
}

/** Orders release rows as the site does (src/lib/releases/order.ts): by date, then by version. */
export function compareReleases(a: TableRow, b: TableRow): number {
  return compareReleaseOrder(
    { id: readText(a, "id") ?? "", date: readText(a, "date") ?? "" },
    { id: readText(b, "id") ?? "", date: readText(b, "date") ?? "" },
  );
}
