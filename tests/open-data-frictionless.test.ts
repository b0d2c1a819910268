// The published data packages of the built site (dist/) read by the Frictionless reference
// library for JavaScript (npm "datapackage"), from files, the way an analyst's script would:
// every resource of every datapackage.json reads without error, foreign keys checked. A reader
// that has to guess the CSV dialect misreads our files, so each package must declare it; release
// 1.0.0 was published before it did and never changes, so it is read with the dialect given.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Package } from "datapackage";
import { afterAll, describe, expect, it } from "vitest";
import { CSV_DIALECT } from "../src/lib/data/csv.ts";
import { requireBuiltSite } from "./fixtures/open-data/site.ts";

const openData = path.join(requireBuiltSite(), "du-lieu");
const releaseIds = readdirSync(path.join(openData, "phien-ban"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// Published without a dialect, before issue 15; a published release never changes.
const withoutDialect = new Set(["1.0.0"]);
const folders = [
  { label: "du-lieu/", folder: openData, dialect: true },
  ...releaseIds.map((id) => ({
    label: `du-lieu/phien-ban/${id}/`,
    folder: path.join(openData, "phien-ban", id),
    dialect: !withoutDialect.has(id),
  })),
];

interface Descriptor {
  resources: { name: string; path: string; dialect?: unknown }[];
}
const readDescriptor = (folder: string) =>
  JSON.parse(readFileSync(path.join(folder, "datapackage.json"), "utf8")) as Descriptor;

/** Returns the error of each resource that the library cannot read ({} when all read), and the row counts. */
async function readAll(
  descriptor: string | Descriptor,
  basePath: string,
): Promise<{ errors: Record<string, string>; rows: Record<string, number> }> {
  const loaded = await Package.load(descriptor, { basePath });
  expect(loaded.errors.map(String)).toEqual([]);
  expect(loaded.valid).toBe(true);
  const errors: Record<string, string> = {};
  const rows: Record<string, number> = {};
  for (const resource of loaded.resources) {
    try {
      rows[resource.name] = (await resource.read({ relations: true })).length;
    } catch (error) {
      const details = (error as { errors?: unknown[] }).errors ?? [];
      errors[resource.name] = [String(error), ...details.slice(0, 3).map(String)].join(" | ");
    }
  }
  return { errors, rows };
}

/** Returns the number of data rows of each resource's CSV, counted without the library. */
function countRows(folder: string, descriptor: Descriptor): Record<string, number> {
  return Object.fromEntries(
    descriptor.resources.map((resource) => {
      const text = readFileSync(path.join(folder, resource.path), "utf8");
      // Records start on lines that are not inside a quoted cell: count quotes line by line.
      let records = 0;
      let open = false;
      for (const line of text.split("\n")) {
        if (!open && line !== "") records++;
        if ((line.match(/"/g) ?? []).length % 2 === 1) open = !open;
      }
      return [resource.name, records - 1];
    }),
  );
}

const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

describe("the Frictionless reference library (npm datapackage) on the built site", () => {
  it.each(folders.filter((entry) => entry.dialect))(
    "reads every resource of $label with its foreign keys, as published",
    async ({ folder }) => {
      const descriptor = readDescriptor(folder);
      for (const resource of descriptor.resources) {
        expect(resource.dialect, resource.name).toEqual(CSV_DIALECT);
      }
      const { errors, rows } = await readAll(path.join(folder, "datapackage.json"), folder);
      expect(errors).toEqual({});
      expect(rows).toEqual(countRows(folder, descriptor));
    },
    60_000,
  );

  it.each(folders.filter((entry) => !entry.dialect))(
    "reads every resource of frozen $label once told the dialect it does not declare",
    async ({ folder }) => {
      const descriptor = readDescriptor(folder);
      expect(descriptor.resources.map((resource) => resource.dialect)).toEqual(
        descriptor.resources.map(() => undefined),
      );
      const told = {
        ...descriptor,
        resources: descriptor.resources.map((resource) => ({ ...resource, dialect: CSV_DIALECT })),
      };
      const { errors, rows } = await readAll(told, folder);
      expect(errors).toEqual({});
      expect(rows).toEqual(countRows(folder, descriptor));
    },
    60_000,
  );

  it("reports an observation whose indicator does not exist (foreign keys are really checked)", async () => {
    const copy = mkdtempSync(path.join(tmpdir(), "ctr02-frictionless-"));
    temporary.push(copy);
    cpSync(openData, copy, { recursive: true, filter: (source) => !source.includes("phien-ban") });
    const file = path.join(copy, "observations.csv");
    const [header, first, ...rest] = readFileSync(file, "utf8").split("\n");
    writeFileSync(
      file,
      [header, first?.replace(/^[^,]+/, "khong-co-chi-tieu"), ...rest].join("\n"),
    );
    const descriptor = readDescriptor(copy);
    // The changed file no longer matches its published hash and size: drop them, keep the rest.
    const unhashed = {
      ...descriptor,
      resources: descriptor.resources.map(({ name, path: file, dialect, ...rest }) => ({
        ...Object.fromEntries(
          Object.entries(rest).filter(([key]) => key !== "bytes" && key !== "hash"),
        ),
        name,
        path: file,
        dialect,
      })),
    };
    const { errors } = await readAll(unhashed, copy);
    expect(Object.keys(errors)).toEqual(["observations"]);
    expect(errors["observations"]).toMatch(/foreign key/i);
  }, 60_000);
});
