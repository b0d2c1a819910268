// Runs `npm run release:preview` and `npm run release:freeze` as an editor would: on the
// synthetic open-data fixture (copied into a temporary git repository for the freeze) and on
// the real data/. Exit codes, what they print, and never a stack trace.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openDataFixturePath } from "./fixtures/open-data/load.ts";

const PREVIEW = fileURLToPath(new URL("../scripts/release-preview.ts", import.meta.url));
const FREEZE = fileURLToPath(new URL("../scripts/release-freeze.ts", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), "release-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Runs a script with the Node that runs the tests (the project's Node 24).
function run(script: string, args: string[], cwd = repoRoot): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd, encoding: "utf8" },
      (error, stdout, stderr) => {
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

// A copy of the synthetic fixture in a git repository of its own, committed.
function fixtureRepo(name: string): string {
  const dir = path.join(temp, name);
  cpSync(openDataFixturePath("data/"), dir, { recursive: true });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "-q");
  git("add", ".");
  git("-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-qm", "fixture");
  return dir;
}

describe("npm run release:preview", () => {
  it("prints what the working release changes against the one before it", async () => {
    const result = await run(PREVIEW, ["--data", openDataFixturePath("data/")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Phiên bản 1.2.0 so với phiên bản đã công bố 1.1.0:");
    expect(result.stdout).toContain("Số liệu mới (1):\n  xa-ntm 2025 (tinh-moi, mac-dinh): 80");
    expect(result.stdout).toContain("  observations.csv: đổi (591 byte → 771 byte)");
    expect(result.stderr).toBe("");
  }, 60_000);

  it("says when the latest release of data/ is already published", async () => {
    const result = await run(PREVIEW, []);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Phiên bản \d+\.\d+\.\d+ đã công bố và đóng băng/);
  }, 60_000);

  it("refuses an unknown release id with the known ones", async () => {
    const result = await run(PREVIEW, ["--data", openDataFixturePath("data/"), "--to", "9.9.9"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'release:preview: không có phiên bản "9.9.9" (có: 1.0.0, 1.1.0, 1.2.0).\n',
    );
  }, 60_000);
});

describe("npm run release:freeze", () => {
  it("keeps a committed release's files and its commit, then refuses to freeze it again", async () => {
    const dir = fixtureRepo("freeze");
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, encoding: "utf8" }).trim();
    const first = await run(FREEZE, ["--data", dir]);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(readFileSync(path.join(dir, "releases", "published.csv"), "utf8")).toBe(
      `release_id,commit\n1.2.0,${head}\n`,
    );
    expect(existsSync(path.join(dir, "releases", "1.2.0", "ctr-02-du-lieu-1.2.0.zip"))).toBe(true);
    const again = await run(FREEZE, ["--data", dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("phiên bản 1.2.0 đã được đóng băng");
  }, 60_000);

  it("refuses to freeze while the working tree has uncommitted changes", async () => {
    const dir = fixtureRepo("dirty");
    writeFileSync(path.join(dir, "notes.txt"), "chưa commit\n");
    const result = await run(FREEZE, ["--data", dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("còn thay đổi chưa commit:\n?? notes.txt\n");
    expect(existsSync(path.join(dir, "releases"))).toBe(false);
  }, 60_000);
});
