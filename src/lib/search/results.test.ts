import { describe, expect, it } from "vitest";
import { planHighlight, type TextSegment } from "./highlight.ts";
import { PAGE_KINDS } from "./page-kind.ts";
import {
  orderByPhrase,
  readMarkedExcerpt,
  shapeEnglishResult,
  shapeResult,
  type PagefindResultData,
  type ResultView,
} from "./results.ts";

const render = (segments: readonly TextSegment[]): string =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join("");

// Synthetic data shaped like Pagefind's, for an indexed copy with aliases glued on.
const content =
  "Toàn văn Chương trình. - 100% xóm có đường_duong ô tô đến_den trung tâm. " +
  "- bồi dưỡng văn hóa văn nghệ văn bản. Dương Văn Lượng";
const words = content.split(" ");
const at = (word: string, from = 0): number => words.indexOf(word, from);

// A section of the program page as Pagefind reports it: heading, anchor, matches, excerpt.
function section(heading: string, id: string, locations: number[], plainExcerpt: string) {
  return {
    title: `${heading} · #${id}`,
    url: `#${id}`,
    anchor: { id },
    locations,
    plain_excerpt: plainExcerpt,
  };
}

function program(): PagefindResultData {
  return {
    url: "/ctr-02/chuong-trinh/",
    content,
    meta: { title: "Toàn văn Chương trình hành động_dong 02/CTr-UBND" },
    filters: { kind: ["Toàn văn chương trình"] },
    plain_excerpt: "xóm có đường_duong ô tô &amp; hơn",
    locations: [at("đường_duong"), at("ô"), at("tô"), at("Dương"), at("Văn"), at("Lượng")],
    sub_results: [
      {
        title: "Toàn văn",
        url: "/ctr-02/chuong-trinh/",
        locations: [1],
        plain_excerpt: "Toàn văn",
      },
      {
        title: "3. Mục tiêu cụ thể đến_den hết năm 2025 · #II-3-1",
        url: "/ctr-02/chuong-trinh/#II-3-1",
        anchor: { id: "II-3-1" },
        locations: [at("đường_duong")],
        plain_excerpt: "xóm có đường_duong ô tô",
      },
      {
        title: "Văn hóa · #III-5-2",
        url: "/ctr-02/chuong-trinh/#III-5-2",
        anchor: { id: "III-5-2" },
        locations: [at("văn", 2), at("văn", at("văn", 2) + 1), at("văn", at("văn", 2) + 2)],
        plain_excerpt: "bồi dưỡng văn hóa văn nghệ văn bản",
      },
      {
        title: "Phần chữ ký · #chu-ky",
        url: "/ctr-02/chuong-trinh/#chu-ky",
        anchor: { id: "chu-ky" },
        locations: [at("Dương"), at("Văn"), at("Lượng")],
        plain_excerpt: "Dương Văn Lượng",
      },
    ],
  };
}

describe(shapeResult, () => {
  it("removes aliases from titles and excerpts and decodes entities", () => {
    const view = shapeResult(program(), planHighlight("đường"), PAGE_KINDS.program);
    expect(view.title).toBe("Toàn văn Chương trình hành động 02/CTr-UBND");
    expect(render(view.excerpt)).toBe("xóm có [đường] ô tô & hơn");
    expect(view.sections[0]?.title).toBe("3. Mục tiêu cụ thể đến hết năm 2025 · #II-3-1");
  });

  it("lists first the paragraph matching the most different query words", () => {
    const view = shapeResult(program(), planHighlight("Dương Văn Lượng"), PAGE_KINDS.program);
    expect(view.sections.map((s) => s.url)).toEqual([
      "/ctr-02/chuong-trinh/#chu-ky",
      "/ctr-02/chuong-trinh/#III-5-2",
      "/ctr-02/chuong-trinh/#II-3-1",
    ]);
    expect(render(view.sections[0]?.excerpt ?? [])).toBe("[Dương Văn Lượng]");
  });

  // A program page cut down to `text` and a few paragraphs: the order they are listed in for
  // `query`, and the first one's excerpt.
  it.each<
    [
      rule: string,
      text: string,
      paragraphs: [heading: string, anchor: string, matched: string[], excerpt: string][],
      query: string,
      order: string[],
      firstExcerpt: string,
    ]
  >([
    [
      "prefers the paragraph where the query words stand in a row",
      "chống suy dinh dưỡng ở trẻ em, an toàn thực phẩm. xóm có đường_duong ô tô",
      [
        ["Y tế", "III-5-1", ["dưỡng", "ở", "toàn", "dưỡng"], "dưỡng ở trẻ em, an toàn"],
        ["Mục tiêu", "II-3-1", ["đường_duong", "ô", "tô"], "xóm có đường_duong ô tô"],
      ],
      "duong o to",
      ["#II-3-1", "#III-5-1"],
      "xóm có [đường ô tô]",
    ],
    [
      "counts an abbreviation for the spelled-out words it stands for",
      "hội nghị nhân dân đồng_dong lòng. TT HĐND_hdnd_hoi_dong_đong_nhan_dan tỉnh",
      [
        ["A", "IV-2-1", ["hội", "nhân", "dân", "đồng_dong"], "hội nghị nhân dân đồng_dong lòng."],
        [
          "Nơi nhận",
          "noi-nhan-3",
          ["HĐND_hdnd_hoi_dong_đong_nhan_dan"],
          "TT HĐND_hdnd_hoi_dong_đong_nhan_dan tỉnh",
        ],
      ],
      "hoi dong nhan dan",
      ["#noi-nhan-3", "#IV-2-1"],
      "TT [HĐND] tỉnh",
    ],
  ])("%s", (_rule, text, paragraphs, query, order, firstExcerpt) => {
    const all = text.split(" ");
    const data: PagefindResultData = {
      ...program(),
      content: text,
      sub_results: paragraphs.map(([heading, id, matched, plainExcerpt]) =>
        section(
          heading,
          id,
          matched.map((word) => all.indexOf(word)),
          plainExcerpt,
        ),
      ),
    };
    const view = shapeResult(data, planHighlight(query), PAGE_KINDS.program);
    expect(view.sections.map((s) => s.url)).toEqual(order);
    expect(render(view.sections[0]?.excerpt ?? [])).toBe(firstExcerpt);
  });

  it("leaves out the sub-result that is the page itself and caps the list", () => {
    const view = shapeResult(program(), planHighlight("van"), PAGE_KINDS.program, 2);
    expect(view.sections).toHaveLength(2);
    expect(view.sections.every((s) => s.url.includes("#"))).toBe(true);
  });

  it("lists paragraphs for the program text only", () => {
    const data = { ...program(), filters: { kind: ["Chỉ tiêu"] } };
    expect(shapeResult(data, planHighlight("van"), PAGE_KINDS.program).sections).toEqual([]);
  });

  it("passes the kind and the status through", () => {
    const data: PagefindResultData = {
      url: "/chi-tieu/x/",
      content: "x",
      meta: { title: "Xóm có đường_duong ô tô", status: "Chờ số liệu năm 2025" },
      filters: { kind: ["Chỉ tiêu"], agency: ["Sở Giao thông vận tải"] },
      plain_excerpt: "x",
      sub_results: [],
      locations: [],
    };
    const view = shapeResult(data, planHighlight("duong"), PAGE_KINDS.program);
    expect(view).toMatchObject({
      kind: "Chỉ tiêu",
      status: "Chờ số liệu năm 2025",
      title: "Xóm có đường ô tô",
    });
  });
});

describe(orderByPhrase, () => {
  const view = (url: string, together: number): ResultView => ({
    url,
    title: url,
    kind: undefined,
    status: undefined,
    excerpt: [],
    sections: [],
    together,
  });

  it("puts pages with the query's words together first, keeping Pagefind's order otherwise", () => {
    const views = [view("/a/", 1), view("/b/", 3), view("/c/", 1), view("/d/", 3)];
    expect(orderByPhrase(views).map((v) => v.url)).toEqual(["/b/", "/d/", "/a/", "/c/"]);
  });

  it("counts the words found together on the page", () => {
    expect(shapeResult(program(), planHighlight("duong o to"), PAGE_KINDS.program).together).toBe(
      3,
    );
    expect(shapeResult(program(), planHighlight("duong luong"), PAGE_KINDS.program).together).toBe(
      1,
    );
  });
});

describe(readMarkedExcerpt, () => {
  it("marks what Pagefind marked and reads entities as text, never as HTML", () => {
    expect(
      render(
        readMarkedExcerpt(
          "share of <mark>poor</mark> <mark>households</mark> &lt;b&gt; &amp; more",
        ),
      ),
    ).toBe("share of [poor] [households] <b> & more");
  });
});

describe(shapeEnglishResult, () => {
  it("keeps Pagefind's marks (stems included) and strips no Vietnamese alias", () => {
    const view = shapeEnglishResult({
      url: "/en/indicators/ho-ngheo-dtts/",
      content: "Poverty rate of ethnic_minority households",
      meta: { title: "Poverty rate of ethnic_minority households", status: "Off track" },
      filters: { kind: ["Indicator"] },
      plain_excerpt: "Poverty rate of ethnic_minority households",
      excerpt: "Poverty rate of ethnic_minority <mark>households</mark>",
      locations: [4],
      sub_results: [],
    });
    expect(view.title).toBe("Poverty rate of ethnic_minority households");
    expect(view.kind).toBe("Indicator");
    expect(view.status).toBe("Off track");
    expect(render(view.excerpt)).toBe("Poverty rate of ethnic_minority [households]");
    expect(view.together).toBe(0);
  });
});
