// Everything /co-quan/<id>/ shows: the name the program uses, its successor when a source
// confirms one (and the agencies it succeeded), the targets it leads and those it supports,
// each with its indicators' statuses.

import type { Resolution } from "../resolve/types.ts";
import { describeAgency, describeRole } from "./agencies.ts";
import { buildIndicatorCard, type IndicatorCardView } from "./indicator-card.ts";
import { ViewInputError } from "./indicator-status.ts";
import { agencyPath, HOME_PATH, targetPath } from "./links.ts";
import { describeStatuses, writeAgencyFilter, writeStatusMeta } from "./search-attributes.ts";
import { countStatuses } from "./status-counts.ts";
import type { AgencyView, Crumb, LinkView, StatusChipView, StatusCountView } from "./types.ts";

/** A target the agency leads or supports, with its indicators. */
export interface AgencyTargetView {
  readonly heading: string;
  readonly href: string;
  readonly statement: string;
  readonly cards: readonly IndicatorCardView[];
}

/** Everything the agency page renders. */
export interface AgencyPageView {
  readonly id: string;
  readonly path: string;
  /** The name the program uses. */
  readonly name: string;
  readonly shortName: string;
  readonly description: string;
  /** "" for a name the program uses (the heading), or why the agency is listed anyway. */
  readonly naming: string;
  readonly note: string;
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
export function buildAgencyPage(resolution: Resolution, id: string): AgencyPageView {
  const { dataset } = resolution;
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
          heading: `Mục tiêu ${target.id}: ${target.title}`,
          href: targetPath(target.id),
          statement: target.statement,
          cards: (dataset.indicatorsByTarget.get(target.id) ?? []).map((indicator) =>
            buildIndicatorCard(resolution, indicator),
          ),
        },
      ];
    });
  const leads = targetsOf("lead");
  const supports = targetsOf("coordinate");
  const view = describeAgency(dataset, agency);
  const note = agency.note ?? "";
  const titleOf = (role: "lead" | "coordinate", words: string): string => {
    const dated = describeRole(view, role);
    return `Mục tiêu ${dated || words}`;
  };
  return {
    id,
    path: agencyPath(id),
    name: agency.name,
    shortName: agency.short_name,
    description: `${agency.name}: các mục tiêu chủ trì và phối hợp trong ${dataset.program.short_name}, với trạng thái từng chỉ tiêu.`,
    naming: agency.named_in_program
      ? ""
      : "Cơ quan này không có tên trong Chương trình; trang ghi nhận vì là cơ quan kế nhiệm.",
    note,
    ended: view.until
      ? { text: `Hoạt động đến ngày ${view.until.date}`, source: view.until.source }
      : null,
    noSuccessor:
      view.successor || note.startsWith("Chưa ghi cơ quan kế nhiệm")
        ? ""
        : view.until
          ? "Chưa ghi cơ quan kế nhiệm: các nguồn đã trích dẫn chưa nêu cơ quan nào tiếp nhận nhiệm vụ này."
          : "Chưa ghi cơ quan kế nhiệm: chưa có nguồn xác nhận.",
    leadTitle: titleOf("lead", "chủ trì"),
    supportTitle: titleOf("coordinate", "phối hợp"),
    breadcrumbs: [
      { label: "Tổng quan", href: HOME_PATH },
      { label: agency.short_name, href: null },
    ],
    successor: view.successor,
    predecessors: dataset.agencies
      .filter((other) => other.successor_id === id)
      .map((other) => ({ label: other.name, href: agencyPath(other.id) })),
    leads,
    supports,
    leadCounts: countStatuses(chipsOf(leads)),
    searchFilter: writeAgencyFilter(agency.name),
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
