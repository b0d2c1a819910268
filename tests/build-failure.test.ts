// A build that fails must say why in words and leave the site already published exactly as it was
// (architecture.md § Pipeline): `npm run build` with a mistake in data/ and with a broken program
// text, run as a user would in a private copy of the project (tests/support/site-copy.ts), so the
// broken program text never reaches the real tree's Astro cache.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareSiteCopy } from "./support/site-copy.ts";
import { hashTree } from "../scripts/check-site/lib/tree.ts";

const STACK_FRAME = /^\s+at /;
let work: string;
let site: string;
let outDir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Runs the production build in the copy, with the Node that runs the tests (the project's 24).
function build(env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["scripts/build.ts"],
      { cwd: site, env: { ...process.env, OUT_DIR: outDir, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({
          status: error ? (typeof error.code === "number" ? error.code : null) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

/** Writes a stand-in for the site published before: what must survive a failed build. */
async function publishPreviousSite(): Promise<Map<string, string>> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, "chi-tieu", "thu-nhap-dtts"), { recursive: true });
  await writeFile(
    path.join(outDir, "index.html"),
    "<!doctype html><title>Bản đã công bố</title>\n",
  );
  await writeFile(path.join(outDir, "chi-tieu", "thu-nhap-dtts", "index.html"), "bản cũ\n");
  return hashTree(outDir);
}

async function expectPreviousSiteKept(before: Map<string, string>): Promise<void> {
  expect(await hashTree(outDir)).toEqual(before);
  expect(existsSync(`${outDir}.partial`)).toBe(false);
  expect(existsSync(`${outDir}.previous`)).toBe(false);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "ctr02-build-failure-"));
  site = path.join(work, "site");
  outDir = path.join(work, "dist");
  await prepareSiteCopy(site);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("a build that fails keeps the published site", () => {
  it("stops on a mistake in data/ with the file, line and column, and no stack trace", async () => {
    const file = path.join(site, "data", "observations.csv");
    const original = await readFile(file, "utf8");
    const [header = "", first = "", ...rest] = original.split("\n");
    // The value column of the first figure, written the Vietnamese way: "51" → "51,5".
    const valueColumn = header.split(",").indexOf("value");
    const cells = first.split(",");
    cells[valueColumn] = `"${cells[valueColumn]},5"`;
    await writeFile(file, [header, cells.join(","), ...rest].join("\n"));
    try {
      const before = await publishPreviousSite();
      const run = await build();
      expect(run.status).toBe(1);
      const lines = run.stderr.split("\n");
      expect(lines).toContainEqual(
        expect.stringMatching(/observations\.csv:2: value: expected .+, got "\d+,5"/),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^Dừng build: 1 lỗi trong data\/\. Thư mục .*dist\/ cũ được giữ nguyên\.$/,
        ),
      );
      expect(lines.filter((line) => STACK_FRAME.test(line))).toEqual([]);
      await expectPreviousSiteKept(before);
    } finally {
      await writeFile(file, original);
    }
  }, 60_000);

  it("stops on a broken program text with the file and line, and no stack trace", async () => {
    const file = path.join(site, "content", "program", "01-muc-dich-yeu-cau.mdx");
    const original = await readFile(file, "utf8");
    // An editor's slip: a tag opened and never closed, on a line of its own at the end.
    await writeFile(file, `${original.trimEnd()}\n\n<div class="ghi-chu">\n`);
    try {
      const before = await publishPreviousSite();
      const run = await build();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/01-muc-dich-yeu-cau\.mdx:\d+:\d+/);
      expect(run.stderr).toContain("Expected a closing tag for `<div>`");
      expect(run.stderr).toMatch(
        /Dừng build: Astro không dựng được các trang \(lỗi ở trên\)\. Thư mục .*dist\/ cũ được giữ nguyên\./,
      );
      expect(run.stderr.split("\n").filter((line) => STACK_FRAME.test(line))).toEqual([]);
      await expectPreviousSiteKept(before);
    } finally {
      await writeFile(file, original);
    }
  }, 180_000);
});
