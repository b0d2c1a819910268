/**
 * Whether a data folder's datapackage.json describes the resources and columns the site's code
 * was generated for (rows.generated.ts, from the repository's data/datapackage.json).
 */
import type { ReadDescriptor } from "./descriptor.ts";
import { findJsonLine } from "./json-lines.ts";
import { quote, type Problem } from "./problem.ts";
import { ROWS_MODULE_COMMAND } from "./rows-module.ts";
import { listColumns, REQUIRED_RESOURCES, ROW_SCHEMAS, type ResourceName } from "./rows.ts";

// Said with every contract problem: the folder may be another program's, or data/ itself
// after an edit of its columns that the generated rows do not know yet.
const REGENERATE = `if you changed them in data/datapackage.json on purpose, run ${ROWS_MODULE_COMMAND} and adapt the code that reads them`;

/** Returns the contract's resource names, in the order of the data contract. */
export function listContractResources(): ResourceName[] {
  return Object.keys(ROW_SCHEMAS) as ResourceName[];
}

/**
 * Returns a problem for each required contract resource that datapackage.json lacks, and for
 * each contract resource it describes with other columns. The cells themselves are checked
 * against the descriptor, never against this list; this only guards the columns the program
 * rules and the Dataset rely on.
 */
export function checkContract(read: ReadDescriptor, file: string): Problem[] {
  const { resources } = read.descriptor;
  const problems: Problem[] = [];
  for (const name of listContractResources()) {
    const index = resources.findIndex((resource) => resource.name === name);
    const columns = listColumns(name);
    const resource = resources[index];
    if (!resource && !REQUIRED_RESOURCES.includes(name)) continue;
    if (!resource) {
      problems.push({
        file,
        line: findJsonLine(read.lines, "resources"),
        column: "resources",
        expected: `a resource named ${quote(name)}`,
        got: "none",
        fix: `Describe ${name}.csv in datapackage.json (columns: ${columns.join(", ")}); or, ${REGENERATE}.`,
      });
      continue;
    }
    const names = resource.schema.fields.map((field) => field.name);
    if (names.join(",") !== columns.join(",")) {
      const path = `resources[${index}].schema.fields`;
      problems.push({
        file,
        line: findJsonLine(read.lines, path),
        column: path,
        expected: `the fields the site reads for ${name}: ${columns.join(", ")}`,
        got: names.join(", "),
        fix: `Describe these columns, in this order; or, ${REGENERATE}.`,
      });
    }
  }
  return problems;
}
