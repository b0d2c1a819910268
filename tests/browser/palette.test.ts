// One palette (issue 15): the status colour a share card is drawn in is the colour the reader
// sees on the indicator's page. Chromium computes the chip's colour from the built stylesheet;
// the card PNG from the same build must hold that exact colour where its status is written
// (the label and the icon), for every status the site shows. Before the palette was one module
// "Chờ số liệu năm 2025" was purple on the page and grey in the card.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indicatorCardPath } from "../../src/lib/cards/paths.ts";
import { requireBuiltSite } from "../fixtures/open-data/site.ts";
import { decodePng } from "../press-png.ts";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import {
  startStaticServer,
  type StaticServer,
} from "../../scripts/check-site/lib/static-server.ts";

const site = requireBuiltSite();
const ids = readdirSync(path.join(site, "chi-tieu")).filter((id) =>
  existsSync(path.join(site, indicatorCardPath(id))),
);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(site, "/");
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Returns the page's status (the first chip's class) and its computed colour as [r, g, b]. */
async function readPageStatus(id: string): Promise<{ status: string; rgb: number[] }> {
  const page = await browser.newPage();
  await page.goto(`${server.rootUrl}chi-tieu/${id}/`);
  const chip = page.locator("main .status-chip").first();
  const status = ((await chip.getAttribute("class")) ?? "").replace(/.*status-chip--/, "");
  const colour = await chip.evaluate((element) => getComputedStyle(element).color);
  await page.close();
  return { status, rgb: (colour.match(/\d+/g) ?? []).map(Number) };
}

/** Returns how many pixels of the card are exactly `rgb`, fully opaque. */
function countPixels(file: string, rgb: readonly number[]): number {
  const image = decodePng(new Uint8Array(readFileSync(file)));
  let count = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    if (
      image.rgba[i] === rgb[0] &&
      image.rgba[i + 1] === rgb[1] &&
      image.rgba[i + 2] === rgb[2] &&
      image.rgba[i + 3] === 255
    )
      count++;
  }
  return count;
}

describe("the share card of each indicator", () => {
  it("exists for the indicators of the built site", () => {
    expect(ids.length).toBeGreaterThan(10);
  });

  it.each(ids)("of %s writes its status in the colour its page shows", async (id) => {
    const { status, rgb } = await readPageStatus(id);
    expect(rgb).toHaveLength(3);
    // The bold 30 px status label alone covers thousands of pixels at full coverage.
    const pixels = countPixels(path.join(site, indicatorCardPath(id)), rgb);
    expect({ id, status, rgb, enough: pixels >= 500 }).toEqual({
      id,
      status,
      rgb,
      enough: true,
    });
  });
});
