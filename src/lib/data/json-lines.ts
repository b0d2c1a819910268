/** Line numbers of the properties of a JSON text, so descriptor problems can name a line. */

/**
 * Returns the 1-based line of every property and array item of a valid JSON text, keyed by
 * its path (`resources[2].schema.fields[0].type`); the empty path is the whole document.
 */
export function locateJsonLines(text: string): ReadonlyMap<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text[i];
      if (c === "\n") line += 1;
      else if (c !== " " && c !== "\t" && c !== "\r" && c !== "\uFEFF") return;
      i += 1;
    }
  };
  // Valid JSON strings hold no raw line breaks, so reading one never changes `line`.
  const readString = (): string => {
    let j = i + 1;
    while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
    const raw = text.slice(i, j + 1);
    i = j + 1;
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "string" ? parsed : raw;
  };
  const readValue = (path: string): void => {
    skipSpace();
    if (!lines.has(path)) lines.set(path, line);
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i += 1;
      for (let index = 0; ; index += 1) {
        skipSpace();
        if (text[i] === close || i >= text.length) break;
        let itemPath = `${path}[${index}]`;
        if (c === "{") {
          const keyLine = line;
          const key = readString();
          itemPath = path === "" ? key : `${path}.${key}`;
          lines.set(itemPath, keyLine);
          skipSpace();
          i += 1; // the colon
        }
        readValue(itemPath);
        skipSpace();
        if (text[i] === ",") i += 1;
      }
      i += 1;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !",]} \t\r\n".includes(text[i] ?? "")) i += 1;
    }
  };
  readValue("");
  return lines;
}

/** Returns the path of a property as `a.b[2].c` from its parts. */
export function formatJsonPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/** Returns the line of a path, or of its nearest listed ancestor, or 1. */
export function findJsonLine(lines: ReadonlyMap<string, number>, path: string): number {
  for (let p = path; ;) {
    const found = lines.get(p);
    if (found !== undefined) return found;
    const parent = p.replace(/(^|\.)[^.[\]]*$|\[\d+\]$/, "");
    if (parent === p) return 1;
    p = parent;
  }
}
