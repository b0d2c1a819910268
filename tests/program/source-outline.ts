// Derives the anchor ids the page must carry straight from the published plain text, so a
// test can check the MDX against the source without trusting the MDX. The rules follow the
// document's own layout: "I." starts a section, "1." a subsection, each "- " bullet or plain
// paragraph of a subsection is its next item; a line that starts in lower case continues the
// previous paragraph (a page break in the source, not a new paragraph).

import {
  buildAnchorId,
  buildAppendixRowId,
  SECTION_NUMERALS,
  type SectionNumeral,
} from "../../src/lib/program/anchors.ts";

const sectionLine = new RegExp(`^(${SECTION_NUMERALS.join("|")})\\. `);
const subsectionLine = /^([1-9][0-9]*)\. /;
// "3. Các cơ quan báo chí, phát thanh, truyền hình: Tăng cường …": the heading runs into
// the subsection's first paragraph.
const runInSubsectionLine = /^[1-9][0-9]*\. [^:]+: \S/;
const appendixRowLine = /^([1-9][0-9]*)\t/;

/** Returns the source's paragraphs: non-empty lines, with page-break continuations joined. */
export function splitSourceParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const line of text.normalize("NFC").split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const previous = paragraphs.length - 1;
    if (previous >= 0 && /^\p{Ll}/u.test(line)) {
      paragraphs[previous] = `${paragraphs[previous]} ${line}`;
    } else {
      paragraphs.push(line);
    }
  }
  return paragraphs;
}

/** Returns, in document order, every anchor id the program page must have for this source text. */
export function outlineSourceText(text: string): string[] {
  // The heading block (number, date, title) opens every program.
  const ids: string[] = ["mo-dau"];
  let part: "preamble" | "body" | "recipients" | "signature" | "appendix" = "preamble";
  let section: SectionNumeral | undefined;
  let subsection: number | undefined;
  let item = 0;
  let recipient = 0;

  for (const paragraph of splitSourceParagraphs(text)) {
    const sectionMatch = sectionLine.exec(paragraph)?.[1] as SectionNumeral | undefined;
    if (sectionMatch && (part === "preamble" || part === "body")) {
      part = "body";
      section = sectionMatch;
      subsection = undefined;
      ids.push(section);
      continue;
    }
    if (paragraph.startsWith("Nơi nhận")) {
      part = "recipients";
      ids.push("noi-nhan");
      continue;
    }
    if (paragraph === "PHỤ LỤC") {
      part = "appendix";
      ids.push("phu-luc");
      continue;
    }
    switch (part) {
      case "preamble":
        // After the heading block, the paragraph that opens "Thực hiện …" is the preamble.
        if (paragraph.startsWith("Thực hiện") && !ids.includes("can-cu")) ids.push("can-cu");
        break;
      case "body": {
        const subsectionMatch = subsectionLine.exec(paragraph)?.[1];
        if (section && subsectionMatch) {
          subsection = Number(subsectionMatch);
          item = 0;
          ids.push(buildAnchorId(section, subsection));
          if (runInSubsectionLine.test(paragraph)) {
            item += 1;
            ids.push(buildAnchorId(section, subsection, item));
          }
        } else if (section && subsection !== undefined) {
          item += 1;
          ids.push(buildAnchorId(section, subsection, item));
        } else {
          throw new Error(`outlineSourceText: paragraph outside any subsection: "${paragraph}"`);
        }
        break;
      }
      case "recipients":
        if (paragraph.startsWith("- ")) {
          recipient += 1;
          ids.push(`noi-nhan-${recipient}`);
        } else if (paragraph.startsWith("**")) {
          part = "signature";
          ids.push("chu-ky");
        } else {
          ids.push("ky-hieu");
        }
        break;
      case "signature":
        break;
      case "appendix": {
        const row = appendixRowLine.exec(paragraph)?.[1];
        if (row !== undefined) ids.push(buildAppendixRowId(Number(row)));
        break;
      }
    }
  }
  return ids;
}
