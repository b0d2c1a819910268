// The whole site built on the synthetic three-release fixture (tests/fixtures/open-data/) under a
// base path, as the project's build command does it: the snapshot of each release equals the
// hand-written expected files, the release pages show the revisions and the withdrawal, and
// every open-data link and feed link leads to a file of the build.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataFixturePath } from "./fixtures/open-data/load.ts";
import { fileOfUrl, readFeedLinks, repoRoot } from "./fixtures/open-data/site.ts";

const siteRoot = "https://example.test/ctr-02/";
const releaseIds = ["1.0.0", "1.1.0", "1.2.0"];
let outDir = "";

// Vitest puts Vite's variables (BASE_URL, MODE, NODE_ENV=test…) in process.env; a child build
// would read BASE_URL=/ from them and ignore BASE_PATH, so the build gets an environment
// without them, as it would from a shell.
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const vitestKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)),
  );
  return { ...env, ...extra };
}

beforeAll(async () => {
  outDir = path.join(await mkdtemp(path.join(tmpdir(), "ctr02-open-data-")), "dist");
  try {
    await promisify(execFile)(process.execPath, ["scripts/build.ts"], {
      cwd: repoRoot,
      env: buildEnv({
        DATA_DIR: openDataFixturePath("data/"),
        OUT_DIR: outDir,
        SITE_URL: "https://example.test",
        BASE_PATH: "/ctr-02/",
      }),
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `build on the open-data fixture failed:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`,
      { cause: error },
    );
  }
}, 300_000);

afterAll(async () => {
  if (outDir) await rm(path.dirname(outDir), { recursive: true, force: true });
});

const built = (file: string) => readFile(path.join(outDir, file), "utf8");
const expected = (file: string) => readFile(openDataFixturePath(`expected/${file}`), "utf8");

describe("snapshots built from the fixture", () => {
  it.each(
    releaseIds.flatMap((id) =>
      ["observations.csv", "baselines.csv", "releases.csv"].map((file) => [id, file]),
    ),
  )("du-lieu/phien-ban/%s/%s equals the expected file", async (id, file) => {
    expect(await built(`du-lieu/phien-ban/${id}/${file}`)).toBe(await expected(`${id}/${file}`));
  });

  it("serves the current tables as they are in the fixture's data folder", async () => {
    for (const file of ["observations.csv", "baselines.csv", "sources.csv"]) {
      expect(await built(`du-lieu/${file}`), file).toBe(
        await readFile(openDataFixturePath(`data/${file}`), "utf8"),
      );
    }
  });

  it("keeps all three rows of the figure revised twice in the indicator's CSV", async () => {
    const csv = await built("du-lieu/chi-tieu/xa-ntm.csv");
    const rows = csv.split("\n").filter((line) => line.includes(",2022,tinh-cu,"));
    expect(rows.map((row) => /,(current|superseded|withdrawn),/.exec(row)?.[1])).toEqual([
      "superseded",
      "superseded",
      "current",
    ]);
  });
});

describe("release pages built from the fixture", () => {
  it("lists the releases newest first with what each changed", async () => {
    const html = await built("du-lieu/phien-ban/index.html");
    const order = releaseIds.map((id) => html.indexOf(`/ctr-02/du-lieu/phien-ban/${id}/`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(html).toContain("1 số liệu mới · 1 được sửa · 1 bị rút");
    expect(html).toContain("20/06/2025");
  });

  it("shows the second revision with its previous value and links the indicator", async () => {
    const html = await built("du-lieu/phien-ban/1.2.0/index.html");
    expect(html).toContain("71,5% số xã vùng DTTS và miền núi → 72,0% số xã vùng DTTS và miền núi");
    expect(html).toContain('href="/ctr-02/chi-tieu/xa-ntm/"');
    expect(html).toContain("https://example.org/nguon-b");
    expect(html).toContain("https://example.org/nguon-c");
  });

  it("shows the withdrawal with the reason from its note", async () => {
    const html = await built("du-lieu/phien-ban/1.1.0/index.html");
    expect(html).toContain("44,2 triệu đồng/người/năm → đã rút");
    expect(html).toContain("Rút lại: nguồn ghi &quot;44,2&quot; cho một huyện");
  });

  it.each(releaseIds)("links only to files of the build from the page of %s", async (id) => {
    const html = await built(`du-lieu/phien-ban/${id}/index.html`);
    const files = [...html.matchAll(/href="\/ctr-02\/(du-lieu\/[^"#]+\.(?:csv|json|zip))"/g)].map(
      (m) => m[1] as string,
    );
    expect(files).toContain(`du-lieu/phien-ban/${id}/ctr-02-du-lieu-${id}.zip`);
    for (const file of files)
      expect(fileOfUrl(outDir, siteRoot + file, siteRoot), file).toBeDefined();
  });
});

describe("/du-lieu/ and feed.xml built from the fixture under /ctr-02/", () => {
  it("links every download to a file of the build, under the base path", async () => {
    const html = await built("du-lieu/index.html");
    const hrefs = [...html.matchAll(/href="([^"#]+\.(?:csv|json|zip))"/g)].map(
      (m) => m[1] as string,
    );
    // 12 tables (program.csv included) × 2 forms, datapackage.json, the zip, the scorecard × 3
    // forms, 22 indicators × 3.
    expect(hrefs).toHaveLength(12 * 2 + 2 + 3 + 22 * 3);
    for (const href of hrefs) {
      expect(href, href).toMatch(/^\/ctr-02\/du-lieu\//);
      expect(fileOfUrl(outDir, new URL(href, siteRoot).href, siteRoot), href).toBeDefined();
    }
  });

  it("announces the three releases in the feed, newest first, with links that resolve", async () => {
    const xml = await built("feed.xml");
    const { self, hrefs, entries } = readFeedLinks(xml);
    expect(self).toBe(`${siteRoot}feed.xml`);
    expect(entries).toBe(3);
    expect(xml).toContain("<updated>2025-09-05T00:00:00+07:00</updated>");
    expect([...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1])).toEqual([
      siteRoot,
      ...[...releaseIds].reverse().map((id) => `${siteRoot}du-lieu/phien-ban/${id}/`),
    ]);
    for (const href of hrefs) expect(fileOfUrl(outDir, href, siteRoot), href).toBeDefined();
  });
});
