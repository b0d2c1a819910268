/**
 * The edge between the data folder's bytes and the open data downloads: read datapackage.json
 * and every resource file as bytes (never as text, so nothing re-encodes them), then let
 * src/lib/downloads build the whole du-lieu/ file set. Cached on globalThis per folder, like
 * load-dataset.ts, because Astro bundles each page and endpoint with its own module copy.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { descriptorSchema, type Descriptor } from "../lib/data/descriptor-schema.ts";
import type { PackageDescriptor } from "../lib/downloads/datapackage.ts";
import { buildOpenDataFiles, type OpenDataFiles } from "../lib/downloads/open-data-files.ts";
import { buildScorecard, summariseIndicatorFiles } from "../lib/views/scorecard.ts";
import { getDataDir, requireDataset } from "./load-dataset.ts";

/** The parsed data/datapackage.json, as served before bytes and hashes are added. */
export interface OpenDataSource {
  /** The descriptor of the data folder. */
  readonly descriptor: PackageDescriptor;
  /** Bytes of every resource file, by its path in the descriptor. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** Returns datapackage.json and the bytes of each resource file of `dir`. */
export function readOpenDataSource(dir: string): OpenDataSource {
  const descriptor = JSON.parse(
    readFileSync(path.join(dir, "datapackage.json"), "utf8"),
  ) as PackageDescriptor;
  const files = new Map(
    descriptor.resources.map((resource): [string, Uint8Array] => {
      const file = String(resource.path);
      return [file, new Uint8Array(readFileSync(path.join(dir, file)))];
    }),
  );
  return { descriptor, files };
}

const CACHE_KEY = Symbol.for("ctr-02.open-data.cache");

/** Returns every file under du-lieu/ for the data folder (default: getDataDir()); the data must validate. */
export function requireOpenData(dir: string = getDataDir()): OpenDataFiles {
  const holder = globalThis as { [CACHE_KEY]?: Map<string, OpenDataFiles> };
  const cache = (holder[CACHE_KEY] ??= new Map());
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  // Validation first: a folder with problems throws here, with every problem listed.
  const dataset = requireDataset(dir);
  const { descriptor, files } = readOpenDataSource(dir);
  const built = buildOpenDataFiles({
    descriptor,
    files,
    tables: { ...dataset, summaries: summariseIndicatorFiles(dataset) },
    scorecard: buildScorecard(dataset),
  });
  cache.set(key, built);
  return built;
}

/** Returns the data folder's datapackage.json typed for documentation (the data must validate). */
export function requireDescriptor(dir: string = getDataDir()): Descriptor {
  requireDataset(dir);
  return descriptorSchema.parse(
    JSON.parse(readFileSync(path.join(dir, "datapackage.json"), "utf8")),
  );
}

/** Returns the published datapackage.json (derived scorecard included) typed for documentation. */
export function requirePublishedDescriptor(dir: string = getDataDir()): Descriptor {
  const published = requireOpenData(dir).datapackage.bytes;
  return descriptorSchema.parse(JSON.parse(new TextDecoder().decode(published)));
}
