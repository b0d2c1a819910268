// The scorecard on the overview (issue 15) in Chromium, on the real data's build: at 320 px it
// reads without sideways scrolling, every row a record whose cells stay on screen; without
// JavaScript it is complete in target order; with JavaScript its column buttons sort it and say
// so with aria-sort.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../support/site-session.ts";

const site = useBuiltSite();
const phone = { viewport: { width: 320, height: 640 }, isMobile: true };

async function rowIds(page: Page): Promise<string[]> {
  return page.$$eval(".scorecard__table tbody th[scope=row] a", (links) =>
    links.map((link) => link.getAttribute("href") ?? ""),
  );
}

async function rowTargets(page: Page): Promise<string[]> {
  return page.$$eval(".scorecard__table tbody tr", (rows) =>
    rows.map((row) => row.getAttribute("data-sort-target") ?? ""),
  );
}

describe("the scorecard on the overview", () => {
  it("is complete in target order without JavaScript, with no sort buttons", async () => {
    const { page, errors } = await site.open("", { ...phone, javaScriptEnabled: false });
    const ids = await rowIds(page);
    expect(ids).toHaveLength(22);
    expect(new Set(ids).size).toBe(22);
    const targets = await rowTargets(page);
    expect(targets).toEqual([...targets].sort());
    expect(await page.$$(".scorecard__table .sort-button")).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([true, false])(
    "reads at 320 px without sideways scrolling (JavaScript on: %s)",
    async (javaScriptEnabled) => {
      const { page } = await site.open("", { ...phone, javaScriptEnabled });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      // Every visible cell of every record lies inside the screen, and is labelled.
      const outside = await page.$$eval(".scorecard__table tbody :is(td, th)", (cells) =>
        cells
          .map((cell) => ({ cell, box: cell.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > 320))
          .map(({ cell }) => cell.textContent?.slice(0, 40) ?? ""),
      );
      expect(outside).toEqual([]);
      const label = await page.$eval(
        ".scorecard__table tbody td[data-label='Trạng thái']",
        (cell) => getComputedStyle(cell, "::before").content,
      );
      expect(label).toBe('"Trạng thái"');
      await page.context().close();
    },
  );

  it("sorts by status with JavaScript and says so with aria-sort, then back by target", async () => {
    const { page, errors } = await site.open("", phone);
    const before = await rowIds(page);
    const header = page.locator(".scorecard__table th[data-sort=status]");
    await header.getByRole("button", { name: "Trạng thái" }).click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    expect(
      await page.getAttribute(".scorecard__table th[data-sort=target]", "aria-sort"),
    ).toBeNull();
    const statuses = await page.$$eval(".scorecard__table tbody tr", (rows) =>
      rows.map((row) => Number(row.getAttribute("data-sort-status"))),
    );
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
    await header.getByRole("button", { name: "Trạng thái" }).click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const descending = await page.$$eval(".scorecard__table tbody tr", (rows) =>
      rows.map((row) => Number(row.getAttribute("data-sort-status"))),
    );
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.locator(".scorecard__table th[data-sort=target] button").click();
    expect(await rowIds(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 30_000);
});
