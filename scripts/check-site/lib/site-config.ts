// The site's public address comes from astro.config.mjs (which reads SITE_URL and BASE_PATH),
// so the gates check links and canonical URLs against exactly what the build used.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { normalizeBase, type SiteAddress } from "./site.ts";

/** The repository root. */
export const repoRoot = path.resolve(import.meta.dirname, "../../..");

/** Returns the origin and base path that astro.config.mjs gives for the current environment. */
export async function readSiteAddress(): Promise<SiteAddress> {
  const configUrl = pathToFileURL(path.join(repoRoot, "astro.config.mjs")).href;
  const config = ((await import(configUrl)) as { default: { site?: string; base?: string } })
    .default;
  return {
    origin: new URL(config.site ?? "http://localhost").origin,
    base: normalizeBase(config.base ?? "/"),
  };
}
