// A second program proves that program identity is data (issue 16). The synthetic program in
// tests/fixtures/second-program/ (province "Đồi Mây", Kế hoạch 15/KH-UBND, 2023–2027; every
// file labelled synthetic) is built from its own project folder with
// `npm run build -- --from <folder> --out <dir>`, as a fork would. Nothing the site publishes may
// name the first program: no page, feed, sitemap, CSV, datapackage.json, ZIP entry, share card or
// chart download (their SVG text), nor any Pagefind search record; and the second program's own
// names must be where a reader looks for them.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPressFonts, listPressItems } from "../scripts/build-steps/cards.ts";
import { parseSiteConfig } from "../src/lib/site/site-config.ts";
import { requireDataset } from "../src/site/load-dataset.ts";
import { readZip } from "./fixtures/open-data/read-zip.ts";
import { FIRST_PROGRAM_NAMES, findNamesInText, listFiles } from "./support/program-names.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
const projectDir = path.join(import.meta.dirname, "fixtures", "second-program");
const siteUrl = "https://ke-hoach-15.doi-may.example";
// The first program's names, and the host name of its default address (src/site/deployment.ts).
const FORBIDDEN = [...FIRST_PROGRAM_NAMES, "thainguyen"];

let tempDir: string;
let distDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "ctr02-second-program-"));
  distDir = path.join(tempDir, "dist");
  // Only the project folder chooses what is built: no data or text folder inherited from the
  // environment that runs the tests.
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: "/", SITE_URL: siteUrl };
  for (const name of ["DATA_DIR", "PROGRAM_DIR", "PROJECT_DIR", "OUT_DIR"]) delete env[name];
  try {
    // process.execPath is the project's Node 24, the one vitest runs on.
    await promisify(execFile)(
      process.execPath,
      ["scripts/build.ts", "--from", path.relative(repoRoot, projectDir), "--out", distDir],
      { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`build of the second program failed:\n${stdout.slice(-3000)}\n${stderr}`, {
      cause: error,
    });
  }
}, 300_000);

afterAll(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

/** Returns the text of a built file. */
function read(file: string): string {
  return readFileSync(path.join(distDir, file), "utf8");
}

/** Returns the built files whose names end in one of `extensions`, relative to dist. */
function listBuilt(...extensions: string[]): string[] {
  return listFiles(distDir)
    .map((file) => path.relative(distDir, file))
    .filter((file) => extensions.some((extension) => file.endsWith(extension)));
}

/** Returns the text of a Pagefind fragment (gzip, "pagefind_dcd" then JSON) without its folded aliases. */
function readSearchRecord(file: string): string {
  const text = gunzipSync(readFileSync(path.join(distDir, file))).toString("utf8");
  const record = JSON.parse(text.replace(/^pagefind_dcd/, "")) as {
    content: string;
    meta: Record<string, string>;
  };
  // The index adds the folded form after a word ("Đồi_doi Mây"): drop it to read the words.
  const unfold = (value: string): string => value.replace(/_[\p{L}\p{N}]+/gu, "");
  return [record.content, ...Object.values(record.meta)].map(unfold).join("\n");
}

describe("a second program built from its own project folder", () => {
  it("builds every kind of page, the feed, the open data and the search index", () => {
    const html = listBuilt(".html");
    expect(html).toEqual(
      expect.arrayContaining([
        "index.html",
        "chuong-trinh/index.html",
        "muc-tieu/1/index.html",
        "chi-tieu/nuoc-sach/index.html",
        "co-quan/so-xay-dung/index.html",
        "du-lieu/index.html",
        "du-lieu/phien-ban/1.0.0/index.html",
        "phuong-phap/index.html",
        "tim-kiem/index.html",
      ]),
    );
    expect(listBuilt(".pf_fragment").length).toBeGreaterThan(5);
    expect(listBuilt("feed.xml")).toEqual(["feed.xml"]);
  });

  it("publishes no English page, index or picture: its site.config.json lists only Vietnamese", () => {
    expect(listBuilt("").filter((file) => file.startsWith("en/"))).toEqual([]);
    expect(read("sitemap.xml")).not.toMatch(/\/en\//);
    expect(listBuilt(".pf_meta").filter((file) => file.includes(".en_"))).toEqual([]);
  });

  it("names the first program in no page, feed, sitemap, CSV, JSON or SVG", () => {
    const files = listBuilt(".html", ".xml", ".csv", ".json", ".svg", ".txt", ".js", ".css");
    expect(files.length).toBeGreaterThan(30);
    const hits = files.flatMap((file) => findNamesInText(read(file), file, FORBIDDEN));
    expect(hits).toEqual([]);
  });

  it("names the first program in no file of the open data ZIP archives", () => {
    const archives = listBuilt(".zip");
    expect(archives.length).toBeGreaterThan(0);
    const hits = archives.flatMap((archive) =>
      readZip(new Uint8Array(readFileSync(path.join(distDir, archive)))).flatMap((entry) =>
        findNamesInText(
          new TextDecoder().decode(entry.bytes),
          `${archive}/${entry.name}`,
          FORBIDDEN,
        ),
      ),
    );
    expect(hits).toEqual([]);
  });

  it("names the first program in no search record, and its own name in the records", () => {
    const records = listBuilt(".pf_fragment").map((file) => ({
      file,
      text: readSearchRecord(file),
    }));
    expect(records.flatMap(({ file, text }) => findNamesInText(text, file, FORBIDDEN))).toEqual([]);
    expect(records.some(({ text }) => text.includes("Đồi Mây"))).toBe(true);
  });

  it("names the first program in no share card or chart download, and its own in the cards", async () => {
    const dataset = requireDataset(path.join(projectDir, "data"));
    const fonts = await loadPressFonts();
    const { siteName } = parseSiteConfig(
      readFileSync(path.join(projectDir, "site.config.json"), "utf8"),
      "site.config.json",
    );
    const items = [...listPressItems(dataset, `${siteUrl}/`, siteName, fonts.measure)];
    expect(items.filter((item) => item.kind === "card")).toHaveLength(1 + 2 + 3);
    const hits = items.flatMap((item) => findNamesInText(item.svg, item.path, FORBIDDEN));
    expect(hits).toEqual([]);
    const overview = items.find((item) => item.path === "the-chia-se.png");
    expect(overview?.svg).toContain("Kế hoạch 15/KH-UBND");
    expect(overview?.svg).toContain("Theo dõi Kế hoạch 15/KH-UBND Đồi Mây");
  });

  it("shows its own names where a reader looks for them", () => {
    const home = read("index.html");
    expect(home).toContain("<title>Tổng quan — Kế hoạch 15/KH-UBND, Đồi Mây</title>");
    expect(home).toContain("Tỉnh Đồi Mây thực hiện Kế hoạch 15/KH-UBND đến đâu?");
    expect(home).toContain("Nước sạch và đường nông thôn tỉnh Đồi Mây 2023–2027");
    expect(home).toContain("Giai đoạn 2023–2027 đang diễn ra");
    expect(home).toContain("không phải cổng thông tin chính thức của UBND tỉnh Đồi Mây");
    expect(read("chuong-trinh/index.html")).toContain(
      "<h1>Toàn văn Kế hoạch hành động (tổng hợp) số 15/KH-UBND</h1>",
    );
    expect(read("chi-tieu/nuoc-sach/index.html")).toContain("Mục tiêu năm 2027");
    expect(read("feed.xml")).toContain(
      "<title>Phiên bản dữ liệu · Theo dõi Kế hoạch 15/KH-UBND Đồi Mây</title>",
    );
  });

  it("publishes its program.csv and describes it in datapackage.json", () => {
    expect(read("du-lieu/program.csv")).toContain("15/KH-UBND,");
    const descriptor = JSON.parse(read("du-lieu/datapackage.json")) as {
      resources: { name: string }[];
    };
    expect(descriptor.resources.map((resource) => resource.name)).toContain("program");
  });
});
