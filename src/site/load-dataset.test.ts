import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import {
  FIXTURES_DIR,
  readCaseFiles,
  readExpected,
  writeFolder,
} from "../../tests/validate-support.ts";
import { DataValidationError, getDataDir, loadDataset, requireDataset } from "./load-dataset.ts";

const temp = mkdtempSync(path.join(tmpdir(), "load-dataset-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

// Writes a fixture case (laid over valid/) to its own folder and returns the folder.
function writeCase(name: string): string {
  const dir = path.join(temp, name);
  writeFolder(readCaseFiles(name), dir);
  return dir;
}

describe(requireDataset, () => {
  it("returns the same Dataset object for the same folder", () => {
    const dir = path.join(FIXTURES_DIR, "valid");
    const first = requireDataset(dir);
    expect(first.latestRelease.id).toBe("1.1.0");
    expect(requireDataset(`${dir}/`)).toBe(first);
  });

  it("throws a DataValidationError carrying every problem line", () => {
    const dir = writeCase("enum");
    const error = (() => {
      try {
        requireDataset(dir);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DataValidationError);
    expect(error instanceof DataValidationError && error.name).toBe("DataValidationError");
    expect(error instanceof DataValidationError && error.lines).toEqual(
      readExpected("enum").map((line) => line.replace(/^data\//, `${dir}/`)),
    );
  });
});

describe(loadDataset, () => {
  it("says in one line that a folder does not exist", () => {
    const dir = path.join(temp, "khong-co");
    expect(loadDataset(dir)).toEqual({
      ok: false,
      problems: [
        `${dir}:1: (file): expected a folder with datapackage.json and the CSV files, got no such folder. Name the data folder (DATA_DIR, or --data for npm run validate).`,
      ],
    });
  });

  it("prints the warnings once per process", () => {
    const dir = writeCase("warnings");
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    loadDataset(dir);
    loadDataset(dir);
    expect(written.join("")).toBe(
      readExpected("warnings")
        .map((line) => `${line.replace("warning: data/", `warning: ${dir}/`)}\n`)
        .join(""),
    );
  });
});

describe(getDataDir, () => {
  it("reads DATA_DIR, else data", () => {
    vi.stubEnv("DATA_DIR", "/srv/du-lieu");
    expect(getDataDir()).toBe("/srv/du-lieu");
    vi.stubEnv("DATA_DIR", undefined);
    expect(getDataDir()).toBe("data");
  });
});
