import { describe, expect, it } from "vitest";
import { buildToc, listSubsectionHeadings, sortProgramParts } from "./toc.ts";

// Synthetic MDX bodies shaped like content/program/*.mdx.
const sectionBody = [
  '<ProgramSubsection id="IV-1" title="1. Các Sở, ban, ngành, UBND các huyện, thành phố, thị xã">',
  '  <ProgramList><ProgramItem id="IV-1-1">- Thủ trưởng các cơ quan …</ProgramItem></ProgramList>',
  "</ProgramSubsection>",
  "",
  '<ProgramSubsection  title="3. Các cơ quan báo chí, phát thanh, truyền hình:"',
  '  id="IV-3">',
  '  <Para id="IV-3-1">Tăng cường công tác thông tin …</Para>',
  "</ProgramSubsection>",
].join("\n");

describe(listSubsectionHeadings, () => {
  it("reads id and title whatever their order and line breaks", () => {
    expect(listSubsectionHeadings(sectionBody)).toEqual([
      { id: "IV-1", title: "1. Các Sở, ban, ngành, UBND các huyện, thành phố, thị xã" },
      { id: "IV-3", title: "3. Các cơ quan báo chí, phát thanh, truyền hình:" },
    ]);
  });

  it("returns nothing for a body without subsections", () => {
    expect(listSubsectionHeadings('<Para id="can-cu">Thực hiện …</Para>')).toEqual([]);
  });

  it("fails on a subsection whose title is an expression", () => {
    expect(() => listSubsectionHeadings('<ProgramSubsection id="I-1" title={t}>')).toThrow(
      'listSubsectionHeadings: <ProgramSubsection id="I-1" title={t}> needs both id="…" and title="…" as plain strings',
    );
  });
});

describe(sortProgramParts, () => {
  it("sorts by order", () => {
    const parts = [
      { order: 2, anchor: "II" },
      { order: 0, anchor: "mo-dau" },
      { order: 1, anchor: "I" },
    ];
    expect(sortProgramParts(parts).map((part) => part.anchor)).toEqual(["mo-dau", "I", "II"]);
  });

  it.each([
    {
      what: "order",
      parts: [
        { order: 1, anchor: "I" },
        { order: 1, anchor: "II" },
      ],
      message: 'sortProgramParts: parts "I" and "II" both have order 1',
    },
    {
      what: "anchor",
      parts: [
        { order: 1, anchor: "I" },
        { order: 2, anchor: "I" },
      ],
      message: 'sortProgramParts: two parts have the anchor "I"',
    },
  ])("fails on two parts with one $what", ({ parts, message }) => {
    expect(() => sortProgramParts(parts)).toThrow(message);
  });
});

describe(buildToc, () => {
  it("nests each part's subsections under it, in page order", () => {
    const toc = buildToc([
      { order: 4, title: "IV. TỔ CHỨC THỰC HIỆN", anchor: "IV", body: sectionBody },
      { order: 0, title: "Mở đầu", anchor: "mo-dau", body: '<Para id="can-cu">…</Para>' },
    ]);
    expect(toc).toEqual([
      { id: "mo-dau", label: "Mở đầu", children: [] },
      {
        id: "IV",
        label: "IV. TỔ CHỨC THỰC HIỆN",
        children: [
          {
            id: "IV-1",
            label: "1. Các Sở, ban, ngành, UBND các huyện, thành phố, thị xã",
            children: [],
          },
          { id: "IV-3", label: "3. Các cơ quan báo chí, phát thanh, truyền hình", children: [] },
        ],
      },
    ]);
  });
});
