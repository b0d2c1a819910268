// Generated from data/datapackage.json by `npm run generate:rows`
// (scripts/generate-rows.ts, rules in src/lib/data/rows-module.ts). Do not edit: change
// datapackage.json and run the command again. tests/rows-generated.test.ts fails while
// this file is out of date.
import { z } from "zod";

const text = z.string().min(1);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const integer = z.number().int();

/** Schema of one row of targets.csv (Mục tiêu của Phụ lục). */
export const targetSchema = z.strictObject({
  /** Số thứ tự; required. */
  id: integer,
  /** Tên ngắn; required. */
  title: text,
  /** Nội dung mục tiêu; required. */
  statement: text,
  /** Neo trong văn bản; required. */
  program_anchor: text,
});
/** A row of targets.csv. */
export type Target = z.infer<typeof targetSchema>;

/** Values of indicators.csv `direction`. */
export const INDICATOR_DIRECTION_VALUES = ["up", "down"] as const;
/** A value of indicators.csv `direction`. */
export type IndicatorDirection = (typeof INDICATOR_DIRECTION_VALUES)[number];

/** Values of indicators.csv `kind`. */
export const INDICATOR_KIND_VALUES = ["quantitative", "qualitative"] as const;
/** A value of indicators.csv `kind`. */
export type IndicatorKind = (typeof INDICATOR_KIND_VALUES)[number];

/** Schema of one row of indicators.csv (Chỉ tiêu). */
export const indicatorSchema = z.strictObject({
  /** Mã; required. */
  id: text,
  /** Mục tiêu Phụ lục; null when empty. */
  target_id: integer.nullable(),
  /** Tên chỉ tiêu; required. */
  name: text,
  /** Đơn vị; null when empty. */
  unit: text.nullable(),
  /** Số chữ số thập phân; null when empty. */
  decimals: integer.nullable(),
  /** Chiều tốt lên; null when empty. */
  direction: z.enum(INDICATOR_DIRECTION_VALUES).nullable(),
  /** Loại; required. */
  kind: z.enum(INDICATOR_KIND_VALUES),
  /** Định nghĩa; required. */
  definition: text,
  /** Neo trong văn bản; required. */
  program_anchor: text,
});
/** A row of indicators.csv. */
export type Indicator = z.infer<typeof indicatorSchema>;

/** Values of goals.csv `rule`. */
export const GOAL_RULE_VALUES = [
  "at_least",
  "at_most",
  "below",
  "multiple_of_baseline",
  "change_per_year",
  "reduce_by_share",
  "share_of_reference",
  "qualitative",
] as const;
/** A value of goals.csv `rule`. */
export type GoalRule = (typeof GOAL_RULE_VALUES)[number];

/** Schema of one row of goals.csv (Mục tiêu theo năm). */
export const goalSchema = z.strictObject({
  /** Chỉ tiêu; required. */
  indicator_id: text,
  /** Năm; required. */
  year: integer,
  /** Quy tắc; required. */
  rule: z.enum(GOAL_RULE_VALUES),
  /** Giá trị; null when empty. */
  value: z.number().nullable(),
  /** Giá trị tham chiếu; null when empty. */
  reference: text.nullable(),
  /** Lời văn; required. */
  wording: text,
  /** Neo trong văn bản; required. */
  program_anchor: text,
});
/** A row of goals.csv. */
export type Goal = z.infer<typeof goalSchema>;

/** Schema of one row of baselines.csv (Số liệu cơ sở). */
export const baselineSchema = z.strictObject({
  /** Chỉ tiêu; required. */
  indicator_id: text,
  /** Năm gốc; required. */
  year: integer,
  /** Phạm vi; required. */
  scope_id: text,
  /** Chuỗi; required. */
  series_id: text,
  /** Giá trị; required. */
  value: z.number(),
  /** Nguồn; required. */
  source_id: text,
  /** Câu trích; required. */
  excerpt: text,
  /** Ghi chú; null when empty. */
  note: text.nullable(),
  /** Phiên bản phát hành; required. */
  release_id: text,
});
/** A row of baselines.csv. */
export type Baseline = z.infer<typeof baselineSchema>;

/** Schema of one row of agencies.csv (Cơ quan). */
export const agencySchema = z.strictObject({
  /** Mã; required. */
  id: text,
  /** Tên cơ quan; required. */
  name: text,
  /** Tên viết tắt; required. */
  short_name: text,
  /** Có tên trong Chương trình; required. */
  named_in_program: z.boolean(),
  /** Cơ quan kế nhiệm; null when empty. */
  successor_id: text.nullable(),
  /** Kế nhiệm từ ngày; null when empty. */
  successor_since: date.nullable(),
  /** Nguồn về kế nhiệm; null when empty. */
  successor_source_id: text.nullable(),
  /** Hoạt động đến ngày; null when empty. */
  active_until: date.nullable(),
  /** Nguồn về ngày chấm dứt; null when empty. */
  active_until_source_id: text.nullable(),
  /** Ghi chú; null when empty. */
  note: text.nullable(),
});
/** A row of agencies.csv. */
export type Agency = z.infer<typeof agencySchema>;

/** Values of responsibilities.csv `role`. */
export const RESPONSIBILITY_ROLE_VALUES = ["lead", "coordinate"] as const;
/** A value of responsibilities.csv `role`. */
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLE_VALUES)[number];

/** Schema of one row of responsibilities.csv (Phân công). */
export const responsibilitySchema = z.strictObject({
  /** Mục tiêu; required. */
  target_id: integer,
  /** Cơ quan; required. */
  agency_id: text,
  /** Vai trò; required. */
  role: z.enum(RESPONSIBILITY_ROLE_VALUES),
});
/** A row of responsibilities.csv. */
export type Responsibility = z.infer<typeof responsibilitySchema>;

/** Schema of one row of scopes.csv (Phạm vi địa lý). */
export const scopeSchema = z.strictObject({
  /** Mã; required. */
  id: text,
  /** Tên phạm vi; required. */
  name: text,
  /** Hiệu lực từ; null when empty. */
  valid_from: date.nullable(),
  /** Hiệu lực đến; null when empty. */
  valid_to: date.nullable(),
  /** Ghi chú; null when empty. */
  note: text.nullable(),
});
/** A row of scopes.csv. */
export type Scope = z.infer<typeof scopeSchema>;

/** Schema of one row of series.csv (Chuỗi định nghĩa). */
export const seriesSchema = z.strictObject({
  /** Mã; required. */
  id: text,
  /** Tên chuỗi; required. */
  name: text,
  /** Ghi chú; null when empty. */
  note: text.nullable(),
});
/** A row of series.csv. */
export type Series = z.infer<typeof seriesSchema>;

/** Values of sources.csv `strength`. */
export const SOURCE_STRENGTH_VALUES = ["official", "press", "weak"] as const;
/** A value of sources.csv `strength`. */
export type SourceStrength = (typeof SOURCE_STRENGTH_VALUES)[number];

/** Schema of one row of sources.csv (Nguồn). */
export const sourceSchema = z.strictObject({
  /** Mã; required. */
  id: text,
  /** Tiêu đề; required. */
  title: text,
  /** Nơi công bố; required. */
  publisher: text,
  /** Ngày công bố; null when empty. */
  published: date.nullable(),
  /** Đường dẫn; required. */
  url: text,
  /** Ngày truy cập; required. */
  accessed: date,
  /** Ghi chú; null when empty. */
  note: text.nullable(),
  /** Độ mạnh của nguồn; required. */
  strength: z.enum(SOURCE_STRENGTH_VALUES),
  /** Lý do xếp độ mạnh; required. */
  strength_reason: text,
});
/** A row of sources.csv. */
export type Source = z.infer<typeof sourceSchema>;

/** Schema of one row of releases.csv (Phiên bản phát hành). */
export const releaseSchema = z.strictObject({
  /** Phiên bản; required. */
  id: text,
  /** Ngày phát hành; required. */
  date: date,
  /** Tiêu đề; required. */
  title: text,
  /** Tóm tắt; required. */
  summary: text,
});
/** A row of releases.csv. */
export type Release = z.infer<typeof releaseSchema>;

/** Values of observations.csv `period_basis`. */
export const OBSERVATION_PERIOD_BASIS_VALUES = ["not_before", "as_of_published"] as const;
/** A value of observations.csv `period_basis`. */
export type ObservationPeriodBasis = (typeof OBSERVATION_PERIOD_BASIS_VALUES)[number];

/** Schema of one row of observations.csv (Số liệu quan sát). */
export const observationSchema = z.strictObject({
  /** Chỉ tiêu; required. */
  indicator_id: text,
  /** Năm; required. */
  period: integer,
  /** Phạm vi; required. */
  scope_id: text,
  /** Chuỗi; required. */
  series_id: text,
  /** Giá trị; null when empty. */
  value: z.number().nullable(),
  /** Phiên bản phát hành; required. */
  release_id: text,
  /** Nguồn; required. */
  source_id: text,
  /** Câu trích; required. */
  excerpt: text,
  /** Ghi chú; null when empty. */
  note: text.nullable(),
  /** Đại lượng đo (nếu khác chỉ tiêu); null when empty. */
  measure: text.nullable(),
  /** Đơn vị của đại lượng đo; null when empty. */
  measure_unit: text.nullable(),
  /** Tử số; null when empty. */
  numerator: integer.nullable(),
  /** Mẫu số; null when empty. */
  denominator: integer.nullable(),
  /** Cách xác định năm; null when empty. */
  period_basis: z.enum(OBSERVATION_PERIOD_BASIS_VALUES).nullable(),
  /** Mâu thuẫn với; null when empty. */
  disputes: text.nullable(),
});
/** A row of observations.csv. */
export type Observation = z.infer<typeof observationSchema>;

/** Schema of one row of program.csv (Chương trình được theo dõi). */
export const programSchema = z.strictObject({
  /** Số hiệu; required. */
  number: text,
  /** Loại văn bản; required. */
  kind: text,
  /** Tên gọi ngắn; required. */
  short_name: text,
  /** Cơ quan ban hành; required. */
  issuer: text,
  /** Ngày ban hành; required. */
  issued: date,
  /** Tên địa bàn; required. */
  province: text,
  /** Địa bàn trong câu; required. */
  area: text,
  /** Văn bản được thực hiện; required. */
  implements: text,
  /** Lĩnh vực; required. */
  topic: text,
  /** Năm bắt đầu; required. */
  start_year: integer,
  /** Năm kết thúc; required. */
  end_year: integer,
  /** Năm của mục tiêu cuối; required. */
  goal_year: integer,
  /** Năm định hướng; required. */
  orientation_year: integer,
});
/** A row of program.csv. */
export type Program = z.infer<typeof programSchema>;

/** Values of translations.csv `renders`. */
export const TRANSLATION_RENDERS_VALUES = ["program", "source", "ours"] as const;
/** A value of translations.csv `renders`. */
export type TranslationRenders = (typeof TRANSLATION_RENDERS_VALUES)[number];

/** Schema of one row of translations.csv (Bản dịch). */
export const translationSchema = z.strictObject({
  /** Bảng; required. */
  resource: text,
  /** Khóa dòng; required. */
  key: text,
  /** Cột; required. */
  field: text,
  /** Ngôn ngữ; required. */
  lang: text,
  /** Bản dịch; required. */
  text: text,
  /** Lời của ai; required. */
  renders: z.enum(TRANSLATION_RENDERS_VALUES),
});
/** A row of translations.csv. */
export type Translation = z.infer<typeof translationSchema>;

/** Row schema of every resource of the data contract, by resource name. */
export const ROW_SCHEMAS = {
  targets: targetSchema,
  indicators: indicatorSchema,
  goals: goalSchema,
  baselines: baselineSchema,
  agencies: agencySchema,
  responsibilities: responsibilitySchema,
  scopes: scopeSchema,
  series: seriesSchema,
  sources: sourceSchema,
  releases: releaseSchema,
  observations: observationSchema,
  program: programSchema,
  translations: translationSchema,
} as const;

/** Name of a resource of the data contract, e.g. "observations". */
export type ResourceName = keyof typeof ROW_SCHEMAS;

/** Resources every data folder describes (rowsRequired); the others may be left out. */
export const REQUIRED_RESOURCES: readonly ResourceName[] = [
  "targets",
  "indicators",
  "goals",
  "baselines",
  "agencies",
  "responsibilities",
  "scopes",
  "series",
  "sources",
  "releases",
  "observations",
  "program",
];
