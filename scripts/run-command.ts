// How the editor's commands (release:preview, release:freeze, data:import) end: the exit code
// `main` returns, or, when the data has problems, the validator's lines on stderr and exit 1.
// A user's mistake never prints a stack trace.

/** Runs `main` and sets the process exit code from it; data problems print as file:line lines. */
export function runCommand(main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    const lines = (error as { lines?: readonly string[] }).lines;
    process.stderr.write(`${lines ? lines.join("\n") : String((error as Error).message)}\n`);
    process.exitCode = 1;
  }
}
