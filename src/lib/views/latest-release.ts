// The latest data release as every page's footer names it, so a reader of any page knows how
// current its figures are and can open the release that published them.

import type { Dataset } from "../data/dataset.ts";
import { formatDate } from "../format.ts";
import { releasePath } from "./links.ts";
import type { LinkView } from "./types.ts";

/**
 * Returns the latest release as a link worded for citizens ("Cập nhật ngày 26/11/2026": the
 * version number is for the data pages) and its date ("26/11/2026").
 */
export function describeLatestRelease(dataset: Dataset): { link: LinkView; date: string } {
  const release = dataset.latestRelease;
  const date = formatDate(release.date);
  return {
    link: { label: `Cập nhật ngày ${date}`, href: releasePath(release.id) },
    date,
  };
}
