// A first release that publishes more figures than a release page lists one by one
// (DETAIL_LIMIT) shows one row per indicator instead. Built from the benchmark's synthetic
// generator (tests/bench/generate.ts: 20 invented indicators, labelled synthetic; release 1.0.0
// has over 100 figures) with its matching program text, in a private copy of the project so
// the synthetic program text never reaches the real tree's Astro cache.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DETAIL_LIMIT } from "../src/lib/views/release-pages.ts";
import { generateDataFolder } from "./bench/generate.ts";
import { writeProgramText } from "./bench/program-text.ts";
import { sliceSections, textOf } from "./pages-html.ts";
import { prepareSiteCopy } from "./support/site-copy.ts";

let work: string;
let distDir: string;
let added: number;
let indicatorsAdded: number;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "ctr02-release-scale-"));
  const site = path.join(work, "site");
  const dataDir = path.join(work, "data");
  const programDir = path.join(work, "program");
  distDir = path.join(work, "dist");
  await prepareSiteCopy(site);
  const counts = generateDataFolder(dataDir, { n: 20, releases: 2, seed: 1 });
  writeProgramText(programDir, 20, counts.agencies);
  const observations = await readFile(path.join(dataDir, "observations.csv"), "utf8");
  const firstRelease = observations.split("\n").filter((line) => line.includes(",1.0.0,"));
  added = firstRelease.length;
  indicatorsAdded = new Set(firstRelease.map((line) => line.split(",")[0])).size;
  await promisify(execFile)(process.execPath, ["scripts/build.ts"], {
    cwd: site,
    env: { ...process.env, DATA_DIR: dataDir, PROGRAM_DIR: programDir, OUT_DIR: distDir },
    maxBuffer: 64 * 1024 * 1024,
  });
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("a release with more new figures than the page lists one by one", () => {
  it("counts them per indicator, each row linking to a built indicator page", async () => {
    expect(added).toBeGreaterThan(DETAIL_LIMIT);
    const html = await readFile(path.join(distDir, "du-lieu/phien-ban/1.0.0/index.html"), "utf8");
    const [section = ""] = sliceSections(html, /<section aria-labelledby="moi"/, "section");
    expect(textOf(section)).toContain(`Số liệu mới (${added})`);
    expect(section).not.toContain('class="changes"');
    const rows = [...section.matchAll(/<th scope="row"[^>]*>\s*<a href="([^"]+)"/g)];
    expect(rows).toHaveLength(indicatorsAdded);
    for (const [, href = ""] of rows) {
      expect(existsSync(path.join(distDir, href, "index.html")), href).toBe(true);
    }
    const counts = [...section.matchAll(/<td class="num"[^>]*>([\d.]+)<\/td>/g)].map(([, n = ""]) =>
      Number(n.replaceAll(".", "")),
    );
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(added);
    expect(textOf(section)).toContain("các tệp của phiên bản này");
  });

  it("still lists a short section figure by figure with its source", async () => {
    const html = await readFile(path.join(distDir, "du-lieu/phien-ban/1.1.0/index.html"), "utf8");
    const [section = ""] = sliceSections(html, /<section aria-labelledby="moi"/, "section");
    expect(section).toContain('class="changes"');
    expect(section).not.toContain("change-summary");
    expect(textOf(section)).toContain("Nguồn");
  });
});
