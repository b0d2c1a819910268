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
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { getBasePath, getSiteUrl } from "../../src/site/deployment.ts";
import { Resvg } from "@resvg/resvg-js";
import type { Dataset } from "../../src/lib/data/dataset.ts";
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
  OVERVIEW_CARD_PATH,
  chartPngPath,
  chartSvgPath,
  indicatorCardPath,
  targetCardPath,
} from "../../src/lib/cards/paths.ts";
import { renderTargetCard } from "../../src/lib/cards/target-card.ts";
import { createMeasure, type MeasureText } from "../../src/lib/cards/text-layout.ts";
import { buildIndicatorPage } from "../../src/lib/views/indicator-page.ts";
import { buildOverviewPage } from "../../src/lib/views/overview-page.ts";
import { buildTargetPage } from "../../src/lib/views/target-page.ts";

/** The bundled font files, as npm package paths. */
export const FONT_PACKAGE_FILES = {
  regular: "@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf",
  bold: "@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf",
} as const;

/** The family name inside those files. */
export const FONT_FAMILY_NAME = "Be Vietnam Pro";

/** The fonts the pictures are set in: file paths for resvg, a measurer for line breaking. */
export interface PressFonts {
  readonly files: readonly string[];
  readonly measure: MeasureText;
}

/** One file the step writes, relative to the output folder. */
export interface PressFile {
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
export function rasterise(svg: string, fonts: PressFonts, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: {
      fontFiles: [...fonts.files],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY_NAME,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** Returns the absolute URL of the site's root (SITE_URL + BASE_PATH, as astro.config.mjs). */
export function readSiteRoot(): string {
  return new URL(getBasePath(), getSiteUrl()).href;
}

/** Returns every press file of the site: share cards and chart downloads. */
export function buildPressFiles(
  dataset: Dataset,
  siteRoot: string,
  fonts: PressFonts,
): PressFile[] {
  const context: PressContext = buildPressContext(dataset, siteRoot);
  const files: PressFile[] = [];
  const card = (file: string, svg: string): void => {
    files.push({ path: file, bytes: rasterise(svg, fonts, CARD_SIZE.width) });
  };
  card(
    OVERVIEW_CARD_PATH,
    renderOverviewCard(describeOverviewCard(buildOverviewPage(dataset), context), fonts.measure),
  );
  for (const target of dataset.targets) {
    const page = buildTargetPage(dataset, target.id);
    card(
      targetCardPath(target.id),
      renderTargetCard(describeTargetCard(page, context), fonts.measure),
    );
  }
  for (const indicator of dataset.indicators) {
    const page = buildIndicatorPage(dataset, indicator.id, context.siteRoot);
    card(
      indicatorCardPath(indicator.id),
      renderIndicatorCard(describeIndicatorCard(page, context), fonts.measure),
    );
    const download = describeChartDownload(page, context);
    if (!download) continue;
    const chart = renderChartDownload(download, fonts.measure);
    files.push({ path: chartSvgPath(indicator.id), bytes: new TextEncoder().encode(chart.svg) });
    files.push({
      path: chartPngPath(indicator.id),
      bytes: rasterise(chart.svg, fonts, chart.width * DOWNLOAD_PNG_SCALE),
    });
  }
  return files;
}

/** Writes `files` under `outDir`, each through a temporary file renamed into place. */
export async function writePressFiles(outDir: string, files: readonly PressFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(outDir, ...file.path.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(`${target}.tmp`, file.bytes);
    await rename(`${target}.tmp`, target);
  }
}

/** Builds and writes every press file into `distDir`; `siteRoot` defaults to astro.config.mjs's. */
export async function buildPress(
  distDir: string,
  dataset: Dataset,
  siteRoot?: string,
): Promise<PressReport> {
  const root = siteRoot ?? readSiteRoot();
  const files = buildPressFiles(dataset, root, await loadPressFonts());
  await writePressFiles(distDir, files);
  return {
    cards: files.filter((file) => file.path.endsWith("the-chia-se.png")).length,
    chartDownloads: files.filter((file) => file.path.endsWith("bieu-do.svg")).length,
    bytes: files.reduce((sum, file) => sum + file.bytes.length, 0),
  };
}
