// Shared set-up for the browser gate tests: one Chromium per test file, a fixture site served
// on 127.0.0.1, and a browser pass over its pages.
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import { startStaticServer } from "../../scripts/check-site/lib/static-server.ts";
import { writeFixtureSite, type FixtureSite } from "./fixture-site.ts";
import { sampleTemplates, visitPages, type PageVisit } from "../../scripts/check-site/lib/visit.ts";

/** A served fixture site and what the browser saw on it. */
export interface VisitedFixture {
  fixture: FixtureSite;
  visits: PageVisit[];
}

/** Starts the one Chromium a test file uses. */
export function startBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Writes `files` as a site, serves it and loads every page in `browser`. */
export async function visitFixture(
  browser: Browser,
  files: Record<string, string | Uint8Array>,
  accessibility: boolean,
  base = "/",
): Promise<VisitedFixture> {
  const fixture = await writeFixtureSite(files, base);
  const server = await startStaticServer(fixture.site.distDir, base);
  try {
    const visits = await visitPages(browser, server.rootUrl, fixture.site.browserPages, {
      accessibility,
      focusSample: sampleTemplates(fixture.site.browserPages),
    });
    return { fixture, visits };
  } finally {
    await server.close();
  }
}
