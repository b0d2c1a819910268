// /tim-kiem/ in Debian's Chromium, on a freshly built site indexed by the search build step:
// a table of real queries, typed the ways citizens type them (no diacritics, đ, capitals, NFD
// from some keyboards, stray spaces, abbreviations), each with the page — and for the program
// text the paragraph — it must return first or in the top three; then what the page does
// around them: URL, live region, filters, keyboard, no-result help, no JavaScript, CSP,
// accessibility and the first-search download budget.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../scripts/build-steps/search-index.ts";
import { FIRST_SEARCH_BUDGET, measureFirstSearch } from "../../scripts/measure-search.ts";
import { requireDataset } from "../../src/site/load-dataset.ts";
import { buildSiteForTest, repoRoot, type TestBuild } from "../program/build-site.ts";
import { launchChromium } from "../../scripts/check-site/lib/chromium.ts";
import {
  startStaticServer,
  type StaticServer,
} from "../../scripts/check-site/lib/static-server.ts";

let build: TestBuild;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const dataset = requireDataset(`${repoRoot}/data`);

beforeAll(async () => {
  build = await buildSiteForTest();
  await buildSearchIndex(build.distDir);
  server = await startStaticServer(build.distDir, "/");
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await page.goto(`${server.rootUrl}tim-kiem/`);
  await page.locator("[data-search-filters]").waitFor({ state: "visible" });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await build?.remove();
});

/** One result as the reader sees it. */
interface Shown {
  /** Link path, e.g. "/chuong-trinh/". */
  path: string;
  kind: string;
  /** The status line of the result ("Trạng thái: Đã đạt"), "" when it shows none. */
  status: string;
  marks: string[];
  /** Paragraph links under the result, e.g. "/chuong-trinh/#II-3-1". */
  sections: { path: string; marks: string[] }[];
}

async function readResults(target: Page): Promise<Shown[]> {
  return target.locator(".search-result").evaluateAll((items) =>
    items.map((item) => ({
      path: new URL((item.querySelector("h3 a") as HTMLAnchorElement).href).pathname,
      kind: item.querySelector(".search-result__meta")?.firstChild?.textContent ?? "",
      status: item.querySelector(".search-result__status")?.textContent ?? "",
      marks: [...item.querySelectorAll("mark")].map((mark) => mark.textContent ?? ""),
      sections: [...item.querySelectorAll(".search-result__sections li")].map((li) => {
        const url = new URL((li.querySelector("a") as HTMLAnchorElement).href);
        return {
          path: url.pathname + url.hash,
          marks: [...li.querySelectorAll("mark")].map((mark) => mark.textContent ?? ""),
        };
      }),
    })),
  );
}

/** Types `query` into the search box as a reader would and returns the results shown. */
async function search(query: string, target: Page = page): Promise<Shown[]> {
  const input = target.locator("#search-q");
  const status = target.locator("[data-search-status]");
  await input.fill("");
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe("");
  await input.fill(query);
  const shownQuery = query.normalize("NFC").replace(/\s+/gu, " ").trim();
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(`“${shownQuery}”`);
  return readResults(target);
}

/** Where a query must lead. */
interface Case {
  query: string;
  /** What kind of typing the case stands for. */
  why: string;
  /** Path of the page that must be among the first `within` results (or a pattern of paths). */
  page: string | RegExp;
  /** For the program text: a paragraph id that must be among its first `within` paragraphs. */
  anchor?: RegExp;
  within: 1 | 3;
  /** Text that must be highlighted in that result (NFC). */
  mark: RegExp;
}

const program = "/chuong-trinh/";
const roads = "/chi-tieu/duong-xom-cung-hoa/";
const nfd = (text: string): string => text.normalize("NFD");

// Pages are the indicators, targets and agencies of data/*.csv (ids are public URLs), and the
// program text with its paragraph anchors (src/lib/program/anchors.ts).
const cases: Case[] = [
  {
    query: "thuat ngu",
    why: "the glossary, no diacritics",
    page: "/thuat-ngu/",
    within: 1,
    mark: /^thuật ngữ$/i,
  },
  {
    query: "bao loi",
    why: "how to report an error, no diacritics",
    page: "/gioi-thieu/",
    within: 3,
    mark: /^báo lỗi$/i,
  },
  { query: "duong o to", why: "no diacritics, đ", page: roads, within: 3, mark: /^đường ô tô$/i },
  { query: "đường ô tô", why: "full diacritics", page: roads, within: 3, mark: /^đường ô tô$/i },
  { query: "ĐƯỜNG Ô TÔ", why: "upper case", page: roads, within: 3, mark: /^đường ô tô$/i },
  { query: nfd("Đường ô tô"), why: "NFD input", page: roads, within: 3, mark: /^đường ô tô$/i },
  {
    query: "den truong",
    why: "đ, no diacritics",
    page: "/chi-tieu/huy-dong-tre-den-truong/",
    within: 1,
    mark: /^đến trường$/i,
  },
  {
    query: "dong bao",
    why: "đ, no diacritics",
    page: "/chi-tieu/nuoc-hop-ve-sinh/",
    within: 1,
    mark: /^đồng bào$/i,
  },
  {
    query: "  nuoc   sinh hoat  hop ve sinh ",
    why: "extra spaces",
    page: "/chi-tieu/nuoc-hop-ve-sinh/",
    within: 1,
    mark: /^nước sinh hoạt hợp vệ sinh$/i,
  },
  {
    query: "ho ngheo",
    why: "no diacritics",
    page: "/chi-tieu/ho-ngheo-dtts/",
    within: 1,
    mark: /^hộ nghèo$/i,
  },
  {
    query: "thu nhap binh quan",
    why: "no diacritics",
    page: "/chi-tieu/thu-nhap-dtts/",
    within: 1,
    mark: /^thu nhập bình quân$/i,
  },
  {
    query: "lu ong lu quet",
    why: "no diacritics",
    page: "/chi-tieu/ho-dtts-bo-tri-dan-cu/",
    within: 1,
    mark: /^lũ (ống|quét)$/,
  },
  {
    query: "nha van hoa",
    why: "no diacritics",
    page: "/chi-tieu/nha-van-hoa-dat-chuan/",
    within: 3,
    mark: /^nhà văn h(óa|oá)$/i,
  },
  {
    query: "hoc sinh dan toc noi tru",
    why: "no diacritics",
    page: "/chi-tieu/hoc-sinh-noi-tru/",
    within: 1,
    mark: /^học sinh$/i,
  },
  {
    query: "PTDTNT",
    why: "abbreviation → phrase",
    page: "/chi-tieu/hoc-sinh-noi-tru/",
    within: 1,
    mark: /^phổ thông dân tộc nội trú$/i,
  },
  {
    query: "NTM",
    why: "abbreviation → phrase",
    page: "/chi-tieu/xa-ntm/",
    within: 3,
    mark: /^nông thôn mới$/i,
  },
  {
    query: "nong thon moi",
    why: "no diacritics",
    page: "/chi-tieu/xa-ntm/",
    within: 1,
    mark: /^nông thôn mới$/i,
  },
  {
    query: "ĐBKK",
    why: "abbreviation with Đ → phrase",
    page: "/chi-tieu/xa-dbkk/",
    within: 3,
    mark: /^đặc biệt khó khăn$/i,
  },
  {
    query: "dbkk",
    why: "abbreviation typed without đ",
    page: "/chi-tieu/xa-dbkk/",
    within: 3,
    mark: /^đặc biệt khó khăn$/i,
  },
  {
    query: "DTTS",
    why: "abbreviation",
    page: /^\/(chi-tieu|muc-tieu)\//,
    within: 1,
    mark: /^DTTS$/,
  },
  {
    query: "dan toc thieu so",
    why: "phrase → abbreviation",
    page: "/muc-tieu/10/",
    within: 3,
    mark: /^(DTTS|dân tộc thiểu số)$/i,
  },
  {
    query: "LĐTBXH",
    why: "agency abbreviation with Đ",
    page: "/co-quan/so-ld-tbxh/",
    within: 1,
    mark: /^(LĐ-TB&XH|Lao động)$/,
  },
  {
    query: "so gtvt",
    why: "agency abbreviation",
    page: "/co-quan/so-gtvt/",
    within: 1,
    mark: /GTVT|Giao thông vận tải/,
  },
  {
    query: "giao duc va dao tao",
    why: "agency, đ",
    page: "/co-quan/so-gd-dt/",
    within: 1,
    mark: /^(Giáo dục và Đào tạo|GD&ĐT)$/,
  },
  {
    query: "QĐ-TTg",
    why: "document number with Đ",
    page: "/chi-tieu/cbccvc-dtts-cap-huyen-xa/",
    within: 3,
    mark: /QĐ-TTg/,
  },
  // The glossary, which explains the term, may come first; the program text must follow.
  { query: "Ủy ban nhân dân", why: "phrase → UBND", page: program, within: 3, mark: /^UBND$/ },
  {
    query: "hội đồng nhân dân",
    why: "phrase → HĐND",
    page: program,
    anchor: /^(IV-2-1|noi-nhan-3|noi-nhan-8)$/,
    within: 3,
    mark: /^HĐND$/,
  },
  {
    query: "tao hon",
    why: "program text, no diacritics",
    page: program,
    anchor: /^III-5-2$/,
    within: 1,
    mark: /^tảo hôn$/,
  },
  {
    query: "cho dau moi",
    why: "program text, đ",
    page: program,
    anchor: /^III-3-4$/,
    within: 3,
    mark: /^chợ đầu mối$/,
  },
  {
    query: "Dương Văn Lượng",
    why: "exact diacritics: the signature",
    page: program,
    anchor: /^chu-ky$/,
    within: 1,
    mark: /^Dương Văn Lượng$/,
  },
  {
    query: "duong van luong",
    why: "the signature without diacritics",
    page: program,
    anchor: /^chu-ky$/,
    within: 1,
    mark: /^Dương Văn Lượng$/,
  },
];

describe("search results", { timeout: 30_000 }, () => {
  it.each(cases)("“$query” ($why) → $page #$anchor in the top $within", async (c) => {
    const results = await search(c.query);
    const position = results
      .slice(0, c.within)
      .findIndex((r) => (typeof c.page === "string" ? r.path === c.page : c.page.test(r.path)));
    expect(position, `results: ${results.map((r) => r.path).join(", ")}`).toBeGreaterThanOrEqual(0);
    const result = results[position];
    if (!result) return;
    if (c.anchor) {
      const anchors = result.sections.slice(0, c.within).map((s) => s.path.split("#")[1] ?? "");
      expect(
        anchors.some((id) => c.anchor?.test(id)),
        `paragraphs: ${anchors.join(", ")}`,
      ).toBe(true);
    }
    const marks = [...result.marks, ...result.sections.flatMap((s) => s.marks)];
    expect(
      marks.some((mark) => c.mark.test(mark)),
      `highlighted: ${marks.join(" | ")}`,
    ).toBe(true);
  });

  it("ranks đường before Dương when the query has its diacritics", async () => {
    const results = await search("đường");
    const marks = results.flatMap((r) => [...r.marks, ...r.sections.flatMap((s) => s.marks)]);
    expect(results.slice(0, 3).map((r) => r.path)).toContain(roads);
    const programResult = results.find((r) => r.path === program);
    expect(programResult?.sections.map((section) => section.path) ?? []).not.toContain(
      `${program}#chu-ky`,
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark.toLowerCase() === "đường")).toBe(true);
  });

  it("ranks Dương before đường when the query is “Dương”, and finds both without diacritics", async () => {
    const exact = await search("Dương");
    expect(exact[0]?.marks.map((mark) => mark.toLowerCase())).toContain("dương");
    const exactPaths = exact.map((r) => r.path);
    expect(exactPaths).toContain(program);
    if (exactPaths.includes(roads)) {
      expect(exactPaths.indexOf(program)).toBeLessThan(exactPaths.indexOf(roads));
    }
    const loose = await search("duong");
    const looseMarks = loose.flatMap((r) => [...r.marks, ...r.sections.flatMap((s) => s.marks)]);
    expect(looseMarks.map((mark) => mark.toLowerCase())).toContain("đường");
  });

  it("finds as many pages for a query typed with or without diacritics", async () => {
    const count = async (query: string): Promise<string> => {
      await search(query);
      return (
        /^\d+/.exec((await page.locator("[data-search-status]").textContent()) ?? "")?.[0] ?? ""
      );
    };
    const plain = await count("dan toc thieu so");
    expect(Number(plain)).toBeGreaterThan(0);
    expect(await count("dân tộc thiểu số")).toBe(plain);
  });

  it("ranks alike a query typed in capitals, in NFD or with stray spaces", async () => {
    const plain = (await search("dân tộc thiểu số")).map((r) => r.path);
    expect((await search("  DÂN  TỘC THIỂU SỐ ")).map((r) => r.path)).toEqual(plain);
    expect((await search(nfd("Dân tộc thiểu số"))).map((r) => r.path)).toEqual(plain);
  });

  it("links each program paragraph to its own anchor, which exists on the page", async () => {
    const [first] = await search("Dương Văn Lượng");
    const link = first?.sections[0]?.path ?? "";
    await page.locator(`.search-result__sections a[href$="#chu-ky"]`).first().click();
    await page.waitForURL(`**${link}`);
    expect(await page.locator("#chu-ky").count()).toBe(1);
    await page.goto(`${server.rootUrl}tim-kiem/`);
    await page.locator("[data-search-filters]").waitFor({ state: "visible" });
  });
});

describe("the search page", { timeout: 30_000 }, () => {
  it("keeps the query and the filters in the URL", async () => {
    await search("Đường ô tô");
    expect(new URL(page.url()).searchParams.get("q")).toBe("Đường ô tô");
    await page.getByLabel("Toàn văn chương trình").check();
    await expect
      .poll(() => new URL(page.url()).searchParams.get("loai"), { timeout: 10_000 })
      .toBe("Toàn văn chương trình");
    await page.getByLabel("Tất cả", { exact: true }).check();
  });

  it("runs the search in the URL when the page is opened with ?q=", async () => {
    const tab = await context.newPage();
    await tab.goto(`${server.rootUrl}tim-kiem/?q=${encodeURIComponent("nông thôn mới")}`);
    await expect
      .poll(() => tab.locator("[data-search-status]").textContent(), { timeout: 10_000 })
      .toMatch(/\d+ kết quả cho “nông thôn mới”/);
    expect(await tab.locator("#search-q").inputValue()).toBe("nông thôn mới");
    await tab.close();
  });

  it("announces the number of results in a polite live region", async () => {
    await search("DTTS");
    const status = page.locator("[data-search-status]");
    expect(await status.getAttribute("role")).toBe("status");
    expect(await status.getAttribute("aria-live")).toBe("polite");
    expect(await status.textContent()).toMatch(/^\d+ kết quả cho “DTTS”\.$/);
  });

  it("filters by kind of page with a real radio button", async () => {
    await search("dan toc");
    await page.getByLabel("Trang khác").check();
    await expect
      .poll(() => page.locator("[data-search-status]").textContent(), { timeout: 10_000 })
      .toContain("(đã lọc)");
    const kinds = (await readResults(page)).map((r) => r.kind);
    expect(kinds.every((kind) => kind === "Trang khác")).toBe(true);
    await page.getByLabel("Tất cả", { exact: true }).check();
  });

  it("offers an agency filter as a real select", async () => {
    const select = page.getByLabel("Cơ quan thực hiện");
    expect(await select.evaluate((element) => element.tagName)).toBe("SELECT");
    expect(await select.locator("option").first().textContent()).toBe("Tất cả cơ quan");
  });

  it("shows an indicator's status in its result, in the words of the indicator page", async () => {
    const path = "/chi-tieu/ho-ngheo-dtts/";
    const tab = await context.newPage();
    await tab.goto(`${server.rootUrl}${path.slice(1)}`);
    const label = (await tab.locator(".status-box .status-chip__label").textContent()) ?? "";
    await tab.close();
    expect(label).not.toBe("");
    const result = (await search("ho ngheo")).find((r) => r.path === path);
    expect(result?.status).toBe(`Trạng thái: ${label}`);
  });

  it("lists every agency of agencies.csv in the agency filter", async () => {
    const options = await page
      .getByLabel("Cơ quan thực hiện")
      .locator("option")
      .evaluateAll((items) => items.map((item) => item.textContent ?? ""));
    expect(options).toContain("Sở Giáo dục và Đào tạo");
    expect(options.slice(1).toSorted()).toEqual(
      dataset.agencies.map((agency) => agency.name).toSorted(),
    );
  });

  it("offers the very agencies and kinds that the index files pages under", async () => {
    const agencies = await page
      .getByLabel("Cơ quan thực hiện")
      .locator("option")
      .evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
    const kinds = await page
      .locator(`input[name="loai"]`)
      .evaluateAll((items) => items.map((item) => (item as HTMLInputElement).value));
    // The choices are rendered from the data; the index is what a chosen filter is matched
    // against. Ask Pagefind for its filter list here, as the page no longer does.
    // A string, so that the test runner does not rewrite the page's import().
    const indexed = await page.evaluate<{ agencies: string[]; kinds: string[] }>(`(async () => {
      const pagefind = await import(${JSON.stringify(`${server.rootUrl}pagefind/pagefind.js`)});
      const filters = await pagefind.filters();
      return {
        agencies: Object.keys(filters.agency ?? {}),
        kinds: Object.keys(filters.kind ?? {}),
      };
    })()`);
    expect(agencies.slice(1).toSorted()).toEqual(indexed.agencies.toSorted());
    expect(kinds.slice(1)).toEqual(expect.arrayContaining(indexed.kinds));
  });

  it("selects the agency in the URL when the page is opened with ?co-quan=", async () => {
    const tab = await context.newPage();
    const agency = "Sở Giáo dục và Đào tạo";
    await tab.goto(`${server.rootUrl}tim-kiem/?q=dan+toc&co-quan=${encodeURIComponent(agency)}`);
    await expect
      .poll(() => tab.locator("[data-search-status]").textContent(), { timeout: 10_000 })
      .toContain("(đã lọc)");
    expect(await tab.getByLabel("Cơ quan thực hiện").inputValue()).toBe(agency);
    await tab.close();
  });

  it("narrows the results to the pages of the agency chosen in the filter", async () => {
    const agency = dataset.agencies.find((row) => row.name === "Sở Giáo dục và Đào tạo");
    if (!agency) throw new Error("data/agencies.csv has no Sở Giáo dục và Đào tạo");
    const targets = (dataset.responsibilitiesByAgency.get(agency.id) ?? []).map(
      (row) => row.target_id,
    );
    const own = new Set([
      `/co-quan/${agency.id}/`,
      ...targets.map((n) => `/muc-tieu/${n}/`),
      ...targets.flatMap((n) =>
        (dataset.indicatorsByTarget.get(n) ?? []).map((row) => `/chi-tieu/${row.id}/`),
      ),
    ]);
    const all = await search("dan toc");
    expect(all.some((r) => !own.has(r.path))).toBe(true);
    await page.getByLabel("Cơ quan thực hiện").selectOption(agency.name);
    await expect
      .poll(() => page.locator("[data-search-status]").textContent(), { timeout: 10_000 })
      .toContain("(đã lọc)");
    const narrowed = (await readResults(page)).map((r) => r.path);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.filter((path) => !own.has(path))).toEqual([]);
    expect(new URL(page.url()).searchParams.get("co-quan")).toBe(agency.name);
    await page.getByLabel("Cơ quan thực hiện").selectOption("");
  });

  it("is used from the keyboard: type, Tab to a result, Enter opens it", async () => {
    await search("lu ong lu quet");
    await page.locator("#search-q").focus();
    let reached = "";
    for (let tab = 0; tab < 30 && reached === ""; tab++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() =>
        document.activeElement?.closest(".search-result")
          ? (document.activeElement as HTMLAnchorElement).href
          : "",
      );
    }
    const first = (await readResults(page))[0]?.path ?? "";
    expect(new URL(reached).pathname).toBe(first);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${first}`);
    await page.goto(`${server.rootUrl}tim-kiem/`);
    await page.locator("[data-search-filters]").waitFor({ state: "visible" });
  });

  it("draws a few results at a time; “Xem thêm” adds more and moves focus to the first new one", async () => {
    const first = await search("DTTS");
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(10);
    await page.getByRole("button", { name: "Xem thêm kết quả" }).click();
    await expect
      .poll(() => page.locator(".search-result").count(), { timeout: 10_000 })
      .toBeGreaterThan(first.length);
    const focused = await page.evaluate(() => document.activeElement?.closest(".search-result"));
    expect(focused).not.toBeNull();
    const index = await page.evaluate(() =>
      [...document.querySelectorAll(".search-result")].indexOf(
        document.activeElement?.closest(".search-result") as Element,
      ),
    );
    expect(index).toBe(first.length);
  });

  it("helps when nothing is found: unaccented query, fewer words, the full text", async () => {
    const results = await search("wqzz ữwqzz");
    expect(results).toEqual([]);
    const help = page.locator("[data-search-empty]");
    expect(await help.isVisible()).toBe(true);
    expect(await help.getByRole("link", { name: "wqzz uwqzz" }).getAttribute("href")).toContain(
      "q=wqzz+uwqzz",
    );
    expect(
      await help.getByRole("link", { name: "toàn văn chương trình" }).getAttribute("href"),
    ).toBe("/chuong-trinh/");
    expect(
      await help.getByRole("link", { name: "tổng quan các mục tiêu" }).getAttribute("href"),
    ).toBe("/");
  });

  it("draws highlights as <mark> elements, never HTML from the index", async () => {
    await search("lu ong");
    const html = await page.locator("[data-search-list]").innerHTML();
    expect(html).toContain("<mark>lũ ống</mark>");
    expect(html).not.toMatch(/_[a-z]+[ <]/);
  });

  it("raises no error and no CSP violation during searches", () => {
    expect(pageErrors).toEqual([]);
  });

  it("has no axe-core violations with results and filters shown", async () => {
    await search("DTTS");
    const axeSource = await readFile(
      createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
      "utf8",
    );
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results = await axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      });
      return results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    });
    expect(violations).toEqual([]);
  });
});

describe("without JavaScript", { timeout: 30_000 }, () => {
  it("explains that search needs JavaScript and links to the full text and the overview", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const tab = await noScript.newPage();
    await tab.goto(`${server.rootUrl}tim-kiem/?q=dtts`);
    const fallback = tab.locator("[data-search-fallback]");
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain("cần JavaScript");
    expect(await fallback.getByRole("link", { name: /toàn văn/ }).getAttribute("href")).toBe(
      "/chuong-trinh/",
    );
    expect(await fallback.getByRole("link", { name: /tổng quan/ }).getAttribute("href")).toBe("/");
    expect(await tab.locator("[data-search-filters]").isVisible()).toBe(false);
    await noScript.close();
  });
});

describe("the first search", { timeout: 60_000 }, () => {
  it(`downloads at most ${FIRST_SEARCH_BUDGET / 1024} KB on a cold cache`, async () => {
    const first = await measureFirstSearch(browser, server.rootUrl, "duong o to");
    const listing = first.downloads.map((d) => `${d.path} ${d.bytes}`).join("\n");
    expect(first.results).toBeGreaterThan(0);
    expect(
      first.downloads.some((d) => d.path.endsWith(".pf_fragment")),
      listing,
    ).toBe(true);
    expect(first.searchBytes, listing).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    // The filters' choices are in the page: a search without a filter needs no filter chunk.
    expect(
      first.downloads.filter((d) => d.path.endsWith(".pf_filter")),
      listing,
    ).toEqual([]);
  });
});
