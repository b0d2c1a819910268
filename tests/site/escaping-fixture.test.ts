import { describe, expect, it } from "vitest";
import { injectPayload, isFreeText } from "./escaping-fixture.ts";
import { escapingPayload } from "../../scripts/check-site/gates/escaping.ts";

describe(isFreeText, () => {
  it.each([
    [{ name: "name" }, true],
    [{ name: "note", type: "string" }, true],
    [{ name: "indicator_id" }, false],
    [{ name: "url" }, false],
    [{ name: "value", type: "number" }, false],
    [{ name: "role", constraints: { enum: ["lead", "coordinate"] } }, false],
    [{ name: "program_anchor" }, false],
  ])("%o → %s", (field, expected) => {
    expect(isFreeText(field)).toBe(expected);
  });
});

describe(injectPayload, () => {
  it("appends the payload to non-empty text cells and quotes it as CSV", () => {
    const csv = 'id,name,note,value\nx,"Tên, có dấu phẩy",,1.5\n';
    const fields = [
      { name: "id" },
      { name: "name" },
      { name: "note" },
      { name: "value", type: "number" },
    ];
    expect(injectPayload(csv, fields)).toBe(
      `id,name,note,value\nx,"Tên, có dấu phẩy ${escapingPayload.replaceAll('"', '""')}",,1.5\n`,
    );
  });
});
