// The English summary of the program and the English headings of its sections (issue 17):
// content/en/program.md, read by /en/program/. Its format is deliberately small, so that an
// editor can write it without tools and a page can render it without a Markdown engine:
//
//   ---
//   title: "…"            the page title
//   notice: "…"           the "unofficial summary and translation" statement shown with it
//   ---
//   # I. Purpose and requirements {#I}     a part of the program (level 1), its anchor id
//   ## 1. Purpose {#I-1}                    a numbered subsection (level 2)
//   A paragraph: plain text, one or more lines, ended by a blank line.
//   - a list item (one line)
//
// Every heading carries the anchor id of the Vietnamese section it translates (the ids of
// /chuong-trinh/, src/lib/program/anchors.ts), so each English heading links to the Vietnamese
// text. Text is plain: no HTML, links or emphasis, so nothing in it needs escaping rules.
// A project without content/en/ has no English summary (src/site/english-program.ts).
import { parseAnchorId } from "./anchors.ts";

/** A block of summary text under a heading. */
export type SummaryBlock =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] };

/** One heading of the English summary and the text under it. */
export interface EnglishSection {
  /** Anchor id of the Vietnamese section on the program page, e.g. "II-3". */
  readonly anchor: string;
  /** 1 for a part of the program (I–IV, heading, recipients, appendix), 2 for a subsection. */
  readonly level: 1 | 2;
  /** The English heading, e.g. "3. Specific targets to the end of 2025". */
  readonly heading: string;
  /** Summary text under the heading, in order (often none under a subsection). */
  readonly blocks: readonly SummaryBlock[];
}

/** The parsed content/en/program.md. */
export interface EnglishProgram {
  /** Page title. */
  readonly title: string;
  /** Statement that the summary and headings are unofficial. */
  readonly notice: string;
  /** Headings in document order, each with its summary text. */
  readonly sections: readonly EnglishSection[];
}

/** Thrown when the summary file breaks the format; `lines` are `file:line: …` messages. */
export class EnglishProgramError extends Error {
  override readonly name = "EnglishProgramError";
  readonly lines: readonly string[];

  constructor(lines: readonly string[]) {
    super(lines.join("\n"));
    this.lines = lines;
  }
}

const HEADING = /^(#{1,2}) (.+?) \{#([^}\s]+)\}$/;
const FRONT_MATTER_ENTRY = /^([a-z]+): "(.*)"$/;
const REQUIRED_KEYS = ["title", "notice"] as const;
// HTML tags and Markdown links or emphasis would print as typed: the format is plain text.
const MARKUP = /<[a-z/!]|\]\(|\*\*|__|`/i;

/**
 * Returns the English program summary in `text` (the content of `file`, for messages), or
 * throws EnglishProgramError listing every problem as `file:line: expected …, got …. fix`.
 */
export function parseEnglishProgram(text: string, file: string): EnglishProgram {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const problems: string[] = [];
  const report = (line: number, expected: string, got: string, fix: string): void => {
    problems.push(`${file}:${line}: expected ${expected}, got ${got}. ${fix}`);
  };
  const meta = new Map<string, string>();
  let start = 0;
  if (lines[0] === "---") {
    const end = lines.indexOf("---", 1);
    if (end === -1) {
      report(1, 'a front matter closed by a line "---"', "none", 'Add the closing "---".');
      throw new EnglishProgramError(problems);
    }
    for (let i = 1; i < end; i += 1) {
      const line = lines[i] ?? "";
      if (line.trim() === "") continue;
      const entry = FRONT_MATTER_ENTRY.exec(line);
      if (!entry?.[1]) {
        report(
          i + 1,
          'a line key: "text"',
          JSON.stringify(line),
          "Write each entry on one line, its text in double quotes.",
        );
        continue;
      }
      meta.set(entry[1], (entry[2] ?? "").replaceAll('\\"', '"'));
    }
    start = end + 1;
  }
  for (const key of REQUIRED_KEYS) {
    if (!meta.get(key)?.trim()) {
      report(1, `a front matter entry ${key}: "…"`, "none", `Add ${key} to the front matter.`);
    }
  }
  const sections: { anchor: string; level: 1 | 2; heading: string; blocks: SummaryBlock[] }[] = [];
  const seen = new Map<string, number>();
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flush = (): void => {
    const current = sections.at(-1);
    if (paragraph.length > 0 && current) {
      current.blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    }
    paragraph = [];
    list = undefined;
  };
  for (let i = start; i < lines.length; i += 1) {
    const line = (lines[i] ?? "").trim();
    const number = i + 1;
    if (line === "") {
      flush();
      continue;
    }
    if (MARKUP.test(line)) {
      report(
        number,
        "plain text",
        JSON.stringify(line),
        "Remove the HTML or Markdown markup: the summary is plain text.",
      );
    }
    if (line.startsWith("#")) {
      flush();
      const heading = HEADING.exec(line);
      const [, hashes = "", title = "", anchor = ""] = heading ?? [];
      if (!heading) {
        report(
          number,
          'a heading "# Title {#anchor}" or "## Title {#anchor}"',
          JSON.stringify(line),
          "End the heading with the anchor id of the Vietnamese section, e.g. {#II-3}.",
        );
        continue;
      }
      if (parseAnchorId(anchor) === undefined) {
        report(
          number,
          "an anchor id of the program page (e.g. II, II-3, mo-dau, phu-luc)",
          JSON.stringify(anchor),
          "Use the id the Vietnamese section has on /chuong-trinh/.",
        );
      }
      const first = seen.get(anchor);
      if (first !== undefined) {
        report(
          number,
          "each anchor once",
          `${JSON.stringify(anchor)} again (first on line ${first})`,
          "Remove the repeated heading.",
        );
      }
      seen.set(anchor, number);
      sections.push({ anchor, level: hashes.length === 1 ? 1 : 2, heading: title, blocks: [] });
      continue;
    }
    if (sections.length === 0) {
      report(
        number,
        "a heading before any text",
        JSON.stringify(line),
        "Put the text under the heading of the section it summarises.",
      );
      continue;
    }
    if (line.startsWith("- ")) {
      if (paragraph.length > 0) flush();
      if (!list) {
        list = [];
        sections.at(-1)?.blocks.push({ kind: "list", items: list });
      }
      list.push(line.slice(2).trim());
      continue;
    }
    if (list) {
      report(
        number,
        "a blank line after a list",
        JSON.stringify(line),
        "Leave a blank line between a list and the next paragraph.",
      );
      list = undefined;
    }
    paragraph.push(line);
  }
  flush();
  if (problems.length > 0) throw new EnglishProgramError(problems);
  return {
    title: meta.get("title") ?? "",
    notice: meta.get("notice") ?? "",
    sections,
  };
}

/** Returns the English heading of each anchor id (e.g. "II-3" → "3. Specific targets …"). */
export function indexEnglishHeadings(program: EnglishProgram): ReadonlyMap<string, string> {
  return new Map(program.sections.map((section) => [section.anchor, section.heading]));
}
