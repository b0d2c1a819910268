// The latest data release as every page's footer names it, so a reader of any page knows how
// current its figures are and can open the release that published them.

import type { Dataset } from "../data/dataset.ts";
import { formatDate } from "../format.ts";
import { releasePath } from "./links.ts";
import type { LinkView } from "./types.ts";

/** Returns the latest release as a link ("Bản phát hành 1.0.0") and its date ("26/11/2026"). */
export function describeLatestRelease(dataset: Dataset): { link: LinkView; date: string } {
  const release = dataset.latestRelease;
  return {
    link: { label: `Bản phát hành ${release.id}`, href: releasePath(release.id) },
    date: formatDate(release.date),
  };
}
