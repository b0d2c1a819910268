// Debian's Chromium driven by playwright-core: the tests never download a browser of their own
// (scripts/ensure-test-tools.sh installs /usr/bin/chromium when it is missing).
import { chromium, type Browser } from "playwright-core";

/** Where Debian installs Chromium; override with CHROMIUM_PATH on other systems. */
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Starts one headless Chromium that makes no background requests of its own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
