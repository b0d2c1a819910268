// Gate 1: WCAG 2.2 AA as far as a machine can tell. axe-core (tags wcag2a, wcag2aa, wcag21a,
// wcag21aa, wcag22aa) on every page with zero violations, at 1280 px and at 320 px; no sideways scrolling at 320 px; the
// skip link is the first Tab stop and lands on <main id="noi-dung">; no visible control is taken
// out of the Tab order; and on one page per template every Tab stop changes its look on focus.
import type { GateResult } from "../gate.ts";
import { showPage, type SiteAddress } from "../lib/site.ts";
import { formatCount, ProblemGroups } from "../lib/text.ts";
import type { PageVisit } from "../lib/visit.ts";

/** Gate 1: accessibility findings of a browser pass (visitPages with accessibility: true). */
export function checkAccessibility(visits: readonly PageVisit[], site: SiteAddress): GateResult {
  const groups = new ProblemGroups();
  let axeRuns = 0;
  let focusStops = 0;
  for (const visit of visits) {
    const where = showPage(visit.page, site);
    const findings = visit.accessibility;
    if (!findings) {
      groups.add(
        "trang không tải được nên chưa kiểm tra được (xem cổng Không tải tài nguyên bên ngoài).",
        where,
      );
      continue;
    }
    axeRuns++;
    focusStops += findings.focusStopsChecked;
    for (const violation of findings.axe) {
      for (const target of violation.targets) {
        groups.add(
          `axe ${violation.id}: ${violation.help} — phần tử ${target}. Cách sửa: ${violation.helpUrl}`,
          where,
        );
      }
    }
    for (const violation of findings.axeNarrow) {
      for (const target of violation.targets) {
        groups.add(
          `axe ${violation.id} (màn hình 320 px): ${violation.help} — phần tử ${target}. Cách sửa: ${violation.helpUrl}`,
          where,
        );
      }
    }
    if (findings.scrollWidth320 > 320) {
      const culprits =
        findings.overflowing.length > 0 ? ` Phần tử tràn: ${findings.overflowing.join("; ")}.` : "";
      groups.add(
        `ở màn hình rộng 320 px trang cuộn ngang (scrollWidth ${findings.scrollWidth320} px).${culprits} Cho nội dung xuống dòng, hoặc bọc bảng rộng trong .table-scroll.`,
        where,
      );
    }
    if (findings.skipLink !== undefined) groups.add(`bàn phím: ${findings.skipLink}`, where);
    for (const element of findings.unreachable) {
      groups.add(
        `bàn phím: không Tab đến được ${element} (tabindex="-1"). Bỏ tabindex âm, hoặc ẩn hẳn phần tử.`,
        where,
      );
    }
    for (const element of findings.noFocusStyle) {
      groups.add(
        `bàn phím: ${element} trông y như cũ khi được focus. Thêm kiểu :focus-visible (outline) cho nó.`,
        where,
      );
    }
  }
  return {
    name: "Khả năng tiếp cận",
    summary: `axe trên ${formatCount(axeRuns)} trang (1280 px và 320 px), bàn phím và màn hình 320 px, ${formatCount(focusStops)} điểm dừng Tab được so kiểu focus, ${formatCount(groups.size)} lỗi`,
    problems: groups.lines(),
  };
}
