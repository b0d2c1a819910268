// Vietnamese labels of the statuses: short words a citizen understands at a glance. "Chưa có số
// liệu so sánh được" must never read like a failure (DESIGN §3), so it names the missing data,
// not the province's performance.

import type { StatusCode } from "./types.ts";

const LABELS: Record<Exclude<StatusCode, "awaiting_final">, string> = {
  achieved: "Đã đạt",
  on_track: "Đúng tiến độ",
  behind: "Chậm",
  off_track: "Rất chậm",
  not_achieved: "Không đạt",
  no_comparable_figure: "Chưa có số liệu so sánh được",
  qualitative: "Chỉ tiêu định tính",
};

/** Returns the Vietnamese label of `status` ("Chờ số liệu năm 2025" names the goal year). */
export function labelStatus(status: StatusCode, goalYear = 2025): string {
  if (status === "awaiting_final") return `Chờ số liệu năm ${goalYear}`;
  return LABELS[status];
}
