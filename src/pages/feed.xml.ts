// The Atom feed of data releases. An endpoint, so its absolute URLs follow SITE_URL and
// BASE_PATH; its dates come from releases.csv, so two builds give the same bytes.
import type { APIRoute } from "astro";
import { withBase } from "../lib/paths.ts";
import { renderAtomFeed } from "../lib/views/atom-feed.ts";
import { listReleases } from "../lib/views/release-pages.ts";
import { requireDataset } from "../site/load-dataset.ts";
import { requireSiteConfig } from "../site/site-config.ts";

/** Returns feed.xml: one entry per data release, newest first. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error("feed.xml needs the site's address: set `site` (SITE_URL)");
  const { siteName } = requireSiteConfig();
  const siteRoot = new URL(withBase(import.meta.env.BASE_URL, ""), site).href;
  const body = renderAtomFeed({
    siteRoot,
    title: `Phiên bản dữ liệu · ${siteName}`,
    subtitle:
      "Mỗi lần dữ liệu mở được cập nhật: số liệu mới, số liệu được sửa và số liệu bị rút, kèm nguồn.",
    author: siteName,
    feedPath: "feed.xml",
    alternatePath: "du-lieu/phien-ban/",
    releases: listReleases(requireDataset()),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
