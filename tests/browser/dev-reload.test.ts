// `npm run dev` as an editor uses it (issue 14): a page open in Chromium shows a figure edited
// in data/ within seconds, without a restart; a bad cell shows the validator's
// `file:line: column: …` line instead of the site (never a stack trace); fixing the cell brings
// the page back. The dev server runs on a private copy of the project (tests/support/site-copy.ts),
// so the edits and Astro's caches never touch the real tree.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import { prepareSiteCopy } from "../support/site-copy.ts";

const copy = path.join(tmpdir(), `ctr-02-dev-reload-${process.pid}`);
const observations = path.join(copy, "data", "observations.csv");
// The 2024 income figure of the real data, a row this test rewrites (value column, 5th cell).
const ROW = /^(thu-nhap-dtts,2024,tinh-cu,[^,]*,)("[^"]*"|[^,]*),/m;
const TIMEOUT = 15_000;
// Each test waits up to TIMEOUT for the page, on a busy machine.
const TEST_TIMEOUT = TIMEOUT + 10_000;

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let output = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// The environment of an editor's shell: vitest's NODE_ENV=test and its own variables would
// put Astro in another mode.
function devEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: "data",
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  for (const name of Object.keys(env)) {
    if (name === "NODE_ENV" || name.startsWith("VITEST") || name === "TEST") delete env[name];
  }
  return env;
}

function setIncome(value: string): void {
  const text = readFileSync(observations, "utf8");
  if (!ROW.test(text)) throw new Error(`${observations}: no 2024 row for thu-nhap-dtts`);
  writeFileSync(observations, text.replace(ROW, `$1${value},`));
}

beforeAll(async () => {
  await prepareSiteCopy(copy);
  const port = await freePort();
  server = spawn(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "dev", "--host", "127.0.0.1", "--port", String(port)],
    { cwd: copy, env: devEnv(), stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = `http://127.0.0.1:${port}/chi-tieu/thu-nhap-dtts/`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`astro dev did not start:\n${output}`)),
      120_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Astro prints this once its request handler is in place, after the address.
      if (output.includes(`:${port}`) && output.includes("watching for file changes")) {
        clearTimeout(timer);
        resolve();
      }
    };
    server?.stdout?.on("data", onData);
    server?.stderr?.on("data", onData);
    server?.once("exit", (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  browser = await launchChromium();
  page = await browser.newPage();
  const response = await page.goto(url, { waitUntil: "load" });
  if (response?.status() !== 200) {
    throw new Error(`${url}: status ${response?.status()}\n${output}`);
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  await rm(copy, { recursive: true, force: true });
});

const bodyText = () => page.locator("body").innerText();

describe("npm run dev with data/ edited", () => {
  it("shows the figure of data/ before any edit", async () => {
    expect(await bodyText()).toContain("51,0 triệu đồng/người/năm");
  });

  it(
    "shows an edited figure in the open page within seconds, without a restart",
    async () => {
      setIncome("52.5");
      await expect
        .poll(bodyText, { timeout: TIMEOUT, interval: 250 })
        .toContain("52,5 triệu đồng/người/năm");
    },
    TEST_TIMEOUT,
  );

  it(
    "shows the validator's file:line message, not a stack trace, while a cell is bad",
    async () => {
      // As a spreadsheet with Vietnamese settings writes it: a decimal comma, so quoted.
      setIncome('"52,5"');
      await expect
        .poll(bodyText, { timeout: TIMEOUT, interval: 250 })
        .toMatch(/data\/observations\.csv:\d+: value: expected a number, got "52,5"/);
      const text = await bodyText();
      expect(text).toContain("Dữ liệu có 1 lỗi");
      expect(text).not.toMatch(/\bat .+\.(ts|js|mjs):\d+/);
    },
    TEST_TIMEOUT,
  );

  it(
    "comes back with the fixed figure once the cell is fixed",
    async () => {
      setIncome("53.5");
      await expect
        .poll(bodyText, { timeout: TIMEOUT, interval: 250 })
        .toContain("53,5 triệu đồng/người/năm");
      expect(await bodyText()).not.toContain("Dữ liệu có");
    },
    TEST_TIMEOUT,
  );
});
