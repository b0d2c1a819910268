// Synthetic descriptors: which datapackage.json facts become part of a row type, and which stay
// the data's own limits.
import { describe, expect, it } from "vitest";
import { descriptorSchema } from "./descriptor-schema.ts";
import { renderRowsModule, typeName } from "./rows-module.ts";

function render(fields: object[], primaryKey?: string[]): string {
  const descriptor = descriptorSchema.parse({
    resources: [{ name: "widgets", path: "widgets.csv", schema: { fields, primaryKey } }],
  });
  return renderRowsModule(descriptor);
}

// The line that declares one column in the rendered schema.
function column(text: string, name: string): string | undefined {
  return text.split("\n").find((line) => line.trimStart().startsWith(`${name}:`));
}

describe(renderRowsModule, () => {
  it.each([
    ["string", "text"],
    ["any", "text"],
    ["date", "date"],
    ["integer", "integer"],
    ["year", "integer"],
    ["number", "z.number()"],
    ["boolean", "z.boolean()"],
  ])("reads a required %s column as %s", (type, expression) => {
    const text = render([{ name: "a", type, constraints: { required: true } }]);
    expect(column(text, "a")).toBe(`  a: ${expression},`);
  });

  it("lets a column be null unless it is required or in the primary key", () => {
    const text = render(
      [
        { name: "id", type: "string" },
        { name: "note", type: "string" },
      ],
      ["id"],
    );
    expect(column(text, "id")).toBe("  id: text,");
    expect(column(text, "note")).toBe("  note: text.nullable(),");
  });

  it("turns a text enum into its values and type, named after the resource and column", () => {
    const text = render([
      { name: "colour_name", type: "string", constraints: { enum: ["a", "b"] } },
    ]);
    expect(text).toContain('export const WIDGET_COLOUR_NAME_VALUES = ["a","b"] as const;');
    expect(text).toContain(
      "export type WidgetColourName = (typeof WIDGET_COLOUR_NAME_VALUES)[number];",
    );
    expect(column(text, "colour_name")).toBe(
      "  colour_name: z.enum(WIDGET_COLOUR_NAME_VALUES).nullable(),",
    );
  });

  it("leaves numeric enums, ranges and patterns to the validator", () => {
    const text = render([
      { name: "year", type: "integer", constraints: { required: true, enum: [2025, 2030] } },
      { name: "code", type: "string", constraints: { required: true, pattern: "^[a-z]+$" } },
      { name: "share", type: "number", constraints: { minimum: 0, maximum: 100 } },
    ]);
    expect(column(text, "year")).toBe("  year: integer,");
    expect(column(text, "code")).toBe("  code: text,");
    expect(column(text, "share")).toBe("  share: z.number().nullable(),");
  });

  it("quotes a column name that is not an identifier", () => {
    const text = render([{ name: "so-lieu", type: "number", constraints: { required: true } }]);
    expect(text).toContain('  "so-lieu": z.number(),');
  });

  it("ignores properties it does not know, such as translations of a title", () => {
    const plain = render([{ name: "a", type: "string", title: "Tên" }]);
    const extended = render([
      { name: "a", type: "string", title: "Tên", translations: { en: { title: "Name" } } },
    ]);
    expect(extended).toBe(plain);
  });
});

describe(typeName, () => {
  it("names a row of a resource in the singular", () => {
    const names = ["observations", "agencies", "series", "program", "release_notes"];
    expect(names.map(typeName)).toEqual([
      "Observation",
      "Agency",
      "Series",
      "Program",
      "ReleaseNote",
    ]);
  });
});

describe("REQUIRED_RESOURCES", () => {
  it("lists the resources whose rows are required, so the others may be left out", () => {
    const descriptor = descriptorSchema.parse({
      resources: [
        {
          name: "widgets",
          path: "widgets.csv",
          rowsRequired: true,
          schema: { fields: [{ name: "a" }] },
        },
        { name: "notes", path: "notes.csv", schema: { fields: [{ name: "b" }] } },
      ],
    });
    expect(renderRowsModule(descriptor)).toContain(
      'export const REQUIRED_RESOURCES: readonly ResourceName[] = ["widgets"];',
    );
  });
});
