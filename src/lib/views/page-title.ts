// The text of <title>: the page's own title, then the site's name when both fit in 70
// characters (html-validate's long-title rule; search results cut longer titles anyway). A long
// page title keeps its start, cut at a word with "…"; the page's <h1> always has the full name.

/** Longest <title> the site writes, in characters. */
export const MAX_TITLE_LENGTH = 70;

/** Returns the <title> text for a page titled `title` on site `siteName`. */
export function composePageTitle(
  title: string,
  siteName: string,
  max: number = MAX_TITLE_LENGTH,
): string {
  if (title === siteName) return title;
  const full = `${title} · ${siteName}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const words = title.split(" ");
  let cut = "";
  for (const word of words) {
    const next = cut === "" ? word : `${cut} ${word}`;
    if (next.length + 1 > max) break;
    cut = next;
  }
  // A title with no space in its first `max` characters is cut mid-word.
  return `${(cut || title.slice(0, max - 1)).replace(/[,;:]$/, "")}…`;
}
