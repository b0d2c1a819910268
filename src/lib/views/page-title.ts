// The text of <title> and og:title: the page's own title, then the program and the province,
// because a title travels alone (a shared link, a bookmark, a search result) and "Tổng quan" or
// an indicator name says nothing about which province's program it tracks. The page's words
// come first: search results and browser tabs cut the end. <title> stays within 100 characters
// (.htmlvalidate.json long-title): a long page title keeps its start, cut at a word with "…";
// og:title and the page's <h1> keep the full name.

/** Longest <title> the site writes, in characters. */
export const MAX_TITLE_LENGTH = 100;

const SEPARATOR = " — ";

/**
 * Returns "<title> — <suffix>" in at most `max` characters (Infinity: never cut, for og:title);
 * `suffix` names the program and the province (ProgramNames.titleSuffix). A long title is cut
 * by `cut`: at its end (cutAtWord), or in its middle (cutInMiddle).
 */
export function composePageTitle(
  title: string,
  suffix: string,
  max: number = MAX_TITLE_LENGTH,
  cut: (text: string, max: number) => string = cutAtWord,
): string {
  return `${cut(title, max - SEPARATOR.length - [...suffix].length)}${SEPARATOR}${suffix}`;
}

/** Returns `text` cut at a word boundary, with "…", so it has at most `max` characters. */
export function cutAtWord(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const words = text.split(" ");
  let cut = "";
  for (const word of words) {
    const next = cut === "" ? word : `${cut} ${word}`;
    if ([...next].length + 1 > max) break;
    cut = next;
  }
  // A text with no space in its first `max` characters is cut mid-word.
  const kept = (cut || [...text].slice(0, max - 1).join("")).replace(/[\s,;:.—–-]+$/u, "");
  return `${kept}…`;
}

/**
 * Returns `text` in at most `max` characters, cut in the middle at words ("Share of … at
 * provincial level"): the English names of related indicators often differ only at their end.
 */
export function cutInMiddle(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const words = text.split(" ");
  const tail: string[] = [];
  // The end keeps at most half of the room; the start takes the rest.
  while (words.length > 0) {
    const next = [words.at(-1) ?? "", ...tail].join(" ");
    if ([...next].length > (max - 2) / 2) break;
    tail.unshift(words.pop() ?? "");
  }
  const room = max - [...tail.join(" ")].length - 3;
  const head = cutAtWord(words.join(" "), room + 1).replace(/…$/, "");
  return `${head} … ${tail.join(" ")}`;
}
