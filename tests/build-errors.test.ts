// What the build prints for an error thrown by Astro's build: where, what, the hint; no stack.
import { describe, expect, it } from "vitest";
import { describeBuildError } from "../scripts/build-errors.ts";

describe("describeBuildError", () => {
  it("puts the file, line and column first when the message does not name them", () => {
    const error = Object.assign(new Error("Unexpected token"), {
      loc: { file: "src/pages/index.astro", line: 12, column: 3 },
      hint: "Check the expression on this line.",
    });
    expect(describeBuildError(error)).toBe(
      "src/pages/index.astro:12:3:\nUnexpected token\nGợi ý: Check the expression on this line.",
    );
  });

  it("drops the stack frames the bundler folds into its message", () => {
    const message = [
      "Build failed with 1 error:",
      "[plugin @mdx-js/rolldown] content/program/01.mdx:9:1",
      "MDXError: 9:1: Expected a closing tag for `<div>`",
      "    at TransformPluginContextImpl.handler (file:///x/vite-plugin-mdx.js:64:17)",
      "    at async plugin (file:///x/rolldown.mjs:1758:16)",
    ].join("\n");
    const error = Object.assign(new Error(message), { loc: { file: "content/program/01.mdx" } });
    expect(describeBuildError(error)).toBe(
      "Build failed with 1 error:\n[plugin @mdx-js/rolldown] content/program/01.mdx:9:1\nMDXError: 9:1: Expected a closing tag for `<div>`",
    );
  });

  it("prints what was thrown when it is not an error", () => {
    expect(describeBuildError("stopped")).toBe("stopped");
  });
});
