// Gate 4: loading a page makes no request outside the site's own origin (no CDN, fonts, analytics:
// architecture.md § Qualities), no same-origin request fails, and nothing is logged as an error.
// CSP violations are left to gate 7, which explains them.
import type { GateResult } from "../gate.ts";
import { showPage, type SiteAddress } from "../lib/site.ts";
import { formatCount, ProblemGroups } from "../lib/text.ts";
import type { PageVisit } from "../lib/visit.ts";

/** Gate 4: foreign requests, failed requests and console errors seen while loading pages. */
export function checkForeignOrigins(visits: readonly PageVisit[], site: SiteAddress): GateResult {
  const groups = new ProblemGroups();
  let requests = 0;
  for (const visit of visits) {
    const where = showPage(visit.page, site);
    if (visit.status !== undefined && visit.status !== 200) {
      groups.add(
        `trang trả về HTTP ${visit.status}, cần 200. Kiểm tra tệp ${visit.page.file} trong bản build.`,
        where,
      );
    }
    for (const url of visit.foreignRequests) {
      requests++;
      groups.add(
        `tải ${url} từ nguồn bên ngoài. Chép tệp vào public/ (hoặc bỏ hẳn): trang chỉ được tải từ chính nó.`,
        where,
      );
    }
    for (const failure of visit.failedRequests) {
      groups.add(`yêu cầu thất bại: ${failure}. Sửa đường dẫn hoặc thêm tệp vào bản build.`, where);
    }
    for (const error of visit.consoleErrors) groups.add(`lỗi trong console: ${error}`, where);
  }
  return {
    name: "Không tải tài nguyên bên ngoài",
    summary: `${formatCount(visits.length)} trang tải trong Chromium, ${formatCount(requests)} yêu cầu ra ngoài, ${formatCount(groups.size)} lỗi`,
    problems: groups.lines(),
  };
}
