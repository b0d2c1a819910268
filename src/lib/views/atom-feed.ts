// The Atom feed of data releases (RFC 4287), one entry per release, newest first.
//
// Decisions a reader might undo:
// - Times come from the release dates in data/, never from the build clock: a release takes
//   effect at 00:00 on its date in Vietnam (+07:00), so two builds give the same bytes.
// - Ids are the absolute URLs of the release pages (and of the site for the feed): stable as
//   long as the site keeps its address, which the URL contract (architecture.md § URLs)
//   already requires.
// - Text is escaped, never wrapped in CDATA, and every element is plain `type="text"`.
import { escapeXml } from "../xml.ts";

/** A release as the feed shows it. */
export interface FeedRelease {
  /** Release id, e.g. "1.2.0". */
  readonly id: string;
  /** Release date "YYYY-MM-DD". */
  readonly isoDate: string;
  /** Vietnamese title. */
  readonly title: string;
  /** What the release adds or revises. */
  readonly summary: string;
  /** The counts in words ("4 số liệu mới", …). */
  readonly countParts: readonly string[];
  /** Release page relative to the site root, e.g. "du-lieu/phien-ban/1.2.0/". */
  readonly href: string;
}

/** What the feed is built from. */
export interface FeedInput {
  /** Absolute URL of the site root, base path included, ending in "/". */
  readonly siteRoot: string;
  /** Feed title. */
  readonly title: string;
  /** One sentence on what the feed announces. */
  readonly subtitle: string;
  /** Who publishes the site. */
  readonly author: string;
  /** Feed path relative to the site root, e.g. "feed.xml". */
  readonly feedPath: string;
  /** The HTML page listing the same releases, relative to the site root. */
  readonly alternatePath: string;
  /** The releases, newest first; at least one. */
  readonly releases: readonly FeedRelease[];
}

/** Returns the feed as XML text (UTF-8, final LF); throws if there is no release. */
export function renderAtomFeed(input: FeedInput): string {
  const [latest] = input.releases;
  if (!latest) throw new Error("renderAtomFeed: no release to announce");
  const url = (path: string) => new URL(path, input.siteRoot).href;
  const entries = input.releases.map((release) =>
    [
      "  <entry>",
      `    <id>${escapeXml(url(release.href))}</id>`,
      `    <title>${escapeXml(`Phiên bản ${release.id}: ${release.title}`)}</title>`,
      `    <updated>${atomTime(release.isoDate)}</updated>`,
      `    <published>${atomTime(release.isoDate)}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url(release.href))}"/>`,
      `    <summary>${escapeXml(`${release.summary} (${release.countParts.join(", ")}.)`)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${escapeXml(url(""))}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <updated>${atomTime(latest.isoDate)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(url(input.feedPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url(input.alternatePath))}"/>`,
    "  <author>",
    `    <name>${escapeXml(input.author)}</name>`,
    `    <uri>${escapeXml(url(""))}</uri>`,
    "  </author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** Returns an RFC 3339 time for 00:00 of `isoDate` in Vietnam ("2026-11-26T00:00:00+07:00"). */
export function atomTime(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) {
    throw new Error(`atomTime: expected YYYY-MM-DD, got "${isoDate}"`);
  }
  return `${isoDate}T00:00:00+07:00`;
}
