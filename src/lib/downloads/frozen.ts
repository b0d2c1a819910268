// Published releases are immutable (architecture.md § Data contract): once a release is frozen, the
// files of /du-lieu/phien-ban/<id>/ are the bytes kept in data/releases/<id>/, served verbatim,
// never re-derived from today's data (whose columns and rows move on). Only a release that is not
// frozen yet is derived (snapshot.ts); `npm run release:freeze` freezes it once published.
//
// A frozen folder holds exactly what its release page links: the CSVs its own datapackage.json
// lists, that datapackage.json, and the zip named after the release. Anything else, or anything
// missing, is refused: a stray or lost file would silently change what the release serves.

import { DownloadError } from "./errors.ts";

/** The files of one frozen release folder, by file name (e.g. "targets.csv"). */
export type FrozenRelease = ReadonlyMap<string, Uint8Array>;

/** The parts of a frozen release, in the order its release page lists them. */
interface FrozenParts {
  /** The CSVs, in the order of the frozen datapackage.json's resources. */
  readonly csv: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** The frozen datapackage.json. */
  readonly datapackage: Uint8Array;
  /** The frozen zip. */
  readonly zip: Uint8Array;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Returns the parts of the frozen release `releaseId`; throws when its folder is incomplete or has extra files. */
export function readFrozenRelease(
  releaseId: string,
  files: FrozenRelease,
  zipFileName: string,
): FrozenParts {
  const where = `releases/${releaseId}/`;
  const take = (name: string): Uint8Array => {
    const bytes = files.get(name);
    if (bytes === undefined) {
      throw new DownloadError(
        `${where}${name}: missing from the frozen release (files: ${[...files.keys()].sort().join(", ")}). Restore it from the commit that published ${releaseId}.`,
      );
    }
    return bytes;
  };
  const datapackage = take("datapackage.json");
  let descriptor: { version?: unknown; resources?: { path?: unknown }[] };
  try {
    descriptor = JSON.parse(decoder.decode(datapackage)) as typeof descriptor;
  } catch {
    throw new DownloadError(`${where}datapackage.json: expected JSON, got unreadable bytes`);
  }
  if (descriptor.version !== releaseId) {
    throw new DownloadError(
      `${where}datapackage.json: version: expected "${releaseId}", got ${JSON.stringify(descriptor.version)}`,
    );
  }
  const names = (descriptor.resources ?? []).map((resource) => String(resource.path));
  const csv = names.map((name) => ({ name, bytes: take(name) }));
  const zip = take(zipFileName);
  const known = new Set([...names, "datapackage.json", zipFileName]);
  const extra = [...files.keys()].filter((name) => !known.has(name)).sort();
  if (extra.length > 0) {
    throw new DownloadError(
      `${where}: unexpected ${extra.join(", ")} (a frozen release holds its datapackage.json, the CSVs it lists and ${zipFileName}). Remove the extra files.`,
    );
  }
  return { csv, datapackage, zip };
}

/** Returns the files to keep for a release snapshot, by file name (its folder prefix removed). */
export function filesToFreeze(snapshot: {
  readonly csv: readonly { readonly path: string; readonly bytes: Uint8Array }[];
  readonly datapackage: { readonly path: string; readonly bytes: Uint8Array };
  readonly zip: { readonly path: string; readonly bytes: Uint8Array };
}): Map<string, Uint8Array> {
  const files = [...snapshot.csv, snapshot.datapackage, snapshot.zip];
  return new Map(
    files.map((file): [string, Uint8Array] => [
      file.path.slice(file.path.lastIndexOf("/") + 1),
      file.bytes,
    ]),
  );
}
