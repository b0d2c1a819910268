/** Thrown when a download cannot be built from its inputs (unknown id, missing file, limit). */
export class DownloadError extends Error {
  override name = "DownloadError";
}
