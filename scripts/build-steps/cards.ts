// Post-build step: the press files of issue 9 — a share card (PNG 1200 × 630) for the overview,
// every appendix target and every indicator, and every indicator chart as an SVG and a PNG to
// download. The SVGs are built by src/lib/cards from the page view models; this step only
// loads the bundled font, rasterises with resvg and writes the files.
//
// Decisions a reader might undo:
// - resvg runs with system fonts off and only the Be Vietnam Pro TTFs from the npm package, so
//   the PNGs are the same bytes on every machine (the determinism gate compares every file) and
//   no font is ever fetched.
// - The step runs after Astro, not as Astro endpoints: resvg is a native module that Vite
//   should not bundle, and the pictures need nothing from the HTML.
// - Each file is written beside its target and renamed into place, like the other steps.
// - The PNGs are drawn in worker threads (cards-worker.ts), each replaced after 32 images, and
//   written as soon as they are drawn: a resvg render keeps ~3.5 MB of native memory that V8
//   does not count, so one long loop in this thread grew past 6 GB at 2,000 indicators (issue 8).
//   The bytes do not depend on which worker drew them or in what order.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { getBasePath, getSiteUrl } from "../../src/site/deployment.ts";
import { requireSiteConfig } from "../../src/site/site-config.ts";
import type { Lang } from "../../src/lib/i18n/languages.ts";
import { nameProgramIn } from "../../src/lib/i18n/program-names.ts";
import { siteNameIn } from "../../src/lib/site/site-config.ts";
import type { Dataset } from "../../src/lib/data/dataset.ts";
import { resolutionOf } from "../../src/lib/resolve/resolve-dataset.ts";
import { DOWNLOAD_PNG_SCALE, renderChartDownload } from "../../src/lib/cards/chart-download.ts";
import {
  buildPressContext,
  describeChartDownload,
  describeIndicatorCard,
  describeOverviewCard,
  describeTargetCard,
  type PressContext,
} from "../../src/lib/cards/content.ts";
import { readFontMetrics } from "../../src/lib/cards/font-metrics.ts";
import { renderIndicatorCard } from "../../src/lib/cards/indicator-card.ts";
import { renderOverviewCard } from "../../src/lib/cards/overview-card.ts";
import {
  CARD_SIZE,
  chartPngPath,
  chartSvgPath,
  indicatorCardPath,
  overviewCardPath,
  targetCardPath,
} from "../../src/lib/cards/paths.ts";
import { renderTargetCard } from "../../src/lib/cards/target-card.ts";
import { createMeasure, type MeasureText } from "../../src/lib/cards/text-layout.ts";
import { buildIndicatorPage } from "../../src/lib/views/indicator-page.ts";
import { buildOverviewPage } from "../../src/lib/views/overview-page.ts";
import { buildTargetPage } from "../../src/lib/views/target-page.ts";
import {
  rasteriseSvg,
  writeFileAtomically,
  type RasterJob,
  type RasterReply,
  type RasteriserSetup,
} from "./cards-worker.ts";

/** The bundled font files, as npm package paths. */
const FONT_PACKAGE_FILES = {
  regular: "@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf",
  bold: "@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf",
} as const;

/** The fonts the pictures are set in: file paths for resvg, a measurer for line breaking. */
interface PressFonts {
  readonly files: readonly string[];
  readonly measure: MeasureText;
}

/** One file the step writes, relative to the output folder. */
interface PressFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** What the step did. */
export interface PressReport {
  readonly cards: number;
  readonly chartDownloads: number;
  readonly bytes: number;
}

/** Returns the bundled fonts, resolved from node_modules. */
export async function loadPressFonts(): Promise<PressFonts> {
  const require = createRequire(import.meta.url);
  const regular = require.resolve(FONT_PACKAGE_FILES.regular);
  const bold = require.resolve(FONT_PACKAGE_FILES.bold);
  const measure = createMeasure({
    regular: readFontMetrics(new Uint8Array(await readFile(regular))),
    bold: readFontMetrics(new Uint8Array(await readFile(bold))),
  });
  return { files: [regular, bold], measure };
}

/** Returns the PNG of `svg`, `width` px wide, drawn with the bundled fonts only. */
function rasterise(svg: string, fonts: PressFonts, width: number): Uint8Array {
  return rasteriseSvg(svg, fonts.files, width);
}

/** Returns the absolute URL of the site's root (SITE_URL + BASE_PATH, as astro.config.mjs). */
export function readSiteRoot(): string {
  return new URL(getBasePath(), getSiteUrl()).href;
}

/** One press file to make: a PNG drawn from `svg` at `width` px, or the SVG itself. */
interface PressItem {
  readonly path: string;
  readonly kind: "card" | "chart-svg" | "chart-png";
  readonly svg: string;
  readonly width: number;
}

/**
 * Yields every press file of the site in `lang`, one at a time, so that a caller can draw and
 * write each before the next SVG is built and nothing accumulates. The English pictures (issue
 * 17) are drawn from the English views, in English words, beside the English pages.
 */
export function* listPressItems(
  dataset: Dataset,
  siteRoot: string,
  siteName: string,
  measure: MeasureText,
  lang: Lang = "vi",
): Generator<PressItem> {
  const context: PressContext = buildPressContext(
    dataset,
    siteRoot,
    siteName,
    lang,
    nameProgramIn(dataset, lang),
  );
  const resolution = resolutionOf(dataset);
  const card = (file: string, svg: string): PressItem => ({
    path: file,
    kind: "card",
    svg,
    width: CARD_SIZE.width,
  });
  yield card(
    overviewCardPath(lang),
    renderOverviewCard(describeOverviewCard(buildOverviewPage(resolution, lang), context), measure),
  );
  for (const target of dataset.targets) {
    const page = buildTargetPage(resolution, target.id, lang);
    yield card(
      targetCardPath(target.id, lang),
      renderTargetCard(describeTargetCard(page, context), measure),
    );
  }
  for (const indicator of dataset.indicators) {
    const page = buildIndicatorPage(
      resolution,
      indicator.id,
      context.siteRoot,
      context.siteName,
      lang,
    );
    yield card(
      indicatorCardPath(indicator.id, lang),
      renderIndicatorCard(describeIndicatorCard(page, context), measure),
    );
    const download = describeChartDownload(page, context);
    if (!download) continue;
    const chart = renderChartDownload(download, measure);
    yield {
      path: chartSvgPath(indicator.id, lang),
      kind: "chart-svg",
      svg: chart.svg,
      width: chart.width,
    };
    yield {
      path: chartPngPath(indicator.id, lang),
      kind: "chart-png",
      svg: chart.svg,
      width: chart.width * DOWNLOAD_PNG_SCALE,
    };
  }
}

/** Returns every press file of the site in memory, drawn in this thread (for small sites and tests). */
export function buildPressFiles(
  dataset: Dataset,
  siteRoot: string,
  siteName: string,
  fonts: PressFonts,
): PressFile[] {
  return [...listPressItems(dataset, siteRoot, siteName, fonts.measure)].map((item) => ({
    path: item.path,
    bytes:
      item.kind === "chart-svg"
        ? new TextEncoder().encode(item.svg)
        : rasterise(item.svg, fonts, item.width),
  }));
}

/** How the step spreads its drawing over worker threads. */
interface PressPoolOptions {
  /** Worker threads drawing at once; defaults to the cores available, at most 4. */
  readonly workers?: number;
  /** Images a worker draws before it is replaced, which frees resvg's native memory. */
  readonly imagesPerWorker?: number;
}

// A worker holds ~6 MB per image drawn until it ends, and starting one costs ~40 ms of CPU:
// 32 images keep two workers under ~0.5 GB at a cost of ~1 s per 1,000 images (measured at N=200).
const DEFAULT_IMAGES_PER_WORKER = 32;

/** A worker thread drawing one image at a time. */
interface Rasteriser {
  render(job: Omit<RasterJob, "id">): Promise<number>;
  close(): Promise<void>;
}

function startRasteriser(fontFiles: readonly string[]): Rasteriser {
  const setup: RasteriserSetup = { role: "press-rasteriser", fontFiles };
  const worker = new Worker(new URL("./cards-worker.ts", import.meta.url), { workerData: setup });
  const pending = new Map<
    number,
    { resolve: (bytes: number) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  const failAll = (error: Error): void => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on("message", (reply: RasterReply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if ("error" in reply) waiter?.reject(new Error(`press rasteriser: ${reply.error}`));
    else waiter?.resolve(reply.bytes);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`press rasteriser exited with code ${code}`)));
  return {
    render(job) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ ...job, id } satisfies RasterJob);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/**
 * Draws and writes every item under `outDir` with `workers` worker threads. Each lane owns one
 * worker and builds its next SVG while the worker draws the current one; a worker is replaced
 * after `imagesPerWorker` images. Files are written as soon as they are drawn.
 */
async function writePressItems(
  outDir: string,
  items: Iterator<PressItem>,
  fontFiles: readonly string[],
  options: PressPoolOptions,
): Promise<PressReport> {
  const workers = Math.max(1, options.workers ?? Math.min(availableParallelism(), 4));
  const limit = Math.max(1, options.imagesPerWorker ?? DEFAULT_IMAGES_PER_WORKER);
  const tally = { cards: 0, chartDownloads: 0, bytes: 0 };
  let failed = false;
  const count = (item: PressItem, bytes: number): void => {
    tally.bytes += bytes;
    if (item.kind === "card") tally.cards += 1;
    if (item.kind === "chart-svg") tally.chartDownloads += 1;
  };
  const lane = async (): Promise<void> => {
    let rasteriser: Rasteriser | undefined;
    let drawn = 0;
    try {
      let next = failed ? undefined : items.next();
      while (next && !next.done && !failed) {
        const item = next.value;
        const file = path.join(outDir, ...item.path.split("/"));
        if (item.kind === "chart-svg") {
          const bytes = new TextEncoder().encode(item.svg);
          writeFileAtomically(file, bytes);
          count(item, bytes.length);
          next = items.next();
          continue;
        }
        if (rasteriser && drawn >= limit) {
          await rasteriser.close();
          rasteriser = undefined;
        }
        if (!rasteriser) {
          rasteriser = startRasteriser(fontFiles);
          drawn = 0;
        }
        const rendered = rasteriser.render({ svg: item.svg, width: item.width, file });
        drawn += 1;
        // Build the next SVG while the worker draws this one; a failure there must not leave
        // the render's rejection unhandled.
        rendered.catch(() => undefined);
        next = items.next();
        count(item, await rendered);
      }
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      await rasteriser?.close();
    }
  };
  await Promise.all(Array.from({ length: workers }, lane));
  return tally;
}

/** Builds and writes every press file into `distDir`; `siteRoot` defaults to astro.config.mjs's. */
export async function buildPress(
  distDir: string,
  dataset: Dataset,
  siteRoot?: string,
  options: PressPoolOptions = {},
): Promise<PressReport> {
  const root = siteRoot ?? readSiteRoot();
  const fonts = await loadPressFonts();
  // The site's name, like its address, is the project's (site.config.json); one set of
  // pictures for each language it publishes.
  const config = requireSiteConfig();
  function* everyLanguage(): Generator<PressItem> {
    for (const lang of config.languages) {
      yield* listPressItems(dataset, root, siteNameIn(config, lang), fonts.measure, lang);
    }
  }
  return writePressItems(distDir, everyLanguage(), fonts.files, options);
}
