// Agencies as the pages name them: the program's name, linked to the agency's page, with the
// successor named only when agencies.csv records one with its source (architecture.md § Missing data), and the last
// day of an agency that ended, when a cited source says so: its role then reads "chủ trì (đến
// 30/06/2025)" (issue 13, item 7).

import type { Dataset } from "../data/dataset.ts";
import type { Agency } from "../data/rows.ts";
import { formatDate } from "../format.ts";
import { agencyPath } from "./links.ts";
import { writeAgencyFilter } from "./search-attributes.ts";
import type { AgencyView } from "./types.ts";

/** Returns the agency as a page shows it, successor included when known. */
export function describeAgency(dataset: Dataset, agency: Agency): AgencyView {
  const successor = agency.successor_id ? dataset.agencyById.get(agency.successor_id) : undefined;
  const source = agency.successor_source_id
    ? dataset.sourceById.get(agency.successor_source_id)
    : undefined;
  const untilSource = agency.active_until_source_id
    ? dataset.sourceById.get(agency.active_until_source_id)
    : undefined;
  return {
    id: agency.id,
    name: agency.name,
    href: agencyPath(agency.id),
    searchFilter: writeAgencyFilter(agency.name),
    successor: successor
      ? {
          name: successor.name,
          href: agencyPath(successor.id),
          since: agency.successor_since ? formatDate(agency.successor_since) : "",
          source: source ? { label: source.title, href: source.url } : null,
        }
      : null,
    until: agency.active_until
      ? {
          date: formatDate(agency.active_until),
          source: untilSource ? { label: untilSource.title, href: untilSource.url } : null,
        }
      : null,
  };
}

/** An agency's role on a target. */
export type AgencyRole = "lead" | "coordinate";

const ROLE_WORDS: Record<AgencyRole, string> = { lead: "chủ trì", coordinate: "phối hợp" };

/**
 * Returns the agency's role in words, dated when it ended ("chủ trì (đến 30/06/2025)"), or ""
 * when the agency still works and the list's heading already names the role.
 */
export function describeRole(agency: AgencyView, role: AgencyRole): string {
  return agency.until ? `${ROLE_WORDS[role]} (đến ${agency.until.date})` : "";
}

/**
 * Returns what a list says after the name of an agency that ended: with its role when the list
 * does not name it ("chủ trì (đến 30/06/2025), chưa ghi cơ quan kế nhiệm"), else the date only
 * ("đến 30/06/2025, chưa ghi cơ quan kế nhiệm"); "" for an agency still working.
 */
export function describeEnded(agency: AgencyView, role: AgencyRole | null): string {
  if (!agency.until) return "";
  const dated = role ? describeRole(agency, role) : `đến ${agency.until.date}`;
  return [dated, describeNoSuccessor(agency)].filter(Boolean).join(", ");
}

/**
 * Returns what is known of who took over an agency that ended: "" while it works or when a
 * successor is named (the page names it), else "chưa ghi cơ quan kế nhiệm".
 */
export function describeNoSuccessor(agency: AgencyView): string {
  return agency.until && !agency.successor ? "chưa ghi cơ quan kế nhiệm" : "";
}

/** The agencies of one target, by role, in responsibilities.csv order. */
export interface TargetAgencies {
  readonly lead: readonly AgencyView[];
  readonly coordinate: readonly AgencyView[];
}

/** Returns the lead and coordinating agencies of target `n` (empty lists for no target). */
export function listTargetAgencies(dataset: Dataset, n: number | null): TargetAgencies {
  const rows = n === null ? [] : (dataset.responsibilitiesByTarget.get(n) ?? []);
  const pick = (role: "lead" | "coordinate"): AgencyView[] =>
    rows.flatMap((row) => {
      const agency = dataset.agencyById.get(row.agency_id);
      return row.role === role && agency ? [describeAgency(dataset, agency)] : [];
    });
  return { lead: pick("lead"), coordinate: pick("coordinate") };
}
