// Astro's part of the production build: every page into the staging folder given as the only
// argument. scripts/build.ts runs it in a process of its own (child_process.fork) so that what
// Astro, Vite and the bundler hold (about 1.3 GB at 2,000 indicators, much of it native memory
// that stays with the process) is given back before the post-build steps start, and the build's
// processes together stay under 2 GB (issue 8). It reports its times to the parent over the
// fork's channel; a failure is printed without a stack trace (build-errors.ts) and ends this
// process with code 1.
import path from "node:path";
import { build, type AstroIntegration } from "astro";
import { describeBuildError } from "./build-errors.ts";
import { cpuSeconds, createStopwatch, timingsWanted, type Laps } from "./build-timings.ts";

// The project's builds send nothing anywhere: Astro's telemetry is off for every build, whoever
// starts it (npm run build, the tests, the benchmark, check:site), before Astro reads its settings.
process.env["ASTRO_TELEMETRY_DISABLED"] = "1";

/** What this process sends to scripts/build.ts when the pages are built. */
export interface PagesReport {
  /** Astro's build split at its hooks (config, content, bundleAndRender, finish). */
  readonly laps: Laps;
  /** CPU seconds of this whole process, every thread included. */
  readonly cpu: number;
}

/** Returns an integration that splits Astro's build at its hooks. */
function createTimingIntegration(lap: (name: string) => void): AstroIntegration {
  return {
    name: "build-timings",
    hooks: {
      "astro:config:done": () => lap("config"),
      // Between config:done and build:start Astro syncs the content collections.
      "astro:build:start": () => lap("content"),
      // Vite bundling and page rendering together; for a static site Astro has no hook between
      // them (ASTRO_TIMER_PATH makes Astro write its own split: "Prerender build", "Static generate").
      "astro:build:generated": () => lap("bundleAndRender"),
      "astro:build:done": () => lap("finish"),
    },
  };
}

const [outDir] = process.argv.slice(2);
if (!outDir || !process.send) {
  console.error("scripts/build-pages.ts chạy bên trong scripts/build.ts: dùng npm run build.");
  process.exit(2);
}
// Stop when the build that started this process is gone: nobody is left to use the pages.
const orphaned = (): never => process.exit(1);
process.once("disconnect", orphaned);
const stopwatch = createStopwatch("pages.");
try {
  // At info level Astro prints each route's render time ("├─ /chi-tieu/x/index.html (+5ms)"),
  // which the benchmark sums by kind of page.
  await build({
    root: path.resolve(import.meta.dirname, ".."),
    outDir,
    logLevel: timingsWanted ? "info" : "warn",
    integrations: timingsWanted ? [createTimingIntegration(stopwatch.lap)] : [],
  });
} catch (error) {
  console.error(`\n${describeBuildError(error)}`);
  console.error("(Nếu lỗi nằm trong mã nguồn src/, chạy npx astro build để xem vết ngăn xếp.)");
  process.exit(1);
}
const report: PagesReport = {
  laps: { wall: stopwatch.wall, cpu: stopwatch.cpu },
  cpu: cpuSeconds(),
};
process.off("disconnect", orphaned);
process.send(report, () => process.disconnect());
