// The edge between site.config.json on disk and everything that names the site (pages, feeds,
// citations, Astro's `site`). Read once per process; a bad file stops the build with every
// problem listed (src/lib/site/site-config.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseSiteConfig, SiteConfigError, type SiteConfig } from "../lib/site/site-config.ts";
import { projectPath } from "./project.ts";

/** Returns the path of the configuration: env SITE_CONFIG, else site.config.json in the project folder. */
function getSiteConfigPath(): string {
  return process.env["SITE_CONFIG"] ?? projectPath("site.config.json");
}

const cacheKey = Symbol.for("ctr02.siteConfig");

/** Returns the validated site configuration; throws SiteConfigError naming every problem. */
export function requireSiteConfig(): SiteConfig {
  const store = globalThis as unknown as Record<symbol, SiteConfig | undefined>;
  const cached = store[cacheKey];
  if (cached) return cached;
  const file = getSiteConfigPath();
  let source: string;
  try {
    source = readFileSync(path.resolve(file), "utf8");
  } catch {
    throw new SiteConfigError([
      `${file}: (file): expected the site configuration, got no readable file. Create it from the example in README.md.`,
    ]);
  }
  const config = parseSiteConfig(source, file);
  store[cacheKey] = config;
  return config;
}
