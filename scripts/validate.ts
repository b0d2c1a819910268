// `npm run validate [-- --data <folder>]`: checks a data folder and lists every problem.
// Exit 0 when valid, 1 when the data has problems, 2 when the command itself is wrong.
// A user mistake never prints a stack trace: every outcome is one line per problem.
import { parseArgs } from "node:util";
import { formatProblem, formatWarning } from "../src/lib/data/problem.ts";
import { checkDataDir, validateDataDir } from "../src/site/load-dataset.ts";

const USAGE = "Cách dùng: npm run validate [-- --data <thư mục>]";

/** Returns the data folder named by the arguments, "help", or a usage error message. */
function readArguments(
  args: readonly string[],
): { dir: string } | { help: true } | { error: string } {
  let values: { data?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { data: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: describeArgumentError(error) };
  }
  if (values.help === true) return { help: true };
  if (values.data === "") return { error: "thiếu tên thư mục sau --data" };
  return { dir: values.data ?? "data" };
}

// parseArgs reports in English with its own codes; the command speaks Vietnamese.
function describeArgumentError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return "thiếu tên thư mục sau --data";
  const named = /'([^']+)'/.exec(message)?.[1] ?? message;
  return `không hiểu tham số ${JSON.stringify(named)}`;
}

function main(args: readonly string[]): number {
  const parsed = readArguments(args);
  if ("help" in parsed) {
    process.stdout.write(
      `${USAGE}\nKiểm tra datapackage.json và mọi tệp CSV trong thư mục (mặc định: data).\n`,
    );
    return 0;
  }
  if ("error" in parsed) {
    process.stderr.write(`validate: ${parsed.error}. ${USAGE}\n`);
    return 2;
  }
  const { dir } = parsed;
  if (checkDataDir(dir)) {
    process.stderr.write(`validate: không tìm thấy thư mục ${JSON.stringify(dir)}. ${USAGE}\n`);
    return 2;
  }
  const result = validateDataDir(dir);
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    const count = result.problems.length;
    process.stderr.write(
      `${count} lỗi trong dữ liệu ở ${dir}. Sửa các dòng trên rồi chạy lại npm run validate.\n`,
    );
    return 1;
  }
  for (const warning of result.warnings) process.stderr.write(`${formatWarning(warning)}\n`);
  const warned = result.warnings.length > 0 ? ` (${result.warnings.length} cảnh báo)` : "";
  process.stdout.write(`Dữ liệu hợp lệ: ${result.files} tệp, ${result.rows} dòng${warned}.\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Only a bug gets here (the validator turns bad data into problems): still one line.
  process.stderr.write(
    `validate: lỗi nội bộ: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
