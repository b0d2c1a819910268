// One pass of Debian's Chromium over the pages of a served site. Each page is loaded once and
// everything the browser gates need is recorded: requests to other origins, failed requests,
// console errors, CSP violations (gates 4 and 7), then axe-core, the 320 px layout and the
// keyboard checks (gate 1). Load-time observations are frozen before the accessibility checks
// run, so axe's own work never shows up as a page's error.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import type { SitePage } from "./site.ts";

/** One axe-core violation on one page. */
export interface AxeViolation {
  id: string;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (at most five). */
  targets: string[];
}

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

/** Gate 1's observations on one page. */
export interface AccessibilityFindings {
  axe: AxeViolation[];
  /** document.documentElement.scrollWidth at a 320 px wide viewport. */
  scrollWidth320: number;
  /** The outermost elements sticking out at 320 px (selectors), when the page scrolls sideways. */
  overflowing: string[];
  /** What is wrong with the skip link, or undefined when Tab → Enter reaches <main id="noi-dung">. */
  skipLink: string | undefined;
  /** Visible interactive elements removed from the Tab order (tabindex="-1"). */
  unreachable: string[];
  /** Tab stops whose look does not change when focused (only on sampled pages). */
  noFocusStyle: string[];
  /** How many Tab stops were compared for focus style (0 when the page was not sampled). */
  focusStopsChecked: number;
}

/** What to check besides the load. */
export interface VisitOptions {
  /** Run gate 1's checks (axe, 320 px, keyboard). */
  accessibility: boolean;
  /** Paths (relative to the base) of pages on which every Tab stop's focus style is compared. */
  focusSample?: ReadonlySet<string>;
  /** How many Tab stops to compare on a sampled page. */
  focusStops?: number;
}

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
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

let axeSource: string | undefined;
async function readAxeSource(): Promise<string> {
  axeSource ??= await readFile(
    createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
    "utf8",
  );
  return axeSource;
}

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

/** Loads every page of `pages` from `rootUrl` in one tab of `browser` and records what happened. */
export async function visitPages(
  browser: Browser,
  rootUrl: string,
  pages: readonly SitePage[],
  options: VisitOptions,
): Promise<PageVisit[]> {
  const origin = new URL(rootUrl).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(cspListener);
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
    if (
      !current ||
      url === currentUrl ||
      current.failedRequests.some((entry) => entry.startsWith(`${url} `))
    )
      return;
    current.failedRequests.push(`${url} (${reason})`);
  };
  tab.on("response", (response) => {
    if (response.status() >= 400) failed(response.url(), `HTTP ${response.status()}`);
  });
  tab.on("requestfinished", () => inFlight--);
  tab.on("requestfailed", (request) => {
    inFlight--;
    const url = request.url();
    if (new URL(url).origin === origin) failed(url, request.failure()?.errorText ?? "lỗi");
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

  const visits: PageVisit[] = [];
  for (const page of pages) {
    const visit: PageVisit = {
      page,
      status: undefined,
      foreignRequests: [],
      failedRequests: [],
      consoleErrors: [],
      cspViolations: [],
      dialogs: [],
    };
    current = visit;
    const url = new URL(page.path, rootUrl).href;
    currentUrl = url;
    try {
      await tab.setViewportSize({ width: 1280, height: 800 });
      const response = await tab.goto(url, { waitUntil: "load", timeout: 30_000 });
      visit.status = response?.status();
      await settle(tab, () => inFlight);
      const reported = await tab.evaluate(
        () =>
          (window as unknown as { __ctr02Csp?: Array<{ text: string; blocked: string }> })
            .__ctr02Csp ?? [],
      );
      for (const violation of reported) {
        visit.cspViolations.push(violation.text);
        if (/^https?:/.test(violation.blocked) && new URL(violation.blocked).origin !== origin) {
          visit.foreignRequests.push(`${violation.blocked} (CSP đã chặn)`);
        }
      }
    } catch (error) {
      visit.consoleErrors.push(
        `không tải được trang: ${(error as Error).message.split("\n")[0] ?? ""}`,
      );
    }
    // Freeze the load-time record: what the checks below do is not the page's doing.
    current = undefined;
    if (options.accessibility && visit.status !== undefined) {
      const sampled = options.focusSample?.has(page.path) ?? false;
      visit.accessibility = await checkAccessibility(
        tab,
        url,
        sampled ? (options.focusStops ?? 30) : 0,
      );
    }
    visits.push(visit);
  }
  await context.close();
  return visits;
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

async function checkAccessibility(
  tab: Page,
  url: string,
  focusStops: number,
): Promise<AccessibilityFindings> {
  await tab.evaluate(await readAxeSource());
  const axe = await tab.evaluate(async (tags) => {
    const axeApi = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axeApi.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
  }, wcagTags);

  const skipLink = await checkSkipLink(tab);
  const unreachable = await tab.evaluate(() => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary";
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.tabIndex < 0 && element.getClientRects().length > 0)
      .filter((element) => !(element as HTMLButtonElement).disabled)
      .slice(0, 10)
      .map((element) => element.outerHTML.slice(0, 120));
  });
  let focus: { noFocusStyle: string[]; checked: number } = { noFocusStyle: [], checked: 0 };
  if (focusStops > 0) {
    // Start again from the top: the skip link moved the Tab starting point into <main>.
    await tab.goto(url, { waitUntil: "load" });
    focus = await checkFocusStyles(tab, focusStops);
  }

  await tab.setViewportSize({ width: 320, height: 800 });
  const layout = await tab.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const overflowing: string[] = [];
    if (scrollWidth > width) {
      const clipped = (element: Element): boolean => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== "visible") return true;
        }
        return false;
      };
      const sticksOut = (element: Element): boolean =>
        element.getBoundingClientRect().right > width + 0.5;
      for (const element of document.body.querySelectorAll("*")) {
        if (!sticksOut(element) || clipped(element)) continue;
        if (
          element.parentElement &&
          element.parentElement !== document.body &&
          sticksOut(element.parentElement)
        )
          continue;
        const id = element.id ? `#${element.id}` : "";
        const classes = [...element.classList].map((name) => `.${name}`).join("");
        overflowing.push(
          `${element.tagName.toLowerCase()}${id}${classes} (rộng tới ${Math.round(element.getBoundingClientRect().right)} px)`,
        );
        if (overflowing.length >= 5) break;
      }
    }
    return { scrollWidth, overflowing };
  });

  return {
    axe,
    scrollWidth320: layout.scrollWidth,
    overflowing: layout.overflowing,
    skipLink,
    unreachable,
    noFocusStyle: focus.noFocusStyle,
    focusStopsChecked: focus.checked,
  };
}

// From a freshly loaded page: the first Tab stop must be a link to #noi-dung, and Enter on it
// must put focus on <main id="noi-dung">.
async function checkSkipLink(tab: Page): Promise<string | undefined> {
  await tab.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await tab.keyboard.press("Tab");
  const first = await tab.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { ok: false, what: "không phần tử nào" };
    const href = element.getAttribute("href") ?? "";
    const box = element.getBoundingClientRect();
    return {
      ok: element.tagName === "A" && href.endsWith("#noi-dung"),
      what: element.outerHTML.slice(0, 120),
      onScreen: box.width > 1 && box.height > 1 && box.top >= 0 && box.bottom <= window.innerHeight,
    };
  });
  if (!first.ok) {
    return `phím Tab đầu tiên đến ${first.what}, không phải liên kết "Bỏ qua, đến nội dung chính" (href="#noi-dung"). Đặt liên kết đó đầu tiên trong <body>.`;
  }
  if (!first.onScreen)
    return "liên kết bỏ qua không hiện ra trên màn hình khi được focus. Cho nó hiện khi :focus.";
  await tab.keyboard.press("Enter");
  const landed = await tab.evaluate(() => {
    const element = document.activeElement;
    return element
      ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}`
      : "không phần tử nào";
  });
  if (landed !== "main#noi-dung") {
    return `nhấn Enter trên liên kết bỏ qua, focus đến ${landed}, không phải <main id="noi-dung">. Đặt id="noi-dung" và tabindex="-1" cho <main>.`;
  }
  return undefined;
}

// Tabs through the first `stops` Tab stops and compares each one's look focused vs. not focused
// (outline, box-shadow, border, background, colour, underline): an unchanged look is invisible.
async function checkFocusStyles(
  tab: Page,
  stops: number,
): Promise<{ noFocusStyle: string[]; checked: number }> {
  await tab.evaluate(() => {
    const look = (element: Element): string => {
      const style = getComputedStyle(element);
      const outline =
        style.outlineStyle === "none" || style.outlineWidth === "0px"
          ? "none"
          : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      return [
        outline,
        style.boxShadow,
        style.borderColor,
        style.borderWidth,
        style.backgroundColor,
        style.color,
        style.textDecorationLine,
        style.textDecorationThickness,
      ].join("|");
    };
    const looks = new Map<Element, { index: number; look: string }>();
    const candidates = document.querySelectorAll(
      "a[href], button, input, select, textarea, summary, [tabindex]",
    );
    for (const [index, element] of candidates.entries())
      looks.set(element, { index, look: look(element) });
    const state = window as unknown as { __ctr02Looks: typeof looks; __ctr02Look: typeof look };
    state.__ctr02Looks = looks;
    state.__ctr02Look = look;
  });
  const noFocusStyle: string[] = [];
  let checked = 0;
  const seen = new Set<string>();
  for (let index = 0; index < stops; index++) {
    await tab.keyboard.press("Tab");
    const stop = await tab.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const state = window as unknown as {
        __ctr02Looks: Map<Element, { index: number; look: string }>;
        __ctr02Look: (element: Element) => string;
      };
      const before = state.__ctr02Looks.get(element);
      const classes = [...element.classList].map((name) => `.${name}`).join("");
      return {
        key: before === undefined ? element.outerHTML.slice(0, 200) : String(before.index),
        name: `<${element.tagName.toLowerCase()}${classes ? ` class="${classes.slice(1).replaceAll(".", " ")}"` : ""}> "${(element.textContent ?? "").trim().slice(0, 40)}"`,
        changed: before === undefined || before.look !== state.__ctr02Look(element),
      };
    });
    if (stop === undefined || seen.has(stop.key)) break;
    seen.add(stop.key);
    checked++;
    if (!stop.changed) noFocusStyle.push(stop.name);
  }
  return { noFocusStyle, checked };
}
