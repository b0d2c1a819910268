// Source strength as the pages say it (issue 13): each source's grade in words next to it, and
// the sentence "tạm tính theo một nguồn thứ cấp" wherever a result rests only on weak sources.
// A result "rests on" the figures its status compares: the baseline and the latest comparable
// figure. Statuses without a comparison (no data, not comparable, qualitative) rest on nothing.

import type { Dataset } from "../data/dataset.ts";
import type { SourceStrength } from "../data/rows.ts";
import { capitalise } from "../format.ts";
import type { StatusResult } from "../status/types.ts";

/** The grade of each strength, in words a reader understands. */
export const STRENGTH_LABELS: Readonly<Record<SourceStrength, string>> = {
  official: "nguồn chính thức",
  press: "báo chí",
  weak: "nguồn thứ cấp",
};

/** The words said next to a result that rests only on weak sources. */
export const WEAK_BASIS_WORDS = "tạm tính theo một nguồn thứ cấp";

/** Returns the ids of the sources the status of `result` rests on (empty when it compares nothing). */
export function listBasisSources(result: StatusResult): string[] {
  if (!result.baseline || !result.latest) return [];
  return [...new Set([result.baseline.source_id, result.latest.source_id])];
}

/** Returns whether every source in `ids` is graded weak (false for an empty list). */
export function restsOnlyOnWeak(dataset: Dataset, ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((id) => dataset.sourceById.get(id)?.strength === "weak");
}

/**
 * Returns the sentence said next to a status, chart, card or download whose result rests only on
 * weak sources ("Tạm tính theo một nguồn thứ cấp: <title> — <publisher>."), else "".
 */
export function describeWeakBasis(dataset: Dataset, result: StatusResult): string {
  const ids = listBasisSources(result);
  if (!restsOnlyOnWeak(dataset, ids)) return "";
  const names = ids.map((id) => {
    const source = dataset.sourceById.get(id);
    return source ? `${source.title} — ${source.publisher}` : id;
  });
  return `${capitalise(WEAK_BASIS_WORDS)}: ${names.join("; ")}.`;
}
