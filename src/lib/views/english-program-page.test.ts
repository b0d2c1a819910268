// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import type { TocEntry } from "../program/toc.ts";
import type { EnglishProgram } from "../program/english-summary.ts";
import { buildEnglishProgramPage } from "./english-program-page.ts";

const dataset = loadPagesFixture();
const toc: TocEntry[] = [
  { id: "I", label: "I. MỤC ĐÍCH, YÊU CẦU", children: [] },
  {
    id: "II",
    label: "II. QUAN ĐIỂM, MỤC TIÊU",
    children: [{ id: "II-3", label: "3. Mục tiêu cụ thể đến hết năm 2025", children: [] }],
  },
];
const guide: EnglishProgram = {
  title: "Synthetic program in brief",
  notice: "Unofficial summary.",
  sections: [
    {
      anchor: "II",
      level: 1,
      heading: "II. Views and targets",
      blocks: [{ kind: "paragraph", text: "A synthetic summary." }],
    },
    { anchor: "II-3", level: 2, heading: "3. Specific targets to 2025", blocks: [] },
  ],
};

describe(buildEnglishProgramPage, () => {
  it("gives each heading in English where the guide has one, linked to the Vietnamese text", () => {
    const view = buildEnglishProgramPage(dataset, toc, guide);
    expect(view.contents[1]).toEqual({
      anchor: "II",
      heading: { text: "II. Views and targets", lang: "en", renders: "ours" },
      href: "chuong-trinh/#II",
      children: [
        {
          anchor: "II-3",
          heading: { text: "3. Specific targets to 2025", lang: "en", renders: "ours" },
          href: "chuong-trinh/#II-3",
          children: [],
        },
      ],
    });
    // No English heading: the Vietnamese one, marked as such by its language.
    expect(view.contents[0]?.heading).toEqual({
      text: "I. MỤC ĐÍCH, YÊU CẦU",
      lang: "vi",
      renders: null,
    });
    expect(view.summary).toEqual({
      notice: "Unofficial summary.",
      sections: [
        {
          anchor: "II",
          level: 1,
          heading: "II. Views and targets",
          href: "chuong-trinh/#II",
          blocks: [{ kind: "paragraph", text: "A synthetic summary." }],
        },
      ],
    });
  });

  it("has no summary without content/en/, and keeps every heading and appendix row", () => {
    const view = buildEnglishProgramPage(dataset, toc, undefined);
    expect(view.summary).toBeNull();
    expect(view.contents.map((entry) => entry.heading.lang)).toEqual(["vi", "vi"]);
    expect(view.appendix).toHaveLength(dataset.targets.length);
  });

  it("links each appendix row to its row in the Vietnamese text and to its English target page", () => {
    const row = buildEnglishProgramPage(dataset, toc, undefined).appendix.find((r) => r.n === 4);
    expect(row).toMatchObject({
      href: "chuong-trinh/#phu-luc-4",
      targetHref: "en/targets/4/",
      statement: { text: "100% xóm có đường được cứng hóa (câu thử).", lang: "vi" },
    });
    expect(row?.lead.map((agency) => agency.text)).toEqual(["Sở Thử A"]);
    expect(row?.coordinate.map((agency) => agency.text)).toEqual(["Sở Thử B"]);
  });
});
