// The error every check that lists its problems throws: one problem per line, all at once
// (STYLE.md § Errors), so the command line prints `lines` as they are (scripts/run-command.ts).

/** An error carrying every problem found, one formatted problem per line. */
export class ProblemsError extends Error {
  override readonly name: string = "ProblemsError";
  /** One formatted problem per line, e.g. `data/goals.csv:4: value: expected …`. */
  readonly lines: readonly string[];

  constructor(lines: readonly string[]) {
    super(lines.join("\n"));
    this.lines = lines;
  }
}
