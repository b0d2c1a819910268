// Everything /muc-tieu/<n>/ shows: the appendix statement verbatim with a link to its row in the
// program, the lead and coordinating agencies, a count of its indicators' statuses and a card
// per indicator.

import type { Resolution } from "../resolve/types.ts";
import { listTargetAgencies } from "./agencies.ts";
import { buildIndicatorCard, type IndicatorCardView } from "./indicator-card.ts";
import { ViewInputError } from "./indicator-status.ts";
import { HOME_PATH, programPath, targetPath } from "./links.ts";
import { describeStatuses, writeStatusMeta } from "./search-attributes.ts";
import { countStatuses } from "./status-counts.ts";
import type { AgencyView, Crumb, LinkView, StatusCountView } from "./types.ts";

/** Everything the target page renders. */
export interface TargetPageView {
  readonly n: number;
  readonly path: string;
  /** "Mục tiêu 3: Xã nông thôn mới vùng DTTS và miền núi". */
  readonly heading: string;
  readonly description: string;
  /** The appendix cell, verbatim. */
  readonly statement: string;
  readonly paragraph: LinkView;
  readonly breadcrumbs: readonly Crumb[];
  readonly lead: readonly AgencyView[];
  readonly coordinate: readonly AgencyView[];
  readonly counts: readonly StatusCountView[];
  /**
   * `data-pagefind-meta` value giving the target's status in search results: its indicator's
   * label, or the labels of its indicators with their counts; null for a target without any.
   */
  readonly searchMeta: string | null;
  readonly cards: readonly IndicatorCardView[];
  readonly previous: LinkView | null;
  readonly next: LinkView | null;
}

/** Returns the view of appendix target `n` as of the latest release. */
export function buildTargetPage(resolution: Resolution, n: number): TargetPageView {
  const { dataset } = resolution;
  const target = dataset.targetById.get(n);
  if (!target) {
    const known = dataset.targets.map((row) => row.id).join(", ");
    throw new ViewInputError(`unknown target ${n} (known: ${known})`);
  }
  const cards = (dataset.indicatorsByTarget.get(n) ?? []).map((indicator) =>
    buildIndicatorCard(resolution, indicator),
  );
  const agencies = listTargetAgencies(dataset, n);
  const index = dataset.targets.indexOf(target);
  const neighbour = (offset: number): LinkView | null => {
    const other = dataset.targets[index + offset];
    return other
      ? { label: `Mục tiêu ${other.id}: ${other.title}`, href: targetPath(other.id) }
      : null;
  };
  const heading = `Mục tiêu ${target.id}: ${target.title}`;
  return {
    n,
    path: targetPath(n),
    heading,
    description: `${heading} — trạng thái từng chỉ tiêu, cơ quan chủ trì và phối hợp, theo Phụ lục ${dataset.program.short_name}.`,
    statement: target.statement,
    paragraph: {
      label: `Dòng ${target.id} của Phụ lục trong toàn văn Chương trình`,
      href: programPath(target.program_anchor),
    },
    breadcrumbs: [
      { label: "Tổng quan", href: HOME_PATH },
      { label: `Mục tiêu ${target.id}`, href: null },
    ],
    lead: agencies.lead,
    coordinate: agencies.coordinate,
    counts: countStatuses(cards.map((card) => card.chip)),
    searchMeta:
      cards.length > 0 ? writeStatusMeta(describeStatuses(cards.map((card) => card.chip))) : null,
    cards,
    previous: neighbour(-1),
    next: neighbour(1),
  };
}
