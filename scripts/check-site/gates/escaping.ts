// Gate 8: text from data/ is always text. The site is built from tests/fixtures/escaping/ (a
// synthetic copy of data/ with the payload below injected into names, notes and excerpts);
// every page is then loaded in Chromium: no <script> element and no attribute may come from
// the payload, no alert may open, and the payload must show up, character for character, as
// the text of at least one page.
import type { Browser } from "playwright-core";
import { startStaticServer } from "../lib/static-server.ts";
import type { GateResult } from "../gate.ts";
import { describeFailedBuild, type BuildOutcome } from "../lib/build.ts";
import { loadBuiltSite, showPage, type BuiltSite } from "../lib/site.ts";
import { formatCount } from "../lib/text.ts";

/** The text injected into the fixture: a script, a double quote that would end an attribute, an ampersand. */
export const escapingPayload = 'Thử <script>alert(1)</script> & "ngoặc kép" data-xss="1"';

/** What one page's DOM shows of the payload. */
interface EscapingFindings {
  /** <script> elements whose code contains alert(1). */
  injectedScripts: number;
  /** Elements carrying the data-xss attribute (an attribute value broke out of its quotes). */
  injectedAttributes: number;
  /** Whether the page's text contains the payload exactly. */
  showsPayload: boolean;
}

/** Runs in the page: counts injected elements and looks for the payload in the text. */
function inspectDom(payload: string): EscapingFindings {
  const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
  return {
    injectedScripts: [...document.scripts].filter((script) =>
      (script.textContent ?? "").includes("alert(1)"),
    ).length,
    injectedAttributes: document.querySelectorAll("[data-xss]").length,
    showsPayload: text.includes(payload),
  };
}

/** Returns the problems for one page's findings and the dialogs it opened. */
function judgePage(
  where: string,
  findings: EscapingFindings,
  dialogs: readonly string[],
): string[] {
  const problems: string[] = [];
  if (findings.injectedScripts > 0) {
    problems.push(
      `${where}: "<script>" từ dữ liệu thành phần tử <script> thật. Đừng dùng set:html với dữ liệu; để Astro thoát ký tự ({value}).`,
    );
  }
  if (findings.injectedAttributes > 0) {
    problems.push(
      `${where}: dấu " trong dữ liệu làm vỡ một thuộc tính (xuất hiện data-xss). Đừng tự ghép chuỗi HTML; truyền giá trị vào thuộc tính qua Astro.`,
    );
  }
  for (const message of dialogs)
    problems.push(`${where}: trang mở hộp thoại alert("${message}"): mã từ dữ liệu đã chạy.`);
  return problems;
}

/** Gate 8: the fixture build shows the payload as text on some page and never runs or parses it. */
export async function checkEscaping(
  build: BuildOutcome,
  site: Pick<BuiltSite, "origin" | "base">,
  browser: Browser,
): Promise<GateResult> {
  const name = "Thoát ký tự đặc biệt";
  if (!build.ok)
    return {
      name,
      summary: "không build được",
      problems: [
        describeFailedBuild("với DATA_DIR=tests/fixtures/escaping", build),
        "Nếu data/ vừa đổi cột hay quy tắc, tạo lại bộ mẫu: node_modules/.bin/node tests/site/escaping-fixture.ts",
      ],
    };
  const built = await loadBuiltSite(build.outDir, site);
  const server = await startStaticServer(built.distDir, built.base);
  const context = await browser.newContext();
  const tab = await context.newPage();
  const dialogs: string[] = [];
  tab.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  try {
    const problems: string[] = [];
    let showing = 0;
    for (const page of built.htmlPages) {
      dialogs.length = 0;
      await tab.goto(new URL(page.path, server.rootUrl).href, { waitUntil: "load" });
      const findings = await tab.evaluate(inspectDom, escapingPayload);
      problems.push(...judgePage(showPage(page, built), findings, dialogs));
      if (findings.showsPayload) showing++;
    }
    if (showing === 0) {
      problems.push(
        `không trang nào hiện nguyên văn ${JSON.stringify(escapingPayload)}: hoặc ký tự bị thoát hai lần (&amp;amp;), hoặc bộ dữ liệu mẫu tests/fixtures/escaping/ không còn chứa chuỗi này ở tên, ghi chú hay trích đoạn.`,
      );
    }
    return {
      name,
      summary: `${formatCount(built.htmlPages.length)} trang build từ dữ liệu mẫu có <script>, " và &; ${formatCount(showing)} trang hiện chúng đúng dạng chữ; ${formatCount(problems.length)} lỗi`,
      problems,
    };
  } finally {
    await context.close();
    await server.close();
  }
}
