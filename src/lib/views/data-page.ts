// The parts of /du-lieu/ that are not lists of files: the licence as datapackage.json states it,
// and a ready-to-copy citation of the current release.

import { formatDate } from "../format.ts";

/** A licence of the data package. */
export interface LicenseView {
  /** SPDX-style name, e.g. "CC-BY-4.0". */
  readonly name: string;
  /** Human title, e.g. "Creative Commons Attribution 4.0 International" (the name when none). */
  readonly title: string;
  /** Where the licence text is ("" when the descriptor gives no address). */
  readonly url: string;
}

/** What a citation names. */
export interface CitationInput {
  /** Who compiled the data (the site). */
  readonly author: string;
  /** Title of the data package. */
  readonly title: string;
  /** Release id, e.g. "1.0.0". */
  readonly version: string;
  /** Release date "YYYY-MM-DD". */
  readonly isoDate: string;
  /** Absolute URL of the release's page (its snapshot stays there). */
  readonly url: string;
}

/** Returns the licences listed in datapackage.json (`licenses`), skipping malformed entries. */
export function readLicenses(descriptor: { readonly [key: string]: unknown }): LicenseView[] {
  const licenses = descriptor["licenses"];
  if (!Array.isArray(licenses)) return [];
  return licenses.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { name, title, path } = entry as Record<string, unknown>;
    if (typeof name !== "string" || name === "") return [];
    return [
      {
        name,
        title: typeof title === "string" && title !== "" ? title : name,
        url: typeof path === "string" ? path : "",
      },
    ];
  });
}

/** Returns a citation of one release: author (year). Title, phiên bản X (dd/mm/yyyy) [Dữ liệu]. URL */
export function buildCitation(input: CitationInput): string {
  const year = input.isoDate.slice(0, 4);
  return `${input.author} (${year}). ${input.title}, phiên bản ${input.version} (${formatDate(input.isoDate)}) [Dữ liệu]. ${input.url}`;
}
