/** Foreign keys between the tables of a data package, self-references included. */
import { listKnown, type Problem } from "./problem.ts";
import { joinKey, pickKey, showKey, type Table } from "./table.ts";

/**
 * Returns a problem for every row whose foreign key names no row of the referred table.
 * Empty key cells are not checked (Table Schema: a null foreign key is allowed); tables that
 * are not usable are skipped, their problem is already reported.
 */
export function checkForeignKeys(tables: ReadonlyMap<string, Table>): Problem[] {
  const problems: Problem[] = [];
  for (const table of tables.values()) {
    if (!table.usable) continue;
    const { resource } = table;
    for (const key of resource.schema.foreignKeys ?? []) {
      const target = tables.get(key.reference.resource || resource.name);
      if (!target?.usable) continue;
      // A referred row whose key cell is unreadable might be the one wanted: its problem is
      // reported, and the foreign key is checked again once it is fixed.
      const unreadable = target.rows.some((row) =>
        key.reference.fields.some((name) => row.values[name] === undefined),
      );
      if (unreadable) continue;
      const knownKeys = target.rows
        .map((row) => pickKey(row, key.reference.fields))
        .filter((values) => values !== undefined);
      const known = new Set(knownKeys.map(joinKey));
      const knownTexts = knownKeys.map(showKeyPlain);
      for (const row of table.rows) {
        const values = pickKey(row, key.fields);
        if (!values || known.has(joinKey(values))) continue;
        const wanted = showKeyPlain(values);
        problems.push({
          file: table.file,
          line: row.line,
          column: key.fields[0] ?? "",
          expected: `${describeRow(target.resource.name)} listed in ${target.resource.path} (known: ${listKnown(wanted, knownTexts)})`,
          got: showKey(values),
          fix: `Use an id that ${target.resource.path} lists, or add the missing row there.`,
        });
      }
    }
  }
  return problems;
}

function showKeyPlain(values: readonly (string | number | boolean | null)[]): string {
  return values.map(String).join(", ");
}

// "indicators" → "an indicator", "agencies" → "an agency", "series" → "a series".
function describeRow(resourceName: string): string {
  const singular = resourceName.endsWith("series")
    ? resourceName
    : resourceName.endsWith("ies")
      ? `${resourceName.slice(0, -3)}y`
      : resourceName.replace(/s$/, "");
  return `${/^[aeiou]/.test(singular) ? "an" : "a"} ${singular}`;
}
