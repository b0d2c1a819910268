// `npm run data:import -- <file> [--table <name>] [--data <folder>] [--out <file>]`: turns a
// CSV file that a spreadsheet saved (";" separator, "," decimals, CRLF, a BOM, UTF-16 or
// Windows-1258) back into the canonical form of data/ (UTF-8, no BOM, LF, ",", "." decimals),
// in place unless --out is given. Refuses, changing nothing, any number that could be read two
// ways. The table is found from the file name (observations.csv → observations) unless --table
// names it. Exit 0 when written (or already canonical), 1 when refused, 2 on a bad command.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { descriptorSchema } from "../src/lib/data/descriptor-schema.ts";
import { formatProblem } from "../src/lib/data/problem.ts";
import { importSpreadsheetCsv } from "../src/lib/data/spreadsheet.ts";
import { getDataDir } from "../src/site/load-dataset.ts";
import { runCommand } from "./run-command.ts";

const USAGE =
  "Cách dùng: npm run data:import -- <tệp.csv> [--table <tên bảng>] [--data <thư mục>] [--out <tệp>]";

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { table: { type: "string" }, data: { type: "string" }, out: { type: "string" } },
    });
  } catch (error) {
    process.stderr.write(`data:import: ${(error as Error).message}. ${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    process.stderr.write(`data:import: cần đúng một tệp. ${USAGE}\n`);
    return 2;
  }
  const dir = values.data ?? getDataDir();
  const descriptor = descriptorSchema.parse(
    JSON.parse(readFileSync(path.join(dir, "datapackage.json"), "utf8")),
  );
  const table = values.table ?? path.basename(file, path.extname(file));
  const resource = descriptor.resources.find((r) => r.name === table);
  if (!resource) {
    const known = descriptor.resources.map((r) => r.name).join(", ");
    process.stderr.write(
      `data:import: không biết bảng "${table}" (có: ${known}). Chọn bảng bằng --table. ${USAGE}\n`,
    );
    return 2;
  }
  const bytes = new Uint8Array(readFileSync(file));
  const result = importSpreadsheetCsv(bytes, resource, file);
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`data:import: không ghi gì; sửa các ô trên rồi chạy lại.\n`);
    return 1;
  }
  const out = values.out ?? file;
  if (result.changes.length === 0 && out === file) {
    process.stdout.write(`${file}: đã đúng dạng chuẩn, không đổi gì.\n`);
    return 0;
  }
  // Written beside the target and renamed: an interrupted import never leaves half a file.
  const partial = `${out}.partial`;
  writeFileSync(partial, result.text);
  renameSync(partial, out);
  process.stdout.write(
    `${out}: đã ghi dạng chuẩn (UTF-8, dấu phẩy, dấu chấm thập phân, LF).\n` +
      result.changes.map((change) => `  ${change}\n`).join("") +
      `Bước tiếp theo: npm run validate\n`,
  );
  return 0;
}

runCommand(main);
