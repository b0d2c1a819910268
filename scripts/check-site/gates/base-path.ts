// Gate 6: the same commit built with BASE_PATH=/ctr-02/ and served under /ctr-02/ works: its
// links resolve under the base (gate 2's check, which rejects links that escape the base),
// loading its pages requests nothing outside the origin and fails nothing (gate 4's check),
// and the smoke test (home page, a download, a search) passes.
import type { Browser } from "playwright-core";
import { startStaticServer } from "../lib/static-server.ts";
import type { GateResult } from "../gate.ts";
import { describeFailedBuild, type BuildOutcome } from "../lib/build.ts";
import { loadBuiltSite } from "../lib/site.ts";
import { runSmokeTest } from "../lib/smoke.ts";
import { formatCount } from "../lib/text.ts";
import { visitPages } from "../lib/visit.ts";
import { checkForeignOrigins } from "./foreign-origins.ts";
import { checkLinks } from "./links.ts";

/** The base path the second build uses. */
export const testBasePath = "/ctr-02/";

/** Gate 6: gates 2 and 4 and the smoke test on a build made with a base path. */
export async function checkBasePath(
  build: BuildOutcome,
  origin: string,
  browser: Browser,
): Promise<GateResult> {
  const name = `Đường dẫn gốc ${testBasePath}`;
  if (!build.ok)
    return {
      name,
      summary: "không build được",
      problems: [describeFailedBuild(`với BASE_PATH=${testBasePath}`, build)],
    };
  const site = await loadBuiltSite(build.outDir, { origin, base: testBasePath });
  const links = await checkLinks(site);
  const server = await startStaticServer(site.distDir, testBasePath);
  try {
    const visits = await visitPages(browser, server.rootUrl, site.browserPages, {
      accessibility: false,
    });
    const foreign = checkForeignOrigins(visits, site);
    const smoke = await runSmokeTest(browser, server.rootUrl, site);
    return {
      name,
      summary: `${formatCount(site.htmlPages.length)} trang build với BASE_PATH=${testBasePath}: ${links.summary}; ${foreign.summary}; thử trang chủ, tải tệp và tìm kiếm`,
      problems: [
        ...links.problems.map((problem) => `[liên kết] ${problem}`),
        ...foreign.problems.map((problem) => `[tải trang] ${problem}`),
        ...smoke.problems.map((problem) => `[thử nhanh] ${problem}`),
      ],
    };
  } finally {
    await server.close();
  }
}
