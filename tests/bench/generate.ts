// Synthetic data folders for the benchmark (npm run bench): N indicators across the ten
// appendix targets and twelve agencies, ten years of figures (2016–2025),
// R releases that append figures and revise or withdraw some, and the sources they cite. The
// format is the real one (data/datapackage.json is copied, version = latest release), so the
// production build treats it exactly like data/. Everything is labelled synthetic and every
// source points at example.invalid; the folder is written outside data/ (see run.ts).
//
// Deterministic: the same (n, releases, seed) always gives the same bytes (seeded PRNG, fixed
// dates, no clock).
//
//   node tests/bench/generate.ts --n 200 [--releases 5] [--seed 1] --out <folder> [--program <folder>]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeProgramText } from "./program-text.ts";
import { TRANSLATION_COLUMNS } from "../../src/lib/data/translations.ts";

/** The label every synthetic title and source carries. */
export const SYNTHETIC_LABEL = "DỮ LIỆU TỔNG HỢP GIẢ ĐỊNH — chỉ dùng cho đo hiệu năng";

/** What to generate. */
export interface GenerateOptions {
  /** Number of indicators. */
  n: number;
  /** Number of releases (1.0.0, 1.1.0, …). */
  releases: number;
  /** PRNG seed. */
  seed: number;
}

/** Row counts of a generated folder, for the benchmark report. */
export interface GeneratedCounts {
  indicators: number;
  agencies: number;
  sources: number;
  releases: number;
  observations: number;
  /** Observation rows that revise or withdraw an earlier row. */
  revisions: number;
  /** Bytes of the CSV files. */
  csvBytes: number;
}

const repoRoot = path.resolve(import.meta.dirname, "../..");
const FIRST_PERIOD = 2016;
/** Agencies in every generated folder. */
export const AGENCY_COUNT = 12;
const LAST_PERIOD = 2025;

/** Returns a PRNG (mulberry32) giving floats in [0, 1); the same seed gives the same sequence. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Cell = string | number | boolean | null;

/** Returns one CSV line: cells quoted only when they hold a comma, a quote or a line break. */
export function formatCsvLine(cells: readonly Cell[]): string {
  return cells
    .map((cell) => {
      const text = cell === null ? "" : String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(",");
}

function writeCsv(dir: string, file: string, header: readonly string[], rows: Cell[][]): number {
  const text = [header, ...rows].map((row) => formatCsvLine(row)).join("\n") + "\n";
  writeFileSync(path.join(dir, file), text, "utf8");
  return Buffer.byteLength(text);
}

/** Returns the id of indicator number `i` (from 1), e.g. "gia-dinh-0042". */
export function indicatorId(i: number): string {
  return `gia-dinh-${String(i).padStart(4, "0")}`;
}

// The kinds of figure a program like this one tracks; each fixes unit, decimals and goal rules.
type Shape = "share-up" | "share-down" | "poverty" | "income" | "count-down";
const SHAPES: readonly Shape[] = [
  "share-up",
  "share-up",
  "share-down",
  "poverty",
  "income",
  "count-down",
];
const SUBJECTS = [
  "hộ đồng bào dân tộc thiểu số",
  "xóm có đường ô tô đến trung tâm xã được cứng hóa",
  "trường, lớp học vùng dân tộc và miền núi",
  "người dân tộc thiểu số dùng nước sinh hoạt hợp vệ sinh",
  "xóm có nhà văn hóa đạt chuẩn",
  "cán bộ, công chức cấp xã người dân tộc thiểu số",
  "trẻ em trong độ tuổi đến trường",
  "xã vùng đồng bào dân tộc thiểu số và miền núi",
];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick: empty list");
  return item;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Returns the date of release `r` (from 0): the 15th of every other month from January 2026. */
function releaseDate(r: number): string {
  const month = 2 * r;
  const year = 2026 + Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, "0")}-15`;
}

/** Returns the last period release `r` of `count` publishes: 2021 in the first, 2025 in the last. */
function lastPeriodOf(r: number, count: number): number {
  return count === 1 ? LAST_PERIOD : 2021 + Math.round(((LAST_PERIOD - 2021) * r) / (count - 1));
}

/** Writes a synthetic data folder into `dir` (created if needed); returns its row counts. */
export function generateDataFolder(dir: string, options: GenerateOptions): GeneratedCounts {
  const { n, releases: releaseCount, seed } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`generate: n must be ≥ 1, got ${n}`);
  if (!Number.isInteger(releaseCount) || releaseCount < 1 || releaseCount > 90)
    throw new Error(`generate: releases must be 1–90, got ${releaseCount}`);
  const random = createRandom(seed);
  mkdirSync(dir, { recursive: true });
  let csvBytes = 0;
  const releaseIds = Array.from({ length: releaseCount }, (_, r) => `1.${r}.0`);
  const latest = releaseIds.at(-1) ?? "1.0.0";

  // datapackage.json: the real descriptor, relabelled, at the latest synthetic release.
  const descriptor = JSON.parse(
    readFileSync(path.join(repoRoot, "data/datapackage.json"), "utf8"),
  ) as Record<string, unknown>;
  descriptor["version"] = latest;
  descriptor["title"] = `${SYNTHETIC_LABEL} (${n} chỉ tiêu)`;
  descriptor["description"] =
    `${SYNTHETIC_LABEL}. Bộ dữ liệu do tests/bench/generate.ts sinh ra (n = ${n}, ` +
    `${releaseCount} bản phát hành, seed ${seed}); không mô tả tỉnh Thái Nguyên hay Chương trình.`;
  writeFileSync(path.join(dir, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
  // No English for synthetic rows: the translations file has only its header, so every English
  // page of the bench falls back to the Vietnamese cell (and the validator warns, once per cell,
  // when the site has English).
  csvBytes += writeCsv(dir, "translations.csv", TRANSLATION_COLUMNS, []);
  // Scopes and series are the contract's definitions, not figures: copied as they are.
  for (const file of ["scopes.csv", "series.csv"])
    copyFileSync(path.join(repoRoot, "data", file), path.join(dir, file));

  // The program it tracks: a synthetic one, with the real program's period and years so the
  // statuses are judged as on the real site.
  csvBytes += writeCsv(
    dir,
    "program.csv",
    [
      "number",
      "kind",
      "short_name",
      "issuer",
      "issued",
      "province",
      "area",
      "implements",
      "topic",
      "start_year",
      "end_year",
      "goal_year",
      "orientation_year",
    ],
    [
      [
        "00/KH-TH",
        "Kế hoạch tổng hợp",
        "Kế hoạch tổng hợp 00/KH-TH",
        "Cơ quan tổng hợp",
        "2021-12-02",
        "Tổng Hợp",
        "tỉnh Tổng Hợp",
        "Nghị quyết tổng hợp",
        "đo hiệu năng",
        2021,
        2025,
        2025,
        2030,
      ],
    ],
  );
  csvBytes += writeCsv(
    dir,
    "releases.csv",
    ["id", "date", "title", "summary"],
    releaseIds.map((id, r) => [
      id,
      releaseDate(r),
      `${SYNTHETIC_LABEL} — bản phát hành ${r + 1}`,
      `${SYNTHETIC_LABEL}. Bổ sung số liệu đến năm ${lastPeriodOf(r, releaseCount)} và đính chính một số số liệu cũ.`,
    ]),
  );

  // Five sources for each block of ten indicators: indicator i always cites the same sources,
  // whatever N, so that its page is the same at every size.
  const sourceCount = 5 * Math.ceil(n / 10);
  const sourceIds = Array.from(
    { length: sourceCount },
    (_, k) => `nguon-gia-dinh-${String(k + 1).padStart(4, "0")}`,
  );
  csvBytes += writeCsv(
    dir,
    "sources.csv",
    [
      "id",
      "title",
      "publisher",
      "published",
      "url",
      "accessed",
      "note",
      "strength",
      "strength_reason",
    ],
    sourceIds.map((id, k) => [
      id,
      `${SYNTHETIC_LABEL} — nguồn số ${k + 1}`,
      "Nguồn giả định (tổng hợp)",
      k % 3 === 0 ? null : `2025-${String((k % 12) + 1).padStart(2, "0")}-01`,
      `https://example.invalid/nguon/${k + 1}`,
      "2026-01-10",
      k % 7 === 0 ? `${SYNTHETIC_LABEL}: nguồn yếu (trang tổng hợp giả định).` : null,
      k % 7 === 0 ? "weak" : k % 2 === 0 ? "official" : "press",
      `${SYNTHETIC_LABEL}: mức tin cậy giả định.`,
    ]),
  );

  csvBytes += writeCsv(
    dir,
    "targets.csv",
    ["id", "title", "statement", "program_anchor"],
    Array.from({ length: 10 }, (_, k) => [
      k + 1,
      `Mục tiêu giả định ${k + 1}`,
      `${SYNTHETIC_LABEL}. Mục tiêu số ${k + 1} về ${SUBJECTS[k % SUBJECTS.length] ?? ""} đến năm 2025.`,
      `phu-luc-${k + 1}`,
    ]),
  );

  // Twelve agencies whatever N, as in the real appendix: the ten targets are fixed by the data
  // contract, so more agencies would mean more agencies per target and larger indicator pages,
  // which would blur the page-size comparison. Each target has one lead and some coordinators.
  const agencyCount = AGENCY_COUNT;
  const agencyIds = Array.from(
    { length: agencyCount },
    (_, k) => `co-quan-gia-dinh-${String(k + 1).padStart(3, "0")}`,
  );
  csvBytes += writeCsv(
    dir,
    "agencies.csv",
    [
      "id",
      "name",
      "short_name",
      "named_in_program",
      "successor_id",
      "successor_since",
      "successor_source_id",
      "active_until",
      "active_until_source_id",
      "note",
    ],
    agencyIds.map((id, k) => {
      const successor = k % 5 === 4 ? (agencyIds[(k + 1) % agencyCount] ?? null) : null;
      return [
        id,
        `Cơ quan giả định số ${k + 1} (${SYNTHETIC_LABEL})`,
        `Cơ quan GĐ ${k + 1}`,
        k % 9 !== 8,
        successor,
        successor ? "2025-07-01" : null,
        successor ? (sourceIds[k % sourceCount] ?? null) : null,
        null,
        null,
        k % 4 === 0 ? `${SYNTHETIC_LABEL}.` : null,
      ];
    }),
  );
  const responsibilities: Cell[][] = [];
  for (let t = 1; t <= 10; t += 1) {
    responsibilities.push([t, agencyIds[t - 1] ?? "", "lead"]);
    for (let k = 10 + (t - 1); k < agencyCount; k += 10)
      responsibilities.push([t, agencyIds[k] ?? "", "coordinate"]);
    responsibilities.push([t, agencyIds[t % 10] ?? "", "coordinate"]);
  }
  csvBytes += writeCsv(
    dir,
    "responsibilities.csv",
    ["target_id", "agency_id", "role"],
    [...responsibilities],
  );

  const indicators: Cell[][] = [];
  const goals: Cell[][] = [];
  const baselines: Cell[][] = [];
  // Observations grouped by release, so that every revision sits below the row it revises.
  const byRelease: Cell[][][] = releaseIds.map(() => []);
  let revisions = 0;
  for (let i = 1; i <= n; i += 1) {
    const id = indicatorId(i);
    const anchor = `II-3-${i}`;
    const subject = pick(random, SUBJECTS);
    // One in twenty is qualitative; one in thirty is a 2030 orientation with no target.
    const qualitative = i % 20 === 7;
    const targetId = i % 30 === 11 ? null : ((i - 1) % 10) + 1;
    const definition = `${SYNTHETIC_LABEL}. Chỉ tiêu số ${i}, về ${subject}; cách tính giả định, không có thật.`;
    if (qualitative) {
      indicators.push([
        id,
        targetId,
        `Nâng cao chất lượng ${subject} (chỉ tiêu giả định số ${i})`,
        null,
        null,
        null,
        "qualitative",
        definition,
        anchor,
      ]);
      goals.push([
        id,
        targetId === null ? 2030 : 2025,
        "qualitative",
        null,
        null,
        `Nâng cao chất lượng ${subject} (lời văn giả định).`,
        anchor,
      ]);
      continue;
    }
    const shape = pick(random, SHAPES);
    const spec = describeShape(shape, subject, i);
    indicators.push([
      id,
      targetId,
      spec.name,
      spec.unit,
      spec.decimals,
      spec.direction,
      "quantitative",
      definition,
      anchor,
    ]);
    // An orientation without an appendix target has a 2030 goal only.
    const own =
      targetId === null ? spec.goals.slice(0, 1).map((g) => ({ ...g, year: 2030 })) : spec.goals;
    for (const goal of own)
      goals.push([id, goal.year, goal.rule, goal.value, goal.reference, goal.wording, anchor]);

    // A value per period that drifts the way the indicator should, plus noise.
    const values = new Map<number, number>();
    let value = spec.start(random);
    for (let period = FIRST_PERIOD; period <= LAST_PERIOD; period += 1) {
      values.set(period, round(spec.clamp(value), spec.decimals));
      value = spec.step(value, random);
    }
    const seriesOf = (period: number): string =>
      shape === "poverty"
        ? period < 2022
          ? "ngheo-2016-2020"
          : "ngheo-da-chieu-2022-2025"
        : "mac-dinh";
    const baseYear = shape === "poverty" ? 2022 : 2020;
    const source = (r: number): string =>
      sourceIds[5 * Math.floor((i - 1) / 10) + ((i + r) % 5)] ?? "";
    const excerpt = (period: number, figure: number): string =>
      `${SYNTHETIC_LABEL}: năm ${period} đạt ${String(figure).replace(".", ",")} ${spec.unit}.`;
    baselines.push([
      id,
      baseYear,
      "tinh-cu",
      seriesOf(baseYear),
      values.get(baseYear) ?? 0,
      source(0),
      excerpt(baseYear, values.get(baseYear) ?? 0),
      null,
      releaseIds[0] ?? "",
    ]);
    if (i % 10 === 3 && releaseCount > 1) {
      const revised = round(spec.clamp((values.get(baseYear) ?? 0) * 1.01), spec.decimals);
      baselines.push([
        id,
        baseYear,
        "tinh-cu",
        seriesOf(baseYear),
        revised,
        source(1),
        excerpt(baseYear, revised),
        `${SYNTHETIC_LABEL}: số liệu cơ sở được đính chính.`,
        releaseIds[1] ?? "",
      ]);
    }

    const published = new Set<number>();
    releaseIds.forEach((releaseId, r) => {
      const rows = byRelease[r] ?? [];
      const upTo = lastPeriodOf(r, releaseCount);
      for (let period = FIRST_PERIOD; period <= upTo; period += 1) {
        const figure = values.get(period) ?? 0;
        if (!published.has(period)) {
          published.add(period);
          rows.push([
            id,
            period,
            "tinh-cu",
            seriesOf(period),
            figure,
            releaseId,
            source(r),
            excerpt(period, figure),
            null,
          ]);
        } else if (random() < 0.08) {
          // A correction: a new row for the same figure in this later release.
          revisions += 1;
          if (random() < 0.1) {
            rows.push([
              id,
              period,
              "tinh-cu",
              seriesOf(period),
              null,
              releaseId,
              source(r),
              excerpt(period, figure),
              `${SYNTHETIC_LABEL}: số liệu bị rút lại.`,
            ]);
          } else {
            const corrected = round(spec.clamp(figure * (0.97 + random() * 0.06)), spec.decimals);
            values.set(period, corrected);
            rows.push([
              id,
              period,
              "tinh-cu",
              seriesOf(period),
              corrected,
              releaseId,
              source(r),
              excerpt(period, corrected),
              `${SYNTHETIC_LABEL}: đính chính.`,
            ]);
          }
        }
      }
      // The merged province's 2025 figure, in the last release, for one indicator in five.
      if (r === releaseCount - 1 && i % 5 === 2) {
        const merged = round(spec.clamp((values.get(LAST_PERIOD) ?? 0) * 0.9), spec.decimals);
        rows.push([
          id,
          LAST_PERIOD,
          "tinh-moi",
          seriesOf(LAST_PERIOD),
          merged,
          releaseId,
          source(r),
          excerpt(LAST_PERIOD, merged),
          null,
        ]);
      }
    });
  }
  csvBytes += writeCsv(
    dir,
    "indicators.csv",
    [
      "id",
      "target_id",
      "name",
      "unit",
      "decimals",
      "direction",
      "kind",
      "definition",
      "program_anchor",
    ],
    indicators,
  );
  csvBytes += writeCsv(
    dir,
    "goals.csv",
    ["indicator_id", "year", "rule", "value", "reference", "wording", "program_anchor"],
    goals,
  );
  csvBytes += writeCsv(
    dir,
    "baselines.csv",
    [
      "indicator_id",
      "year",
      "scope_id",
      "series_id",
      "value",
      "source_id",
      "excerpt",
      "note",
      "release_id",
    ],
    baselines,
  );
  const observations = byRelease.flat();
  csvBytes += writeCsv(
    dir,
    "observations.csv",
    [
      "indicator_id",
      "period",
      "scope_id",
      "series_id",
      "value",
      "release_id",
      "source_id",
      "excerpt",
      "note",
      "measure",
      "measure_unit",
      "numerator",
      "denominator",
      "period_basis",
      "disputes",
    ],
    // The synthetic figures all measure their indicator for an exact year: no related, fraction,
    // approximate or disputed figures.
    observations.map((row) => [...row, null, null, null, null, null, null]),
  );

  return {
    indicators: n,
    agencies: agencyCount,
    sources: sourceCount,
    releases: releaseCount,
    observations: observations.length,
    revisions,
    csvBytes,
  };
}

interface ShapeSpec {
  name: string;
  unit: string;
  decimals: number;
  direction: "up" | "down";
  goals: {
    year: 2025 | 2030;
    rule: string;
    value: number;
    reference: string | null;
    wording: string;
  }[];
  start: (random: () => number) => number;
  step: (value: number, random: () => number) => number;
  clamp: (value: number) => number;
}

function describeShape(shape: Shape, subject: string, i: number): ShapeSpec {
  const percent = (value: number): number => Math.min(100, Math.max(0, value));
  const label = `(chỉ tiêu giả định số ${i})`;
  switch (shape) {
    case "share-up":
      return {
        name: `Tỷ lệ ${subject} đạt chuẩn ${label}`,
        unit: "% tổng số",
        decimals: 1,
        direction: "up",
        goals: [
          {
            year: 2025,
            rule: "at_least",
            value: 90,
            reference: null,
            wording: `${subject} đạt chuẩn từ 90% trở lên (lời văn giả định)`,
          },
          {
            year: 2030,
            rule: "at_least",
            value: 98,
            reference: null,
            wording: `${subject} đạt chuẩn 98% (lời văn giả định)`,
          },
        ],
        start: (random) => 40 + random() * 30,
        step: (value, random) => value + 1 + random() * 4,
        clamp: percent,
      };
    case "share-down":
      return {
        name: `Tỷ lệ ${subject} chưa đạt chuẩn ${label}`,
        unit: "% tổng số",
        decimals: 1,
        direction: "down",
        goals: [
          {
            year: 2025,
            rule: "at_most",
            value: 10,
            reference: null,
            wording: `còn dưới 10% ${subject} chưa đạt chuẩn (lời văn giả định)`,
          },
        ],
        start: (random) => 25 + random() * 20,
        step: (value, random) => value - random() * 3,
        clamp: percent,
      };
    case "poverty":
      return {
        name: `Tỷ lệ hộ nghèo trong ${subject} ${label}`,
        unit: "% số hộ",
        decimals: 2,
        direction: "down",
        goals: [
          {
            year: 2025,
            rule: "change_per_year",
            value: -2,
            reference: null,
            wording: `giảm tỷ lệ hộ nghèo bình quân 2%/năm (lời văn giả định)`,
          },
        ],
        start: (random) => 15 + random() * 15,
        step: (value, random) => value - 0.5 - random() * 2.5,
        clamp: percent,
      };
    case "income":
      return {
        name: `Thu nhập bình quân của ${subject} ${label}`,
        unit: "triệu đồng/người/năm",
        decimals: 1,
        direction: "up",
        goals: [
          {
            year: 2025,
            rule: "multiple_of_baseline",
            value: 2,
            reference: null,
            wording: "thu nhập tăng trên 02 lần so với năm 2020 (lời văn giả định)",
          },
          {
            year: 2030,
            rule: "share_of_reference",
            value: 60,
            reference: "Thu nhập bình quân chung cả nước (giả định)",
            wording: "bằng 60% bình quân chung cả nước (lời văn giả định)",
          },
        ],
        start: (random) => 18 + random() * 12,
        step: (value, random) => value * (1.05 + random() * 0.08),
        clamp: (value) => Math.max(0, value),
      };
    case "count-down":
      return {
        name: `Số ${subject} đặc biệt khó khăn ${label}`,
        unit: "xã",
        decimals: 0,
        direction: "down",
        goals: [
          {
            year: 2025,
            rule: "reduce_by_share",
            value: 50,
            reference: null,
            wording: "giảm 50% (lời văn giả định)",
          },
        ],
        start: (random) => 20 + random() * 30,
        step: (value, random) => value - random() * 3,
        clamp: (value) => Math.max(0, value),
      };
  }
}

function readFlag(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
}

function main(args: readonly string[]): void {
  const out = readFlag(args, "out");
  if (!out) throw new Error("generate: --out <folder> is required");
  if (path.resolve(out).startsWith(path.join(repoRoot, "data")))
    throw new Error("generate: never write synthetic data into data/");
  const options: GenerateOptions = {
    n: Number(readFlag(args, "n") ?? "20"),
    releases: Number(readFlag(args, "releases") ?? "5"),
    seed: Number(readFlag(args, "seed") ?? "1"),
  };
  const counts = generateDataFolder(out, options);
  const program = readFlag(args, "program");
  if (program) writeProgramText(program, counts.indicators, counts.agencies);
  process.stdout.write(`${JSON.stringify(counts)}\n`);
}

if (import.meta.main) main(process.argv.slice(2));
