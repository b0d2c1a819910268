// `npm run validate [-- --data <folder>]`: checks a data folder and lists every problem.
// Exit 0 when valid, 1 when the data has problems, 2 when the command itself is wrong.
// A user mistake never prints a stack trace: every outcome is one line per problem.
import { formatProblem, formatWarning } from "../src/lib/data/problem.ts";
import { checkDataDir, validateDataDir } from "../src/site/load-dataset.ts";

const USAGE = "Cách dùng: npm run validate [-- --data <thư mục>]";

/** Returns the data folder named by the arguments, "help", or a usage error message. */
function readArguments(
  args: readonly string[],
): { dir: string } | { help: true } | { error: string } {
  let dir = "data";
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--help" || arg === "-h") return { help: true };
    if (arg === "--data") {
      const value = args[i + 1];
      if (value === undefined || value === "") return { error: "thiếu tên thư mục sau --data" };
      dir = value;
      i += 1;
    } else if (arg.startsWith("--data=")) {
      dir = arg.slice("--data=".length);
      if (dir === "") return { error: "thiếu tên thư mục sau --data=" };
    } else {
      return { error: `không hiểu tham số ${JSON.stringify(arg)}` };
    }
  }
  return { dir };
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
