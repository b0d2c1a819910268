import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { descriptorSchema, type Field } from "../data/descriptor-schema.ts";
import { describeDataPackage, describeRules } from "./schema-docs.ts";

const descriptor = descriptorSchema.parse({
  resources: [
    {
      name: "indicators",
      path: "indicators.csv",
      title: "Chỉ tiêu",
      description: "Mỗi dòng một chỉ tiêu.",
      rowsRequired: true,
      schema: {
        fields: [
          { name: "id", type: "string", title: "Mã", constraints: { pattern: "^[a-z]+$" } },
          { name: "direction", type: "string", constraints: { enum: ["up", "down"] } },
        ],
        primaryKey: "id",
      },
    },
    {
      name: "agencies",
      path: "agencies.csv",
      schema: {
        fields: [
          { name: "id", type: "string", constraints: { required: true, unique: true } },
          { name: "successor_id", type: "string" },
          { name: "indicator_id" },
        ],
        foreignKeys: [
          { fields: "successor_id", reference: { fields: "id" } },
          { fields: ["indicator_id"], reference: { resource: "indicators", fields: ["id"] } },
        ],
      },
    },
  ],
});

describe(describeDataPackage, () => {
  const [indicators, agencies] = describeDataPackage(descriptor);

  it("keeps each file's name, title, description and the rowsRequired rule", () => {
    expect(indicators).toMatchObject({
      name: "indicators",
      file: "indicators.csv",
      title: "Chỉ tiêu",
      description: "Mỗi dòng một chỉ tiêu.",
      rowsRequired: true,
      primaryKey: ["id"],
    });
    expect(agencies).toMatchObject({ title: "", description: "", rowsRequired: false });
  });

  it("marks a primary-key column as required even without a required constraint", () => {
    expect(indicators?.fields[0]).toMatchObject({ name: "id", required: true, inPrimaryKey: true });
    expect(indicators?.fields[1]).toMatchObject({ required: false, inPrimaryKey: false });
  });

  it("names the type in Vietnamese, 'bất kỳ' when the descriptor gives none", () => {
    expect(indicators?.fields.map((f) => f.typeLabel)).toEqual(["văn bản", "văn bản"]);
    expect(agencies?.fields[2]).toMatchObject({ type: "any", typeLabel: "bất kỳ" });
  });

  it("resolves a self-reference to the file itself and a reference to the other file", () => {
    expect(agencies?.fields[1]?.references).toEqual([
      { file: "agencies.csv", resource: "agencies", column: "id" },
    ]);
    expect(agencies?.fields[2]?.references).toEqual([
      { file: "indicators.csv", resource: "indicators", column: "id" },
    ]);
    expect(agencies?.foreignKeys).toEqual([
      {
        columns: ["successor_id"],
        file: "agencies.csv",
        resource: "agencies",
        referredColumns: ["id"],
      },
      {
        columns: ["indicator_id"],
        file: "indicators.csv",
        resource: "indicators",
        referredColumns: ["id"],
      },
    ]);
  });

  it("documents every column of every file of the real data/datapackage.json", () => {
    const real = descriptorSchema.parse(JSON.parse(readFileSync("data/datapackage.json", "utf8")));
    const docs = describeDataPackage(real);
    expect(docs.map((doc) => doc.file)).toEqual(real.resources.map((r) => r.path));
    for (const doc of docs) {
      // Every column of the real package has a Vietnamese title and description to show.
      for (const field of doc.fields) {
        expect(field.title, `${doc.file} ${field.name}`).not.toBe("");
        expect(field.description, `${doc.file} ${field.name}`).not.toBe("");
      }
    }
  });
});

describe(describeRules, () => {
  const field = (constraints: Field["constraints"]): Field => ({ name: "x", constraints });

  it.each([
    [{ enum: ["up", "down"] }, [{ text: "Chỉ nhận một trong các giá trị", code: ["up", "down"] }]],
    [{ enum: [2025, 2030] }, [{ text: "Chỉ nhận một trong các giá trị", code: ["2025", "2030"] }]],
    [{ pattern: "^a$" }, [{ text: "Phải khớp mẫu (biểu thức chính quy)", code: ["^a$"] }]],
    [{ minimum: 2015, maximum: 2030 }, [{ text: "Từ 2015 đến 2030", code: [] }]],
    [{ minimum: 0 }, [{ text: "Từ 0 trở lên", code: [] }]],
    [{ maximum: "2025-12-31" }, [{ text: "Không quá 2025-12-31", code: [] }]],
    [{ exclusiveMinimum: 0 }, [{ text: "Lớn hơn 0", code: [] }]],
    [{ minLength: 1, maxLength: 80 }, [{ text: "Dài từ 1 đến 80 ký tự", code: [] }]],
    [{ maxLength: 80 }, [{ text: "Dài tối đa 80 ký tự", code: [] }]],
    [{ unique: true }, [{ text: "Không trùng giữa các dòng", code: [] }]],
    [{ required: true }, []],
    [undefined, []],
  ])("describes %j", (constraints, expected) => {
    expect(describeRules(field(constraints))).toEqual(expected);
  });
});
