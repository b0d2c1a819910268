import { describe, expect, it } from "vitest";
import {
  publishedDescriptor,
  serializeDescriptor,
  sha256Hash,
  type ResourceDescriptor,
} from "./datapackage.ts";

const encode = (text: string) => new TextEncoder().encode(text);

// Published SHA-256 test vectors (FIPS 180-2), so the test does not trust the code it checks.
const abcHash = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const emptyHash = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe(sha256Hash, () => {
  it.each([
    ["abc", abcHash],
    ["", emptyHash],
  ])("hashes %j to the published vector", (text, expected) => {
    expect(sha256Hash(encode(text))).toBe(expected);
  });
});

describe(publishedDescriptor, () => {
  const descriptor = {
    name: "ctr-02",
    version: "1.2.1",
    resources: [
      { name: "releases", path: "releases.csv", schema: { fields: [] } },
      { name: "empty", path: "empty.csv", bytes: 999, hash: "stale", format: "csv" },
      { name: "inline", data: [{ a: 1 }] },
    ],
  };
  const files = new Map([
    ["releases.csv", encode("abc")],
    ["empty.csv", encode("")],
  ]);

  it("gives each file resource the size and sha256 of the file served", () => {
    const published = publishedDescriptor(descriptor, files);
    expect(published.resources.map((r) => [r.name, r["bytes"], r["hash"]])).toEqual([
      ["releases", 3, abcHash],
      ["empty", 0, emptyHash],
      ["inline", undefined, undefined],
    ]);
  });

  it("uses the Data Package v2 form: lower-case algorithm, colon, lower-case hex", () => {
    const published = publishedDescriptor(descriptor, files);
    expect(published.resources[0]?.["hash"]).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("puts bytes, hash and dialect right after path and keeps every other property", () => {
    const published = publishedDescriptor(descriptor, files);
    expect(published.resources.map((r) => Object.keys(r))).toEqual([
      ["name", "path", "bytes", "hash", "dialect", "schema"],
      ["name", "path", "bytes", "hash", "dialect", "format"],
      ["name", "data"],
    ]);
    expect(published.version).toBe("1.2.1");
  });

  it("declares the comma, the double quote and the header row on every CSV resource", () => {
    const resources: readonly ResourceDescriptor[] = publishedDescriptor(
      descriptor,
      files,
    ).resources;
    expect(resources[0]?.["dialect"]).toEqual({
      header: true,
      delimiter: ",",
      quoteChar: '"',
      doubleQuote: true,
      skipInitialSpace: false,
    });
  });

  it("leaves the source descriptor untouched", () => {
    const before = JSON.stringify(descriptor);
    publishedDescriptor(descriptor, files);
    expect(JSON.stringify(descriptor)).toBe(before);
  });

  it("lists every resource without a served file", () => {
    expect(() => publishedDescriptor(descriptor, new Map())).toThrowErrorMatchingInlineSnapshot(
      `[DownloadError: no served file for resource path "releases.csv", "empty.csv" (files: none)]`,
    );
  });

  it("refuses a resource split over several files", () => {
    const split = { resources: [{ name: "parts", path: ["a.csv", "b.csv"] }] };
    expect(() => publishedDescriptor(split, files)).toThrowErrorMatchingInlineSnapshot(
      `[DownloadError: resource "parts": path: expected one file name, got ["a.csv","b.csv"]]`,
    );
  });
});

describe(serializeDescriptor, () => {
  it("writes two-space JSON with a final line feed", () => {
    expect(serializeDescriptor({ name: "x", resources: [] })).toBe(
      '{\n  "name": "x",\n  "resources": []\n}\n',
    );
  });
});
