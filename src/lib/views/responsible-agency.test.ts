// Synthetic agencies only: none of these names is a real body's record.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { buildIndicatorCard } from "./indicator-card.ts";
import { describeResponsible } from "./responsible-agency.ts";
import type { AgencyView } from "./types.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const agency = (
  name: string,
  successor: AgencyView["successor"] = null,
  until: AgencyView["until"] = null,
): AgencyView => ({
  id: name,
  name,
  href: `co-quan/${name}/`,
  searchFilter: `agency:${name}`,
  successor,
  until,
});

describe(describeResponsible, () => {
  it.each([
    [[agency("Sở thử A")], "Cơ quan chủ trì theo Phụ lục: Sở thử A"],
    [
      [agency("Sở thử A"), agency("Ban thử B")],
      "Cơ quan chủ trì theo Phụ lục: Sở thử A; Ban thử B",
    ],
    [[], ""],
  ])("names the lead agencies %#", (leads, sentence) => {
    expect(describeResponsible(leads)).toBe(sentence);
  });

  it("names a successor only when the data records one, with its date", () => {
    const successor = {
      name: "Sở thử mới",
      href: "co-quan/moi/",
      since: "01/03/2025",
      source: null,
    };
    expect(describeResponsible([agency("Sở thử cũ", successor)])).toBe(
      "Cơ quan chủ trì theo Phụ lục: Sở thử cũ (nay là Sở thử mới từ 01/03/2025)",
    );
  });

  it("says until when an agency that ended was the lead, and that no successor is recorded", () => {
    const until = { date: "30/06/2025", source: null };
    expect(describeResponsible([agency("UBND thử cấp huyện", null, until)])).toBe(
      "Cơ quan chủ trì theo Phụ lục: UBND thử cấp huyện (đến 30/06/2025, chưa ghi cơ quan kế nhiệm)",
    );
  });
});

describe("the responsible agency on cards", () => {
  const dataset = loadPagesFixture();
  const card = (id: string) => {
    const indicator = dataset.indicatorById.get(id);
    if (!indicator) throw new Error(`no indicator ${id} in the fixture`);
    return buildIndicatorCard(resolutionOf(dataset), indicator);
  };

  it("names who should publish a missing figure on a no_data card only", () => {
    expect(card("duong-xom-cung-hoa").chip.status).toBe("no_data");
    expect(card("duong-xom-cung-hoa").responsible).toMatch(/^Cơ quan chủ trì theo Phụ lục: .+/);
    expect(card("xa-ntm").responsible).toBe("");
  });
});
