// Synthetic summaries shaped like content/en/program.md (labelled synthetic: not the program).
import { describe, expect, it } from "vitest";
import { problemLinesOf } from "../../../tests/support/problem-lines.ts";
import {
  EnglishProgramError,
  indexEnglishHeadings,
  parseEnglishProgram,
} from "./english-summary.ts";

const FRONT = '---\ntitle: "Synthetic summary"\nnotice: "Unofficial \\"test\\" summary."\n---\n';

const problemsOf = (text: string): readonly string[] =>
  problemLinesOf(() => parseEnglishProgram(text, "content/en/program.md"), EnglishProgramError);

describe(parseEnglishProgram, () => {
  it("reads the front matter, headings with their anchors, paragraphs and lists", () => {
    const text = `${FRONT}\n# I. Part one {#I}\n\nA paragraph\non two lines.\n\n- first item;\n- second item.\n\nAfter the list.\n\n## 1. Sub {#I-1}\n`;
    expect(parseEnglishProgram(text, "x.md")).toEqual({
      title: "Synthetic summary",
      notice: 'Unofficial "test" summary.',
      sections: [
        {
          anchor: "I",
          level: 1,
          heading: "I. Part one",
          blocks: [
            { kind: "paragraph", text: "A paragraph on two lines." },
            { kind: "list", items: ["first item;", "second item."] },
            { kind: "paragraph", text: "After the list." },
          ],
        },
        { anchor: "I-1", level: 2, heading: "1. Sub", blocks: [] },
      ],
    });
  });

  it("indexes the English heading of each anchor", () => {
    const parsed = parseEnglishProgram(`${FRONT}# Appendix {#phu-luc}\n`, "x.md");
    expect(indexEnglishHeadings(parsed).get("phu-luc")).toBe("Appendix");
  });

  it("lists every problem with file:line, expected and got", () => {
    const text = [
      "---",
      'title: "T"',
      "---",
      "Text before a heading.",
      "# No anchor",
      "# Bad anchor {#V-1}",
      "## Twice {#I}",
      "## Twice again {#I}",
      "Some <b>bold</b> text.",
    ].join("\n");
    expect(problemsOf(text)).toEqual([
      'content/en/program.md:1: expected a front matter entry notice: "…", got none. Add notice to the front matter.',
      'content/en/program.md:4: expected a heading before any text, got "Text before a heading.". Put the text under the heading of the section it summarises.',
      'content/en/program.md:5: expected a heading "# Title {#anchor}" or "## Title {#anchor}", got "# No anchor". End the heading with the anchor id of the Vietnamese section, e.g. {#II-3}.',
      'content/en/program.md:6: expected an anchor id of the program page (e.g. II, II-3, mo-dau, phu-luc), got "V-1". Use the id the Vietnamese section has on /chuong-trinh/.',
      'content/en/program.md:8: expected each anchor once, got "I" again (first on line 7). Remove the repeated heading.',
      'content/en/program.md:9: expected plain text, got "Some <b>bold</b> text.". Remove the HTML or Markdown markup: the summary is plain text.',
    ]);
  });

  it("refuses an unclosed front matter", () => {
    expect(problemsOf('---\ntitle: "T"\n# I {#I}\n')).toEqual([
      'content/en/program.md:1: expected a front matter closed by a line "---", got none. Add the closing "---".',
    ]);
  });
});
