// Writes tests/fixtures/escaping/: a SYNTHETIC copy of data/ for gate 8, with the escaping
// payload appended to every free-text cell (names, titles, units, notes, excerpts, wording…)
// and to the package's title and description. Identifiers, URLs, anchors, enums and numbers
// are left alone, so the copy still validates and builds every page.
//
//   node_modules/.bin/node tests/site/escaping-fixture.ts        (regenerate after data/ changes its columns)
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { format, resolveConfig } from "prettier";
import { escapingPayload } from "../../scripts/check-site/gates/escaping.ts";
import { repoRoot } from "../../scripts/check-site/lib/site-config.ts";

/** The part of a Data Package field this script needs. */
interface FieldDescriptor {
  name: string;
  type?: string;
  constraints?: { pattern?: string; enum?: unknown[] };
}

/** The part of a Data Package descriptor this script needs. */
interface PackageDescriptor {
  title?: string;
  description?: string;
  resources: Array<{ path: string; schema: { fields: FieldDescriptor[] } }>;
}

/** Returns whether a field holds free text shown on pages (and so gets the payload). */
export function isFreeText(field: FieldDescriptor): boolean {
  const structural = /^(id|.*_id|url|program_anchor)$/.test(field.name);
  return (
    (field.type ?? "string") === "string" &&
    !structural &&
    !field.constraints?.pattern &&
    !field.constraints?.enum
  );
}

/** Returns `csv` with the payload appended to every non-empty free-text cell. */
export function injectPayload(csv: string, fields: readonly FieldDescriptor[]): string {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0)
    throw new Error(`CSV không đọc được: ${parsed.errors[0]?.message ?? ""}`);
  const textFields = fields.filter(isFreeText).map((field) => field.name);
  const rows = parsed.data.map((row) => {
    const copy = { ...row };
    for (const name of textFields) {
      const value = copy[name];
      if (value !== undefined && value !== "") copy[name] = `${value} ${escapingPayload}`;
    }
    return copy;
  });
  return `${Papa.unparse(rows, { columns: parsed.meta.fields ?? [], newline: "\n" })}\n`;
}

const readme = `# Dữ liệu mẫu TỔNG HỢP cho kiểm thử thoát ký tự / SYNTHETIC escaping fixture

Bản sao của \`data/\` trong đó mọi ô chữ tự do (tên, tiêu đề, đơn vị, ghi chú, trích đoạn, lời văn…)
được thêm chuỗi \`${escapingPayload}\`. Đây KHÔNG phải dữ liệu thật: chỉ dùng cho cổng 8 của
\`npm run check:site\` (scripts/check-site/gates/escaping.ts), để chắc rằng trang hiện các ký tự đó dưới dạng chữ.

A copy of \`data/\` with the payload above appended to every free-text cell. NOT real data: it only
feeds gate 8 (escaping). Regenerate with \`node tests/site/escaping-fixture.ts\` when data/ changes
its columns.
`;

/** Writes the fixture folder `to` from the data folder `from`. */
export async function writeEscapingFixture(from: string, to: string): Promise<void> {
  const descriptor = JSON.parse(
    await readFile(path.join(from, "datapackage.json"), "utf8"),
  ) as PackageDescriptor;
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const resource of descriptor.resources) {
    const csv = await readFile(path.join(from, resource.path), "utf8");
    await writeFile(path.join(to, resource.path), injectPayload(csv, resource.schema.fields));
  }
  const synthetic = {
    ...descriptor,
    title: `${descriptor.title ?? ""} ${escapingPayload}`,
    description: `DỮ LIỆU MẪU TỔNG HỢP, chỉ để kiểm thử thoát ký tự. ${descriptor.description ?? ""} ${escapingPayload}`,
  };
  // Formatted as `prettier --check .` expects, so regenerating never breaks npm run check.
  const writeFormatted = async (file: string, text: string): Promise<void> => {
    const target = path.join(to, file);
    const options = (await resolveConfig(target)) ?? {};
    await writeFile(target, await format(text, { ...options, filepath: target }));
  };
  await writeFormatted("datapackage.json", JSON.stringify(synthetic));
  await writeFormatted("README.md", readme);
}

if (import.meta.main) {
  await writeEscapingFixture(
    path.join(repoRoot, "data"),
    path.join(repoRoot, "tests/fixtures/escaping"),
  );
  console.log("Đã ghi tests/fixtures/escaping/ từ data/.");
}
