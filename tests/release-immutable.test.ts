// Published releases are immutable (issue 14): for every frozen release listed in
// data/releases/published.csv, build the commit that published it, in a temporary folder, and
// compare its /du-lieu/phien-ban/<id>/ with the current build (dist/, made by `npm run build`
// before vitest runs), byte for byte. Driven by the list, so each later release is checked too.
//
// The old commit is extracted with `git archive` (no worktree is registered in the repository,
// so a crash leaves nothing behind in .git) and built with the current node_modules, linked: the
// build needs no `npm ci` of its own as long as the dependencies it uses still build it, which
// this test shows each time it runs. A shallow clone lacks the old commits: then the test fails
// and says how to fetch them; it never skips.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPublishedReleases } from "../src/site/open-data.ts";
import { repoRoot, requireBuiltSite } from "./fixtures/open-data/site.ts";
import { linkNodeModules } from "./support/site-copy.ts";

const site = requireBuiltSite();
const dataDir = path.join(repoRoot, "data");
const published = readPublishedReleases(dataDir);
const frozenIds = readdirSync(path.join(dataDir, "releases"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const work = mkdtempSync(path.join(tmpdir(), "ctr-02-release-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim();

/** Returns the files of a built site's release folder (the page itself left out), by name. */
function releaseFiles(distDir: string, id: string): Map<string, Buffer> {
  const folder = path.join(distDir, "du-lieu", "phien-ban", id);
  return new Map(
    readdirSync(folder)
      .filter((name) => name !== "index.html")
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name))]),
  );
}

// Fails (never skips) when the history is missing, with the way to get it.
function requireCommit(id: string, commit: string): void {
  const shallow = git("rev-parse", "--is-shallow-repository") === "true";
  try {
    git("cat-file", "-e", `${commit}^{commit}`);
  } catch {
    throw new Error(
      `release ${id} was published by commit ${commit}, which this clone does not have` +
        (shallow ? " (it is a shallow clone)" : "") +
        ". Build the test from a clone with full history: git fetch --unshallow (or clone without --depth).",
    );
  }
}

// Extracts `commit` into a fresh folder, links node_modules, builds; returns the dist folder.
async function buildCommit(commit: string): Promise<string> {
  const dir = path.join(work, commit);
  execFileSync(
    "bash",
    ["-c", `mkdir -p "$2" && git archive "$1" | tar -x -C "$2"`, "_", commit, dir],
    {
      cwd: repoRoot,
    },
  );
  await linkNodeModules(dir);
  const env = { ...process.env };
  // The commit's own data/ and dist/, whatever this run points at.
  delete env["DATA_DIR"];
  delete env["OUT_DIR"];
  try {
    execFileSync(process.execPath, ["scripts/build.ts"], { cwd: dir, env, stdio: "pipe" });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    throw new Error(`building commit ${commit} failed:\n${stderr.slice(-4000)}`, { cause: error });
  }
  return path.join(dir, "dist");
}

describe("published releases", () => {
  it("lists in data/releases/published.csv exactly the frozen release folders", () => {
    expect(published.map((release) => release.releaseId).sort()).toEqual(frozenIds);
    expect(frozenIds).toContain("1.0.0");
  });

  it.each(published.map((release) => [release.releaseId, release.commit] as const))(
    "serves /du-lieu/phien-ban/%s/ byte for byte as its publishing commit %s builds it",
    async (id, commit) => {
      requireCommit(id, commit);
      const then = releaseFiles(await buildCommit(commit), id);
      const now = releaseFiles(site, id);
      expect([...now.keys()], `files of ${id}`).toEqual([...then.keys()]);
      const changed = [...then].filter(([name, bytes]) => !bytes.equals(now.get(name) as Buffer));
      expect(
        changed.map(([name]) => name),
        `files of ${id} whose bytes changed`,
      ).toEqual([]);
      // The zip of a release has one set of bytes wherever it is served.
      const zip = `ctr-02-du-lieu-${id}.zip`;
      expect(readFileSync(path.join(site, "du-lieu", zip)).equals(now.get(zip) as Buffer)).toBe(
        true,
      );
    },
    600_000,
  );
});
