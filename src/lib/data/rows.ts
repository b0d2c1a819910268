/**
 * The typed rows of the data contract: what the site's code may rely on in each CSV row.
 *
 * data/datapackage.json is the contract's one description. The row schemas and types are
 * generated from it into rows.generated.ts (`npm run generate:rows`; the rules are in
 * rows-module.ts), so adding a column or a resource is an edit of datapackage.json and that
 * command, nothing else. The validator checks every cell against the data folder's own
 * datapackage.json; these schemas are the last gate before a Dataset is built, for a data folder
 * whose datapackage.json allows what the site cannot read (an empty cell in a column it needs).
 * Empty cells are `null` (never undefined, never NaN); dates are "YYYY-MM-DD" texts.
 */
import { ROW_SCHEMAS, type ResourceName } from "./rows.generated.ts";

export * from "./rows.generated.ts";

/**
 * The columns of a row type that a module reads: `Needed` always, `Optional` when the caller
 * has them (e.g. `Columns<Observation, "indicator_id" | "period", "note">`). Modules that take
 * rows declare their input this way instead of copying the columns' types.
 */
export type Columns<Row, Needed extends keyof Row, Optional extends keyof Row = never> = Readonly<
  Pick<Row, Needed> & Partial<Pick<Row, Optional>>
>;

/** Returns the contract's column names of a resource, in the order of datapackage.json. */
export function listColumns(name: ResourceName): readonly string[] {
  return Object.keys(ROW_SCHEMAS[name].shape);
}
