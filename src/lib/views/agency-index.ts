// What /co-quan/ lists: every agency of agencies.csv, in file order, with how many appendix
// targets it leads and supports, and, when a cited source says it ended, its role dated.

import type { Dataset } from "../data/dataset.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
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
export function listAgencies(dataset: Dataset, lang: Lang = "vi"): AgencyIndexRow[] {
  const t = dictionaryOf(lang);
  return dataset.agencies.map((row) => {
    const agency = describeAgency(dataset, row, lang);
    const duties = dataset.responsibilitiesByAgency.get(row.id) ?? [];
    const count = (role: "lead" | "coordinate") =>
      new Set(duties.filter((duty) => duty.role === role).map((duty) => duty.target_id)).size;
    const dated = agency.until ? ` (${t.until(agency.until.date)})` : "";
    const roles = (["lead", "coordinate"] as const)
      .filter((role) => count(role) > 0)
      .map((role) => t.agencyRoleCount(t.role(role), dated, formatNumberIn(lang, count(role))));
    const noSuccessor = describeNoSuccessor(agency, lang);
    return {
      agency,
      roles: roles.length > 0 ? roles.join(", ") : t.agencyNoTarget,
      ended: agency.until
        ? `${t.activeUntil(agency.until.date)}${noSuccessor ? `; ${noSuccessor}` : ""}`
        : "",
    };
  });
}
