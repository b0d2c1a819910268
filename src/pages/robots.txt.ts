// robots.txt points crawlers to the sitemap. It is an endpoint rather than a file in public/
// so the sitemap URL follows the configured SITE_URL and BASE_PATH.
import type { APIRoute } from "astro";
import { withBase } from "../lib/paths.ts";

/** Returns robots.txt: everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, "sitemap.xml"), site);
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`;
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
