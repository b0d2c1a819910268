// Dictionary sentences with words marked inside them, so a paragraph with code, emphasis and
// links stays one sentence for a translator instead of fragments glued by the template:
//   `methodology_version`        → <code>
//   **do trang tính**             → <strong>
//   [phương pháp](methodology)    → a link, or a date (<time>), that the page names "methodology"
// Marks do not nest. A mark left open, or a name the page does not give, fails the build with
// the sentence in the message: a typo in a dictionary never prints stray backticks or brackets.

/** One piece of a sentence as a page prints it. */
export type RichPart =
  | { readonly kind: "text" | "code" | "strong"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly href: string }
  | { readonly kind: "time"; readonly text: string; readonly datetime: string };

/** A block of prose: a paragraph, or a bulleted list of sentences. */
export type RichBlock =
  | { readonly kind: "paragraph"; readonly parts: readonly RichPart[] }
  | { readonly kind: "list"; readonly items: readonly (readonly RichPart[])[] };

/** What a `[words](name)` mark stands for: a link (href ready to print) or a date (ISO). */
export type RichTarget = { readonly href: string } | { readonly datetime: string };

const MARK = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([\w-]+)\)/g;
const STRAY = /[`[\]]|\*\*/;

/**
 * Returns `sentence` split into the pieces its marks make, each `[words](name)` resolved
 * through `targets`; throws when a mark is left open or a name is not in `targets`.
 */
export function parseRichText(
  sentence: string,
  targets: Readonly<Record<string, RichTarget>> = {},
): RichPart[] {
  const parts: RichPart[] = [];
  const addText = (text: string) => {
    const stray = STRAY.exec(text);
    if (stray) {
      throw new Error(`a "${stray[0]}" mark is left open in the sentence "${sentence}"`);
    }
    if (text !== "") parts.push({ kind: "text", text });
  };
  let end = 0;
  for (const match of sentence.matchAll(MARK)) {
    addText(sentence.slice(end, match.index));
    end = match.index + match[0].length;
    const [, code, strong, words = "", name = ""] = match;
    if (code !== undefined) parts.push({ kind: "code", text: code });
    else if (strong !== undefined) parts.push({ kind: "strong", text: strong });
    else parts.push(resolveTarget(sentence, words, name, targets));
  }
  addText(sentence.slice(end));
  return parts;
}

function resolveTarget(
  sentence: string,
  text: string,
  name: string,
  targets: Readonly<Record<string, RichTarget>>,
): RichPart {
  const target = Object.hasOwn(targets, name) ? targets[name] : undefined;
  if (!target) {
    const known = Object.keys(targets).join(", ") || "none";
    throw new Error(`unknown link "${name}" in the sentence "${sentence}" (known: ${known})`);
  }
  return "href" in target
    ? { kind: "link", text, href: target.href }
    : { kind: "time", text, datetime: target.datetime };
}
