import { describe, expect, it } from "vitest";
import { atomTime, renderAtomFeed, type FeedInput } from "./atom-feed.ts";

const input: FeedInput = {
  siteRoot: "https://example.test/ctr-02/",
  title: "Phiên bản dữ liệu",
  subtitle: "Mỗi lần dữ liệu được cập nhật.",
  author: "Nhóm biên soạn",
  feedPath: "feed.xml",
  alternatePath: "du-lieu/phien-ban/",
  releases: [
    {
      id: "1.1.0",
      isoDate: "2026-03-01",
      title: "Sửa <số liệu> & thêm",
      summary: 'Ghi "đính chính".',
      countParts: ["1 số liệu mới", "1 được sửa", "0 bị rút"],
      href: "du-lieu/phien-ban/1.1.0/",
    },
    {
      id: "1.0.0",
      isoDate: "2026-01-15",
      title: "Đầu tiên",
      summary: "Công bố lần đầu.",
      countParts: ["4 số liệu mới", "0 được sửa", "0 bị rút"],
      href: "du-lieu/phien-ban/1.0.0/",
    },
  ],
};
const xml = renderAtomFeed(input);
const entries = xml.split("<entry>").slice(1);

describe(renderAtomFeed, () => {
  it("dates the feed by its newest release, not by the build clock", () => {
    expect(xml).toContain("\n  <updated>2026-03-01T00:00:00+07:00</updated>\n");
    expect(renderAtomFeed(input)).toBe(xml);
  });

  it("writes one entry per release, newest first, each with id, title, updated, summary and link", () => {
    expect(entries).toHaveLength(2);
    expect(entries[1]).toBe(
      `
    <id>https://example.test/ctr-02/du-lieu/phien-ban/1.0.0/</id>
    <title>Phiên bản 1.0.0: Đầu tiên</title>
    <updated>2026-01-15T00:00:00+07:00</updated>
    <published>2026-01-15T00:00:00+07:00</published>
    <link rel="alternate" type="text/html" href="https://example.test/ctr-02/du-lieu/phien-ban/1.0.0/"/>
    <summary>Công bố lần đầu. (4 số liệu mới, 0 được sửa, 0 bị rút.)</summary>
  </entry>${"\n</feed>\n"}`,
    );
  });

  it("links to itself and to the release list under the base path, and names an author", () => {
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://example.test/ctr-02/feed.xml"/>',
    );
    expect(xml).toContain(
      '<link rel="alternate" type="text/html" href="https://example.test/ctr-02/du-lieu/phien-ban/"/>',
    );
    expect(xml).toContain("<author>\n    <name>Nhóm biên soạn</name>");
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
  });

  it("escapes markup characters of titles and summaries", () => {
    expect(entries[0]).toContain(
      "<title>Phiên bản 1.1.0: Sửa &#60;số liệu&#62; &#38; thêm</title>",
    );
    expect(entries[0]).toContain("<summary>Ghi &#34;đính chính&#34;.");
  });

  it("refuses to write a feed without releases", () => {
    expect(() => renderAtomFeed({ ...input, releases: [] })).toThrow(
      "renderAtomFeed: no release to announce",
    );
  });
});

describe(atomTime, () => {
  it("puts midnight in Vietnam on the release date", () => {
    expect(atomTime("2026-11-26")).toBe("2026-11-26T00:00:00+07:00");
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => atomTime("26/11/2026")).toThrow('atomTime: expected YYYY-MM-DD, got "26/11/2026"');
  });
});
