// Agencies as the pages name them: the program's name, linked to the agency's page, with the
// successor named only when agencies.csv records one with its source (architecture.md § Missing data), and the last
// day of an agency that ended, when a cited source says so: its role then reads "chủ trì (đến
// 30/06/2025)" (issue 13, item 7).

import type { Dataset } from "../data/dataset.ts";
import type { Agency } from "../data/rows.ts";
import { textIn } from "../i18n/data-text.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { formatDateIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";
import { plainOf } from "./localise.ts";
import { writeAgencyFilter } from "./search-attributes.ts";
import type { AgencyView } from "./types.ts";

/** Returns the agency as a page in `lang` shows it, successor included when known. */
export function describeAgency(dataset: Dataset, agency: Agency, lang: Lang = "vi"): AgencyView {
  const nameOf = (row: Agency) =>
    lang === "vi" ? row.name : textIn(dataset, lang, "agencies", row.id, "name");
  const agencyPath = (id: string) => pathOf(lang, { kind: "agency", id });
  const formatDate = (date: string) => formatDateIn(lang, date);
  const successor = agency.successor_id ? dataset.agencyById.get(agency.successor_id) : undefined;
  const source = agency.successor_source_id
    ? dataset.sourceById.get(agency.successor_source_id)
    : undefined;
  const untilSource = agency.active_until_source_id
    ? dataset.sourceById.get(agency.active_until_source_id)
    : undefined;
  return {
    id: agency.id,
    name: nameOf(agency),
    href: agencyPath(agency.id),
    // The agency filter of the search page in this page's language: /en/search/ lists English names.
    searchFilter: writeAgencyFilter(plainOf(nameOf(agency))),
    successor: successor
      ? {
          name: nameOf(successor),
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

/**
 * Returns the agency's role in words, dated when it ended ("chủ trì (đến 30/06/2025)"), or ""
 * when the agency still works and the list's heading already names the role.
 */
export function describeRole(agency: AgencyView, role: AgencyRole, lang: Lang = "vi"): string {
  const t = dictionaryOf(lang);
  return agency.until ? `${t.role(role)} (${t.until(agency.until.date)})` : "";
}

/**
 * Returns what a list says after the name of an agency that ended: with its role when the list
 * does not name it ("chủ trì (đến 30/06/2025), chưa ghi cơ quan kế nhiệm"), else the date only
 * ("đến 30/06/2025, chưa ghi cơ quan kế nhiệm"); "" for an agency still working.
 */
export function describeEnded(
  agency: AgencyView,
  role: AgencyRole | null,
  lang: Lang = "vi",
): string {
  if (!agency.until) return "";
  const dated = role
    ? describeRole(agency, role, lang)
    : dictionaryOf(lang).until(agency.until.date);
  return [dated, describeNoSuccessor(agency, lang)].filter(Boolean).join(", ");
}

/**
 * Returns what is known of who took over an agency that ended: "" while it works or when a
 * successor is named (the page names it), else "chưa ghi cơ quan kế nhiệm".
 */
export function describeNoSuccessor(agency: AgencyView, lang: Lang = "vi"): string {
  return agency.until && !agency.successor ? dictionaryOf(lang).noSuccessor : "";
}

/** The agencies of one target, by role, in responsibilities.csv order. */
export interface TargetAgencies {
  readonly lead: readonly AgencyView[];
  readonly coordinate: readonly AgencyView[];
}

/** Returns the lead and coordinating agencies of target `n` (empty lists for no target). */
export function listTargetAgencies(
  dataset: Dataset,
  n: number | null,
  lang: Lang = "vi",
): TargetAgencies {
  const rows = n === null ? [] : (dataset.responsibilitiesByTarget.get(n) ?? []);
  const pick = (role: "lead" | "coordinate"): AgencyView[] =>
    rows.flatMap((row) => {
      const agency = dataset.agencyById.get(row.agency_id);
      return row.role === role && agency ? [describeAgency(dataset, agency, lang)] : [];
    });
  return { lead: pick("lead"), coordinate: pick("coordinate") };
}
