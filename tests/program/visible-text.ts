// Reads the visible text of a built page the way a reader sees it, for the faithfulness test:
// block elements and <br> separate words, inline elements (<em>, <a>, <span>) do not, and
// anything marked `data-not-program-text` (link affordances, contents, editor's notes, target
// links and chips) is left out. html-validate's parser (already a devDependency) builds the
// tree; it leaves character references as written, so they are decoded here.
import { decodeEntities } from "../../src/lib/xml.ts";
import { Config, HtmlElement, Parser, type DOMNode } from "html-validate";

/** Attribute that marks page chrome inside <main> that is not part of the program text. */
export const notProgramTextAttribute = "data-not-program-text";

const blockElements = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);
const skippedElements = new Set(["script", "style", "template", "noscript"]);
/** Returns `text` with its character references decoded; throws on a name it does not know. */
export function decodeCharacterReferences(text: string): string {
  for (const [reference] of text.matchAll(/&[A-Za-z][A-Za-z0-9]*;/g)) {
    if (decodeEntities(reference) === reference) {
      throw new Error(`decodeCharacterReferences: unknown character reference ${reference}`);
    }
  }
  return decodeEntities(text);
}

function collectText(node: DOMNode, out: string[]): void {
  if (!(node instanceof HtmlElement)) {
    out.push(decodeCharacterReferences(node.textContent));
    return;
  }
  const tag = node.tagName.toLowerCase();
  if (skippedElements.has(tag) || node.hasAttribute("hidden")) return;
  if (node.hasAttribute(notProgramTextAttribute)) return;
  const block = blockElements.has(tag);
  if (block) out.push(" ");
  for (const child of node.childNodes) collectText(child, out);
  if (block) out.push(" ");
}

/** Returns the parsed document (html-validate's DOM: querySelector, getAttributeValue, textContent). */
export async function parseDocument(html: string): Promise<HtmlElement> {
  const parser = new Parser(await Config.empty().resolve());
  return parser.parseHtml(html);
}

/** Returns the visible text inside the first element matching `selector` (default <main>). */
export async function extractVisibleText(html: string, selector = "main"): Promise<string> {
  const root = (await parseDocument(html)).querySelector(selector);
  if (!root) throw new Error(`extractVisibleText: no element matches "${selector}"`);
  const out: string[] = [];
  collectText(root, out);
  return out.join("");
}

/** Returns every id attribute value in `html`, in document order. */
export async function listIds(html: string): Promise<string[]> {
  return (await parseDocument(html)).querySelectorAll("[id]").map((element) => element.id ?? "");
}
