// One pass of Debian's Chromium over the pages of a served site. Each page is loaded once and
// everything the browser gates need is recorded: requests to other origins, failed requests,
// console errors, CSP violations (gates 4 and 7), then axe-core, the 320 px layout and the
// keyboard checks (gate 1). Load-time observations are frozen before the accessibility checks
// run, so axe's own work never shows up as a page's error.
import type { Browser, Page } from "playwright-core";
import {
  probeAccessibility,
  readAxeSource,
  type AccessibilityFindings,
} from "./accessibility-probes.ts";
import type { SitePage } from "./site.ts";

/** What happened while loading one page (and, if asked, checking its accessibility). */
export interface PageVisit {
  page: SitePage;
  /** HTTP status of the page itself, undefined when it did not load at all. */
  status: number | undefined;
  /** URLs requested outside the site's origin (all blocked). */
  foreignRequests: string[];
  /** Same-origin requests that failed or answered ≥ 400: "url (reason)". */
  failedRequests: string[];
  /** console.error messages and uncaught exceptions, CSP reports excluded. */
  consoleErrors: string[];
  /** CSP violations, "directive: blocked URI (file:line)", from securitypolicyviolation events. */
  cspViolations: string[];
  /** Messages of alert()/confirm()/prompt() dialogs the page opened. */
  dialogs: string[];
  /** Filled when accessibility checks ran. */
  accessibility?: AccessibilityFindings;
}

/** What to check besides the load. */
interface VisitOptions {
  /** Run gate 1's checks (axe, 320 px, keyboard). */
  accessibility: boolean;
  /** Paths (relative to the base) of pages on which every Tab stop's focus style is compared. */
  focusSample?: ReadonlySet<string>;
  /** How many Tab stops to compare on a sampled page. */
  focusStops?: number;
  /** How many tabs load pages side by side (default 2). */
  concurrency?: number;
}

// Runs before any page script. A resource the CSP blocks never becomes a request, so the
// blocked URL is recorded here too: an attempt to reach another origin still counts for gate 4.
const cspListener = `
  window.__ctr02Csp = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__ctr02Csp.push({
      text: event.effectiveDirective + ": " + (event.blockedURI || "inline") +
        (event.sourceFile ? " (" + event.sourceFile + ":" + event.lineNumber + ")" : ""),
      blocked: event.blockedURI,
    });
  });
`;

function isCspMessage(text: string): boolean {
  return /Content Security Policy|Content-Security-Policy/i.test(text);
}

/** Returns the page paths that represent each template once: the first page of each URL pattern. */
export function sampleTemplates(pages: readonly SitePage[]): Set<string> {
  const seen = new Map<string, string>();
  for (const page of pages) {
    const segments = page.path.split("/").filter((segment) => segment !== "");
    // "chi-tieu/abc/" and "chi-tieu/xyz/" share a template; "du-lieu/" and "du-lieu/phien-ban/1/" do not.
    const pattern = `${segments[0] ?? ""}/${segments.length}`;
    if (!seen.has(pattern)) seen.set(pattern, page.path);
  }
  return new Set(seen.values());
}

/** Loads every page of `pages` from `rootUrl` in `browser` and records what happened, in page order. */
export async function visitPages(
  browser: Browser,
  rootUrl: string,
  pages: readonly SitePage[],
  options: VisitOptions,
): Promise<PageVisit[]> {
  const visits: PageVisit[] = [];
  let next = 0;
  // Each worker (its own context and tab) takes the next page until none are left; two keep both
  // cores busy while a page waits on the network or on axe.
  const worker = async (): Promise<void> => {
    const tab = await openRecordingTab(browser, rootUrl, options.accessibility);
    try {
      while (next < pages.length) {
        const index = next++;
        const page = pages[index];
        if (page) visits[index] = await tab.visit(page, options);
      }
    } finally {
      await tab.close();
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, pages.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return visits;
}

/** A tab that records what each page it loads does. */
interface RecordingTab {
  visit: (page: SitePage, options: VisitOptions) => Promise<PageVisit>;
  close: () => Promise<void>;
}

async function openRecordingTab(
  browser: Browser,
  rootUrl: string,
  withAxe: boolean,
): Promise<RecordingTab> {
  const origin = new URL(rootUrl).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(cspListener);
  // Handing axe-core to every new document is much cheaper than sending 500 KB per page.
  if (withAxe) await context.addInitScript(await readAxeSource());
  let current: PageVisit | undefined;
  let currentUrl = "";
  let inFlight = 0;
  // Requests elsewhere are recorded and blocked: the test machine may be offline, and a page that
  // depends on another origin is wrong either way.
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith("data:")) {
      await route.continue();
    } else {
      current?.foreignRequests.push(url);
      await route.abort("blockedbyclient");
    }
  });
  const tab = await context.newPage();
  tab.on("request", () => inFlight++);
  // A failing response is recorded with its status; a request that fails without one (refused,
  // aborted) with the browser's reason. The page's own status is recorded separately.
  const failed = (url: string, reason: string): void => {
    if (!current || url === currentUrl) return;
    if (current.failedRequests.some((entry) => entry.startsWith(`${url} `))) return;
    current.failedRequests.push(`${url} (${reason})`);
  };
  tab.on("response", (response) => {
    if (response.status() >= 400) failed(response.url(), `HTTP ${response.status()}`);
  });
  tab.on("requestfinished", () => inFlight--);
  tab.on("requestfailed", (request) => {
    inFlight--;
    const url = request.url();
    const reason = request.failure()?.errorText ?? "lỗi";
    // ERR_ABORTED is what a late request (a favicon, a prefetch) gets when the next page's
    // navigation starts; a real failure has an HTTP status (recorded above) or another reason.
    if (new URL(url).origin === origin && reason !== "net::ERR_ABORTED") failed(url, reason);
  });
  tab.on("console", (message) => {
    const text = message.text();
    // CSP violations come from the securitypolicyviolation listener (one per violation);
    // failed loads from the response and requestfailed events, with their URL.
    if (message.type() !== "error" || isCspMessage(text) || /^Failed to load resource/.test(text))
      return;
    current?.consoleErrors.push(text);
  });
  tab.on("pageerror", (error) => current?.consoleErrors.push(`lỗi JS chưa bắt: ${error.message}`));
  tab.on("dialog", async (dialog) => {
    current?.dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  const visit = async (page: SitePage, options: VisitOptions): Promise<PageVisit> => {
    const record: PageVisit = {
      page,
      status: undefined,
      foreignRequests: [],
      failedRequests: [],
      consoleErrors: [],
      cspViolations: [],
      dialogs: [],
    };
    current = record;
    const url = new URL(page.path, rootUrl).href;
    currentUrl = url;
    try {
      await tab.setViewportSize({ width: 1280, height: 800 });
      const response = await tab.goto(url, { waitUntil: "load", timeout: 30_000 });
      record.status = response?.status();
      await settle(tab, () => inFlight);
      const reported = await tab.evaluate(
        () =>
          (window as unknown as { __ctr02Csp?: Array<{ text: string; blocked: string }> })
            .__ctr02Csp ?? [],
      );
      for (const violation of reported) {
        record.cspViolations.push(violation.text);
        if (/^https?:/.test(violation.blocked) && new URL(violation.blocked).origin !== origin) {
          record.foreignRequests.push(`${violation.blocked} (CSP đã chặn)`);
        }
      }
    } catch (error) {
      record.consoleErrors.push(
        `không tải được trang: ${(error as Error).message.split("\n")[0] ?? ""}`,
      );
    }
    // Freeze the load-time record: what the checks below do is not the page's doing.
    current = undefined;
    if (options.accessibility && record.status !== undefined) {
      const sampled = options.focusSample?.has(page.path) ?? false;
      record.accessibility = await probeAccessibility(
        tab,
        url,
        sampled ? (options.focusStops ?? 30) : 0,
      );
    }
    return record;
  };
  return { visit, close: () => context.close() };
}

// Waits until no request has been in flight for 100 ms (at most 3 s): scripts that fetch
// after the load event (e.g. a search index) get the chance to fail visibly.
async function settle(tab: Page, inFlight: () => number): Promise<void> {
  const deadline = Date.now() + 3000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await tab.waitForTimeout(25);
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 100) return;
  }
}
