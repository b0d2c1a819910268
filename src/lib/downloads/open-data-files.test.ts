import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  loadOpenDataFixture,
  openDataFixturePath,
} from "../../../tests/fixtures/open-data/load.ts";
import { readZip } from "../../../tests/fixtures/open-data/read-zip.ts";
import { sha256Hash } from "./datapackage.ts";
import { DownloadError } from "./errors.ts";
import { buildOpenDataFiles, type OpenDataInput } from "./open-data-files.ts";
import { zipStore } from "./zip.ts";

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

  it("zips every machine CSV and datapackage.json, named after the version", () => {
    expect(built.zip.path).toBe("ctr-02-du-lieu-1.2.0.zip");
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

  it("declares the CSV dialect in the current package and in every release but frozen 1.0.0", () => {
    const dialects = (bytes: Uint8Array | undefined) =>
      (
        JSON.parse(decode(bytes)) as { resources: { dialect?: { delimiter: string } }[] }
      ).resources.map((resource) => resource.dialect?.delimiter);
    const everyComma = resourcePaths.map(() => ",");
    expect(dialects(built.datapackage.bytes)).toEqual(everyComma);
    expect(dialects(built.snapshots.get("1.1.0")?.datapackage.bytes)).toEqual(everyComma);
    expect(dialects(built.snapshots.get("1.2.0")?.datapackage.bytes)).toEqual(everyComma);
    // 1.0.0 was published without a dialect; a published release never changes.
    expect(dialects(built.snapshots.get("1.0.0")?.datapackage.bytes)).toEqual(
      resourcePaths.map(() => undefined),
    );
  });

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
    expect(text.match(/^xa-ntm,.*,2022,tinh-cu,/gm)).toHaveLength(3);
    // An indicator without figures still gets its file: the header alone.
    expect(decode(built.all.get("chi-tieu/bao-ton-van-hoa.csv")).split("\n")).toHaveLength(2);
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
