// The status chip beside a target's wording in the program text. A mention in II.4 (the 2030
// orientations) shows the 2030 goal's status; every other mention shows the status the
// indicator's own page leads with.

import type { Resolution } from "../resolve/types.ts";
import type { StatusCode } from "../status/types.ts";
import { requireIndicator, resolvedOf } from "./indicator-status.ts";
import { indicatorPath } from "./links.ts";

/** What the program text's chip renders: the status word, its code and the indicator's page. */
export interface ProgramChip {
  readonly status: StatusCode;
  /** Status in words, with the goal year when the chip is about a 2030 orientation. */
  readonly label: string;
  /** Site-relative path of the indicator's page. */
  readonly href: string;
}

/** Returns the chip for a mention of indicator `id`; `goalYear` picks a goal other than the page's. */
export function buildProgramChip(
  resolution: Resolution,
  id: string,
  goalYear?: number,
): ProgramChip {
  const { dataset } = resolution;
  const indicator = requireIndicator(dataset, id);
  const { judged, statuses: all } = resolvedOf(resolution, indicator);
  const chosen = all.find((result) => result.goalYear === goalYear) ?? judged;
  const label = chosen === judged ? chosen.label : `${chosen.goalYear}: ${chosen.label}`;
  return { status: chosen.status, label, href: indicatorPath(indicator.id) };
}
