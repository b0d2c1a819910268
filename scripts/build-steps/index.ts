// Steps that run on the freshly built site before it is swapped into dist/ (search index,
// sitemap…). Each step receives the staging folder and may only write inside it.
import type { Dataset } from "../../src/lib/data/dataset.ts";

/** What every post-build step receives. */
export interface BuildContext {
  /** The staging folder holding the built pages; becomes dist/ when every step succeeds. */
  distDir: string;
  /** The validated dataset the pages were built from. */
  dataset: Dataset;
}

/** Runs the post-build steps in order; the first failure aborts the build. */
export async function runPostBuildSteps(context: BuildContext): Promise<void> {
  void context;
}
