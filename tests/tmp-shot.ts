import { launchChromium } from "./support/chromium.ts";
import { startStaticServer } from "./support/static-server.ts";
const server = await startStaticServer("/work/wt-release/dist", "/");
const browser = await launchChromium();
const [p, ...selectors] = process.argv.slice(2);
const ctx = await browser.newContext({
  viewport: { width: 360, height: 800 },
  javaScriptEnabled: false,
});
const page = await ctx.newPage();
await page.goto(server.rootUrl + p);
for (const [i, sel] of selectors.entries()) {
  const name = `/tmp/relsec-${p.replace(/\W+/g, "_")}-${i}.png`;
  await page.locator(sel).first().screenshot({ path: name });
  console.log(name);
}
await browser.close();
await server.close();
