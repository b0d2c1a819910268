// The copy of a built page that Pagefind indexes. The served HTML is never changed; this copy
//   - on a Vietnamese page, glues search aliases to words (see aliases.ts: đ → d, abbreviations
//     ↔ phrases); an English page is indexed as it is (Pagefind stems English itself);
//   - carries the page's kind as a Pagefind filter, labelled in the page's language (from its
//     URL, see page-kind.ts);
//   - on /chuong-trinh/, turns every citable paragraph, bullet and appendix row into a titled
//     sub-result. The id moves from the element onto an empty <span> at its start: Pagefind
//     stores the text of an anchored element a second time, and the empty span keeps the
//     program's fragment (downloaded with nearly every first search) about a third smaller.
// A small scanner rather than an HTML parser: the input is Astro's own output.
import { decodeEntities } from "../xml.ts";
import { addSearchAliases, type AliasKinds } from "./aliases.ts";
import { normalizeSpacing } from "./fold.ts";
import { pageKindLabels, type PageKind, type SearchLang } from "./page-kind.ts";
import { describeProgramAnchor } from "./program-titles.ts";

/** How to prepare one page. */
interface IndexHtmlOptions {
  /** The page's kind, stored as the `kind` filter. */
  kind: PageKind;
  /** Which search aliases to glue to words (all of them, except to measure what they cost). */
  aliases: AliasKinds;
  /** The page's language (its <html lang>): aliases and program sub-results are Vietnamese only. */
  lang?: SearchLang;
}

/** The prepared copy and what was done to it. */
interface IndexHtml {
  /** HTML to hand to Pagefind. */
  html: string;
  /** False when the page has no <main>, which is all Pagefind indexes. */
  hasMain: boolean;
  /** Program anchors turned into titled sub-results. */
  subResults: number;
}

const rawTextElements = new Set(["script", "style", "textarea"]);
const headingPattern = /^h[1-6]$/;
const attributePattern = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface Tag {
  raw: string;
  name: string;
  closing: boolean;
  attrs: Map<string, string>;
}

/** Returns the attribute value escaped for a double-quoted attribute. */
function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

function decodeText(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ""));
}

function parseTag(raw: string): Tag | undefined {
  const head = /^<(\/?)([a-zA-Z][\w-]*)/.exec(raw);
  if (!head) return undefined;
  const attrs = new Map<string, string>();
  const inner = raw.slice(head[0].length);
  for (const match of inner.matchAll(attributePattern)) {
    const name = match[1];
    if (name) attrs.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  }
  return { raw, name: (head[2] ?? "").toLowerCase(), closing: head[1] === "/", attrs };
}

function endOfTag(html: string, start: number): number {
  let quote: string | undefined;
  for (let j = start + 1; j < html.length; j++) {
    const c = html[j];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return j;
    }
  }
  return html.length - 1;
}

function removeIdAttribute(raw: string): string {
  return raw.replace(/\sid\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/, "");
}

/** Returns the copy of `html` to index (see the module comment). */
export function prepareIndexHtml(html: string, options: IndexHtmlOptions): IndexHtml {
  const headings = new Map<string, string>();
  let capture: { name: string; id: string; text: string } | undefined;
  let out = "";
  let hasMain = false;
  let subResults = 0;
  const lang = options.lang ?? "vi";
  const programText = lang === "vi" && options.kind === "program";

  const text = (segment: string): string => {
    if (capture) capture.text += segment;
    return lang === "vi" ? addSearchAliases(segment, options.aliases) : segment;
  };

  const onTag = (tag: Tag): string => {
    if (tag.closing) {
      if (capture && tag.name === capture.name) {
        headings.set(capture.id, normalizeSpacing(decodeText(capture.text)));
        capture = undefined;
      }
      return tag.raw;
    }
    const id = tag.attrs.get("id");
    if (tag.name === "main" && !hasMain) {
      hasMain = true;
      const filter = escapeAttribute(`kind:${pageKindLabels(lang)[options.kind]}`);
      return `${tag.raw}<span data-pagefind-filter="${filter}"></span>`;
    }
    if (id === undefined || !programText) return tag.raw;
    if (headingPattern.test(tag.name)) {
      capture = { name: tag.name, id, text: "" };
      return tag.raw;
    }
    if (tag.attrs.has("data-pagefind-title")) return tag.raw;
    const title = describeProgramAnchor(id, (key) => headings.get(key));
    if (title === undefined) return tag.raw;
    subResults++;
    const anchor = `<span id="${escapeAttribute(id)}" data-pagefind-title="${escapeAttribute(title)}"></span>`;
    return removeIdAttribute(tag.raw) + anchor;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += text(html.slice(i));
      break;
    }
    out += text(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    const gt = endOfTag(html, lt);
    const raw = html.slice(lt, gt + 1);
    const tag = parseTag(raw);
    i = gt + 1;
    if (!tag) {
      out += raw;
      continue;
    }
    out += onTag(tag);
    if (!tag.closing && rawTextElements.has(tag.name)) {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
      const stop = close < 0 ? html.length : close;
      out += html.slice(i, stop);
      i = stop;
    }
  }
  return { html: out, hasMain, subResults };
}
