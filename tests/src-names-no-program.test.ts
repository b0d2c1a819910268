// Program identity is data (issue 16): no file the site is built from names the program it
// tracks. Every name, body, place and period comes from the data folder's program.csv
// (src/site/program.ts), so another program builds from its own folder. This scans every file
// under src/ (pages, components, layouts, styles, scripts, lib, site) for the first program's
// names and lists each hit as file:line.
//
// Unit tests next to a module (*.test.ts) are left out: they are not part of the site, and some
// of them check what the site prints for the real data or for fixtures copied from it.
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  FIRST_PROGRAM_NAMES,
  findNames,
  findNamesInText,
  listFiles,
} from "./support/program-names.ts";

const root = path.resolve(import.meta.dirname, "..");
const files = listFiles(path.join(root, "src")).filter((file) => !file.endsWith(".test.ts"));

describe("src/ names no program", () => {
  it("scans the pages, components, layouts, styles, scripts, lib and site folders", () => {
    const folders = new Set(files.map((file) => path.relative(root, file).split(path.sep)[1]));
    for (const folder of ["pages", "components", "layouts", "styles", "scripts", "lib", "site"]) {
      expect(folders).toContain(folder);
    }
  });

  it("finds none of the first program's names in any file under src/", () => {
    expect(findNames(files, FIRST_PROGRAM_NAMES, root)).toEqual([]);
  });

  it("lists the file and line of a name, in any case and either dash", () => {
    const text = "một dòng\nGiai đoạn 2021-2025 ở THAI NGUYEN\n";
    expect(findNamesInText(text, "src/x.astro", FIRST_PROGRAM_NAMES)).toEqual([
      "src/x.astro:2: Thai Nguyen",
      "src/x.astro:2: 2021-2025",
    ]);
  });
});
