// One built site, served on 127.0.0.1 and opened in Debian's Chromium, for a browser test file:
// `const site = useBuiltSite();` registers the set-up and tear-down hooks, then
// `await site.open("chi-tieu/x/")` gives a fresh page and the errors it reports.
// `useBuiltSite({ searchIndex: true })` also indexes the site with Pagefind, as the build does.
import type { Browser, BrowserContextOptions, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { buildSearchIndex } from "../../scripts/build-steps/search-index.ts";
import { buildSiteForTest, type TestBuild } from "../program/build-site.ts";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import {
  startStaticServer,
  type StaticServer,
} from "../../scripts/check-site/lib/static-server.ts";

/** A page and what it reported: console errors and warnings, page errors, failed requests. */
export interface OpenedPage {
  page: Page;
  errors: string[];
}

/** The site under test, usable once the file's beforeAll hook has run. */
export interface SiteSession {
  /** Opens `path` (relative to the site root) in a fresh browser context. */
  open(path: string, options?: BrowserContextOptions): Promise<OpenedPage>;
  /** The address the site is served at, ending in "/". */
  readonly rootUrl: string;
  /** The folder the site was built into. */
  readonly distDir: string;
}

/** What a test file needs beyond the built pages. */
interface SiteOptions {
  /** Build the Pagefind index too (a post-build step that buildSiteForTest leaves out). */
  readonly searchIndex?: boolean;
}

/** Builds the site, serves it and starts Chromium before the file's tests; stops all after. */
export function useBuiltSite(options: SiteOptions = {}): SiteSession {
  let build: TestBuild | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = await buildSiteForTest();
    if (options.searchIndex) await buildSearchIndex(build.distDir);
    server = await startStaticServer(build.distDir, "/");
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await build?.remove();
  });

  const notReady = (): never => {
    throw new Error("useBuiltSite: the site is used before beforeAll ran");
  };
  return {
    async open(path, contextOptions = {}) {
      if (!browser || !server) return notReady();
      const context = await browser.newContext(contextOptions);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message: ConsoleMessage) => {
        if (message.type() === "error" || message.type() === "warning") {
          errors.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
      await page.goto(server.rootUrl + path, { waitUntil: "load" });
      return { page, errors };
    },
    get rootUrl() {
      return server?.rootUrl ?? notReady();
    },
    get distDir() {
      return build?.distDir ?? notReady();
    },
  };
}
