// Counts of statuses over a set of indicators, for the overview's "how is the province doing"
// and the summaries of target and agency pages. Only statuses that occur are listed, in the
// status module's order; the words come from summariseStatuses.

import { dictionaryOf } from "../i18n/dictionary.ts";
import { formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import { summariseStatuses } from "../status/summarise-statuses.ts";
import type { StatusChipView, StatusCountView } from "./types.ts";

/**
 * Returns one row per status that occurs among `chips`, in the status module's order, in the
 * words the chips show (a label names the program's goal year, which only the chips know).
 */
export function countStatuses(
  chips: readonly StatusChipView[],
  lang: Lang = "vi",
): StatusCountView[] {
  return summariseStatuses(chips)
    .rows.filter((row) => row.count > 0)
    .map((row) => ({
      chip: {
        status: row.status,
        label: chips.find((chip) => chip.status === row.status)?.label ?? row.label,
      },
      count: row.count,
      text: dictionaryOf(lang).indicatorCount(formatNumberIn(lang, row.count)),
    }));
}
