// The row types and parsers are generated from data/datapackage.json (npm run generate:rows):
// this fails, saying which command to run, whenever the two disagree.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../scripts/generate-rows.ts", import.meta.url));
const DESCRIPTOR = fileURLToPath(new URL("../data/datapackage.json", import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), "rows-generated-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Runs the script with the Node that runs the tests (the project's Node 24).
function check(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, "--check", ...args], (error, _stdout, stderr) => {
      resolve({ status: error ? (error.code as number | null) : 0, stderr });
    });
  });
}

describe("src/lib/data/rows.generated.ts", () => {
  it("is what npm run generate:rows writes from data/datapackage.json", async () => {
    const run = await check([]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("is reported out of date, with the command to run, after a column is added", async () => {
    const descriptor = JSON.parse(readFileSync(DESCRIPTOR, "utf8")) as {
      resources: { name: string; schema: { fields: object[] } }[];
    };
    const observations = descriptor.resources.find((resource) => resource.name === "observations");
    observations?.schema.fields.push({ name: "confidence", type: "string" });
    const changed = path.join(temp, "datapackage.json");
    writeFileSync(changed, JSON.stringify(descriptor));
    const run = await check(["--descriptor", changed]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `src/lib/data/rows.generated.ts is out of date with ${changed}: run npm run generate:rows, then adapt the code that reads the changed columns (npm run check lists it).\n`,
    );
  });
});
