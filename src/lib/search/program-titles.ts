// Titles of the program text's search sub-results. Pagefind makes a sub-result of every element
// that has an id and a data-pagefind-title, so each paragraph, bullet and appendix row of
// /chuong-trinh/ can be linked to directly; this names them the way a reader cites them.
import { parseAnchorId, READABLE_ANCHORS } from "../program/anchors.ts";

/** Returns the sub-result title for program anchor `id`, or undefined when `id` is not one. */
export function describeProgramAnchor(
  id: string,
  headingOf: (id: string) => string | undefined,
): string | undefined {
  const parsed = parseAnchorId(id);
  if (!parsed) return undefined;
  switch (parsed.kind) {
    case "section":
      return `${headingOf(id) ?? `Phần ${id}`} · #${id}`;
    case "subsection":
      return `${headingOf(id) ?? headingOf(parsed.section) ?? `Mục ${id}`} · #${id}`;
    case "item": {
      const heading =
        headingOf(`${parsed.section}-${parsed.subsection}`) ?? headingOf(parsed.section);
      return `${heading ?? `Mục ${parsed.section}-${parsed.subsection}`} · #${id}`;
    }
    case "appendix-row":
      return `Phụ lục, hàng ${parsed.row} · #${id}`;
    case "recipient":
      return `Nơi nhận · #${id}`;
    case "readable": {
      const name = READABLE_ANCHORS[parsed.id];
      return `${name.charAt(0).toUpperCase()}${name.slice(1)} · #${id}`;
    }
  }
}
