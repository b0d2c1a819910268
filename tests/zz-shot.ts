import { chromium } from "playwright-core";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const [path, name, ...ranges] = process.argv.slice(2);
const page = await browser.newPage({
  viewport: { width: 320, height: 800 },
  javaScriptEnabled: process.env.NOJS ? false : true,
});
await page.goto(`http://127.0.0.1:8765/${path}`);
const width = await page.evaluate(() => document.documentElement.scrollWidth);
console.log(name, "scrollWidth", width);
for (const r of ranges) {
  let y: number;
  if (/^\d+$/.test(r)) y = Number(r);
  else
    y = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      return el ? el.getBoundingClientRect().top + window.scrollY : 0;
    }, r);
  await page.screenshot({
    path: `/tmp/model/${name}-${ranges.indexOf(r)}.png`,
    clip: { x: 0, y, width: 320, height: 900 },
    fullPage: true,
  });
}
await browser.close();
