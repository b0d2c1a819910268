// Vietnamese labels of the statuses: short words a citizen understands at a glance. The two
// kinds of unknown must never read like a failure (DESIGN §3), so they name the missing data,
// not the province's performance: nothing published at all, or figures that do not compare.

import type { StatusCode } from "./types.ts";

const LABELS: Record<Exclude<StatusCode, "awaiting_final">, string> = {
  achieved: "Đã đạt",
  on_track: "Đúng tiến độ",
  behind: "Chậm",
  off_track: "Chậm nhiều",
  not_achieved: "Không đạt",
  not_comparable: "Có số liệu nhưng chưa so sánh được",
  no_data: "Chưa có số liệu công bố",
  qualitative: "Chỉ tiêu định tính",
};

/** Returns the Vietnamese label of `status` ("Chờ số liệu năm 2025" names the goal year). */
export function labelStatus(status: StatusCode, goalYear = 2025): string {
  if (status === "awaiting_final") return `Chờ số liệu năm ${goalYear}`;
  return LABELS[status];
}
