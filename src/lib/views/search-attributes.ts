// Values of the Pagefind attributes that indicator, target and agency pages carry
// (src/lib/search/README.md): `data-pagefind-meta="status:…"`, shown with each search result,
// and `data-pagefind-filter="agency:…"`, the agency filter of the search page. Values are
// written inline (`key:value`) so Pagefind reads them from the attribute, never from the
// element's text; Pagefind splits at the first ":" only, so a label may hold more colons.

import { countStatuses } from "./status-counts.ts";
import type { StatusChipView } from "./types.ts";

/** Returns the `data-pagefind-meta` value that gives a page's status in search results. */
export function writeStatusMeta(label: string): string {
  return `status:${label}`;
}

/** Returns the `data-pagefind-filter` value that files a page under agency `name`. */
export function writeAgencyFilter(name: string): string {
  return `agency:${name}`;
}

/**
 * Returns the statuses of some indicators in the words their page shows: the chip's label for
 * one indicator ("Đã đạt"); for several, each status that occurs with its count, in the status
 * module's order ("Đã đạt (2 chỉ tiêu), Chậm (1 chỉ tiêu)"); "" for none.
 */
export function describeStatuses(chips: readonly StatusChipView[]): string {
  const [only] = chips;
  if (chips.length === 1 && only) return only.label;
  return countStatuses(chips)
    .map((row) => `${row.chip.label} (${row.text})`)
    .join(", ");
}
