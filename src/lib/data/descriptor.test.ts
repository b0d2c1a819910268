import { describe, expect, it } from "vitest";
import { readDescriptor } from "./descriptor.ts";
import { formatProblem } from "./problem.ts";

const FILE = "data/datapackage.json";
const encode = (text: string) => new TextEncoder().encode(text);

// Returns the formatted problems for a descriptor given as an object (pretty-printed JSON).
function problemsOf(descriptor: unknown): string[] {
  const result = readDescriptor(encode(JSON.stringify(descriptor, null, 2)), FILE);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const resource = (name: string, fields: object[], schema: object = {}, extra: object = {}) => ({
  name,
  path: `${name}.csv`,
  ...extra,
  schema: { fields, ...schema },
});

describe(readDescriptor, () => {
  it("reads a minimal descriptor and keeps property lines", () => {
    const text = JSON.stringify(
      { version: "1.0.0", resources: [resource("a", [{ name: "id" }])] },
      null,
      2,
    );
    const result = readDescriptor(encode(text), FILE);
    expect(result.ok && result.descriptor.resources[0]?.schema.fields[0]?.name).toBe("id");
    expect(result.ok && result.lines.get("version")).toBe(2);
  });

  it("normalises single-name keys to lists", () => {
    const text = JSON.stringify({
      resources: [
        resource("a", [{ name: "id" }], {
          primaryKey: "id",
          foreignKeys: [{ fields: "id", reference: { fields: "id" } }],
        }),
      ],
    });
    const result = readDescriptor(encode(text), FILE);
    expect(result.ok && result.descriptor.resources[0]?.schema.primaryKey).toEqual(["id"]);
    expect(
      result.ok && result.descriptor.resources[0]?.schema.foreignKeys?.[0]?.reference.fields,
    ).toEqual(["id"]);
  });

  it("says when the file is missing", () => {
    const result = readDescriptor(undefined, FILE);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      "data/datapackage.json:1: (file): expected a datapackage.json describing the CSV files, got no such file. Add datapackage.json to the folder.",
    ]);
  });

  it("says when the file is not UTF-8", () => {
    const result = readDescriptor(new Uint8Array([0x7b, 0x0a, 0xff, 0x7d]), FILE);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      "data/datapackage.json:2: (file): expected UTF-8 text, got bytes that are not UTF-8 (at byte 2). The file is not UTF-8: save it as UTF-8.",
    ]);
  });

  it("names the line of a JSON syntax error", () => {
    const result = readDescriptor(encode('{\n  "version": "1.0.0"\n  "resources": []\n}'), FILE);
    expect(!result.ok && result.problems[0]).toMatchObject({
      line: 3,
      column: "(file)",
      expected: "valid JSON",
    });
  });

  it.each([
    [
      [],
      [
        "data/datapackage.json:1: (file): expected an object, got an empty list. Fix datapackage.json (Frictionless Data Package v2).",
      ],
    ],
    [
      { resources: [] },
      [
        "data/datapackage.json:2: resources: expected at least 1 item(s), got an empty list. Fix datapackage.json (Frictionless Data Package v2).",
      ],
    ],
    [
      { resources: [{ name: "a", path: "../a.csv", schema: "a.json" }] },
      [
        'data/datapackage.json:5: resources[0].path: expected a relative path to a .csv file inside the folder, without spaces, got "../a.csv". Fix datapackage.json (Frictionless Data Package v2).',
        'data/datapackage.json:6: resources[0].schema: expected an object, got "a.json". Fix datapackage.json (Frictionless Data Package v2).',
      ],
    ],
    [
      { resources: [{ name: "a", path: " a.csv", schema: "a.json" }] },
      [
        'data/datapackage.json:5: resources[0].path: expected a relative path to a .csv file inside the folder, without spaces, got " a.csv". Fix datapackage.json (Frictionless Data Package v2).',
        'data/datapackage.json:6: resources[0].schema: expected an object, got "a.json". Fix datapackage.json (Frictionless Data Package v2).',
      ],
    ],
    [
      {
        resources: [
          resource(
            "a",
            [{ name: "n", type: "number", groupChar: " " }],
            {},
            { dialect: { delimiter: ";" } },
          ),
        ],
      },
      [
        'data/datapackage.json:7: resources[0].dialect.delimiter: expected "," (the only delimiter supported), got ";". Fix datapackage.json (Frictionless Data Package v2).',
        'data/datapackage.json:14: resources[0].schema.fields[0].groupChar: expected no groupChar (numbers are written without grouping), got " ". Fix datapackage.json (Frictionless Data Package v2).',
      ],
    ],
  ])("reports a wrong shape: %j", (descriptor, expected) => {
    expect(problemsOf(descriptor)).toEqual(expected);
  });

  it("reports names that point nowhere", () => {
    const descriptor = {
      resources: [
        resource("a", [{ name: "id" }, { name: "id" }], { primaryKey: ["key"] }),
        resource("b", [{ name: "a_id" }], {
          foreignKeys: [
            { fields: ["a_id"], reference: { resource: "c", fields: ["id"] } },
            { fields: ["a_id"], reference: { resource: "a", fields: ["code"] } },
            { fields: ["a_id"], reference: { resource: "a", fields: ["id", "id"] } },
          ],
        }),
      ],
    };
    expect(problemsOf(descriptor).map((line) => line.split(": expected ")[0])).toEqual([
      "data/datapackage.json:12: resources[0].schema.fields[1].name",
      "data/datapackage.json:15: resources[0].schema.primaryKey",
      "data/datapackage.json:35: resources[1].schema.foreignKeys[0].reference.resource",
      "data/datapackage.json:47: resources[1].schema.foreignKeys[1].reference.fields",
      "data/datapackage.json:58: resources[1].schema.foreignKeys[2].reference.fields",
    ]);
    expect(problemsOf(descriptor)[2]).toBe(
      'data/datapackage.json:35: resources[1].schema.foreignKeys[0].reference.resource: expected a resource name (known: a, b), got "c". Name an existing resource.',
    );
  });

  it("reports constraints that do not fit the field's type", () => {
    const descriptor = {
      resources: [
        resource("a", [
          { name: "y", type: "integer", constraints: { enum: [2025, "năm"], minimum: "2015" } },
          { name: "s", type: "string", format: "email", constraints: { maximum: 3, pattern: "(" } },
        ]),
      ],
    };
    expect(
      problemsOf(descriptor).map((line) => line.replace(/^data\/datapackage\.json:\d+: /, "")),
    ).toEqual([
      'resources[0].schema.fields[0].constraints.enum[1]: expected a value of type integer, got "năm". Write each allowed value in the field\'s type.',
      'resources[0].schema.fields[0].constraints.minimum: expected a number, got "2015". Give the bound in the field\'s type.',
      'resources[0].schema.fields[1].format: expected one of "default", "uri" for type string, got "email". Use a supported format or remove it.',
      "resources[0].schema.fields[1].constraints.maximum: expected no maximum for type string, got 3. Give the bound in the field's type.",
      'resources[0].schema.fields[1].constraints.pattern: expected a valid regular expression, got "(". Fix the pattern.',
    ]);
  });
});
