// The open data files of the built site (dist/, made by `npm run build` before vitest runs),
// checked against data/ the way a careful user would: same bytes, the BOM only in the Excel
// copies, hashes that match, zips that hold what they say, a feed whose links lead somewhere.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { zipStore } from "../src/lib/downloads/zip.ts";
import { readZip } from "./fixtures/open-data/read-zip.ts";
import {
  fileOfUrl,
  readFeedLinks,
  readPublishedDescriptor,
  repoRoot,
  requireBuiltSite,
} from "./fixtures/open-data/site.ts";

const site = requireBuiltSite();
const dataDir = path.resolve(repoRoot, process.env["DATA_DIR"] ?? "data");
const served = (file: string) => new Uint8Array(readFileSync(path.join(site, "du-lieu", file)));
const source = (file: string) => new Uint8Array(readFileSync(path.join(dataDir, file)));
const sha256 = (bytes: Uint8Array) => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
const descriptor = JSON.parse(readFileSync(path.join(dataDir, "datapackage.json"), "utf8")) as {
  version: string;
  resources: { name: string; path: string }[];
};
const csvFiles = descriptor.resources.map((resource) => resource.path);
const releaseIds = readdirSync(path.join(site, "du-lieu", "phien-ban"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("du-lieu/ of the built site", () => {
  it.each(csvFiles)("serves %s byte for byte as in data/", (file) => {
    expect(Buffer.compare(served(file), source(file))).toBe(0);
  });

  it.each(csvFiles)("serves excel/%s as the UTF-8 BOM followed by the machine CSV", (file) => {
    const excel = served(`excel/${file}`);
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.compare(excel.subarray(3), source(file))).toBe(0);
  });

  it("publishes datapackage.json with the size and sha256 of every file it serves", () => {
    const published = readPublishedDescriptor(path.join(site, "du-lieu", "datapackage.json"));
    expect(published.version).toBe(descriptor.version);
    // data/'s tables, then the scorecard: derived data, computed by the site.
    expect(published.resources.map((resource) => resource.path)).toEqual([
      ...csvFiles,
      "bang-tong-hop.csv",
    ]);
    for (const resource of published.resources) {
      const bytes = served(resource.path);
      expect(resource.bytes, resource.path).toBe(bytes.byteLength);
      expect(resource.hash, resource.path).toBe(sha256(bytes));
    }
  });

  it("zips every CSV and datapackage.json exactly as served, deterministically", () => {
    // The working data's zip: no release name, since its bytes are no release's (issue 14).
    const zipFile = "ctr-02-du-lieu.zip";
    const archive = served(zipFile);
    const entries = readZip(archive);
    expect(entries.map((entry) => entry.name).sort()).toEqual(
      [...csvFiles, "bang-tong-hop.csv", "datapackage.json"].sort(),
    );
    for (const entry of entries) {
      expect(Buffer.compare(entry.bytes, served(entry.name)), entry.name).toBe(0);
    }
    // Same inputs, same date → the same bytes on any machine.
    const releases = readFileSync(path.join(dataDir, "releases.csv"), "utf8");
    const date = new RegExp(
      `^${descriptor.version.replaceAll(".", "\\.")},(\\d{4}-\\d{2}-\\d{2}),`,
      "m",
    ).exec(releases)?.[1];
    expect(date).toBeDefined();
    const again = zipStore(
      entries.map((entry) => ({ name: entry.name, bytes: served(entry.name) })),
      date as string,
    );
    expect(Buffer.compare(archive, again)).toBe(0);
  });

  it("has one snapshot folder per release, a frozen one served as kept in data/releases/", () => {
    const releasesCsv = readFileSync(path.join(dataDir, "releases.csv"), "utf8");
    const ids = [...releasesCsv.matchAll(/^(\d+\.\d+\.\d+),/gm)].map((m) => m[1]);
    expect(releaseIds.sort()).toEqual(ids.sort());
    for (const id of releaseIds) {
      const frozen = path.join(dataDir, "releases", id);
      if (!existsSync(frozen)) continue;
      for (const name of readdirSync(frozen)) {
        expect(
          Buffer.compare(served(`phien-ban/${id}/${name}`), source(`releases/${id}/${name}`)),
        ).toBe(0);
      }
    }
    const latest = `phien-ban/${descriptor.version}/`;
    if (!existsSync(path.join(dataDir, "releases", descriptor.version))) {
      // Not frozen yet: derived, so tables without a release column are today's.
      expect(Buffer.compare(served(`${latest}targets.csv`), source("targets.csv"))).toBe(0);
      expect(Buffer.compare(served(`${latest}releases.csv`), source("releases.csv"))).toBe(0);
    }
  });

  it.each(releaseIds)("describes snapshot %s with its own version and true hashes", (id) => {
    const folder = `phien-ban/${id}/`;
    const published = readPublishedDescriptor(
      path.join(site, "du-lieu", folder, "datapackage.json"),
    );
    expect(published.version).toBe(id);
    for (const resource of published.resources) {
      const bytes = served(folder + resource.path);
      expect(resource.hash, resource.path).toBe(sha256(bytes));
      expect(resource.bytes, resource.path).toBe(bytes.byteLength);
    }
    const names = readZip(served(`${folder}ctr-02-du-lieu-${id}.zip`)).map((e) => e.name);
    // Its own list of files: a frozen release keeps the tables it was published with.
    const own = published.resources.map((resource) => resource.path);
    expect(names.sort()).toEqual([...own, "datapackage.json"].sort());
  });

  it("has a CSV and a JSON for every indicator of indicators.csv, and an Excel CSV", () => {
    const indicators = readFileSync(path.join(dataDir, "indicators.csv"), "utf8")
      .split("\n")
      .slice(1)
      .filter((line) => line !== "")
      .map((line) => line.slice(0, line.indexOf(",")));
    const files = readdirSync(path.join(site, "du-lieu", "chi-tieu")).sort();
    expect(files).toEqual(indicators.flatMap((id) => [`${id}.csv`, `${id}.json`]).sort());
    const excel = readdirSync(path.join(site, "du-lieu", "excel", "chi-tieu")).sort();
    expect(excel).toEqual(indicators.map((id) => `${id}.csv`).sort());
  });
});

describe("feed.xml of the built site", () => {
  const xml = readFileSync(path.join(site, "feed.xml"), "utf8");
  const { self, hrefs, entries } = readFeedLinks(xml);
  const siteRoot = self.slice(0, -"feed.xml".length);

  it("has one entry per release", () => {
    expect(entries).toBe(releaseIds.length);
  });

  it("links only to pages that exist in the built site", () => {
    expect(hrefs.length).toBe(2 + releaseIds.length);
    for (const href of hrefs) expect(fileOfUrl(site, href, siteRoot), href).toBeDefined();
  });

  it("is linked from the head of every page of the site layout", () => {
    // Pages of the site layout carry its header; embeds (nhung/) have a layout of their own.
    const pages = readdirSync(site, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".html"))
      .map((file) => ({ file, html: readFileSync(path.join(site, file), "utf8") }))
      .filter((page) => page.html.includes('class="site-header"'));
    expect(pages.map((page) => page.file)).toContain(path.join("du-lieu", "index.html"));
    const base = new URL(siteRoot).pathname;
    for (const page of pages) {
      // The feed is Vietnamese; an English page (under en/, issue 17) says so in its title.
      const title = page.file.startsWith("en/")
        ? "Data releases (Atom, Vietnamese)"
        : "Phiên bản dữ liệu (Atom)";
      expect(page.html.split("</head>")[0], page.file).toContain(
        `<link rel="alternate" type="application/atom+xml" title="${title}" href="${base}feed.xml">`,
      );
    }
  });
});
