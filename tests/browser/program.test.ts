// /chuong-trinh/ in Debian's Chromium: a link to a paragraph lands on it, with or without
// JavaScript; the "link to this paragraph" affordances work from the keyboard; the page
// prints without its navigation; nothing goes to the console.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../support/site-session.ts";

const { open } = useBuiltSite();

async function topOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
}

/** Waits (up to 5 s) for the browser's scroll to `selector`, then returns the element's top. */
async function topAfterScroll(page: Page, selector: string): Promise<number> {
  // Chromium scrolls to the fragment after the first layout, which may come after "load"
  // on a busy machine; the assertion below reports where the element ended up.
  await page
    .waitForFunction(
      (target) => {
        const top = document.querySelector(target)?.getBoundingClientRect().top;
        return top !== undefined && top >= 0 && top <= 80;
      },
      selector,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  return topOf(page, selector);
}

/** Describes the focused element, e.g. 'a href="#III-2-3"'. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return "nothing";
    const href = element.getAttribute("href");
    return href === null ? `${element.tagName.toLowerCase()}#${element.id}` : `a href="${href}"`;
  });
}

describe("opening /chuong-trinh/#III-2-3", () => {
  it.each([
    ["a desktop screen", { viewport: { width: 1280, height: 800 } }],
    ["a phone", { viewport: { width: 360, height: 640 }, isMobile: true }],
    [
      "a browser with JavaScript off",
      { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false },
    ],
  ])("shows that bullet at the top on %s", async (_name, options) => {
    const { page } = await open("chuong-trinh/#III-2-3", options);
    const top = await topAfterScroll(page, "#III-2-3");
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(80);
    expect(await page.locator("#III-2-3").evaluate((element) => element.matches(":target"))).toBe(
      true,
    );
    await page.context().close();
  });

  it("starts keyboard navigation there: Tab goes to that bullet's own link", async () => {
    const { page } = await open("chuong-trinh/#III-2-3");
    await topAfterScroll(page, "#III-2-3");
    await page.keyboard.press("Tab");
    expect(await describeFocus(page)).toBe('a href="#III-2-3"');
    await page.context().close();
  });

  it("logs no errors or warnings and loads nothing that fails", async () => {
    const { page, errors } = await open("chuong-trinh/#III-2-3");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the links to each paragraph", () => {
  it("are visible and follow one another with Tab", async () => {
    const { page } = await open("chuong-trinh/");
    await page.locator('a.anchor-link[href="#III-2-2"]').focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(
      "#III-2-3",
    );
    const box = await page.locator('a.anchor-link[href="#III-2-3"]').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(24);
    expect(box?.width).toBeGreaterThan(0);
    await page.context().close();
  });

  it("move to their paragraph and put it in the address when activated with Enter", async () => {
    const { page } = await open("chuong-trinh/");
    await page.locator('a.anchor-link[href="#phu-luc-7"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/#phu-luc-7$/);
    const top = await topAfterScroll(page, "#phu-luc-7");
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(80);
    await page.context().close();
  });

  it("have names that say where they lead", async () => {
    const { page } = await open("chuong-trinh/");
    const link = page.getByRole("link", { name: "Liên kết đến đoạn III-2-3" });
    expect(await link.count()).toBe(1);
    await page.context().close();
  });
});

describe("printing /chuong-trinh/", () => {
  it("leaves out the contents and the paragraph links, and prints where target links lead", async () => {
    const { page } = await open("chuong-trinh/");
    await page.emulateMedia({ media: "print" });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).display);
    expect(await display("nav.program-toc")).toBe("none");
    expect(await display("a.anchor-link")).toBe("none");
    expect(await display(".site-header")).toBe("none");
    const after = await page
      .locator("a.target-link")
      .first()
      .evaluate((element) => getComputedStyle(element, "::after").content);
    expect(after).toContain("/chi-tieu/");
    await page.context().close();
  });
});
