// Agencies as the pages name them: the program's name, linked to the agency's page, with the
// successor named only when agencies.csv records one with its source (architecture.md § Missing
// data).

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
  };
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
