// Steps that run on the freshly built site before it is swapped into dist/ (search index,
// sitemap…). Each step receives the staging folder and may only write inside it.
import type { Dataset } from "../../src/lib/data/dataset.ts";
import { getBasePath, getSiteUrl } from "../../src/site/deployment.ts";
import { createStopwatch, type Laps } from "../build-timings.ts";
import { requireSiteConfig } from "../../src/site/site-config.ts";
import { buildPress } from "./cards.ts";
import { removeUnpublishedLanguages } from "./languages.ts";
import { buildSearchIndex } from "./search-index.ts";
import { writeSitemap } from "./sitemap.ts";

/** What every post-build step receives. */
interface BuildContext {
  /** The staging folder holding the built pages; becomes dist/ when every step succeeds. */
  distDir: string;
  /** The validated dataset the pages were built from. */
  dataset: Dataset;
  /** Set under BUILD_TIMINGS=1: runTimedStep records each step's wall and CPU seconds here. */
  laps?: Laps;
}

/**
 * Runs one post-build step, recording its wall time under `name` when timings are wanted.
 * Wrap every step in it so the benchmark (tests/bench/) can report each one: names containing
 * "search" count as the search-index stage, names containing "download" as the downloads stage.
 */
async function runTimedStep<T>(
  context: BuildContext,
  name: string,
  step: () => Promise<T>,
): Promise<T> {
  const stopwatch = createStopwatch("step.");
  try {
    return await step();
  } finally {
    if (context.laps) {
      stopwatch.lap(name);
      context.laps.wall[name] = stopwatch.wall[name] ?? 0;
      context.laps.cpu[name] = stopwatch.cpu[name] ?? 0;
    }
  }
}

/** Runs the post-build steps in order; the first failure aborts the build. */
export async function runPostBuildSteps(context: BuildContext): Promise<void> {
  // Only the languages site.config.json lists are published (before the sitemap and the index).
  await runTimedStep(context, "languages", () =>
    removeUnpublishedLanguages(context.distDir, requireSiteConfig().languages),
  );
  // sitemap.xml from the HTML files actually built (noindex pages left out).
  await runTimedStep(context, "sitemap", () =>
    writeSitemap(context.distDir, getSiteUrl(), getBasePath()),
  );
  // The Pagefind index of the built pages (issue 6). Before the share cards: the indexer is a
  // process of its own holding about 1 GB at 2,000 indicators, and this process is smallest
  // before it has drawn thousands of pictures (issue 8: the build's processes stay under 2 GB).
  await runTimedStep(context, "search", () => buildSearchIndex(context.distDir));
  // Share cards and chart downloads (issue 9): PNG/SVG files beside the pages, not indexed.
  await runTimedStep(context, "cards", () => buildPress(context.distDir, context.dataset));
}
