// How the build reports an error it did not expect from a step it does not own (Astro, Vite,
// MDX): the message, with the file and line when the error names them, and no stack trace. A
// broken program text (content/program/*.mdx) is a user's mistake, and the message already
// says where it is; a developer after the stack of a bug in src/ runs `npx astro build`.

/** The fields of Astro's and the bundler's errors that tell the reader where to look. */
interface LocatedError {
  readonly message?: unknown;
  readonly hint?: unknown;
  readonly loc?: { readonly file?: unknown; readonly line?: unknown; readonly column?: unknown };
}

const stackFrame = /^\s+at /;

/** Returns what to print for `error`, thrown by Astro's build: location, message, hint. */
export function describeBuildError(error: unknown): string {
  if (typeof error !== "object" || error === null) return String(error);
  const { message, hint, loc } = error as LocatedError;
  const lines: string[] = [];
  const raw = typeof message === "string" && message.trim() !== "" ? message : String(error);
  // The bundler folds the errors of its plugins into its message, stack frames included.
  const text = raw
    .split("\n")
    .filter((line) => !stackFrame.test(line))
    .join("\n")
    .trim();
  if (typeof loc?.file === "string" && !text.includes(loc.file)) {
    const at = [loc.file, loc.line, loc.column].filter((part) => part !== undefined).join(":");
    lines.push(`${at}:`);
  }
  lines.push(text);
  if (typeof hint === "string" && hint.trim() !== "") lines.push(`Gợi ý: ${hint.trim()}`);
  return lines.join("\n");
}
