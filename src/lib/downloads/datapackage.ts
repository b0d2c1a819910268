// The datapackage.json that the site serves: the descriptor from data/ with, for every
// resource, the size and SHA-256 of the file actually served, so anyone can verify a download.
// Form per Data Package v2 (Data Resource, `bytes` and `hash`): `hash` is hex prefixed with the
// algorithm in lower case, "sha256:<64 hex digits>" (an unprefixed hash would mean MD5).
//
// Hashing uses node:crypto's synchronous createHash. That is a computation, not I/O, so the
// module stays pure in the sense of src/lib (no fs, no network), and it keeps the builders
// synchronous for Astro endpoints; Web Crypto's `crypto.subtle` would force `async` on every
// caller for no gain at build time.

import { createHash } from "node:crypto";
import { CSV_DIALECT } from "../data/csv.ts";
import { DownloadError } from "./errors.ts";

/** A resource of datapackage.json; only `path` is read, every other property is kept as is. */
export interface ResourceDescriptor {
  /** File path relative to datapackage.json (a single file; inline `data` resources have none). */
  readonly path?: unknown;
  /** Any other property (name, schema, …). */
  readonly [property: string]: unknown;
}

/** A Data Package descriptor; only `resources` is read, every other property is kept as is. */
export interface PackageDescriptor {
  /** The resources, in file order. */
  readonly resources: readonly ResourceDescriptor[];
  /** Any other property (name, version, licenses, …). */
  readonly [property: string]: unknown;
}

/** Returns "sha256:" followed by the lower-case hex SHA-256 of `bytes` (the Data Package `hash` form). */
export function sha256Hash(bytes: Uint8Array): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** Returns a copy of `descriptor` whose file resources carry `bytes` and `hash` of `files[path]` and, for CSV, the dialect; throws listing every missing file. */
export function publishedDescriptor<D extends PackageDescriptor>(
  descriptor: D,
  files: ReadonlyMap<string, Uint8Array>,
): D {
  const missing: string[] = [];
  const resources = descriptor.resources.map((resource) => {
    if (resource.path === undefined) return { ...resource };
    if (typeof resource.path !== "string") {
      throw new DownloadError(
        `resource "${String(resource["name"])}": path: expected one file name, got ${JSON.stringify(resource.path)}`,
      );
    }
    const bytes = files.get(resource.path);
    if (bytes === undefined) {
      missing.push(resource.path);
      return { ...resource };
    }
    const csv = resource.path.toLowerCase().endsWith(".csv");
    return withFileFacts(resource, bytes.byteLength, sha256Hash(bytes), csv);
  });
  if (missing.length > 0) {
    throw new DownloadError(
      `no served file for resource path ${missing.map((path) => `"${path}"`).join(", ")} (files: ${[...files.keys()].join(", ") || "none"})`,
    );
  }
  // structuredClone keeps the caller's descriptor untouched when a page mutates the copy.
  return structuredClone({ ...descriptor, resources });
}

/** Returns the descriptor as datapackage.json text: two-space indent and a final LF, like data/. */
export function serializeDescriptor(descriptor: PackageDescriptor): string {
  return JSON.stringify(descriptor, null, 2) + "\n";
}

// Puts `bytes`, `hash` and (for CSV) `dialect` right after `path`, dropping stale values
// wherever they stood, so the key order of the served descriptor is the same whatever the
// source descriptor held.
function withFileFacts(
  resource: ResourceDescriptor,
  size: number,
  hash: string,
  csv: boolean,
): ResourceDescriptor {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key === "bytes" || key === "hash" || (csv && key === "dialect")) continue;
    out[key] = value;
    if (key === "path") {
      out["bytes"] = size;
      out["hash"] = hash;
      if (csv) out["dialect"] = { ...CSV_DIALECT };
    }
  }
  return out;
}
