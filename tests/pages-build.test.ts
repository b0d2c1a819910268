// Builds the site from the synthetic page fixture (tests/fixtures/pages — invented data, see its
// README) with the production build script, then reads the pages a citizen would open: each
// indicator shows the right status word, quantitative ones one named chart, the tables the
// fixture's figures, and the overview, target, agency and methodology pages exist.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPressItems, loadPressFonts, readSiteRoot } from "../scripts/build-steps/cards.ts";
import {
  chartSvgPath,
  indicatorCardPath,
  OVERVIEW_CARD_PATH,
  targetCardPath,
} from "../src/lib/cards/paths.ts";
import { writeGlossary } from "../src/lib/glossary/terms.ts";
import { dictionaryOf, type Dictionary } from "../src/lib/i18n/dictionary.ts";
import type { Lang } from "../src/lib/i18n/languages.ts";
import { nameProgram } from "../src/lib/program/names.ts";
import { loadPagesFixture, PAGES_FIXTURE_DIR } from "./fixtures/pages/load.ts";
import {
  findCharts,
  firstStatus,
  sliceSections,
  textOf,
  textsWithAttribute,
} from "./pages-html.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
let tempDir: string;
let distDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "ctr02-pages-"));
  distDir = path.join(tempDir, "dist");
  try {
    // process.execPath is the project's Node 24, the one vitest runs on.
    await promisify(execFile)(process.execPath, ["scripts/build.ts"], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: PAGES_FIXTURE_DIR, OUT_DIR: distDir, BASE_PATH: "/" },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `build of the page fixture failed:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`,
      {
        cause: error,
      },
    );
  }
}, 300_000);

afterAll(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

async function readPage(route: string): Promise<string> {
  return readFile(path.join(distDir, route, "index.html"), "utf8");
}

function statusBox(html: string): string {
  return sliceSections(html, /<section class="status-box"/, "section")[0] ?? "";
}

describe("indicator pages built from the synthetic fixture", () => {
  it.each([
    ["thu-nhap-dtts", "achieved", "Đã đạt", true],
    ["ho-ngheo-dtts", "not_achieved", "Không đạt", true],
    ["xa-ntm", "awaiting_final", "Chờ số liệu năm 2025", true],
    ["duong-xom-cung-hoa", "no_data", "Chưa có số liệu công bố", true],
    ["truong-lop-kien-co", "not_comparable", "Có số liệu nhưng chưa so sánh được", true],
    ["co-so-vat-chat-noi-tru", "qualitative", "Chỉ tiêu định tính", false],
    ["nuoc-hop-ve-sinh", "on_track", "Đúng tiến độ", true],
    ["xa-dbkk", "behind", "Chậm", true],
    ["nha-van-hoa-dat-chuan", "off_track", "Rất chậm", true],
    ["phat-trien-ben-vung-2030", "qualitative", "Chỉ tiêu định tính", false],
  ])("/chi-tieu/%s/ says %s (“%s”); a chart: %s", async (id, status, label, charted) => {
    const html = await readPage(`chi-tieu/${id}`);
    expect(firstStatus(statusBox(html))).toEqual({ status, label });
    const charts = findCharts(html);
    expect(charts).toHaveLength(charted ? 1 : 0);
    if (charted) {
      expect(charts[0]?.name).toMatch(/^Biểu đồ: .+\(thử\)$/);
      expect(charts[0]?.description).not.toBe("");
    }
  });

  it("on the English page, gives the chart's source titles as Vietnamese text (lang=vi)", async () => {
    const source = (html: string): string =>
      /<p class="chart__source"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/\s+/g, " ") ?? "";
    const vi = source(await readPage("chi-tieu/thu-nhap-dtts"));
    const en = source(await readPage("en/indicators/thu-nhap-dtts"));
    const titles = /^ ?Nguồn: (.+?) ?$/.exec(vi)?.[1] ?? "";
    expect(titles).not.toBe("");
    expect(vi).not.toContain("<span");
    expect(en).toBe(` Source: <span lang="vi">${titles}</span> `);
  });

  it("shows a qualitative indicator's evidence, not a number", async () => {
    const text = textOf(await readPage("chi-tieu/co-so-vat-chat-noi-tru"));
    expect(text).toContain("Chỉ tiêu định tính: không tính trạng thái bằng số.");
    expect(text).toContain("hoàn thiện cơ sở vật chất các trường (câu thử)");
  });

  describe("thu-nhap-dtts: a revised figure and a figure of another scope", () => {
    let html = "";
    beforeAll(async () => {
      html = await readPage("chi-tieu/thu-nhap-dtts");
    });

    it("tables every figure in force with its role", () => {
      const table =
        sliceSections(html, /<table class="data-table figures-table[^"]*">/, "table")[0] ?? "";
      expect(textsWithAttribute(table, "data-figure")).toEqual(["20,0", "31,0", "42,0", "38,0"]);
      const rows = sliceSections(table, /<tr>/, "tr").slice(1).map(textOf);
      expect(rows[1]).toContain("(đã điều chỉnh)");
      expect(rows[3]).toContain("Khác phạm vi: Tỉnh mới (thử); không dùng để đánh giá");
      expect(rows[3]).toContain("“câu thử có số 38 năm 2025 của tỉnh mới”");
    });

    it("keeps the first published value in the revision history", () => {
      const history =
        sliceSections(html, /<section aria-labelledby="lich-su">/, "section")[0] ?? "";
      expect(textsWithAttribute(history, "data-figure")).toEqual(["30,0", "31,0"]);
      expect(textOf(history)).toContain("Điều chỉnh");
    });

    it("marks every derived number as computed", () => {
      const computed = [...html.matchAll(/\sdata-computed[\s>][\s\S]*?<\/(?:span|strong)>/g)];
      expect(computed.length).toBeGreaterThanOrEqual(4);
      for (const match of computed) {
        const after = html.slice(
          (match.index ?? 0) + match[0].length,
          (match.index ?? 0) + match[0].length + 200,
        );
        expect(after).toMatch(/class="computed-mark"/);
      }
    });

    it("links the release, the source, the program paragraph and the CSV", () => {
      expect(html).toContain('href="/du-lieu/phien-ban/1.1.0/"');
      expect(html).toContain('href="https://example.org/nguon-thu-b"');
      expect(html).toContain('href="/chuong-trinh/#II-3-1"');
      expect(html).toContain('href="/du-lieu/chi-tieu/thu-nhap-dtts.csv"');
    });

    it("draws the other scope as its own line in the chart", () => {
      const svg = sliceSections(html, /<svg class="chart__svg"/, "svg")[0] ?? "";
      expect(svg.match(/class="chart-line chart-line--[a-z-]+ chart-line--v\d"/g)).toEqual([
        'class="chart-line chart-line--comparable chart-line--v0"',
        'class="chart-line chart-line--other-scope chart-line--v0"',
      ]);
    });
  });
});

describe("the glossary and the about page", () => {
  it("links both from the footer of every page a reader can land on", async () => {
    const files = (await readdir(distDir, { recursive: true })).filter(
      (file) => file.endsWith(".html") && !file.startsWith("nhung/"),
    );
    expect(files.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const file of files) {
      const footer =
        sliceSections(await readFile(path.join(distDir, file), "utf8"), /<footer/, "footer")[0] ??
        "";
      // An English page links the English glossary and about page (issue 17).
      const english = file.startsWith("en/");
      const glossary = english ? 'href="/en/glossary/"' : 'href="/thuat-ngu/"';
      const about = english ? 'href="/en/about/"' : 'href="/gioi-thieu/"';
      if (!footer.includes(glossary) || !footer.includes(about)) {
        missing.push(file);
      }
    }
    expect(missing).toEqual([]);
  });

  it("explains every term the glossary lists, each under its own anchor", async () => {
    const html = await readPage("thuat-ngu");
    for (const id of ["dtts", "vung-dtts-mien-nui", "xa-khu-vuc", "xa-dbkk", "ntm"]) {
      expect(html).toContain(`id="${id}"`);
    }
    for (const id of ["chuan-ngheo-da-chieu", "chuan-ngheo-2016-2020", "cach-tinh", "dia-ban"]) {
      expect(html).toContain(`id="${id}"`);
    }
    for (const id of ["ban-du-lieu", "so-trang-tu-tinh", "so-lieu-lien-quan", "trang-thai"]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(textOf(html)).toContain("Rất chậm");
  });

  it("says on /gioi-thieu/ that the publisher is not configured, and how to report an error", async () => {
    const text = textOf(await readPage("gioi-thieu"));
    expect(text).toContain("Đơn vị công bố: Chưa cấu hình: đơn vị công bố.");
    // The fixture's synthetic program (program.csv) names the issuer and the date.
    expect(text).toContain("không phải trang chính thức của UBND tỉnh Ví Dụ");
    expect(text).toContain("câu chứa con số, chép nguyên văn từ nguồn");
    expect(text).toContain("ban hành ngày 15/03/2022");
  });

  const fixtureNames = nameProgram(loadPagesFixture().program);

  // One page file renders both languages (src/pages/gioi-thieu/, src/pages/thuat-ngu/): the
  // English page must say in English all that the Vietnamese one says, under the same anchors.
  it.each([
    {
      vi: "gioi-thieu",
      en: "en/about",
      // The Vietnamese page's headings and a few of its sentences and links.
      words: (t: Dictionary) => [
        t.footerAbout,
        t.navHome,
        t.aboutWhoHeading,
        t.aboutContactHeading,
        t.aboutReportHeading,
        t.aboutReportHow,
        t.aboutReportPolicyLink,
        t.aboutLicenceHeading,
        t.aboutCodeHeading,
        t.aboutOfficialHeading,
        t.aboutOfficialLink,
        t.aboutRecipientsLink,
        t.publisherUnset,
      ],
    },
    {
      vi: "thuat-ngu",
      en: "en/glossary",
      words: (t: Dictionary, lang: Lang) => [
        t.footerGlossary,
        t.navHome,
        t.glossaryLede,
        t.statusLabel("no_data", 2025),
        ...writeGlossary(fixtureNames, lang).map((entry) => entry.term),
      ],
    },
  ])("writes /$en/ in English, with /$vi/'s sections and anchors", async ({ vi, en, words }) => {
    const mainOf = async (route: string) =>
      sliceSections(await readPage(route), /<main\b/, "main")[0] ?? "";
    const [viMain, enMain] = [await mainOf(vi), await mainOf(en)];
    // What the English page writes itself: quotes marked lang="vi" (the Vietnamese term beside
    // a glossary entry) are meant to stay Vietnamese.
    const english = textOf(enMain.replace(/<(\w+)\b[^>]*\slang="vi"[^>]*>[\s\S]*?<\/\1>/g, ""));
    const vietnameseWords = words(dictionaryOf("vi"), "vi");
    expect(vietnameseWords.every((word) => textOf(viMain).includes(word))).toBe(true);
    expect(vietnameseWords.filter((word) => english.includes(word))).toEqual([]);
    expect(words(dictionaryOf("en"), "en").filter((word) => !english.includes(word))).toEqual([]);
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(enMain)).toEqual(ids(viMain));
    expect(ids(viMain).length).toBeGreaterThan(5);
  });

  it("links the glossary from the computed marks of an indicator page", async () => {
    const html = await readPage("chi-tieu/thu-nhap-dtts");
    expect(html).toMatch(/class="computed-mark" href="\/thuat-ngu\/#so-trang-tu-tinh"/);
    expect(textOf(html)).toContain("(trang tự tính)");
    expect(html).not.toContain("≈");
  });

  it("dates the role of an agency that ended on its page and on the pages that list it", async () => {
    const agency = textOf(await readPage("co-quan/co-quan-thu-b"));
    expect(agency).toContain("Hoạt động đến ngày 30/06/2025. Nguồn: Báo cáo thử A");
    expect(agency).toContain("Mục tiêu chủ trì (đến 30/06/2025)");
    expect(agency).toContain("Chưa ghi cơ quan kế nhiệm");
    expect(textOf(await readPage("muc-tieu/5"))).toContain(
      "Sở Thử B — chủ trì (đến 30/06/2025), chưa ghi cơ quan kế nhiệm",
    );
    expect(textOf(await readPage("muc-tieu/4"))).toContain(
      "Sở Thử B — phối hợp (đến 30/06/2025), chưa ghi cơ quan kế nhiệm",
    );
    expect(textOf(await readPage(""))).toContain(
      "Chủ trì: Sở Thử B (đến 30/06/2025, chưa ghi cơ quan kế nhiệm)",
    );
    expect(textOf(await readPage("co-quan"))).toContain(
      "Sở Thử B: chủ trì (đến 30/06/2025) 5 mục tiêu, phối hợp (đến 30/06/2025) 1 mục tiêu.",
    );
  });
});

describe("the other pages built from the synthetic fixture", () => {
  it("gives the overview the period's verdict, counts and latest release", async () => {
    const text = textOf(await readPage(""));
    expect(text).toContain("Đã kết luận được 2 trên 22 chỉ tiêu: 1 đạt, 1 không đạt.");
    expect(text).toContain("Số liệu cập nhật ngày 01/03/2026 (bản dữ liệu 1.1.0).");
    expect(text).toContain("6 chỉ tiêu Chỉ tiêu định tính");
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("builds /muc-tieu/%i/", async (n) => {
    const html = await readPage(`muc-tieu/${n}`);
    expect(textOf(html)).toContain(`Mục tiêu ${n}:`);
    expect(html).toContain('class="indicator-card"');
  });

  it.each(["co-quan-thu-a", "co-quan-thu-b", "co-quan-thu-c", "nhom-thu"])(
    "builds /co-quan/%s/",
    async (id) => {
      expect(existsSync(path.join(distDir, "co-quan", id, "index.html"))).toBe(true);
    },
  );

  it("names an agency's successor on its page", async () => {
    expect(textOf(await readPage("co-quan/co-quan-thu-a"))).toContain(
      "Cơ quan kế nhiệm: Sở Thử C (kế nhiệm), từ 01/03/2025 (nguồn: Báo cáo thử B).",
    );
    expect(textOf(await readPage("co-quan/co-quan-thu-c"))).toContain("Kế nhiệm: Sở Thử A.");
    expect(textOf(await readPage("muc-tieu/1"))).toContain(
      "Sở Thử A (nay: Sở Thử C (kế nhiệm), từ 01/03/2025; nguồn: Báo cáo thử B)",
    );
  });

  it("works the methodology example from the data", async () => {
    expect(textOf(await readPage("phuong-phap"))).toContain(
      "Tỷ lệ tiến độ = (42,0 − 20,0) ÷ (40,0 − 20,0) = 110%.",
    );
  });

  it("dates the latest update in every page's footer and links the glossary and about page", async () => {
    for (const route of ["", "chi-tieu/duong-xom-cung-hoa", "muc-tieu/3", "phuong-phap"]) {
      const footer = sliceSections(await readPage(route), /<footer/, "footer")[0] ?? "";
      expect(textOf(footer)).toContain("Cập nhật ngày 01/03/2026.");
      expect(footer).toContain('href="/thuat-ngu/"');
      expect(footer).toContain('href="/gioi-thieu/"');
      expect(footer).toContain('href="/gioi-thieu/#bao-loi"');
    }
  });
});

// Issue 13 on every page kind. In the fixture, xa-ntm (unit "% số xã", 1 decimal) has a related
// figure 97,35 "% tổng số xã của tỉnh (thử)" for 2025 in the baseline's scope and series: read as
// the indicator's, it would be the latest figure and meet the 94% goal ("Đã đạt"). And
// nuoc-hop-ve-sinh's "Đúng tiến độ" rests only on a weak source (baseline and latest figure).
describe("issue 13: a related figure and a result on a weak source only, on every page kind", () => {
  const RELATED = "97,35% tổng số xã của tỉnh (thử)";
  // The related value with the indicator's unit or decimals, or as the indicator's number.
  const BORROWED = /97,4|97,35% số xã|97,35 ?%? ?số xã/;
  const WEAK = "Tạm tính theo một nguồn thứ cấp";
  const cardOf = (html: string, id: string): string =>
    sliceSections(
      html,
      new RegExp(`<article class="indicator-card" data-indicator="${id}">`),
      "article",
    )[0] ?? "";
  let pressText: Map<string, string>;

  beforeAll(async () => {
    const fonts = await loadPressFonts();
    // The PNG share cards and chart PNGs are rasterised from exactly these SVGs.
    pressText = new Map(
      [...listPressItems(loadPagesFixture(), readSiteRoot(), "Trang thử", fonts.measure)].map(
        (item) => [item.path, textOf(item.svg.replace(/<\/text>/g, " </text>"))],
      ),
    );
  });

  it.each([
    ["", "xa-ntm"],
    ["muc-tieu/3", "xa-ntm"],
    ["co-quan/co-quan-thu-a", "xa-ntm"],
  ])("/%s/: the xa-ntm card keeps its own latest figure and status", async (route, id) => {
    const html = await readPage(route);
    const card = cardOf(html, id);
    expect(textOf(card)).toContain("Chờ số liệu năm 2025");
    expect(textOf(card)).toContain("Số liệu gần nhất 80,0% số xã (năm 2024)");
    expect(textOf(html)).not.toMatch(BORROWED);
    expect(textOf(card)).not.toContain("97");
  });

  it("/chi-tieu/xa-ntm/: the related figure is only in its own block, with its own measure and unit", async () => {
    const html = await readPage("chi-tieu/xa-ntm");
    expect(firstStatus(statusBox(html))).toEqual({
      status: "awaiting_final",
      label: "Chờ số liệu năm 2025",
    });
    expect(textOf(html)).not.toMatch(BORROWED);
    const block = sliceSections(html, /<section class="related-figures"/, "section")[0] ?? "";
    expect(textOf(block)).toContain("Số liệu liên quan, không dùng để đánh giá");
    expect(textOf(block)).toContain("Tỷ lệ xã đạt chuẩn trên mọi xã của tỉnh (thử)");
    expect(textsWithAttribute(block, "data-related-figure")).toEqual([RELATED]);
    expect(textOf(block)).toContain("“câu thử có số 97,35% mọi xã của tỉnh năm 2025”");
    // Everything outside the block: status, facts, chart, figure table, history.
    const outside = html.replace(block, "");
    expect(textOf(outside)).not.toContain("97");
    expect(textsWithAttribute(outside, "data-figure")).not.toContain("97,35");
    expect(findCharts(html)[0]?.description).not.toContain("97");
  });

  it("/nhung/chi-tieu/xa-ntm/: the embed shows the related block, never the figure as latest", async () => {
    const html = await readPage("nhung/chi-tieu/xa-ntm");
    const block = sliceSections(html, /<section class="related-figures"/, "section")[0] ?? "";
    expect(textsWithAttribute(block, "data-related-figure")).toEqual([RELATED]);
    expect(textOf(html.replace(block, ""))).not.toContain("97");
    expect(textOf(html)).toContain("Số liệu gần nhất: 80,0% số xã (năm 2024)");
  });

  it("the release page calls it related and writes it in its own unit", async () => {
    const text = textOf(await readPage("du-lieu/phien-ban/1.1.0"));
    expect(text).toContain(
      `${RELATED} — số liệu liên quan (tỷ lệ xã đạt chuẩn trên mọi xã của tỉnh (thử)), không dùng để đánh giá`,
    );
    expect(text).not.toMatch(BORROWED);
  });

  it("the per-indicator CSV marks the row as related, in its own unit", async () => {
    const rows = (await readFile(path.join(distDir, "du-lieu/chi-tieu/xa-ntm.csv"), "utf8")).split(
      "\n",
    );
    const related = rows.find((row) => row.includes("97.35")) ?? "";
    expect(related).toContain(",related,tỷ lệ xã đạt chuẩn trên mọi xã của tỉnh (thử),");
    expect(related).toContain(
      "xa-ntm,Tỷ lệ xã nông thôn mới (thử),% tổng số xã của tỉnh (thử),2025,",
    );
    expect(related).not.toContain(",% số xã,");
  });

  it("the chart download, the share cards and the search meta never carry the related figure", async () => {
    const download = await readFile(path.join(distDir, chartSvgPath("xa-ntm")), "utf8");
    expect(textOf(download)).not.toContain("97");
    for (const file of [indicatorCardPath("xa-ntm"), targetCardPath(3), OVERVIEW_CARD_PATH]) {
      expect(pressText.get(file) ?? "missing").not.toContain("97");
    }
    expect(pressText.get(indicatorCardPath("xa-ntm"))).toContain("Chờ số liệu năm 2025");
    expect(pressText.get(indicatorCardPath("xa-ntm"))).toContain("80,0% số xã");
    expect(await readPage("chi-tieu/xa-ntm")).toMatch(
      /data-pagefind-meta="[^"]*Chờ số liệu năm 2025/,
    );
  });

  it.each(["chi-tieu/nuoc-hop-ve-sinh", "nhung/chi-tieu/nuoc-hop-ve-sinh"])(
    "/%s/ says the status rests on a secondary source, next to it and the chart",
    async (route) => {
      const html = await readPage(route);
      const weak = textsWithAttribute(html, "data-weak-basis");
      expect(weak.length).toBeGreaterThanOrEqual(1);
      for (const text of weak) {
        expect(textOf(text)).toBe(
          `${WEAK}: Trang tổng hợp thử — Cổng thông tin của một tỉnh khác (thử).`,
        );
      }
      if (route.startsWith("chi-tieu")) {
        expect(textOf(statusBox(html))).toContain(WEAK);
        expect(weak).toHaveLength(2);
        const table =
          sliceSections(html, /<table class="data-table figures-table[^"]*">/, "table")[0] ?? "";
        expect(textsWithAttribute(table, "data-source-grade")).toEqual([
          "(nguồn thứ cấp)",
          "(nguồn thứ cấp)",
        ]);
        expect(html).toMatch(
          /<meta property="og:image:alt" content="[^"]*Tạm tính theo một nguồn thứ cấp/,
        );
      }
    },
  );

  it.each(["", "muc-tieu/6", "co-quan/co-quan-thu-b"])(
    "/%s/: the card says it too",
    async (route) => {
      const card = cardOf(await readPage(route), "nuoc-hop-ve-sinh");
      expect(textOf(card)).toContain(`${WEAK}.`);
      expect(textOf(card)).toContain("Đúng tiến độ");
    },
  );

  it("the share card, the chart download and the CSV say it; an indicator on other sources does not", async () => {
    expect(pressText.get(indicatorCardPath("nuoc-hop-ve-sinh"))).toContain(WEAK);
    expect(pressText.get(chartSvgPath("nuoc-hop-ve-sinh"))).toContain(WEAK);
    expect(pressText.get(targetCardPath(6))).toContain("tạm tính theo một nguồn thứ cấp");
    const csv = await readFile(path.join(distDir, "du-lieu/chi-tieu/nuoc-hop-ve-sinh.csv"), "utf8");
    // The figure rows (after the goal rows), then the columns numerator, denominator,
    // value_computed, period_basis, disputes, goal_rule and goal_rule_value, empty for them.
    expect(csv).toMatch(
      /^(?:baseline|observation),.*,indicator,,weak,tạm tính theo một nguồn thứ cấp,,,,,,,$/m,
    );
    // xa-dbkk rests on a press source and an official one: no such words anywhere.
    expect(textOf(await readPage("chi-tieu/xa-dbkk"))).not.toContain(WEAK);
    expect(pressText.get(indicatorCardPath("xa-dbkk"))).not.toContain(WEAK);
    expect(
      await readFile(path.join(distDir, "du-lieu/chi-tieu/xa-dbkk.csv"), "utf8"),
    ).not.toContain("thứ cấp");
  });

  it("tells no published figure from figures that do not compare, with the reason and who should publish", async () => {
    const none = await readPage("chi-tieu/duong-xom-cung-hoa");
    expect(textOf(statusBox(none))).toContain("Cơ quan chủ trì theo Phụ lục: Sở Thử A");
    const other = textOf(statusBox(await readPage("chi-tieu/truong-lop-kien-co")));
    expect(other).toContain("số liệu đã có: năm 2025 — Tỉnh mới (thử), Mặc định (thử)");
    expect(other).not.toContain("Cơ quan chủ trì");
    const overview = textOf(await readPage(""));
    expect(overview).toContain(
      "9 chỉ tiêu chưa có số liệu công bố, 1 chỉ tiêu có số liệu nhưng chưa so sánh được",
    );
  });
});

describe("the scorecard and the per-indicator files built from the synthetic fixture", () => {
  const served = (file: string) => readFile(path.join(distDir, "du-lieu", file));
  const indicatorIds = [
    ...readFileSync(path.join(PAGES_FIXTURE_DIR, "indicators.csv"), "utf8").matchAll(
      /^([a-z0-9-]+),/gm,
    ),
  ]
    .map((match) => match[1] ?? "")
    .filter((id) => id !== "id");

  it("shows the scorecard on the overview: one row per indicator, linked to its downloads", async () => {
    const html = await readPage("");
    const [table] = sliceSections(html, /<table class="stack-table scorecard__table"/, "table");
    expect(table).toBeDefined();
    const rows = (table ?? "").match(/<th scope="row"/g) ?? [];
    expect(rows).toHaveLength(indicatorIds.length);
    expect(textOf(table ?? "")).toContain("Đã đạt");
    for (const file of [
      "du-lieu/bang-tong-hop.csv",
      "du-lieu/excel/bang-tong-hop.csv",
      "du-lieu/bang-tong-hop.json",
    ]) {
      expect(html).toContain(`href="/${file}"`);
    }
  });

  it("publishes bang-tong-hop.csv, its Excel form and JSON, described as derived data", async () => {
    const csv = await served("bang-tong-hop.csv");
    const excel = await served("excel/bang-tong-hop.csv");
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.compare(excel.subarray(3), csv)).toBe(0);
    expect(csv.toString("utf8").trimEnd().split("\n")).toHaveLength(indicatorIds.length + 1);
    const json = JSON.parse(
      await readFile(path.join(distDir, "du-lieu", "bang-tong-hop.json"), "utf8"),
    ) as {
      methodology_version: string;
      release: { id: string };
    };
    expect(json.release.id).toBe("1.1.0");
    expect(json.methodology_version).toMatch(/^\d{4}-\d{2}$/);
    const descriptor = JSON.parse((await served("datapackage.json")).toString("utf8")) as {
      resources: { name: string; path: string; hash: string; description: string }[];
    };
    const resource = descriptor.resources.find((entry) => entry.path === "bang-tong-hop.csv");
    expect(resource?.name).toBe("scorecard");
    expect(resource?.description).toContain("Dữ liệu tính toán, không phải số liệu công bố");
    expect(resource?.hash).toBe(`sha256:${createHash("sha256").update(csv).digest("hex")}`);
    const snapshot = await readFile(
      path.join(distDir, "du-lieu", "phien-ban", "1.1.0", "datapackage.json"),
      "utf8",
    );
    expect(snapshot).not.toContain("bang-tong-hop");
  });

  it("publishes every indicator's CSV, Excel CSV and JSON, and its page links all three", async () => {
    for (const id of indicatorIds) {
      const csv = await served(`chi-tieu/${id}.csv`);
      expect(csv.toString("utf8").split("\n").length, id).toBeGreaterThan(2);
      const excel = await served(`excel/chi-tieu/${id}.csv`);
      expect(Buffer.compare(excel.subarray(3), csv), id).toBe(0);
      expect(existsSync(path.join(distDir, "du-lieu", "chi-tieu", `${id}.json`)), id).toBe(true);
    }
    const page = await readPage("chi-tieu/duong-xom-cung-hoa");
    for (const href of [
      "du-lieu/chi-tieu/duong-xom-cung-hoa.csv",
      "du-lieu/excel/chi-tieu/duong-xom-cung-hoa.csv",
      "du-lieu/chi-tieu/duong-xom-cung-hoa.json",
    ]) {
      expect(page).toContain(`href="/${href}"`);
    }
    const noFigure = (await served("chi-tieu/duong-xom-cung-hoa.csv")).toString("utf8");
    expect(noFigure).toMatch(/^no_data,duong-xom-cung-hoa,/m);
  });

  it("shows the method version on /phuong-phap/", async () => {
    expect(textOf(await readPage("phuong-phap"))).toMatch(/Phiên bản phương pháp: \d{4}-\d{2}/);
  });
});
