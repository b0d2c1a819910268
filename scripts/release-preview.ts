// `npm run release:preview [-- --from <id>] [--to <id>] [--data <folder>]`: before publishing,
// prints what the working data changes against the last published release: figures added,
// revised, withdrawn (and any other kind the release diff reports), baselines, statuses that
// change, and the files of the release whose bytes change. Reads only; exit 0, 1 when the data
// has problems (listed as file:line), 2 on a bad command.
import { parseArgs } from "node:util";
import { runCommand } from "./run-command.ts";
import { filesToFreeze } from "../src/lib/downloads/frozen.ts";
import { zipName, type SnapshotFiles } from "../src/lib/downloads/open-data-files.ts";
import { orderReleases } from "../src/lib/releases/order.ts";
import { buildReleasePreview, formatReleasePreview } from "../src/lib/views/release-preview.ts";
import { getDataDir, requireResolution } from "../src/site/load-dataset.ts";
import { requireOpenData } from "../src/site/open-data.ts";

const USAGE =
  "Cách dùng: npm run release:preview [-- --from <phiên bản>] [--to <phiên bản>] [--data <thư mục>]";

// The zip is named after its release; compare it under one name so it reads as "changed".
function releaseFiles(snapshot: SnapshotFiles | undefined): Map<string, Uint8Array> {
  if (!snapshot) return new Map();
  const files = filesToFreeze(snapshot);
  const zip = zipName(snapshot.releaseId);
  const bytes = files.get(zip);
  files.delete(zip);
  if (bytes) files.set(zipName("<phiên bản>"), bytes);
  return files;
}

function main(): number {
  let values: { from?: string | undefined; to?: string | undefined; data?: string | undefined };
  try {
    ({ values } = parseArgs({
      options: { from: { type: "string" }, to: { type: "string" }, data: { type: "string" } },
    }));
  } catch (error) {
    process.stderr.write(`release:preview: ${(error as Error).message}. ${USAGE}\n`);
    return 2;
  }
  const dir = values.data ?? getDataDir();
  const resolution = requireResolution(dir);
  const { dataset } = resolution;
  const openData = requireOpenData(dir);
  const ordered = orderReleases(dataset.releases);
  const ids = ordered.map((release) => release.id);
  const toId = values.to ?? dataset.latestRelease.id;
  for (const id of [toId, values.from].filter((x): x is string => x !== undefined)) {
    if (!ids.includes(id)) {
      process.stderr.write(
        `release:preview: không có phiên bản "${id}" (có: ${ids.join(", ")}).\n`,
      );
      return 2;
    }
  }
  if (values.from === undefined && openData.snapshots.get(toId)?.frozen) {
    process.stdout.write(
      `Phiên bản ${toId} đã công bố và đóng băng; dữ liệu hiện tại chưa có phiên bản mới.\n` +
        "Thêm một dòng vào data/releases.csv và đặt release_id của các số liệu mới là phiên bản đó (xem docs/cap-nhat-du-lieu.md).\n",
    );
    return 0;
  }
  const earlier = ids.slice(0, ids.indexOf(toId));
  // The last published release: the latest frozen one before it, else simply the one before it.
  const fromId =
    values.from ??
    earlier.findLast((id) => openData.snapshots.get(id)?.frozen) ??
    earlier.at(-1) ??
    null;
  const preview = buildReleasePreview(
    resolution,
    fromId,
    toId,
    releaseFiles(fromId === null ? undefined : openData.snapshots.get(fromId)),
    releaseFiles(openData.snapshots.get(toId)),
  );
  process.stdout.write(`${formatReleasePreview(preview).join("\n")}\n`);
  return 0;
}

runCommand(main);
