// Notes in data/ name their source by id ("… từ 01/07/2025 (nguồn: laodong-ket-thuc-bo-may-52-tinh)").
// A reader needs the source's title and a link, not an id: this cuts a note into plain text and
// the sources it names, so a page can link each one.

import type { Lang } from "../i18n/languages.ts";
import type { LinkView } from "./types.ts";

/** A piece of a note: plain text, or a source it names. */
export type NotePart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "source"; readonly source: LinkView };

/** A note cut into parts, and the language it is written in. */
export interface NoteView {
  readonly parts: readonly NotePart[];
  /** "vi" on another language's page when the note has no translation. */
  readonly lang: Lang;
}

// English translations of notes (data/translations.csv) write "(source: <id>)".
const mention = /\((?:nguồn|source): ([a-z0-9]+(?:-[a-z0-9]+)*)\)/gu;

/** Returns `text` with each "(nguồn: <id>)" of a known source written with its title instead. */
export function nameSourceMentions(
  text: string,
  sources: ReadonlyMap<string, { readonly title: string; readonly url: string }>,
): string {
  return splitSourceMentions(text, sources)
    .map((part) => (part.kind === "text" ? part.text : `(nguồn: ${part.source.label})`))
    .join("");
}

/**
 * Returns `text` with each "(nguồn: <id>)" of a known source turned into a source part (the
 * page writes "(nguồn: <title linked>)"); unknown ids stay as written.
 */
export function splitSourceMentions(
  text: string,
  sources: ReadonlyMap<string, { readonly title: string; readonly url: string }>,
): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const match of text.matchAll(mention)) {
    const source = sources.get(match[1] ?? "");
    if (!source) continue;
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push({ kind: "source", source: { label: source.title, href: source.url } });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
