// Text in and out of markup: the one escaper for XML/HTML output (sitemap, Atom feed, SVG cards)
// and the one decoder of character references for text read back from HTML (search records,
// Pagefind excerpts, tests). Both are deliberately small: the site writes and reads its own markup.

/** Returns `text` safe inside XML (and HTML) content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const namedReferences: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/**
 * Returns `text` with its character references decoded: numeric ones (`&#39;`, `&#x27;`) and the
 * named ones markup escapers produce (`&amp; &lt; &gt; &quot; &apos; &nbsp;`); others stay as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const hex = name[1] === "x" || name[1] === "X";
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedReferences[name.toLowerCase()] ?? whole;
  });
}
