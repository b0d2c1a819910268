// content/en/program.md, the English summary of the program (issue 17): it parses, gives an
// English heading to every entry of the Vietnamese table of contents (parts and numbered
// subsections of content/program/*.mdx), in the same order, and says it is unofficial. A
// project without content/en/ (the second-program fixture) simply has no English summary.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listSubsectionHeadings } from "../../src/lib/program/toc.ts";
import { loadEnglishProgram } from "../../src/site/english-program.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const programDir = path.join(root, "content", "program");

/** Returns the anchor ids of the Vietnamese table of contents, in document order. */
function listVietnameseAnchors(): string[] {
  const parts = readdirSync(programDir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const text = readFileSync(path.join(programDir, name), "utf8");
      const order = Number(/^order: (\d+)$/m.exec(text)?.[1]);
      const anchor = /^anchor: (\S+)$/m.exec(text)?.[1] ?? "";
      return { order, anchor, body: text };
    })
    .sort((a, b) => a.order - b.order);
  return parts.flatMap((part) => [
    part.anchor,
    ...listSubsectionHeadings(part.body).map((heading) => heading.id),
  ]);
}

describe("content/en/program.md", () => {
  const english = loadEnglishProgram(path.join(root, "content", "en"));

  it("has an English heading for every part and subsection of the program, in order", () => {
    expect(english?.sections.map((section) => section.anchor)).toEqual(listVietnameseAnchors());
  });

  it("says that it is an unofficial summary and translation", () => {
    expect(english?.notice).toMatch(/unofficial summary and translation/i);
  });

  it("summarises each of sections I–IV", () => {
    for (const anchor of ["I", "II", "III", "IV"]) {
      const section = english?.sections.find((entry) => entry.anchor === anchor);
      expect(section?.blocks.length, anchor).toBeGreaterThan(0);
    }
  });

  it("keeps the places' diacritics", () => {
    const text = JSON.stringify(english);
    expect(text).toContain("Thái Nguyên");
    expect(text).not.toMatch(/Thai Nguyen/);
  });
});

describe(loadEnglishProgram, () => {
  it("gives no English summary for a project without content/en/", () => {
    expect(
      loadEnglishProgram(path.join(root, "tests", "fixtures", "second-program", "content", "en")),
    ).toBeUndefined();
  });
});
