// `npm run generate:rows [-- --check] [--descriptor <file>]`: writes src/lib/data/rows.generated.ts
// (the row types and parsers of the data contract) from data/datapackage.json, the contract's one
// description. With --check it writes nothing and exits 1 when the file is out of date
// (tests/rows-generated.test.ts runs it). --descriptor reads another datapackage.json (tests).
// Exit 2 when the command itself is wrong or the descriptor cannot be read.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { format, resolveConfig } from "prettier";
import { readDescriptor } from "../src/lib/data/descriptor.ts";
import { formatProblem } from "../src/lib/data/problem.ts";
import {
  ROWS_MODULE_COMMAND,
  ROWS_MODULE_PATH,
  renderRowsModule,
} from "../src/lib/data/rows-module.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const DESCRIPTOR = "data/datapackage.json";

async function main(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { check: { type: "boolean" }, descriptor: { type: "string", default: DESCRIPTOR } },
    strict: true,
  });
  const file = values.descriptor;
  const read = readDescriptor(readFileSync(path.resolve(ROOT, file)), file);
  if (!read.ok) {
    for (const problem of read.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return 2;
  }
  const target = path.join(ROOT, ROWS_MODULE_PATH);
  const config = await resolveConfig(target);
  const text = await format(renderRowsModule(read.descriptor), { ...config, filepath: target });
  const current = readCurrent(target);
  if (values.check === true) {
    if (current === text) return 0;
    process.stderr.write(
      `${ROWS_MODULE_PATH} is out of date with ${file}: run ${ROWS_MODULE_COMMAND}, then adapt the code that reads the changed columns (npm run check lists it).\n`,
    );
    return 1;
  }
  if (current !== text) writeFileSync(target, text);
  process.stdout.write(`${ROWS_MODULE_PATH} ${current === text ? "is up to date" : "written"}.\n`);
  return 0;
}

function readCurrent(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `generate-rows: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
}
