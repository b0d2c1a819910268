// Gate 9: same commit, same bytes. dist/ is compared with a fresh build of the working tree;
// when they differ, a second fresh build tells a non-deterministic build (the two fresh builds
// differ too: a clock, a random id, an unordered map) from a dist/ that is simply out of date.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GateResult } from "../gate.ts";
import { describeFailedBuild, type BuildOutcome } from "../lib/build.ts";
import { formatCount } from "../lib/text.ts";
import { describeFirstDifference, diffTrees, hashTree, type TreeDiff } from "../lib/tree.ts";

async function describeDiff(
  diff: TreeDiff,
  firstDir: string,
  secondDir: string,
  names: [string, string],
): Promise<string[]> {
  const lines: string[] = [];
  for (const file of diff.different.slice(0, 20)) {
    const first = await readFile(path.join(firstDir, file));
    const second = await readFile(path.join(secondDir, file));
    lines.push(
      `${file} khác nhau giữa ${names[0]} và ${names[1]}, ${describeFirstDifference(first, second)}`,
    );
  }
  if (diff.different.length > 20)
    lines.push(`… và ${formatCount(diff.different.length - 20)} tệp khác nữa khác nhau.`);
  for (const file of diff.onlyInFirst.slice(0, 20)) lines.push(`${file} chỉ có trong ${names[0]}.`);
  for (const file of diff.onlyInSecond.slice(0, 20))
    lines.push(`${file} chỉ có trong ${names[1]}.`);
  return lines;
}

function countDiff(diff: TreeDiff): number {
  return diff.different.length + diff.onlyInFirst.length + diff.onlyInSecond.length;
}

/** Gate 9: `distDir` equals a fresh build byte for byte; `buildFresh` makes one more build each call. */
export async function checkDeterminism(
  distDir: string,
  buildFresh: () => Promise<BuildOutcome>,
): Promise<GateResult> {
  const name = "Build tất định";
  const first = await buildFresh();
  if (!first.ok)
    return { name, summary: "không build được", problems: [describeFailedBuild("lần hai", first)] };
  const distHashes = await hashTree(distDir);
  const firstHashes = await hashTree(first.outDir);
  const distDiff = diffTrees(distHashes, firstHashes);
  if (countDiff(distDiff) === 0) {
    return {
      name,
      summary: `dist/ và một bản build mới giống hệt nhau (${formatCount(distHashes.size)} tệp, sha256)`,
      problems: [],
    };
  }
  const second = await buildFresh();
  if (!second.ok)
    return { name, summary: "không build được", problems: [describeFailedBuild("lần ba", second)] };
  const freshDiff = diffTrees(firstHashes, await hashTree(second.outDir));
  if (countDiff(freshDiff) > 0) {
    return {
      name,
      summary: `hai bản build của cùng mã nguồn khác nhau ở ${formatCount(countDiff(freshDiff))} tệp`,
      problems: [
        ...(await describeDiff(freshDiff, first.outDir, second.outDir, [
          "bản build A",
          "bản build B",
        ])),
        "Thời điểm, số ngẫu nhiên hay thứ tự duyệt Map/thư mục không được lọt vào đầu ra: lấy ngày từ data/, sắp xếp trước khi ghi.",
      ],
    };
  }
  return {
    name,
    summary: `hai bản build mới giống nhau, nhưng dist/ khác chúng ở ${formatCount(countDiff(distDiff))} tệp`,
    problems: [
      "dist/ đã cũ so với mã nguồn hiện tại: chạy npm run build rồi chạy lại npm run check:site.",
      ...(await describeDiff(distDiff, distDir, first.outDir, ["dist/", "bản build mới"])),
    ],
  };
}
