// npm run check:site — the site-wide quality gates of issue 7, run over a built site (dist/ by
// default). One line per gate, then each problem with what to fix, then "N passed, M failed".
// Exit code 1 when any gate fails.
//
//   node scripts/check-site.ts [--dist <dir>] [--only 1,2,5] [--all] [--keep-temp]
//
// The extra builds (gate 6: BASE_PATH=/ctr-02/, gate 8: the escaping fixture, gate 9: a second
// build of the same commit) start at once in the background, one after another, while the
// browser checks of dist/ run; one Chromium serves every browser gate.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { launchChromium } from "./check-site/lib/chromium.ts";
import { startStaticServer, type StaticServer } from "./check-site/lib/static-server.ts";
import type { GateResult } from "./check-site/gate.ts";
import { checkAccessibility } from "./check-site/gates/accessibility.ts";
import { checkBasePath, testBasePath } from "./check-site/gates/base-path.ts";
import { checkBudgets } from "./check-site/gates/budgets.ts";
import { checkCsp } from "./check-site/gates/csp.ts";
import { checkDeterminism } from "./check-site/gates/determinism.ts";
import { checkEscaping } from "./check-site/gates/escaping.ts";
import { checkForeignOrigins } from "./check-site/gates/foreign-origins.ts";
import { checkHtml } from "./check-site/gates/html.ts";
import { checkLinks } from "./check-site/gates/links.ts";
import { checkSiteBasics } from "./check-site/gates/site-basics.ts";
import { checkWebServer } from "./check-site/gates/web-server.ts";
import { buildSite, type BuildOutcome } from "./check-site/lib/build.ts";
import { readSiteAddress, repoRoot } from "./check-site/lib/site-config.ts";
import { loadBuiltSite } from "./check-site/lib/site.ts";
import { sampleTemplates, visitPages, type PageVisit } from "./check-site/lib/visit.ts";

const escapingFixture = "tests/fixtures/escaping";
const maxProblemsShown = 40;

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: "dist" },
    only: { type: "string" },
    all: { type: "boolean", default: false },
    "keep-temp": { type: "boolean", default: false },
  },
});

const selected = new Set(
  (values.only ?? "1,2,3,4,5,6,7,8,9,10,11")
    .split(",")
    .map((value) => Number.parseInt(value.trim(), 10)),
);

/** An async value computed on first use and shared by every gate that needs it. */
interface Lazy<T> {
  get: () => Promise<T>;
  /** The value if it was ever asked for (so cleanup never starts what nobody used). */
  started: () => Promise<T> | undefined;
}

function lazy<T>(compute: () => Promise<T>): Lazy<T> {
  let promise: Promise<T> | undefined;
  return { get: () => (promise ??= compute()), started: () => promise };
}

/** Prints one gate: its line, its report, its problems; `seconds` is when it finished. */
function printResult(number: number, result: GateResult, seconds: number): boolean {
  const passed = result.problems.length === 0;
  const time = seconds.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  console.log(
    `${passed ? "✔" : "✘"} ${number}. ${result.name}: ${result.summary} (xong sau ${time} giây)`,
  );
  for (const line of result.report ?? []) console.log(`    ${line}`);
  const shown = values.all ? result.problems : result.problems.slice(0, maxProblemsShown);
  for (const problem of shown) console.log(`    • ${problem.replaceAll("\n", "\n      ")}`);
  if (shown.length < result.problems.length) {
    console.log(
      `    … và ${result.problems.length - shown.length} lỗi nữa (chạy với --all để xem hết).`,
    );
  }
  return passed;
}

async function main(): Promise<number> {
  const started = performance.now();
  const distDir = path.resolve(repoRoot, values.dist);
  if (
    !existsSync(path.join(distDir, "index.html")) &&
    !existsSync(path.join(distDir, "404.html"))
  ) {
    console.error(
      `Không có bản build trong ${path.relative(repoRoot, distDir) || distDir}/: chạy npm run build trước.`,
    );
    console.log("0 passed, 1 failed");
    return 1;
  }
  const address = await readSiteAddress();
  const site = await loadBuiltSite(distDir, address);
  const tempRoot = await mkdtemp(path.join(os.tmpdir(), "ctr02-check-site-"));

  // Builds run strictly one after another (they share Vite's caches), queued up front so they
  // overlap with the browser checks of dist/.
  let buildChain: Promise<unknown> = Promise.resolve();
  let buildCount = 0;
  const queueBuild = (env: Record<string, string>): Promise<BuildOutcome> => {
    const outDir = path.join(tempRoot, `build-${++buildCount}`, "dist");
    const outcome = buildChain.then(() => buildSite(outDir, env));
    buildChain = outcome;
    return outcome;
  };
  const hasFixture = existsSync(path.join(repoRoot, escapingFixture, "datapackage.json"));
  const basePathBuild = selected.has(6) ? queueBuild({ BASE_PATH: testBasePath }) : undefined;
  const escapingBuild =
    selected.has(8) && hasFixture ? queueBuild({ DATA_DIR: escapingFixture }) : undefined;
  let freshBuild: Promise<BuildOutcome> | undefined = selected.has(9) ? queueBuild({}) : undefined;
  const buildFresh = (): Promise<BuildOutcome> => {
    const next = freshBuild ?? queueBuild({});
    freshBuild = undefined;
    return next;
  };

  const browser = lazy<Browser>(launchChromium);
  const server = lazy<StaticServer>(() => startStaticServer(distDir, site.base));
  const visits = lazy<PageVisit[]>(async () =>
    visitPages(await browser.get(), (await server.get()).rootUrl, site.browserPages, {
      accessibility: selected.has(1),
      focusSample: sampleTemplates(site.browserPages),
    }),
  );

  const gates: Array<[number, () => Promise<GateResult>]> = [
    [1, async () => checkAccessibility(await visits.get(), site)],
    [2, () => checkLinks(site)],
    [3, () => checkHtml(site)],
    [4, async () => checkForeignOrigins(await visits.get(), site)],
    [5, () => checkBudgets(site)],
    [
      6,
      async () =>
        checkBasePath(
          await (basePathBuild ?? queueBuild({ BASE_PATH: testBasePath })),
          site.origin,
          await browser.get(),
        ),
    ],
    [7, async () => checkCsp(site, await visits.get())],
    [
      8,
      async () =>
        escapingBuild
          ? checkEscaping(
              await escapingBuild,
              { origin: site.origin, base: site.base },
              await browser.get(),
            )
          : {
              name: "Thoát ký tự đặc biệt",
              summary: "chưa có bộ dữ liệu mẫu",
              problems: [
                `không có ${escapingFixture}/datapackage.json: tạo bộ dữ liệu mẫu (bản sao data/ có chèn <script>, " và &).`,
              ],
            },
    ],
    [9, () => checkDeterminism(distDir, buildFresh)],
    [10, async () => checkWebServer(site, await browser.get(), path.join(tempRoot, "nginx"))],
    [11, () => checkSiteBasics(site)],
  ];

  // Every gate starts at once and waits only for what it needs (the shared browser pass, its
  // build), so static checks, browser work and builds overlap on both cores. Results are
  // printed in gate order as they become available.
  const running = gates
    .filter(([number]) => selected.has(number))
    .map(([number, run]) => ({
      number,
      result: run().then(
        (result) => ({ result, seconds: (performance.now() - started) / 1000 }),
        (error: unknown) => {
          const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
          const result: GateResult = {
            name: `Cổng ${number}`,
            summary: "lỗi khi chạy",
            problems: [`cổng kiểm tra bị lỗi: ${detail}`],
          };
          return { result, seconds: (performance.now() - started) / 1000 };
        },
      ),
    }));
  let passed = 0;
  let failed = 0;
  try {
    for (const gate of running) {
      const { result, seconds } = await gate.result;
      if (printResult(gate.number, result, seconds)) passed++;
      else failed++;
    }
  } finally {
    await buildChain.catch(() => undefined);
    await (await browser.started()?.catch(() => undefined))?.close();
    await (await server.started()?.catch(() => undefined))?.close();
    if (values["keep-temp"]) console.log(`Giữ thư mục tạm: ${tempRoot}`);
    else await rm(tempRoot, { recursive: true, force: true });
  }
  const seconds = ((performance.now() - started) / 1000).toLocaleString("vi-VN", {
    maximumFractionDigits: 1,
  });
  console.log(`Tổng thời gian: ${seconds} giây.`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
