// A small, forgiving scanner for the HTML that Astro writes: start tags with their attributes,
// and the raw text of <script>, <style>, <title> and <textarea>. The gates only need tags, ids
// and URLs, so a full HTML parser (and a dependency) would buy nothing; html-validate (gate 3)
// is what checks that the markup itself is well formed.
import { decodeEntities } from "../../../src/lib/xml.ts";

/** One start tag of a document. */
export interface Tag {
  /** Lower-case tag name, e.g. "a". */
  name: string;
  /** Lower-case attribute name → value with character references decoded ("" when bare). */
  attrs: Map<string, string>;
  /** Offset of the "<" in the source. */
  offset: number;
  /** Raw text content, for <script>, <style>, <title> (decoded) and <textarea> (decoded). */
  text?: string;
}

/** A URL found in a document, with where it came from. */
export interface LinkRef {
  /** Tag name, e.g. "a". */
  tag: string;
  /** Attribute name, e.g. "href" or "srcset". */
  attr: string;
  /** The URL as written (decoded), e.g. "../chuong-trinh/#III-2". */
  url: string;
}

const rawTextElements = new Set(["script", "style", "title", "textarea"]);
/** Returns every start tag of `html` in document order (comments and end tags skipped). */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf("<", index);
    if (open === -1) break;
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      index = close === -1 ? html.length : close + 3;
      continue;
    }
    const next = html[open + 1] ?? "";
    if (next === "!" || next === "?" || next === "/") {
      const close = html.indexOf(">", open);
      index = close === -1 ? html.length : close + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      index = open + 1;
      continue;
    }
    const tag = readStartTag(html, open);
    index = tag.end;
    if (rawTextElements.has(tag.tag.name)) {
      const closeAt = html.toLowerCase().indexOf(`</${tag.tag.name}`, index);
      const end = closeAt === -1 ? html.length : closeAt;
      const raw = html.slice(index, end);
      tag.tag.text =
        tag.tag.name === "title" || tag.tag.name === "textarea" ? decodeEntities(raw) : raw;
      index = end;
    }
    tags.push(tag.tag);
  }
  return tags;
}

function readStartTag(html: string, open: number): { tag: Tag; end: number } {
  let index = open + 1;
  const nameMatch = /^[^\s/>]+/.exec(html.slice(index, index + 64));
  const name = (nameMatch?.[0] ?? "").toLowerCase();
  index += name.length;
  const attrs = new Map<string, string>();
  while (index < html.length) {
    while (/\s|\//.test(html[index] ?? "")) index++;
    if (index >= html.length || html[index] === ">") {
      index++;
      break;
    }
    const attrName = /^[^\s/>=]+/.exec(html.slice(index, index + 256))?.[0] ?? "";
    if (attrName === "") {
      index++;
      continue;
    }
    index += attrName.length;
    let value = "";
    let cursor = index;
    while (/\s/.test(html[cursor] ?? "")) cursor++;
    if (html[cursor] === "=") {
      cursor++;
      while (/\s/.test(html[cursor] ?? "")) cursor++;
      const quote = html[cursor];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, cursor + 1);
        const end = close === -1 ? html.length : close;
        value = html.slice(cursor + 1, end);
        index = end + 1;
      } else {
        const raw = /^[^\s>]*/.exec(html.slice(cursor))?.[0] ?? "";
        value = raw;
        index = cursor + raw.length;
      }
    }
    const key = attrName.toLowerCase();
    // The first occurrence wins, as in browsers.
    if (!attrs.has(key)) attrs.set(key, decodeEntities(value));
  }
  return { tag: { name, attrs, offset: open }, end: index };
}

/** Returns the URLs of a srcset attribute ("a.png 1x, b.png 2x" → ["a.png", "b.png"]). */
export function splitSrcset(srcset: string): string[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

const urlAttributes = ["href", "xlink:href", "src", "poster", "action"];

/** Returns every URL that `tags` point to (href, src, srcset, poster, action, data, refresh). */
export function extractLinks(tags: readonly Tag[]): LinkRef[] {
  const links: LinkRef[] = [];
  for (const tag of tags) {
    for (const attr of urlAttributes) {
      const url = tag.attrs.get(attr);
      if (url !== undefined) links.push({ tag: tag.name, attr, url: url.trim() });
    }
    const srcset = tag.attrs.get("srcset");
    if (srcset !== undefined) {
      for (const url of splitSrcset(srcset)) links.push({ tag: tag.name, attr: "srcset", url });
    }
    const data = tag.attrs.get("data");
    if (tag.name === "object" && data !== undefined)
      links.push({ tag: "object", attr: "data", url: data });
    if (tag.name === "meta" && tag.attrs.get("http-equiv")?.toLowerCase() === "refresh") {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attrs.get("content") ?? "")?.[1];
      if (target !== undefined) links.push({ tag: "meta", attr: "content", url: target.trim() });
    }
  }
  return links;
}

/** Returns every fragment target of a document: `id` values and `<a name>` values. */
export function collectIds(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get("id");
    if (id !== undefined && id !== "") ids.add(id);
    const name = tag.attrs.get("name");
    if (tag.name === "a" && name !== undefined && name !== "") ids.add(name);
  }
  return ids;
}

/** Returns the tags of `tags` that sit inside <head> (before <body> or the first body content). */
export function headTags(tags: readonly Tag[]): Tag[] {
  const end = tags.findIndex((tag) => tag.name === "body");
  return end === -1 ? [...tags] : tags.slice(0, end);
}

/** Returns a URL's origin written back for messages: `<a href="/x/">`, or `url(x.png)` for CSS. */
export function describeTag(tag: string, attr: string, value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return tag === "css" ? `url(${shown})` : `<${tag} ${attr}="${shown}">`;
}
