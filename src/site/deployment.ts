// Where the site is published: its origin (SITE_URL) and the path below it (BASE_PATH). Read
// in one place so that Astro's config and the post-build steps (sitemap, share-card URLs)
// cannot disagree. The default origin is site.config.json's siteUrl (a placeholder under
// .example until set): set it, or SITE_URL when publishing, or canonical and share-card URLs
// will point nowhere.
import { requireSiteConfig } from "./site-config.ts";

/** Returns the site's origin, e.g. "https://ctr02.thainguyen.example". */
export function getSiteUrl(): string {
  return process.env["SITE_URL"] ?? requireSiteConfig().siteUrl;
}

/** Returns the base path the site is served under, always ending in "/" (e.g. "/ctr-02/"). */
export function getBasePath(): string {
  const base = process.env["BASE_PATH"] ?? "/";
  return base.endsWith("/") ? base : `${base}/`;
}
