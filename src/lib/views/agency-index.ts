// What /co-quan/ lists: every agency of agencies.csv, in file order, with how many appendix
// targets it leads and supports, and, when a cited source says it ended, its role dated.

import type { Dataset } from "../data/dataset.ts";
import { formatNumber } from "../format.ts";
import { describeAgency, describeNoSuccessor } from "./agencies.ts";
import type { AgencyView } from "./types.ts";

/** One agency in the list. */
export interface AgencyIndexRow {
  readonly agency: AgencyView;
  /** "chủ trì 3 mục tiêu, phối hợp 2 mục tiêu", or "không được giao mục tiêu nào". */
  readonly roles: string;
  /** "Hoạt động đến ngày 30/06/2025; chưa ghi cơ quan kế nhiệm", or "". */
  readonly ended: string;
}

/** Returns every agency with its roles, in agencies.csv order. */
export function listAgencies(dataset: Dataset): AgencyIndexRow[] {
  return dataset.agencies.map((row) => {
    const agency = describeAgency(dataset, row);
    const duties = dataset.responsibilitiesByAgency.get(row.id) ?? [];
    const count = (role: "lead" | "coordinate") =>
      new Set(duties.filter((duty) => duty.role === role).map((duty) => duty.target_id)).size;
    const dated = agency.until ? ` (đến ${agency.until.date})` : "";
    const roles = [
      count("lead") > 0 ? `chủ trì${dated} ${formatNumber(count("lead"))} mục tiêu` : "",
      count("coordinate") > 0
        ? `phối hợp${dated} ${formatNumber(count("coordinate"))} mục tiêu`
        : "",
    ].filter(Boolean);
    const noSuccessor = describeNoSuccessor(agency);
    return {
      agency,
      roles: roles.length > 0 ? roles.join(", ") : "không được giao mục tiêu nào",
      ended: agency.until
        ? `Hoạt động đến ngày ${agency.until.date}${noSuccessor ? `; ${noSuccessor}` : ""}`
        : "",
    };
  });
}
