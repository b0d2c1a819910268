import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { BuildOutcome } from "../../../scripts/check-site/lib/build.ts";
import { checkDeterminism } from "../../../scripts/check-site/gates/determinism.ts";

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/** Writes one fake build per call, each from the next entry of `trees`. */
async function fakeBuilds(
  trees: Array<Record<string, string>>,
): Promise<{ dist: string; buildFresh: () => Promise<BuildOutcome> }> {
  root = await mkdtemp(path.join(tmpdir(), "ctr02-determinism-"));
  const write = async (dir: string, files: Record<string, string>): Promise<void> => {
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), content);
    }
  };
  const [distFiles = {}, ...fresh] = trees;
  const dist = path.join(root, "dist");
  await write(dist, distFiles);
  let count = 0;
  return {
    dist,
    buildFresh: async () => {
      const outDir = path.join(root ?? "", `fresh-${count}`);
      await write(outDir, fresh[count++] ?? {});
      return { outDir, ok: true, seconds: 0, logTail: [] };
    },
  };
}

describe(checkDeterminism, () => {
  it("passes when a fresh build equals dist/", async () => {
    const site = { "index.html": "<p>1</p>", "_astro/a.css": "a{}" };
    const { dist, buildFresh } = await fakeBuilds([site, site]);
    const result = await checkDeterminism(dist, buildFresh);
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe("dist/ và một bản build mới giống hệt nhau (2 tệp, sha256)");
  });

  it("lists the files that differ between two fresh builds, with where they differ", async () => {
    const stamped = (time: string): Record<string, string> => ({
      "index.html": `<p>Cập nhật lúc ${time}</p>`,
      "a.css": "a{}",
    });
    const { dist, buildFresh } = await fakeBuilds([
      stamped("10:00"),
      stamped("10:01"),
      stamped("10:02"),
    ]);
    const result = await checkDeterminism(dist, buildFresh);
    expect(result.summary).toBe("hai bản build của cùng mã nguồn khác nhau ở 1 tệp");
    expect(result.problems[0]).toBe(
      'index.html khác nhau giữa bản build A và bản build B, byte 25: "ập nhật lúc 10:01</p>" ≠ "ập nhật lúc 10:02</p>"',
    );
  });

  it("tells a stale dist/ from a non-deterministic build", async () => {
    const fresh = { "index.html": "<p>mới</p>", "moi.csv": "a\n" };
    const { dist, buildFresh } = await fakeBuilds([{ "index.html": "<p>cũ</p>" }, fresh, fresh]);
    const result = await checkDeterminism(dist, buildFresh);
    expect(result.problems[0]).toBe(
      "dist/ đã cũ so với mã nguồn hiện tại: chạy npm run build rồi chạy lại npm run check:site.",
    );
    expect(result.problems).toContain("moi.csv chỉ có trong bản build mới.");
  });
});
