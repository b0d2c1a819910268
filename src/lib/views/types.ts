// Shapes shared by the page view models. Every string is ready to print (Vietnamese, numbers
// vi-VN, dates dd/mm/yyyy) and every `href` is a site-relative path from links.ts, or an
// absolute URL for a source outside the site.

import type { StatusCode } from "../status/types.ts";
import type { Localised } from "./localise.ts";

/** A link: its words and where it goes. */
export interface LinkView {
  readonly label: string;
  /** Site-relative path (links.ts) or, for a source, its absolute URL. */
  readonly href: string;
}

/** One step of the breadcrumb trail; the current page has no href. */
export interface Crumb {
  readonly label: Localised;
  readonly href: string | null;
}

/** What a status chip shows: the code picks its icon and colour, the label is its word. */
export interface StatusChipView {
  readonly status: StatusCode;
  readonly label: string;
}

/** An agency as the pages name it, with its successor when a source confirms one. */
export interface AgencyView {
  readonly id: string;
  /** The name the program uses (in another language: its translation, or the Vietnamese name). */
  readonly name: Localised;
  readonly href: string;
  /** `data-pagefind-filter` value filing the page that names it under it ("agency:<name>"). */
  readonly searchFilter: string;
  /** The agency that took over after the 2025 restructuring, or null when none is confirmed. */
  readonly successor: {
    readonly name: Localised;
    readonly href: string;
    /** "01/03/2025", or "" when the data gives no date. */
    readonly since: string;
    /** The source that confirms it, or null. */
    readonly source: LinkView | null;
  } | null;
  /** When a cited source says the agency ended: its last day ("30/06/2025") and that source. */
  readonly until: {
    readonly date: string;
    readonly source: LinkView | null;
  } | null;
}

/** How many indicators have one status ("3 chỉ tiêu"). */
export interface StatusCountView {
  readonly chip: StatusChipView;
  readonly count: number;
  /** "3 chỉ tiêu". */
  readonly text: string;
}
