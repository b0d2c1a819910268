// What a build prints about warnings (src/site/load-dataset.ts): a data folder whose English
// translations are all missing has 217 warnings; the build prints the first 20, then one line
// counting the rest with the command that lists them, and the Astro process it starts (told by
// DATA_WARNINGS_SHOWN) prints none, so nothing is said twice.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { decode, readFolderFiles, REAL_DATA_DIR, writeFolder } from "./validate-support.ts";

const LOADER = fileURLToPath(new URL("../src/site/load-dataset.ts", import.meta.url));
// The real site's configuration: two languages, so every untranslated cell is a warning.
const SITE_CONFIG = fileURLToPath(new URL("../site.config.json", import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), "build-warnings-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The real data with only the header and first row of translations.csv left. */
function untranslatedCopy(): string {
  const dir = path.join(temp, "data");
  const files = readFolderFiles(REAL_DATA_DIR);
  writeFolder(files, dir);
  const [header, first] = decode(files.get("translations.csv")).split("\n");
  writeFileSync(path.join(dir, "translations.csv"), `${header}\n${first}\n`);
  return dir;
}

/** Loads `dir` as the build does, in a process of its own; returns what it printed to stderr. */
function load(dir: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const script = `const { loadDataset } = await import(${JSON.stringify(LOADER)}); if (!loadDataset(${JSON.stringify(dir)}).ok) process.exit(1);`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--input-type=module", "-e", script],
      { cwd: temp, env: { ...env, DATA_DIR: dir, SITE_CONFIG } },
      (error, _stdout, stderr) =>
        error ? reject(error) : resolve(stderr.split("\n").filter(Boolean)),
    );
  });
}

describe("the build's data warnings", { timeout: 60_000 }, () => {
  const dir = untranslatedCopy();
  const env = { ...process.env };
  delete env["DATA_WARNINGS_SHOWN"];

  it("prints the first 20, then counts the rest and names the command that lists them", async () => {
    const lines = await load(dir, env);
    expect(lines).toHaveLength(21);
    expect(lines.slice(0, 20).every((line) => line.startsWith("warning: "))).toBe(true);
    expect(lines[0]).toMatch(/expected an English \(en\) translation/);
    expect(lines[20]).toBe(
      "warning: … and 197 more warnings (217 in all). `npm run validate -- --data data` lists every one.",
    );
  });

  it("prints nothing in the Astro process, which the build has told it printed them", async () => {
    expect(await load(dir, { ...env, DATA_WARNINGS_SHOWN: "1" })).toEqual([]);
  });
});
