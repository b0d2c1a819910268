/**
 * The edge between the data folder's bytes and the open data downloads: read datapackage.json
 * and every resource file as bytes (never as text, so nothing re-encodes them), then let
 * src/lib/downloads build the whole du-lieu/ file set. Cached on globalThis per folder, like
 * load-dataset.ts, because Astro bundles each page and endpoint with its own module copy.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "../lib/data/csv.ts";
import { descriptorSchema, type Descriptor } from "../lib/data/descriptor-schema.ts";
import type { PackageDescriptor } from "../lib/downloads/datapackage.ts";
import type { FrozenRelease } from "../lib/downloads/frozen.ts";
import { buildOpenDataFiles, type OpenDataFiles } from "../lib/downloads/open-data-files.ts";
import { buildScorecard, summariseIndicatorFiles } from "../lib/views/scorecard.ts";
import { getDataDir, requireResolution } from "./load-dataset.ts";

/** The parsed data/datapackage.json, as served before bytes and hashes are added. */
interface OpenDataSource {
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

/** Returns the folder of the frozen releases of a data folder: `<dir>/releases/`, one sub-folder per release id. */
export function frozenReleasesDir(dir: string): string {
  return path.join(dir, "releases");
}

/** Returns the bytes of every frozen release of `dir` (none when `<dir>/releases/` is absent), by release id. */
function readFrozenReleases(dir: string): Map<string, FrozenRelease> {
  const root = frozenReleasesDir(dir);
  if (!existsSync(root)) return new Map();
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return new Map(
    folders.map((id): [string, FrozenRelease] => {
      const folder = path.join(root, id);
      const names = readdirSync(folder).sort();
      return [
        id,
        new Map(names.map((name) => [name, new Uint8Array(readFileSync(path.join(folder, name)))])),
      ];
    }),
  );
}

/** A frozen release and the commit whose build published its files. */
interface PublishedRelease {
  /** Release id, e.g. "1.0.0". */
  readonly releaseId: string;
  /** Full hash of the commit that published it: building that commit gives the frozen bytes. */
  readonly commit: string;
}

/** Returns `<dir>/releases/published.csv`, one row per frozen release (none when absent). */
export function readPublishedReleases(dir: string): PublishedRelease[] {
  const file = path.join(frozenReleasesDir(dir), PUBLISHED_FILE);
  if (!existsSync(file)) return [];
  const parsed = parseCsv(readFileSync(file, "utf8"));
  const header = parsed.header?.cells.join(",");
  if (header !== "release_id,commit" || parsed.issues.length > 0) {
    throw new Error(`${file}:1: expected the header "release_id,commit" and plain rows`);
  }
  return parsed.records.map((record) => {
    const [releaseId = "", commit = ""] = record.cells;
    if (!/^[0-9a-f]{40}$/.test(commit)) {
      throw new Error(
        `${file}:${record.line}: commit: expected a full commit hash (40 hex digits), got "${commit}"`,
      );
    }
    return { releaseId, commit };
  });
}

/** File name of the list of frozen releases and their publishing commits, in frozenReleasesDir. */
export const PUBLISHED_FILE = "published.csv";

const CACHE_KEY = Symbol.for("ctr-02.open-data.cache");

/** Forgets every built file set, so the next requireOpenData reads the files again (dev reload). */
export function forgetOpenData(): void {
  (globalThis as { [CACHE_KEY]?: Map<string, OpenDataFiles> })[CACHE_KEY]?.clear();
}

/** Returns every file under du-lieu/ for the data folder (default: getDataDir()); the data must validate. */
export function requireOpenData(dir: string = getDataDir()): OpenDataFiles {
  const holder = globalThis as { [CACHE_KEY]?: Map<string, OpenDataFiles> };
  const cache = (holder[CACHE_KEY] ??= new Map());
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  // Validation first: a folder with problems throws here, with every problem listed.
  const resolution = requireResolution(dir);
  const { dataset } = resolution;
  const { descriptor, files } = readOpenDataSource(dir);
  const frozen = readFrozenReleases(dir);
  const built = buildOpenDataFiles({
    descriptor,
    files,
    tables: { ...dataset, summaries: summariseIndicatorFiles(resolution) },
    frozen,
    scorecard: buildScorecard(resolution),
  });
  cache.set(key, built);
  return built;
}

/** Returns the published datapackage.json (derived scorecard included) typed for documentation. */
export function requirePublishedDescriptor(dir: string = getDataDir()): Descriptor {
  const published = requireOpenData(dir).datapackage.bytes;
  return descriptorSchema.parse(JSON.parse(new TextDecoder().decode(published)));
}
