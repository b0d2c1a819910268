// The production build: validate data/ → Astro pages → post-build steps → swap into dist/.
// Everything is written to a temporary sibling folder and renamed into place only when every
// step has succeeded, so a failed build (bad data, a broken page) leaves the previous dist/
// exactly as it was. User mistakes print their messages, never a stack trace.
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "astro";
import { loadDataset } from "../src/site/load-dataset.ts";
import { runPostBuildSteps } from "./build-steps/index.ts";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.resolve(root, process.env.OUT_DIR ?? "dist");
const stagingDir = `${outDir}.partial`;
const previousDir = `${outDir}.previous`;

/** Replaces `outDir` by `stagingDir` with two renames, so readers never see a half-built site. */
async function swapIntoPlace(): Promise<void> {
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previousDir);
  await rename(stagingDir, outDir);
  await rm(previousDir, { recursive: true, force: true });
}

async function main(): Promise<number> {
  const started = performance.now();
  const dataDir = process.env.DATA_DIR ?? "data";
  const dataset = loadDataset(dataDir);
  if (!dataset.ok) {
    for (const line of dataset.problems) console.error(line);
    console.error(
      `\nDừng build: ${dataset.problems.length} lỗi trong ${dataDir}/. ` +
        `Thư mục ${path.relative(root, outDir)}/ cũ được giữ nguyên.`,
    );
    return 1;
  }

  await rm(stagingDir, { recursive: true, force: true });
  try {
    await build({ root, outDir: stagingDir, logLevel: "warn" });
    await runPostBuildSteps({ distDir: stagingDir, dataset: dataset.value });
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
  await swapIntoPlace();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Đã build xong vào ${path.relative(root, outDir)}/ trong ${seconds} giây.`);
  return 0;
}

process.exitCode = await main();
