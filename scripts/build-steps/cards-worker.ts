// The rasteriser of the press step (cards.ts), and the worker thread that runs it.
//
// Why a worker: each resvg render holds a few MB of native memory that is only released when
// its JS object is garbage-collected, and V8 does not see that memory, so a long synchronous
// loop never collects it (3 GB at 200 indicators). The step renders in a few of these workers
// and replaces each one after a fixed number of images: ending a worker frees all its memory.
// The worker also writes the PNG itself, so no image is copied back or kept in the main thread.
//
// Keep this module small: every new worker loads it.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import { encodeOpaquePng } from "../../src/lib/cards/png.ts";

/** The family name inside the bundled font files. */
const FONT_FAMILY_NAME = "Be Vietnam Pro";

/** What the step sends to a worker when it starts it. */
export interface RasteriserSetup {
  readonly role: "press-rasteriser";
  readonly fontFiles: readonly string[];
}

/** One image to draw and write: `file` is an absolute path. */
export interface RasterJob {
  readonly id: number;
  readonly svg: string;
  readonly width: number;
  readonly file: string;
}

/** The worker's answer: the PNG's size in bytes, or why it failed. */
export type RasterReply =
  { readonly id: number; readonly bytes: number } | { readonly id: number; readonly error: string };

/** Returns the PNG of `svg`, `width` px wide, drawn with `fontFiles` only (no system fonts). */
export function rasteriseSvg(svg: string, fontFiles: readonly string[], width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: {
      fontFiles: [...fontFiles],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY_NAME,
    },
  });
  const image = resvg.render();
  // Our writer (faster, smaller files) where the picture is opaque, as every card and chart
  // is; resvg's own for anything with transparency (its pixels are premultiplied).
  return encodeOpaquePng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
}

/** Writes `bytes` to `file` through a temporary file renamed into place. */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
}

function isSetup(data: unknown): data is RasteriserSetup {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { role?: unknown }).role === "press-rasteriser"
  );
}

// Only act as a worker when started by the press step (vitest may import this in a thread too).
const port = parentPort;
const setup: unknown = workerData;
if (port && isSetup(setup)) {
  port.on("message", (job: RasterJob) => {
    let reply: RasterReply;
    try {
      const png = rasteriseSvg(job.svg, setup.fontFiles, job.width);
      writeFileAtomically(job.file, png);
      reply = { id: job.id, bytes: png.length };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
