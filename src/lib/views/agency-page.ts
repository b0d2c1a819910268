// Everything /co-quan/<id>/ shows: the name the program uses, its successor when a source
// confirms one (and the agencies it succeeded), the targets it leads and those it supports,
// each with its indicators' statuses.

import type { Resolution } from "../resolve/types.ts";
import { describeAgency, describeRole } from "./agencies.ts";
import { buildIndicatorCard, type IndicatorCardView } from "./indicator-card.ts";
import { ViewInputError } from "./indicator-status.ts";
import { textIn } from "../i18n/data-text.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";
import { plainOf, type Localised } from "./localise.ts";
import { describeStatuses, writeAgencyFilter, writeStatusMeta } from "./search-attributes.ts";
import { countStatuses } from "./status-counts.ts";
import type { AgencyView, Crumb, LinkView, StatusChipView, StatusCountView } from "./types.ts";

/** A target the agency leads or supports, with its indicators. */
export interface AgencyTargetView {
  readonly heading: string;
  readonly href: string;
  readonly statement: Localised;
  readonly cards: readonly IndicatorCardView[];
}

/** Everything the agency page renders. */
export interface AgencyPageView {
  readonly id: string;
  readonly path: string;
  /** The name the program uses. */
  readonly name: Localised;
  readonly shortName: Localised;
  readonly description: string;
  /** "" for a name the program uses (the heading), or why the agency is listed anyway. */
  readonly naming: string;
  readonly note: Localised;
  /** When a cited source says the agency ended: "Hoạt động đến ngày 30/06/2025" and that source. */
  readonly ended: { readonly text: string; readonly source: LinkView | null } | null;
  /** The sentence saying no successor is recorded; "" when one is, or when the note says so. */
  readonly noSuccessor: string;
  /** "Mục tiêu chủ trì", dated when the agency ended ("Mục tiêu chủ trì (đến 30/06/2025)"). */
  readonly leadTitle: string;
  readonly supportTitle: string;
  readonly breadcrumbs: readonly Crumb[];
  readonly successor: AgencyView["successor"];
  /** Agencies of the program this one succeeded. */
  readonly predecessors: readonly LinkView[];
  readonly leads: readonly AgencyTargetView[];
  readonly supports: readonly AgencyTargetView[];
  /** Status counts over every indicator of the targets it leads. */
  readonly leadCounts: readonly StatusCountView[];
  /** `data-pagefind-filter` value filing the page under the agency itself ("agency:<name>"). */
  readonly searchFilter: string;
  /**
   * `data-pagefind-meta` value giving its status in search results: the statuses of the
   * indicators it leads ("Chủ trì — Đã đạt (2 chỉ tiêu), …"), else of those it supports
   * ("Phối hợp — …"); null for an agency with no target.
   */
  readonly searchMeta: string | null;
}

/** Returns the view of agency `id` as of the latest release. */
export function buildAgencyPage(
  resolution: Resolution,
  id: string,
  lang: Lang = "vi",
): AgencyPageView {
  const { dataset } = resolution;
  const t = dictionaryOf(lang);
  const agencyPath = (agencyId: string) => pathOf(lang, { kind: "agency", id: agencyId });
  const cell = (
    resource: "agencies" | "targets",
    key: string,
    field: string,
    vi: string,
  ): Localised => (lang === "vi" ? vi : textIn(dataset, lang, resource, key, field));
  const agency = dataset.agencyById.get(id);
  if (!agency) {
    const known = dataset.agencies.map((row) => row.id).join(", ");
    throw new ViewInputError(`unknown agency "${id}" (known: ${known})`);
  }
  const rows = dataset.responsibilitiesByAgency.get(id) ?? [];
  const targetsOf = (role: "lead" | "coordinate"): AgencyTargetView[] =>
    rows.flatMap((row) => {
      const target = dataset.targetById.get(row.target_id);
      if (row.role !== role || !target) return [];
      return [
        {
          heading: t.targetHeading(
            target.id,
            plainOf(cell("targets", String(target.id), "title", target.title)),
          ),
          href: pathOf(lang, { kind: "target", n: target.id }),
          statement: cell("targets", String(target.id), "statement", target.statement),
          cards: (dataset.indicatorsByTarget.get(target.id) ?? []).map((indicator) =>
            buildIndicatorCard(resolution, indicator, lang),
          ),
        },
      ];
    });
  const leads = targetsOf("lead");
  const supports = targetsOf("coordinate");
  const view = describeAgency(dataset, agency, lang);
  const note = agency.note ?? "";
  const titleOf = (role: "lead" | "coordinate"): string =>
    t.agencyTargets(describeRole(view, role, lang) || t.role(role));
  const name = cell("agencies", id, "name", agency.name);
  return {
    id,
    path: agencyPath(id),
    name,
    shortName: cell("agencies", id, "short_name", agency.short_name),
    description: t.agencyDescription(plainOf(name), dataset.program.short_name),
    naming: agency.named_in_program ? "" : t.agencyNotNamed,
    note: note === "" ? "" : cell("agencies", id, "note", note),
    ended: view.until ? { text: t.activeUntil(view.until.date), source: view.until.source } : null,
    noSuccessor:
      view.successor || note.startsWith("Chưa ghi cơ quan kế nhiệm")
        ? ""
        : view.until
          ? t.noSuccessorEnded
          : t.noSuccessorUnconfirmed,
    leadTitle: titleOf("lead"),
    supportTitle: titleOf("coordinate"),
    breadcrumbs: [
      { label: t.navHome, href: pathOf(lang, { kind: "home" }) },
      { label: cell("agencies", id, "short_name", agency.short_name), href: null },
    ],
    successor: view.successor,
    predecessors: dataset.agencies
      .filter((other) => other.successor_id === id)
      .map((other) => ({
        label: plainOf(cell("agencies", other.id, "name", other.name)),
        href: agencyPath(other.id),
      })),
    leads,
    supports,
    leadCounts: countStatuses(chipsOf(leads), lang),
    searchFilter: writeAgencyFilter(plainOf(cell("agencies", id, "name", agency.name))),
    searchMeta: describeAgencyStatus(leads, supports),
  };
}

function chipsOf(targets: readonly AgencyTargetView[]): StatusChipView[] {
  return targets.flatMap((target) => target.cards.map((card) => card.chip));
}

function describeAgencyStatus(
  leads: readonly AgencyTargetView[],
  supports: readonly AgencyTargetView[],
): string | null {
  // The indicators it leads are what the page sums up; an agency that only supports others
  // (a group such as "Các sở, ban, ngành") is described by those, named as such.
  const [role, targets] = leads.length > 0 ? ["chủ trì", leads] : ["phối hợp", supports];
  const chips = chipsOf(targets);
  return chips.length > 0
    ? writeStatusMeta(`Vai trò: ${role} · Trạng thái: ${describeStatuses(chips)}`)
    : null;
}
