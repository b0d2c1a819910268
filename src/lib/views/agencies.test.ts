// Synthetic data only (tests/fixtures/pages): none of these agencies is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { describeAgency, describeEnded, describeNoSuccessor, describeRole } from "./agencies.ts";

const dataset = loadPagesFixture();
const agency = (id: string) => {
  const row = dataset.agencyById.get(id);
  if (!row) throw new Error(`no agency ${id} in the fixture`);
  return describeAgency(dataset, row);
};

describe(describeRole, () => {
  it.each([
    ["lead", "chủ trì (đến 30/06/2025)"],
    ["coordinate", "phối hợp (đến 30/06/2025)"],
  ] as const)("dates the %s role of an agency that ended: %s", (role, words) => {
    expect(describeRole(agency("co-quan-thu-b"), role)).toBe(words);
  });

  it("adds nothing for an agency with no recorded end", () => {
    expect(describeRole(agency("co-quan-thu-a"), "lead")).toBe("");
  });
});

describe(describeNoSuccessor, () => {
  it("says no successor is recorded for an agency that ended without one", () => {
    expect(describeNoSuccessor(agency("co-quan-thu-b"))).toBe("chưa ghi cơ quan kế nhiệm");
  });

  it("says nothing when the agency still works or its successor is named", () => {
    expect(describeNoSuccessor(agency("co-quan-thu-a"))).toBe("");
    expect(describeNoSuccessor(agency("nhom-thu"))).toBe("");
  });
});

describe(describeAgency, () => {
  it("carries the end date and its source", () => {
    expect(agency("co-quan-thu-b").until).toEqual({
      date: "30/06/2025",
      source: { label: "Báo cáo thử A", href: "https://example.org/nguon-thu-a" },
    });
  });
});

describe(describeEnded, () => {
  it.each([
    ["lead", "chủ trì (đến 30/06/2025), chưa ghi cơ quan kế nhiệm"],
    [null, "đến 30/06/2025, chưa ghi cơ quan kế nhiệm"],
  ] as const)("words an ended agency in a list with role %s: %s", (role, words) => {
    expect(describeEnded(agency("co-quan-thu-b"), role)).toBe(words);
  });

  it("says nothing for an agency still working", () => {
    expect(describeEnded(agency("nhom-thu"), "coordinate")).toBe("");
  });
});
