// Who should publish a missing figure (issue 13): the lead agency or agencies the program's
// appendix names for the indicator's target. One small function, so the wording of agencies
// restructured in 2025 can be extended here alone: a successor is named only when agencies.csv
// records one with its source (describeAgency), and no end date is invented when none is recorded.

import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import { describeEnded } from "./agencies.ts";
import { plainOf } from "./localise.ts";
import type { AgencyView } from "./types.ts";

/**
 * Returns "Cơ quan chủ trì theo Phụ lục: …" naming the lead agencies, or "" when there is none;
 * an agency that ended says until when and who took over, as far as the data records it.
 */
export function describeResponsible(leads: readonly AgencyView[], lang: Lang = "vi"): string {
  if (leads.length === 0) return "";
  const t = dictionaryOf(lang);
  const names = leads.map((agency) => {
    const name = plainOf(agency.name);
    if (agency.successor)
      return t.responsibleNow(name, plainOf(agency.successor.name), agency.successor.since);
    const ended = describeEnded(agency, null, lang);
    return ended ? `${name} (${ended})` : name;
  });
  return t.responsible(names.join("; "));
}
