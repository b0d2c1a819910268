// The problems a parser lists when it refuses its input: the tests of every parser that throws
// one error carrying all its problems (`lines`, STYLE.md § Errors) read them the same way.

/**
 * Returns the `lines` of the error `run` throws when it is a `kind`, and none when `run` throws
 * nothing; any other error is thrown again, so a bug is never mistaken for a list of problems.
 */
export function problemLinesOf(
  run: () => unknown,
  kind: abstract new (...args: never[]) => { readonly lines: readonly string[] },
): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof kind) return error.lines;
    throw error;
  }
  return [];
}
