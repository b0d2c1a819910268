import { describe, expect, it } from "vitest";
import { findJsonLine, formatJsonPath, locateJsonLines } from "./json-lines.ts";

const text = `{
  "version": "1.0.0",
  "resources": [
    {
      "name": "goals",
      "schema": { "fields": [{ "name": "a\\"b" },
        { "name": "c", "type": "x" }] }
    }
  ]
}`;

describe(locateJsonLines, () => {
  const lines = locateJsonLines(text);

  it.each([
    ["version", 2],
    ["resources", 3],
    ["resources[0]", 4],
    ["resources[0].name", 5],
    ["resources[0].schema.fields[0].name", 6],
    ["resources[0].schema.fields[1]", 7],
    ["resources[0].schema.fields[1].type", 7],
  ])("puts %s on line %i", (path, line) => {
    expect(lines.get(path)).toBe(line);
  });
});

describe(findJsonLine, () => {
  it("falls back to the nearest property that exists", () => {
    const lines = locateJsonLines(text);
    expect(findJsonLine(lines, "resources[0].schema.primaryKey")).toBe(6);
    expect(findJsonLine(lines, "nothing.here")).toBe(1);
  });
});

describe(formatJsonPath, () => {
  it("writes keys with dots and indexes in brackets", () => {
    expect(formatJsonPath(["resources", 2, "schema", "fields", 0, "type"])).toBe(
      "resources[2].schema.fields[0].type",
    );
  });
});
