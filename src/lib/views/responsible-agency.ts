// Who should publish a missing figure (issue 13): the lead agency or agencies the program's
// appendix names for the indicator's target. One small function, so the wording of agencies
// restructured in 2025 can be extended here alone: a successor is named only when agencies.csv
// records one with its source (describeAgency), and no end date is invented when none is recorded.

import type { AgencyView } from "./types.ts";

/** Returns "Cơ quan chủ trì theo Phụ lục: …" naming the lead agencies, or "" when there is none. */
export function describeResponsible(leads: readonly AgencyView[]): string {
  if (leads.length === 0) return "";
  const names = leads.map((agency) =>
    agency.successor
      ? `${agency.name} (nay là ${agency.successor.name}${agency.successor.since ? ` từ ${agency.successor.since}` : ""})`
      : agency.name,
  );
  return `Cơ quan chủ trì theo Phụ lục: ${names.join("; ")}`;
}
