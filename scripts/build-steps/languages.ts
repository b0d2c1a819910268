// Post-build step, the first: the pages of a language the site does not publish are removed.
// Astro builds every language's page files (an English page is a thin wrapper under
// src/pages/en/, and a static page cannot opt out of the build), so a site whose
// site.config.json lists only ["vi"] would otherwise publish unlinked English pages, index them
// and list them in its sitemap. Removing them before the sitemap and the search index leaves a
// Vietnamese-only site, as README.md promises; the press step draws pictures only for the
// languages listed, too.
import { rm } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_LANG, LANGS, type Lang } from "../../src/lib/i18n/languages.ts";
import { pathOf } from "../../src/lib/i18n/routes.ts";

/** Removes from `distDir` the folder of every language not in `published`; returns their prefixes. */
export async function removeUnpublishedLanguages(
  distDir: string,
  published: readonly Lang[],
): Promise<string[]> {
  const removed: string[] = [];
  for (const lang of LANGS) {
    if (lang === DEFAULT_LANG || published.includes(lang)) continue;
    // A language's home is its folder ("en/"); the default language has none.
    const prefix = pathOf(lang, { kind: "home" });
    if (prefix === "") throw new Error(`the "${lang}" pages have no folder of their own`);
    await rm(path.join(distDir, prefix), { recursive: true, force: true });
    removed.push(prefix);
  }
  return removed;
}
