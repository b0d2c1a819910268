// The table of contents of /chuong-trinh/ is built from the content collection itself: each
// part's frontmatter names the part, and the subsection headings are read from the
// `<ProgramSubsection id="…" title="…">` tags of its MDX body, so a heading is written once.

/** What the table of contents needs from one content/program/*.mdx entry. */
interface ProgramPartInput {
  /** Position of the part on the page (frontmatter `order`). */
  order: number;
  /** Table-of-contents label (frontmatter `title`). */
  title: string;
  /** Id of the part's first element on the page (frontmatter `anchor`). */
  anchor: string;
  /** Raw MDX body of the entry. */
  body: string;
}

/** A subsection heading found in an MDX body. */
interface SubsectionHeading {
  /** Anchor id of the heading, e.g. "II-3". */
  id: string;
  /** Heading text as published, e.g. "3. Mục tiêu cụ thể đến hết năm 2025". */
  title: string;
}

/** One entry of the table of contents. */
export interface TocEntry {
  /** Anchor id the entry links to. */
  id: string;
  /** Visible label. */
  label: string;
  /** Subsections, in document order (empty for parts without numbered subsections). */
  children: TocEntry[];
}

const subsectionTag = /<ProgramSubsection\b([^>]*)>/g;
const attribute = /([A-Za-z]+)="([^"]*)"/g;

/** Returns the subsection headings of an MDX body, in order; throws when a tag lacks id or title. */
export function listSubsectionHeadings(body: string): SubsectionHeading[] {
  return [...body.matchAll(subsectionTag)].map((tag) => {
    const attributes = new Map(
      [...(tag[1] ?? "").matchAll(attribute)].map(([, name, value]) => [name, value]),
    );
    const id = attributes.get("id");
    const title = attributes.get("title");
    if (!id || !title) {
      throw new Error(
        `listSubsectionHeadings: ${tag[0]} needs both id="…" and title="…" as plain strings`,
      );
    }
    return { id, title };
  });
}

/** Returns `parts` sorted by `order`; throws when two parts share an order or an anchor. */
export function sortProgramParts<T extends { order: number; anchor: string }>(
  parts: readonly T[],
): T[] {
  const sorted = [...parts].sort((a, b) => a.order - b.order);
  for (let k = 1; k < sorted.length; k++) {
    const previous = sorted[k - 1];
    const current = sorted[k];
    if (previous && current && previous.order === current.order) {
      throw new Error(
        `sortProgramParts: parts "${previous.anchor}" and "${current.anchor}" both have order ${current.order}`,
      );
    }
  }
  const anchors = new Set<string>();
  for (const part of sorted) {
    if (anchors.has(part.anchor)) {
      throw new Error(`sortProgramParts: two parts have the anchor "${part.anchor}"`);
    }
    anchors.add(part.anchor);
  }
  return sorted;
}

/** Returns the table of contents: one entry per part, its numbered subsections nested. */
export function buildToc(parts: readonly ProgramPartInput[]): TocEntry[] {
  return sortProgramParts(parts).map((part) => ({
    id: part.anchor,
    label: part.title,
    children: listSubsectionHeadings(part.body).map((heading) => ({
      id: heading.id,
      // "3. Các cơ quan báo chí, phát thanh, truyền hình:" runs into its paragraph in the
      // document; the colon belongs to that sentence, not to a contents entry.
      label: heading.title.replace(/:\s*$/, ""),
      children: [],
    })),
  }));
}
