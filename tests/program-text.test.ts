// Faithfulness of /chuong-trinh/ to the published text (the one .txt file of the project folder's
// content/source/, src/site/project.ts; here content/source/ctr-02-ubnd-2021.txt, as received):
// the visible program text of the built page, without the site's own additions (contents,
// "link to this paragraph", editor's notes, target links and chips, all marked
// data-not-program-text), must be the source's words, in order, none lost, added or changed.
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAnchorId } from "../src/lib/program/anchors.ts";
import { outlineSourceText } from "./program/source-outline.ts";
import {
  compareWords,
  formatWordDifferences,
  splitWords,
  stripSourceMarkup,
} from "./program/words.ts";
import { projectPath } from "../src/site/project.ts";
import { buildSiteForTest, repoRoot, type TestBuild } from "./program/build-site.ts";
import { extractVisibleText, listIds, parseDocument } from "./program/visible-text.ts";

const sourceDir = path.resolve(repoRoot, projectPath("content", "source"));
const [sourceName, ...others] = readdirSync(sourceDir).filter((name) => name.endsWith(".txt"));
if (!sourceName || others.length > 0) {
  throw new Error(`${sourceDir} must hold exactly one .txt file: the program text as received`);
}
const sourceFile = path.join(sourceDir, sourceName);

let build: TestBuild;
let html: string;
let source: string;

beforeAll(async () => {
  build = await buildSiteForTest();
  html = await readFile(path.join(build.distDir, "chuong-trinh", "index.html"), "utf8");
  source = await readFile(sourceFile, "utf8");
}, 300_000);

afterAll(async () => {
  await build?.remove();
});

describe("the program page's text", () => {
  it("is the published text word for word", async () => {
    const expected = splitWords(stripSourceMarkup(source));
    const actual = splitWords(await extractVisibleText(html));
    const differences = compareWords(expected, actual);
    expect(
      differences,
      `/chuong-trinh/ differs from the source ([-lost-] {+added+}):\n${formatWordDifferences(differences, expected)}`,
    ).toEqual([]);
    // The source has about 6.400 words; a near-empty page must not pass by accident.
    expect(actual.length).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(6000);
  });

  it("keeps the published typos and puts each editor's note beside them, marked apart", async () => {
    const document = await parseDocument(html);
    const notes = document.querySelectorAll("[data-editor-note]");
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.hasAttribute("data-not-program-text")).toBe(true);
      expect(note.textContent).toMatch(/^\[Ghi chú của biên tập: .+\]$/);
    }
    const item = document.querySelector("#I-1-2")?.textContent.replace(/\s+/g, " ");
    expect(item).toContain("phân đầu [Ghi chú của biên tập: có lẽ là «phấn đấu»] hoàn thành");
  });
});

describe("the program page's anchors", () => {
  it("has an id for every section, subsection, bullet, paragraph and appendix row, in source order", async () => {
    const expected = outlineSourceText(source);
    const onPage = (await listIds(html)).filter((id) => parseAnchorId(id) !== undefined);
    expect(onPage).toEqual(expected);
  });

  it("uses every id once", async () => {
    const ids = await listIds(html);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it("gives each anchor a visible link to itself, named for keyboard and screen-reader users", async () => {
    const document = await parseDocument(html);
    const links = document.querySelectorAll("a.anchor-link");
    expect(links.map((link) => link.getAttributeValue("href"))).toEqual(
      outlineSourceText(source).map((id) => `#${id}`),
    );
    for (const link of links) {
      const id = (link.getAttributeValue("href") ?? "").slice(1);
      expect(link.textContent).toBe(`#${id}`);
      expect(link.getAttributeValue("aria-label") ?? "").toMatch(
        new RegExp(`^Liên kết đến .*${id.replace(/[-]/g, "\\-")}`),
      );
    }
  });

  it("lists every section and subsection in the contents, each linking to a heading with that text", async () => {
    const document = await parseDocument(html);
    const tocLinks = document.querySelectorAll("nav.program-toc a");
    const targets = tocLinks.map((link) => (link.getAttributeValue("href") ?? "").slice(1));
    const headings = outlineSourceText(source).filter((id) => {
      const kind = parseAnchorId(id)?.kind;
      return kind === "section" || kind === "subsection";
    });
    expect(targets).toEqual(expect.arrayContaining([...headings, "phu-luc"]));
    for (const link of tocLinks) {
      const id = (link.getAttributeValue("href") ?? "").slice(1);
      const target = document.querySelector(`[id="${id}"]`);
      expect(target, `contents entry #${id} points nowhere`).not.toBeNull();
      if (target && /^h[23]$/.test(target.tagName)) {
        expect(target.textContent.replace(/:$/, "")).toBe(link.textContent);
      }
    }
  });
});

describe("the links between the program text and the data", () => {
  async function readCsv(file: string): Promise<Record<string, string>[]> {
    const text = await readFile(path.join(repoRoot, "data", file), "utf8");
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors, `data/${file} does not parse`).toEqual([]);
    return parsed.data;
  }

  it("resolves every program_anchor in data/ to an anchor on the page", async () => {
    const ids = new Set(await listIds(html));
    const missing: string[] = [];
    for (const file of ["targets.csv", "indicators.csv", "goals.csv"]) {
      (await readCsv(file)).forEach((row, index) => {
        const anchor = row["program_anchor"] ?? "";
        if (!ids.has(anchor)) missing.push(`data/${file}:${index + 2}: "${anchor}"`);
      });
    }
    expect(missing).toEqual([]);
  });

  it("marks each indicator's wording inside the paragraph or row that data/ anchors it to", async () => {
    const document = await parseDocument(html);
    const indicators = await readCsv("indicators.csv");
    const places = [
      ...indicators.map((row) => [row["id"], row["program_anchor"]]),
      ...(await readCsv("goals.csv")).map((row) => [row["indicator_id"], row["program_anchor"]]),
      ...indicators
        .filter((row) => row["target_id"])
        .map((row) => [row["id"], `phu-luc-${row["target_id"]}`]),
    ];
    const unmarked = places.filter(([indicator, anchor]) => {
      const element = document.querySelector(`[id="${anchor}"]`);
      // A heading anchor (e.g. "II-2") stands for its whole subsection.
      const scope = element && /^h[23]$/.test(element.tagName) ? element.parent?.parent : element;
      return !scope?.querySelector(`[data-indicator="${indicator}"]`);
    });
    expect(unmarked).toEqual([]);
  });

  it("marks only indicators that exist, each with a link to its page", async () => {
    const document = await parseDocument(html);
    const known = new Set((await readCsv("indicators.csv")).map((row) => row["id"]));
    const mentions = document.querySelectorAll("[data-indicator]");
    expect(mentions.length).toBeGreaterThanOrEqual(known.size);
    for (const mention of mentions) {
      const indicator = mention.getAttributeValue("data-indicator") ?? "";
      expect(known, `unknown indicator "${indicator}"`).toContain(indicator);
      const link = mention.nextSibling;
      expect(link?.getAttributeValue("href")).toBe(`/chi-tieu/${indicator}/`);
    }
  });
});
