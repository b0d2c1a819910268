import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  loadOpenDataFixture,
  openDataFixturePath,
} from "../../../tests/fixtures/open-data/load.ts";
import { readZip } from "../../../tests/fixtures/open-data/read-zip.ts";
import { sha256Hash } from "./datapackage.ts";
import { DownloadError } from "./errors.ts";
import type { FrozenRelease } from "./frozen.ts";
import { buildOpenDataFiles, type OpenDataInput } from "./open-data-files.ts";
import { buildScorecard, summariseIndicatorFiles } from "../views/scorecard.ts";
import { zipStore } from "./zip.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const fixture = loadOpenDataFixture();
const input: OpenDataInput = {
  descriptor: fixture.descriptor,
  files: fixture.files,
  tables: fixture.dataset,
};
const built = buildOpenDataFiles(input);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const resourcePaths = fixture.descriptor.resources.map((resource) => String(resource.path));

interface PublishedResource {
  path: string;
  bytes: number;
  hash: string;
}
function resourcesOf(bytes: Uint8Array): { version: string; resources: PublishedResource[] } {
  return JSON.parse(decode(bytes)) as { version: string; resources: PublishedResource[] };
}

describe(buildOpenDataFiles, () => {
  it("serves every machine CSV with the bytes of data/", () => {
    for (const path of resourcePaths) {
      expect(built.all.get(path), path).toEqual(fixture.files.get(path));
    }
  });

  it("serves every Excel CSV as the BOM followed by the machine CSV", () => {
    for (const path of resourcePaths) {
      const excel = built.all.get(`excel/${path}`) as Uint8Array;
      expect([...excel.subarray(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
      expect(excel.subarray(3), path).toEqual(fixture.files.get(path));
    }
  });

  it("states in datapackage.json the size and sha256 of each served CSV", () => {
    const published = resourcesOf(built.datapackage.bytes);
    expect(published.version).toBe("1.2.0");
    expect(published.resources.map((r) => r.path)).toEqual(resourcePaths);
    for (const resource of published.resources) {
      const served = built.all.get(resource.path) as Uint8Array;
      expect(resource.bytes, resource.path).toBe(served.byteLength);
      expect(resource.hash, resource.path).toBe(sha256Hash(served));
    }
  });

  it("zips every machine CSV and datapackage.json under a name that is no release's", () => {
    expect(built.zip.path).toBe("ctr-02-du-lieu.zip");
    const entries = readZip(built.zip.bytes);
    expect(entries.map((e) => e.name).sort()).toEqual(
      [...resourcePaths, "datapackage.json"].sort(),
    );
    for (const entry of entries) {
      expect(entry.bytes, entry.name).toEqual(built.all.get(entry.name));
    }
  });

  it("makes the zip byte for byte what zipStore makes of the same files on the release date", () => {
    const entries = [
      ...resourcePaths.map((name) => ({ name, bytes: fixture.files.get(name) as Uint8Array })),
      { name: "datapackage.json", bytes: built.datapackage.bytes },
    ];
    expect(built.zip.bytes).toEqual(zipStore(entries, "2025-09-05"));
  });

  it("gives the same bytes for every file when built twice", () => {
    const again = buildOpenDataFiles(input);
    expect([...again.all.keys()]).toEqual([...built.all.keys()]);
    for (const [path, bytes] of built.all) expect(again.all.get(path), path).toEqual(bytes);
  });

  it.each(["1.0.0", "1.1.0", "1.2.0"])(
    "publishes the snapshot of %s as the fixture expects",
    (id) => {
      for (const name of ["observations.csv", "baselines.csv", "releases.csv"]) {
        expect(decode(built.all.get(`phien-ban/${id}/${name}`)), name).toBe(
          readFileSync(openDataFixturePath(`expected/${id}/${name}`), "utf8"),
        );
      }
      // Tables without a release column are today's files.
      expect(built.all.get(`phien-ban/${id}/targets.csv`)).toEqual(
        fixture.files.get("targets.csv"),
      );
    },
  );

  it.each(["1.0.0", "1.1.0", "1.2.0"])(
    "describes the snapshot of %s with its own version and hashes, and zips it",
    (id) => {
      const snapshot = built.snapshots.get(id);
      expect(snapshot?.datapackage.path).toBe(`phien-ban/${id}/datapackage.json`);
      const published = resourcesOf(snapshot?.datapackage.bytes as Uint8Array);
      expect(published.version).toBe(id);
      for (const resource of published.resources) {
        const served = built.all.get(`phien-ban/${id}/${resource.path}`) as Uint8Array;
        expect(resource.hash, resource.path).toBe(sha256Hash(served));
        expect(resource.bytes, resource.path).toBe(served.byteLength);
      }
      expect(snapshot?.zip.path).toBe(`phien-ban/${id}/ctr-02-du-lieu-${id}.zip`);
      const names = readZip(snapshot?.zip.bytes as Uint8Array).map((entry) => entry.name);
      expect(names.sort()).toEqual([...resourcePaths, "datapackage.json"].sort());
    },
  );

  it("declares the CSV dialect in the current package and in every release it derives", () => {
    const dialects = (bytes: Uint8Array | undefined) =>
      (
        JSON.parse(decode(bytes)) as { resources: { dialect?: { delimiter: string } }[] }
      ).resources.map((resource) => resource.dialect?.delimiter);
    const everyComma = resourcePaths.map(() => ",");
    expect(dialects(built.datapackage.bytes)).toEqual(everyComma);
    expect(dialects(built.snapshots.get("1.1.0")?.datapackage.bytes)).toEqual(everyComma);
    expect(dialects(built.snapshots.get("1.2.0")?.datapackage.bytes)).toEqual(everyComma);
    // A frozen release (published before the dialect was declared) is served as it was: see
    // frozen.ts; a release derived from the working data always declares it.
    expect(dialects(built.snapshots.get("1.0.0")?.datapackage.bytes)).toEqual(everyComma);
  });

  it.each(["1.0.0", "1.1.0", "1.2.0"])(
    "serves du-lieu/ctr-02-du-lieu-%s.zip with the bytes of that release's zip, nothing else",
    (id) => {
      expect(built.all.get(`ctr-02-du-lieu-${id}.zip`)).toEqual(built.snapshots.get(id)?.zip.bytes);
    },
  );

  it("dates a snapshot's datapackage.json on its release day", () => {
    const published = JSON.parse(decode(built.snapshots.get("1.1.0")?.datapackage.bytes)) as {
      created: string;
    };
    expect(published.created).toBe("2025-06-20T00:00:00Z");
  });

  it("writes one CSV per indicator, with every row ever published for it", () => {
    expect([...built.indicators.keys()]).toEqual(fixture.dataset.indicators.map((i) => i.id));
    const text = decode(built.all.get("chi-tieu/xa-ntm.csv"));
    // A 2022 was published three times: two superseded rows and the current one.
    expect(text.match(/^observation,xa-ntm,.*,2022,tinh-cu,/gm)).toHaveLength(3);
    // An indicator without figures still gets its file: its goal and a row saying there is none.
    const kinds = decode(built.all.get("chi-tieu/bao-ton-van-hoa.csv"))
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((line) => line.slice(0, line.indexOf(",")));
    expect(kinds).toEqual(["goal", "no_data"]);
  });

  it("refuses a datapackage.json whose version is not a release", () => {
    const descriptor = { ...fixture.descriptor, version: "9.0.0" };
    expect(() => buildOpenDataFiles({ ...input, descriptor })).toThrow(
      new DownloadError(
        'datapackage.json version "9.0.0" is not a release (known: 1.0.0, 1.1.0, 1.2.0)',
      ),
    );
  });

  it("names a resource file it has no bytes for", () => {
    const files = new Map(fixture.files);
    files.delete("goals.csv");
    expect(() => buildOpenDataFiles({ ...input, files })).toThrow(
      /^no bytes for goals\.csv \(files: /,
    );
  });
});

describe("buildOpenDataFiles with frozen releases", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  // Synthetic frozen bytes: a 1.0.0 published under an older contract (one column fewer).
  const frozen100 = (): Map<string, Uint8Array> => {
    const files = new Map<string, Uint8Array>();
    for (const file of built.snapshots.get("1.0.0")?.csv ?? []) {
      files.set(file.path.slice("phien-ban/1.0.0/".length), file.bytes);
    }
    files.set("targets.csv", encode("id,title\nsynthetic,frozen in 1.0.0\n"));
    files.set("datapackage.json", built.snapshots.get("1.0.0")?.datapackage.bytes as Uint8Array);
    files.set("ctr-02-du-lieu-1.0.0.zip", encode("synthetic frozen zip"));
    return files;
  };
  const withFrozen = (files: FrozenRelease) =>
    buildOpenDataFiles({ ...input, frozen: new Map([["1.0.0", files]]) });

  it("serves a frozen release's files verbatim instead of deriving them from today's data", () => {
    const files = frozen100();
    const out = withFrozen(files);
    expect(decode(out.all.get("phien-ban/1.0.0/targets.csv"))).toBe(
      "id,title\nsynthetic,frozen in 1.0.0\n",
    );
    expect(out.all.get("phien-ban/1.0.0/ctr-02-du-lieu-1.0.0.zip")).toEqual(
      files.get("ctr-02-du-lieu-1.0.0.zip"),
    );
    expect(out.all.get("ctr-02-du-lieu-1.0.0.zip")).toEqual(files.get("ctr-02-du-lieu-1.0.0.zip"));
    expect(out.snapshots.get("1.0.0")?.frozen).toBe(true);
    // Releases not frozen are still derived.
    expect(out.snapshots.get("1.1.0")?.frozen).toBe(false);
    expect(out.all.get("phien-ban/1.1.0/targets.csv")).toEqual(fixture.files.get("targets.csv"));
  });

  it("refuses a frozen release with a missing file, naming it", () => {
    const files = frozen100();
    files.delete("goals.csv");
    expect(() => withFrozen(files)).toThrow(
      /^releases\/1\.0\.0\/goals\.csv: missing from the frozen release/,
    );
  });

  it("refuses a frozen release with a file its datapackage.json does not list", () => {
    const files = frozen100();
    files.set("notes.txt", encode("x"));
    expect(() => withFrozen(files)).toThrow(/unexpected notes\.txt/);
  });

  it("refuses a frozen folder that is not a release of releases.csv", () => {
    expect(() =>
      buildOpenDataFiles({ ...input, frozen: new Map([["9.9.9", frozen100()]]) }),
    ).toThrow(
      /frozen release 9\.9\.9 is not in releases\.csv \(known: 1\.0\.0, 1\.1\.0, 1\.2\.0\)/,
    );
  });
});

describe("buildOpenDataFiles with the scorecard and the per-indicator forms", () => {
  const withScorecard = buildOpenDataFiles({
    ...input,
    tables: {
      ...fixture.dataset,
      summaries: summariseIndicatorFiles(resolutionOf(fixture.dataset)),
    },
    scorecard: buildScorecard(resolutionOf(fixture.dataset)),
  });
  const bytesOf = (path: string): Uint8Array => {
    const bytes = withScorecard.all.get(path);
    if (!bytes) throw new Error(`no file ${path}`);
    return bytes;
  };

  it("serves the scorecard as CSV, Excel CSV (BOM + the same bytes) and JSON", () => {
    const csv = bytesOf("bang-tong-hop.csv");
    const excel = bytesOf("excel/bang-tong-hop.csv");
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.compare(excel.subarray(3), csv)).toBe(0);
    const json = JSON.parse(decode(bytesOf("bang-tong-hop.json"))) as { release: { id: string } };
    expect(json.release.id).toBe(fixture.descriptor["version"]);
  });

  it("describes the scorecard in the current datapackage.json and zip as derived data only", () => {
    const published = resourcesOf(withScorecard.datapackage.bytes)
      .resources as (PublishedResource & {
      name: string;
      description: string;
    })[];
    const scorecard = published.find((resource) => resource.name === "scorecard");
    expect(scorecard?.path).toBe("bang-tong-hop.csv");
    expect(scorecard?.hash).toBe(sha256Hash(bytesOf("bang-tong-hop.csv")));
    expect(scorecard?.description).toContain("Dữ liệu tính toán, không phải số liệu công bố");
    const names = readZip(withScorecard.zip.bytes).map((entry) => entry.name);
    expect(names).toContain("bang-tong-hop.csv");
    // Release snapshots stay as they were: no scorecard in them.
    for (const snapshot of withScorecard.snapshots.values()) {
      expect(
        Buffer.compare(
          snapshot.datapackage.bytes,
          built.snapshots.get(snapshot.releaseId)?.datapackage.bytes ?? new Uint8Array(),
        ),
      ).toBe(0);
      expect(
        snapshot.csv.map((file) => file.path).some((path) => path.includes("bang-tong-hop")),
      ).toBe(false);
    }
  });

  it.each(fixture.dataset.indicators.map((indicator) => indicator.id))(
    "serves %s as CSV, Excel CSV (BOM) and JSON",
    (id) => {
      const csv = bytesOf(`chi-tieu/${id}.csv`);
      const excel = bytesOf(`excel/chi-tieu/${id}.csv`);
      expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(Buffer.compare(excel.subarray(3), csv)).toBe(0);
      const json = JSON.parse(decode(bytesOf(`chi-tieu/${id}.json`))) as {
        indicator: { id: string };
        rows: unknown[];
      };
      expect(json.indicator.id).toBe(id);
      expect(json.rows).toHaveLength(decode(csv).trimEnd().split("\n").length - 1);
    },
  );
});
