// The scorecard as open data (issue 15): /du-lieu/bang-tong-hop.csv for machines, its Excel
// form (excel/bang-tong-hop.csv, the same bytes after a UTF-8 BOM, like every Excel CSV of the
// site) and /du-lieu/bang-tong-hop.json for developers, with the method version and the release
// the statuses were computed from. The rows are src/lib/views/scorecard.ts's, so the files say
// exactly what the overview's table says.
//
// Decisions a reader might undo:
// - This is derived data: computed by the site from data/, not published by any source. The
//   datapackage.json resource says so in its description, and the file is not in the release
//   snapshots (those are frozen byte for byte; a snapshot holds only sourced tables).
// - One column per fact, no formatted text in number columns: "." decimals, empty = none.

import type { Scorecard, ScorecardRow } from "../views/scorecard.ts";
import { writeCsv, type CsvCell } from "./csv.ts";
import type { ResourceDescriptor } from "./datapackage.ts";

/** Path of the machine CSV, relative to du-lieu/. */
export const SCORECARD_CSV_PATH = "bang-tong-hop.csv";
/** Path of the Excel CSV (BOM), relative to du-lieu/. */
export const SCORECARD_EXCEL_PATH = `excel/${SCORECARD_CSV_PATH}`;
/** Path of the JSON form, relative to du-lieu/. */
export const SCORECARD_JSON_PATH = "bang-tong-hop.json";

type FieldType = "integer" | "number" | "string" | "boolean";

// Every column: its Frictionless type, Vietnamese title and description. The order is the file's.
const FIELDS = [
  [
    "target_id",
    "integer",
    "Mục tiêu",
    "Số thứ tự mục tiêu của Phụ lục (1–10); trống khi chỉ tiêu không thuộc Phụ lục.",
  ],
  ["indicator_id", "string", "Mã chỉ tiêu", "Mã chỉ tiêu (indicators.csv id)."],
  ["indicator_name", "string", "Chỉ tiêu", "Tên chỉ tiêu."],
  ["unit", "string", "Đơn vị", "Đơn vị của mọi giá trị trong dòng; trống với chỉ tiêu định tính."],
  [
    "goal_year",
    "integer",
    "Năm mục tiêu",
    "Năm của mục tiêu dùng để đánh giá: 2025, hoặc năm định hướng khi chỉ tiêu không có mục tiêu năm 2025.",
  ],
  [
    "goal_wording",
    "string",
    "Lời văn mục tiêu",
    "Lời văn của Chương trình cho mục tiêu đó, nguyên văn.",
  ],
  [
    "goal_text",
    "string",
    "Mục tiêu theo cách trang ghi",
    'Mục tiêu như trang web ghi (ví dụ "≥ 94% số xã").',
  ],
  [
    "goal_value",
    "number",
    "Mức cần đạt",
    "Mức cần đạt trong năm mục tiêu, theo đơn vị của chỉ tiêu; trống khi chưa tính được.",
  ],
  [
    "goal_value_computed",
    "boolean",
    "Mức do trang tính",
    "true khi mức cần đạt do trang tính từ số liệu (ví dụ gấp 2 lần năm gốc), không ghi sẵn trong Chương trình.",
  ],
  ["baseline_value", "number", "Năm gốc: giá trị", "Số liệu năm gốc đang dùng; trống khi chưa có."],
  ["baseline_year", "integer", "Năm gốc", "Năm của số liệu năm gốc."],
  [
    "latest_value",
    "number",
    "Số liệu so sánh được gần nhất",
    "Số liệu gần nhất sau năm gốc, cùng phạm vi và cùng chuỗi với năm gốc. Không bao giờ là số liệu liên quan (đại lượng khác) hay số liệu khác phạm vi.",
  ],
  [
    "latest_period",
    "integer",
    "Năm của số liệu gần nhất",
    "Năm của số liệu so sánh được gần nhất.",
  ],
  ["latest_scope_id", "string", "Phạm vi", "Phạm vi địa lý của số liệu gần nhất (scopes.csv id)."],
  ["latest_series_id", "string", "Chuỗi", "Chuỗi số liệu của số liệu gần nhất (series.csv id)."],
  [
    "status",
    "string",
    "Mã trạng thái",
    "achieved, on_track, behind, off_track, not_achieved, awaiting_final, not_comparable, no_data hoặc qualitative (xem /phuong-phap/).",
  ],
  ["status_label", "string", "Trạng thái", "Trạng thái bằng chữ, như trên trang."],
  [
    "status_final",
    "boolean",
    "Kết luận cuối cùng",
    "true khi năm mục tiêu đã qua và số liệu năm đó đã công bố, nên trạng thái không còn thay đổi.",
  ],
  [
    "provisional_status",
    "string",
    "Trạng thái tạm tính",
    "Với awaiting_final: trạng thái mà số liệu gần nhất cho thấy; trống với trạng thái khác.",
  ],
  ["status_reason", "string", "Lý do", "Câu giải thích trạng thái, như trên trang chỉ tiêu."],
  [
    "progress_ratio",
    "number",
    "Tiến độ so với lộ trình",
    "Mức thay đổi đạt được chia cho mức thay đổi cần có tại năm của số liệu gần nhất (1 = đúng lộ trình); trống khi không so sánh được.",
  ],
  [
    "source_strength",
    "string",
    "Độ mạnh của nguồn",
    "Mức yếu nhất trong các nguồn của số liệu năm gốc và số liệu gần nhất: official, press hoặc weak; trống khi dòng không có số liệu.",
  ],
  [
    "rests_only_on_weak_sources",
    "boolean",
    "Chỉ dựa trên nguồn thứ cấp",
    "true khi trạng thái so sánh các số liệu đều lấy từ nguồn thứ cấp (weak): kết quả chỉ là tạm tính.",
  ],
  [
    "source_ids",
    "string",
    "Nguồn",
    "Mã nguồn (sources.csv id) của số liệu năm gốc và số liệu gần nhất, cách nhau bởi dấu chấm phẩy.",
  ],
] as const satisfies readonly (readonly [string, FieldType, string, string])[];

/** Columns of bang-tong-hop.csv, in file order. */
export const scorecardColumns: readonly (keyof ScorecardRow)[] = FIELDS.map(([name]) => name);

/** Returns the scorecard as machine CSV text (comma, "." decimals, LF, no BOM). */
export function scorecardCsv(scorecard: Scorecard): string {
  return writeCsv(
    scorecardColumns,
    scorecard.rows.map((row) => scorecardColumns.map((column) => toCell(row[column]))),
  );
}

/** Returns the scorecard as JSON text: method version, release, columns and one object per row. */
export function scorecardJson(scorecard: Scorecard): string {
  const rows = scorecard.rows.map((row) =>
    Object.fromEntries(scorecardColumns.map((column) => [column, toJson(row[column])])),
  );
  const document = {
    description: DERIVED_DESCRIPTION,
    methodology_version: scorecard.methodology_version,
    release: scorecard.release,
    fields: FIELDS.map(([name, type, title, description]) => ({ name, type, title, description })),
    rows,
  };
  return JSON.stringify(document, null, 2) + "\n";
}

/** What the scorecard is, for the JSON file and datapackage.json. */
const DERIVED_DESCRIPTION =
  "Dữ liệu tính toán, không phải số liệu công bố: trang tính bảng này từ các bảng dữ liệu (chỉ tiêu, mục tiêu, năm gốc, số liệu, nguồn) theo phương pháp công khai tại /phuong-phap/. Mỗi dòng là một chỉ tiêu: mục tiêu, năm gốc, số liệu so sánh được gần nhất, trạng thái và độ mạnh của nguồn. Số liệu liên quan (đại lượng khác) không bao giờ là số liệu gần nhất.";

/** Returns the datapackage.json resource that describes bang-tong-hop.csv as derived data. */
export function scorecardResource(scorecard: Scorecard): ResourceDescriptor {
  return {
    name: "scorecard",
    type: "table",
    path: SCORECARD_CSV_PATH,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", header: true },
    title: "Bảng tổng hợp (dữ liệu tính toán)",
    description: `${DERIVED_DESCRIPTION} Tính theo phương pháp phiên bản ${scorecard.methodology_version}, bản phát hành dữ liệu ${scorecard.release.id}. Không có trong các bản lưu theo phiên bản.`,
    schema: {
      fields: FIELDS.map(([name, type, title, description]) => ({
        name,
        type,
        title,
        description,
        ...(REQUIRED.has(name) ? { constraints: { required: true } } : {}),
      })),
      primaryKey: ["indicator_id"],
    },
  };
}

const REQUIRED = new Set<string>([
  "indicator_id",
  "indicator_name",
  "goal_year",
  "status",
  "status_label",
  "status_final",
  "rests_only_on_weak_sources",
]);

function toCell(value: ScorecardRow[keyof ScorecardRow]): CsvCell {
  if (Array.isArray(value)) return value.join(";");
  if (typeof value === "object" && value !== null) return null;
  return value as CsvCell;
}

function toJson(value: ScorecardRow[keyof ScorecardRow]): unknown {
  return Array.isArray(value) ? [...value] : value;
}
