// Gate 1's probes, run by visitPages on a loaded page: axe-core at 1280 px and again at 320 px
// (a table that scrolls or a region that appears only on a phone fails only there), the skip
// link, controls taken out of the Tab order, focus styles on a sample of pages, and the 320 px
// layout.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** One axe-core violation on one page. */
interface AxeViolation {
  id: string;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (at most five). */
  targets: string[];
}

/** Gate 1's observations on one page. */
export interface AccessibilityFindings {
  axe: AxeViolation[];
  /** Violations axe finds at a 320 px wide viewport that it did not find at 1280 px. */
  axeNarrow: AxeViolation[];
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

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let axeSource: string | undefined;

/** Returns axe-core's browser bundle (read once). */
export async function readAxeSource(): Promise<string> {
  axeSource ??= await readFile(
    createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
    "utf8",
  );
  return axeSource;
}

/** Runs gate 1's checks on the page loaded from `url`; `focusStops` > 0 also compares focus styles. */
export async function probeAccessibility(
  tab: Page,
  url: string,
  focusStops: number,
): Promise<AccessibilityFindings> {
  const axe = await runAxe(tab);

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
  const seen = new Set(axe.flatMap((violation) => violation.targets.map((t) => violation.id + t)));
  const axeNarrow = (await runAxe(tab))
    .map((violation) => ({
      ...violation,
      targets: violation.targets.filter((target) => !seen.has(violation.id + target)),
    }))
    .filter((violation) => violation.targets.length > 0);
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
    axeNarrow,
    scrollWidth320: layout.scrollWidth,
    overflowing: layout.overflowing,
    skipLink,
    unreachable,
    noFocusStyle: focus.noFocusStyle,
    focusStopsChecked: focus.checked,
  };
}

/** Returns axe-core's WCAG 2.2 AA violations on the page as it is laid out now. */
async function runAxe(tab: Page): Promise<AxeViolation[]> {
  // visitPages hands axe to every document as an init script; inject it only if that failed.
  if (!(await tab.evaluate(() => "axe" in window))) await tab.evaluate(await readAxeSource());
  return tab.evaluate(async (tags) => {
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
