import { afterEach, describe, expect, it } from "vitest";
import { commonFiles, renderPage, writeFixtureSite, type FixtureSite } from "../fixture-site.ts";
import { checkLinks, extractCssUrls, resolveUrl } from "../../../scripts/check-site/gates/links.ts";

let fixture: FixtureSite | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

describe(resolveUrl, () => {
  const site = { origin: "https://example.test", base: "/ctr-02/" };
  it.each([
    [
      "../du-lieu/#tep",
      { kind: "internal", target: { file: "du-lieu/index.html", fragment: "tep" } },
    ],
    [
      "https://example.test/ctr-02/a.csv",
      { kind: "internal", target: { file: "a.csv", fragment: undefined } },
    ],
    ["/du-lieu/", { kind: "outside-base", pathname: "/du-lieu/" }],
    ["https://creativecommons.org/", { kind: "external" }],
    ["mailto:a@b.vn", { kind: "external" }],
  ])("resolves %s on /ctr-02/chuong-trinh/", (url, expected) => {
    expect(resolveUrl(url, "https://example.test/ctr-02/chuong-trinh/", site)).toEqual(expected);
  });
});

describe(extractCssUrls, () => {
  it("finds url() references but not data: URIs", () => {
    expect(
      extractCssUrls(
        `a{background:url("/i.png")}b{background:url(data:image/png;base64,xx)}c{src:url(f.woff2)}`,
      ),
    ).toEqual(["/i.png", "f.woff2"]);
  });
});

describe(checkLinks, () => {
  it("passes a site whose links all resolve", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "index.html": renderPage({ body: '<a href="a/#muc-1">A</a>' }),
      "a/index.html": renderPage({ path: "a/", body: '<h2 id="muc-1">Mục 1</h2>' }),
    });
    expect((await checkLinks(fixture.site)).problems).toEqual([]);
  });

  it("reports a broken anchor with the ids that do exist nearby", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "index.html": renderPage({ body: '<a href="chuong-trinh/#III-2-3">Mục III.2.3</a>' }),
      "chuong-trinh/index.html": renderPage({
        path: "chuong-trinh/",
        body: '<p id="III-2-2">x</p><p id="III-2">y</p><p id="phu-luc">z</p>',
      }),
    });
    const result = await checkLinks(fixture.site);
    expect(result.problems).toEqual([
      '/: <a href="chuong-trinh/#III-2-3">: trang /chuong-trinh/ không có id "III-2-3". id gần nhất: III-2-2, III-2, noi-dung. Sửa liên kết hoặc đặt id này cho phần cần trỏ tới.',
    ]);
    expect(result.summary).toMatch(/, 1 lỗi$/);
  });

  it("reports a missing page, a missing image and a missing trailing slash", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "index.html": renderPage({
        body: '<a href="khong-co/">x</a><img src="anh.png" alt="Ảnh"><a href="a">A</a>',
      }),
      "a/index.html": renderPage({ path: "a/" }),
    });
    expect((await checkLinks(fixture.site)).problems).toEqual([
      '/: <a href="khong-co/">: không có tệp khong-co/index.html trong bản build. Sửa đường dẫn hoặc tạo trang/tệp đó.',
      '/: <img src="anh.png">: không có tệp anh.png trong bản build. Sửa đường dẫn hoặc tạo trang/tệp đó.',
      '/: <a href="a">: thiếu dấu "/" ở cuối; viết /a/ (trang dùng trailingSlash "always").',
    ]);
  });

  it("reports a link that forgets the base path, once for all the pages it is on", async () => {
    const base = "/ctr-02/";
    fixture = await writeFixtureSite(
      {
        ...commonFiles(),
        "index.html": renderPage({ base, body: '<a href="/du-lieu/">Dữ liệu</a>' }),
        "a/index.html": renderPage({ base, path: "a/", body: '<a href="/du-lieu/">Dữ liệu</a>' }),
        "du-lieu/index.html": renderPage({ base, path: "du-lieu/" }),
      },
      base,
    );
    const problems = (await checkLinks(fixture.site)).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\/ctr-02\/, \/ctr-02\/a\/: <a href="\/du-lieu\/">: trỏ ra ngoài đường dẫn gốc \/ctr-02\/ .*withBase/,
    );
  });

  it("checks url() in stylesheets", async () => {
    fixture = await writeFixtureSite({
      ...commonFiles(),
      "style.css": "body{background:url(nen.png)}",
      "index.html": renderPage(),
    });
    expect((await checkLinks(fixture.site)).problems).toEqual([
      "/style.css: url(nen.png): không có tệp nen.png trong bản build. Sửa đường dẫn hoặc tạo trang/tệp đó.",
    ]);
  });
});
