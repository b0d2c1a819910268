// `npm run release:freeze [-- --release <id>] [--data <folder>]`: keeps a published release's
// files for good. Writes what the build serves under /du-lieu/phien-ban/<id>/ (its CSVs,
// datapackage.json and zip) to <data>/releases/<id>/, and the commit that published it to
// <data>/releases/published.csv; from then on the build serves those bytes verbatim, whatever
// later changes to the data or its columns (tests/release-immutable.test.ts checks it).
// Run it right after committing the release, on a clean working tree: the commit recorded is
// the one whose build gives these bytes. Exit 0 when frozen, 1 when refused, 2 on a bad command.
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand } from "./run-command.ts";
import { filesToFreeze } from "../src/lib/downloads/frozen.ts";
import { getDataDir } from "../src/site/load-dataset.ts";
import {
  frozenReleasesDir,
  PUBLISHED_FILE,
  readPublishedReleases,
  requireOpenData,
} from "../src/site/open-data.ts";

const USAGE = "Cách dùng: npm run release:freeze [-- --release <phiên bản>] [--data <thư mục>]";

// Git runs in the data folder, so a data folder kept in a repository of its own works too.
function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();
}

function main(): number {
  let values: {
    release?: string | undefined;
    data?: string | undefined;
    help?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      options: {
        release: { type: "string" },
        data: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    process.stderr.write(`release:freeze: ${(error as Error).message}. ${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(
      `${USAGE}\nGiữ nguyên vĩnh viễn các tệp của một phiên bản đã công bố (mặc định: phiên bản trong datapackage.json).\n`,
    );
    return 0;
  }
  const dir = values.data ?? getDataDir();
  const openData = requireOpenData(dir);
  const releaseId = values.release ?? openData.version;
  const snapshot = openData.snapshots.get(releaseId);
  if (!snapshot) {
    process.stderr.write(
      `release:freeze: không có phiên bản "${releaseId}" trong releases.csv (có: ${[...openData.snapshots.keys()].join(", ")}).\n`,
    );
    return 1;
  }
  const target = path.join(frozenReleasesDir(dir), releaseId);
  if (snapshot.frozen || existsSync(target)) {
    process.stderr.write(
      `release:freeze: phiên bản ${releaseId} đã được đóng băng ở ${target}; tệp đã công bố không bao giờ sửa. Muốn sửa số liệu, hãy thêm một phiên bản mới.\n`,
    );
    return 1;
  }
  // The recorded commit must build exactly these bytes: nothing uncommitted may feed the build.
  const dirty = git(dir, "status", "--porcelain", "--untracked-files=all");
  if (dirty !== "") {
    process.stderr.write(
      `release:freeze: còn thay đổi chưa commit:\n${dirty}\nHãy commit phiên bản ${releaseId} trước (git add … && git commit), rồi chạy lại lệnh này.\n`,
    );
    return 1;
  }
  const commit = git(dir, "rev-parse", "HEAD");
  const staging = `${target}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const files = filesToFreeze(snapshot);
  for (const [name, bytes] of files) writeFileSync(path.join(staging, name), bytes);
  renameSync(staging, target);
  const list = path.join(frozenReleasesDir(dir), PUBLISHED_FILE);
  if (!existsSync(list)) writeFileSync(list, "release_id,commit\n");
  readPublishedReleases(dir);
  appendFileSync(list, `${releaseId},${commit}\n`);
  process.stdout.write(
    `Đã đóng băng phiên bản ${releaseId} (công bố ở commit ${commit.slice(0, 12)}): ${files.size} tệp trong ${target}.\n` +
      `Bước tiếp theo: git add ${frozenReleasesDir(dir)} && git commit -m "Đóng băng phiên bản ${releaseId}"\n`,
  );
  return 0;
}

runCommand(main);
