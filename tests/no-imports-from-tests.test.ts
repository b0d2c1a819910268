// The site and its commands never depend on test code (issue 16.7): no file under src/ or
// scripts/ imports from tests/. Tests may import from src/ and scripts/, not the reverse, so
// `npm run build` and `npm run check:site` keep working when tests/ changes or is left out.
//
// Unit tests next to a module (*.test.ts) are left out: they are tests, and may read the
// synthetic fixtures and helpers under tests/.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles } from "./support/program-names.ts";

const root = path.resolve(import.meta.dirname, "..");
const testsDir = path.join(root, "tests");
const codeFile = /\.(?:ts|mts|js|mjs|astro)$/;

// `from "…"`, `import "…"` and `import("…")`: the specifier, whatever the quotes.
const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])([^"'`]+)\1/g;

/** Returns "file:line: specifier" for each import in `text` that resolves into tests/. */
function findTestImports(text: string, file: string): string[] {
  const label = path.relative(root, file);
  return text.split("\n").flatMap((line, index) =>
    [...line.matchAll(specifierPattern)]
      .map((match) => match[2] ?? "")
      .filter((specifier) => specifier.startsWith("."))
      .filter((specifier) => {
        const target = path.resolve(path.dirname(file), specifier);
        return target === testsDir || target.startsWith(testsDir + path.sep);
      })
      .map((specifier) => `${label}:${index + 1}: ${specifier}`),
  );
}

const files = ["src", "scripts"]
  .flatMap((folder) => listFiles(path.join(root, folder)))
  .filter((file) => codeFile.test(file) && !file.endsWith(".test.ts"));

describe("src/ and scripts/ never import from tests/", () => {
  it("reads the check-site command and the pages", () => {
    const read = files.map((file) => path.relative(root, file));
    expect(read).toContain(path.join("scripts", "check-site.ts"));
    expect(read).toContain(path.join("src", "pages", "index.astro"));
  });

  it("finds no import of a file under tests/", () => {
    expect(files.flatMap((file) => findTestImports(readFileSync(file, "utf8"), file))).toEqual([]);
  });

  it("names the file and line of an import from tests/, static or dynamic", () => {
    const file = path.join(root, "scripts", "example.ts");
    const text = [
      'import { a } from "./check-site/lib/a.ts";',
      "import {",
      "  b,",
      '} from "../tests/support/b.ts";',
      "const c = await import('../tests/c.ts');",
      'import "../src/lib/d.ts";',
    ].join("\n");
    expect(findTestImports(text, file)).toEqual([
      "scripts/example.ts:4: ../tests/support/b.ts",
      "scripts/example.ts:5: ../tests/c.ts",
    ]);
  });
});
