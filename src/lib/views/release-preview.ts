// What `npm run release:preview` prints before a release is published: what the working data
// changes against the last published release. Figures come from the release diff (every kind of
// change releases/diff.ts reports, including kinds added to it later, e.g. disputed values),
// baselines from the baseline diff, statuses from the resolution as of each release, files
// from the bytes of the two releases' snapshots.

import type { Resolution } from "../resolve/types.ts";
import { formatNumber } from "../format.ts";
import { diffBaselines, diffReleases } from "../releases/diff.ts";
import { resolvedAsOf } from "./indicator-status.ts";

/** A status that changes between the two releases. */
export interface StatusChange {
  /** Indicator id. */
  readonly indicatorId: string;
  /** Status label at the published release; null when there was none (no release yet). */
  readonly before: string | null;
  /** Status label with the working data. */
  readonly after: string;
}

/** How one file of the release differs from the published one. */
export interface FileChange {
  /** File name in the release folder, e.g. "observations.csv". */
  readonly name: string;
  /** "added", "removed" or "changed". */
  readonly kind: "added" | "removed" | "changed";
  /** Size at the published release (byte); null when added. */
  readonly bytesBefore: number | null;
  /** Size in the new release (byte); null when removed. */
  readonly bytesAfter: number | null;
}

/** One kind of change of figures or baselines, as the diff names it, and its lines. */
export interface ChangeGroup {
  /** The diff's own name for the kind, e.g. "revised". */
  readonly kind: string;
  /** Vietnamese heading, e.g. "Số liệu sửa". */
  readonly heading: string;
  /** One line per figure, e.g. "ho-ngheo-dtts 2024 (tinh-cu, mac-dinh): 6,1 → 5,2". */
  readonly lines: readonly string[];
}

/** What the new release changes against the published one. */
export interface ReleasePreview {
  /** The last published release; null when none is published yet. */
  readonly fromId: string | null;
  /** The release being prepared. */
  readonly toId: string;
  /** Figures (observations.csv), one group per kind the diff reports, empty groups included. */
  readonly figures: readonly ChangeGroup[];
  /** Baselines (baselines.csv), one group per kind. */
  readonly baselines: readonly ChangeGroup[];
  /** Indicators whose status changes, in indicators.csv order. */
  readonly statuses: readonly StatusChange[];
  /** Files of the release whose bytes differ from the published release's, by name. */
  readonly files: readonly FileChange[];
}

const HEADINGS: Readonly<Record<string, string>> = {
  added: "Số liệu mới",
  republished: "Số liệu công bố lại sau khi đã rút",
  revised: "Số liệu sửa",
  restated: "Số liệu nhắc lại (cùng giá trị, nguồn hoặc ghi chú khác)",
  withdrawn: "Số liệu rút",
  disputed: "Số liệu tranh chấp",
};

const BASELINE_HEADINGS: Readonly<Record<string, string>> = {
  added: "Số liệu cơ sở mới",
  changed: "Số liệu cơ sở thay đổi",
  withdrawn: "Số liệu cơ sở rút",
};

/** Returns what release `toId` of the working data changes against `fromId` (null: nothing published). */
export function buildReleasePreview(
  resolution: Resolution,
  fromId: string | null,
  toId: string,
  filesBefore: ReadonlyMap<string, Uint8Array>,
  filesAfter: ReadonlyMap<string, Uint8Array>,
): ReleasePreview {
  const { dataset } = resolution;
  const figures = diffReleases(dataset.observations, dataset.releases, fromId, toId);
  const baselines = diffBaselines(dataset.baselines, dataset.releases, fromId, toId);
  const statuses = dataset.indicators.flatMap((indicator): StatusChange[] => {
    const after = resolvedAsOf(resolution, indicator, toId).judged.label;
    const before =
      fromId === null ? null : resolvedAsOf(resolution, indicator, fromId).judged.label;
    return before === after ? [] : [{ indicatorId: indicator.id, before, after }];
  });
  return {
    fromId,
    toId,
    figures: groupChanges(figures, HEADINGS),
    baselines: groupChanges(baselines, BASELINE_HEADINGS),
    statuses,
    files: compareFiles(filesBefore, filesAfter),
  };
}

/** Returns the preview as lines of text for the terminal, in Vietnamese. */
export function formatReleasePreview(preview: ReleasePreview): string[] {
  const from = preview.fromId ?? "(chưa có phiên bản nào)";
  const out = [`Phiên bản ${preview.toId} so với phiên bản đã công bố ${from}:`];
  const groups = [...preview.figures, ...preview.baselines].filter((g) => g.lines.length > 0);
  for (const group of groups) {
    out.push("", `${group.heading} (${formatNumber(group.lines.length)}):`);
    for (const line of group.lines) out.push(`  ${line}`);
  }
  if (groups.length === 0) out.push("", "Không có số liệu nào thêm, sửa hay rút.");
  out.push("");
  if (preview.statuses.length === 0) out.push("Không chỉ tiêu nào đổi tình trạng.");
  else {
    out.push(`Tình trạng thay đổi (${formatNumber(preview.statuses.length)}):`);
    for (const change of preview.statuses) {
      out.push(`  ${change.indicatorId}: ${change.before ?? "(chưa có)"} → ${change.after}`);
    }
  }
  out.push("");
  if (preview.files.length === 0) out.push("Không tệp nào của phiên bản thay đổi.");
  else {
    out.push(`Tệp thay đổi so với phiên bản ${from} (${formatNumber(preview.files.length)}):`);
    for (const file of preview.files) out.push(`  ${describeFile(file)}`);
  }
  return out;
}

// Every list the diff returns becomes a group, so a kind of change added to the diff later
// (disputed values, say) is printed without touching this module.
function groupChanges(diff: object, headings: Readonly<Record<string, string>>): ChangeGroup[] {
  return Object.entries(diff)
    .filter((entry): entry is [string, readonly unknown[]] => Array.isArray(entry[1]))
    .map(([kind, items]) => ({
      kind,
      heading: headings[kind] ?? kind,
      lines: items.map(describeChange),
    }));
}

interface RowLike {
  readonly indicator_id: string;
  readonly period?: number;
  readonly year?: number;
  readonly scope_id: string;
  readonly series_id: string;
  readonly value: number | null;
  readonly note?: string | null;
}

function isRow(item: unknown): item is RowLike {
  return typeof item === "object" && item !== null && "indicator_id" in item;
}

function keyOf(row: RowLike): string {
  return `${row.indicator_id} ${row.period ?? row.year ?? ""} (${row.scope_id}, ${row.series_id})`;
}

function valueOf(row: RowLike): string {
  return row.value === null ? "(rút)" : formatNumber(row.value, decimalsIn(row.value));
}

// The value as written, without rounding: "6.1" → "6,1", "51" → "51".
function decimalsIn(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}

// A change is a row (added), { before, after } (revised) or { before, withdrawal } (withdrawn);
// any other shape a later diff reports is printed from the rows it holds.
function describeChange(item: unknown): string {
  if (isRow(item)) return `${keyOf(item)}: ${valueOf(item)}`;
  const parts = typeof item === "object" && item !== null ? Object.values(item) : [];
  const rows = parts.filter(isRow);
  const [first, ...rest] = rows;
  if (!first) return JSON.stringify(item);
  const fields = "fields" in (item as object) ? (item as { fields: unknown }).fields : undefined;
  const columns = Array.isArray(fields) ? ` [${fields.join(", ")}]` : "";
  const note = rest.at(-1)?.value === null && rest.at(-1)?.note ? ` — ${rest.at(-1)?.note}` : "";
  return `${keyOf(first)}: ${[first, ...rest].map(valueOf).join(" → ")}${columns}${note}`;
}

function compareFiles(
  before: ReadonlyMap<string, Uint8Array>,
  after: ReadonlyMap<string, Uint8Array>,
): FileChange[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.flatMap((name): FileChange[] => {
    const a = before.get(name);
    const b = after.get(name);
    const bytesBefore = a?.byteLength ?? null;
    const bytesAfter = b?.byteLength ?? null;
    if (a && b) {
      return sameBytes(a, b) ? [] : [{ name, kind: "changed", bytesBefore, bytesAfter }];
    }
    return [{ name, kind: a ? "removed" : "added", bytesBefore, bytesAfter }];
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}

function describeFile(file: FileChange): string {
  const size = (bytes: number | null) => (bytes === null ? "" : `${formatNumber(bytes)} byte`);
  if (file.kind === "added") return `${file.name}: mới (${size(file.bytesAfter)})`;
  if (file.kind === "removed") return `${file.name}: bỏ (trước ${size(file.bytesBefore)})`;
  return `${file.name}: đổi (${size(file.bytesBefore)} → ${size(file.bytesAfter)})`;
}
