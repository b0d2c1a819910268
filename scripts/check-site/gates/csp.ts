// Gate 7: every page carries a strict Content-Security-Policy <meta> (astro.config.mjs →
// security.csp) before any script or style, with hashes instead of 'unsafe-inline' for scripts,
// 'wasm-unsafe-eval' only on the search page, nothing inline that the policy would block, and
// no CSP violation reported by Chromium while the page loads.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GateResult } from "../gate.ts";
import { checkInlineCode, checkPolicy, findCspMeta, parseCsp } from "../lib/csp.ts";
import { scanTags } from "../lib/html.ts";
import { isSearchPage, showPage, type BuiltSite } from "../lib/site.ts";
import { formatCount, ProblemGroups } from "../lib/text.ts";
import type { PageVisit } from "../lib/visit.ts";

/** Returns the CSP problems of one page's HTML (no browser needed). */
export function checkPageCsp(html: string, isSearch: boolean): string[] {
  const tags = scanTags(html);
  const meta = findCspMeta(tags);
  if (!meta) {
    return [
      'không có <meta http-equiv="Content-Security-Policy">. Trang phải dùng layout Base (security.csp trong astro.config.mjs thêm thẻ này).',
    ];
  }
  const problems: string[] = [];
  const early = tags
    .slice(0, meta.index)
    .find(
      (tag) =>
        tag.name === "script" ||
        tag.name === "style" ||
        (tag.name === "link" && /stylesheet/i.test(tag.attrs.get("rel") ?? "")),
    );
  if (early)
    problems.push(
      `<${early.name}> đứng trước thẻ CSP nên không được CSP bảo vệ. Chuyển nó xuống sau.`,
    );
  const policy = parseCsp(meta.content);
  problems.push(...checkPolicy(policy, isSearch), ...checkInlineCode(tags, policy));
  return problems;
}

/** Gate 7: static CSP checks on every page plus the violations seen in the browser pass. */
export async function checkCsp(site: BuiltSite, visits: readonly PageVisit[]): Promise<GateResult> {
  const groups = new ProblemGroups();
  for (const page of site.htmlPages) {
    const html = await readFile(path.join(site.distDir, page.file), "utf8");
    for (const problem of checkPageCsp(html, isSearchPage(page.path)))
      groups.add(problem, showPage(page, site));
  }
  let violations = 0;
  for (const visit of visits) {
    for (const violation of new Set(visit.cspViolations)) {
      violations++;
      groups.add(`Chromium báo vi phạm CSP: ${violation}`, showPage(visit.page, site));
    }
  }
  return {
    name: "Chính sách bảo mật nội dung (CSP)",
    summary: `${formatCount(site.htmlPages.length)} trang có CSP được kiểm, ${formatCount(visits.length)} trang chạy trong Chromium, ${formatCount(violations)} vi phạm, ${formatCount(groups.size)} lỗi`,
    problems: groups.lines(),
  };
}
