// What the search page says, in each language: the page's own text (rendered at build time)
// and the sentences its script writes (handed to the script in a data attribute, so that the
// script carries no words of either language). `{query}`, `{count}` and `{status}` are filled in.
// TODO(issue 17): these move into src/lib/i18n/dictionaries/{vi,en}.ts when that exists.
import type { SearchLang } from "./page-kind.ts";

/** The sentences the search page's script writes. */
export interface SearchScriptMessages {
  /** "Trạng thái: {status}". */
  readonly status: string;
  /** "{count} kết quả cho “{query}”{filtered}.". */
  readonly count: string;
  /** The same for exactly one result ("1 result for …"). */
  readonly one: string;
  /** "Không có kết quả nào cho “{query}”{filtered}.". */
  readonly none: string;
  /** " (đã lọc)". */
  readonly filtered: string;
  /** "Không tìm thấy trang nào có đủ các từ “{query}”. Bạn có thể:". */
  readonly noResults: string;
  /** "tìm không dấu: " (Vietnamese only: "" where a query has no marks to drop). */
  readonly tipUnaccented: string;
  /** "bỏ bộ lọc: " + a link "tìm trong mọi trang" + ";". */
  readonly tipUnfilter: string;
  readonly tipUnfilterLink: string;
  /** "bớt một vài từ, …;". */
  readonly tipFewer: string;
  /** "đọc " + program link + " hoặc xem " + overview link + ".". */
  readonly tipRead: string;
  readonly tipReadProgram: string;
  readonly tipReadOr: string;
  readonly tipReadOverview: string;
  readonly tipReadEnd: string;
  /** Why search could not start when its files did not load. */
  readonly loadFailed: string;
}

/** Everything the search page says. */
export interface SearchPageText {
  readonly title: string;
  readonly queryLabel: string;
  readonly submit: string;
  readonly hint: string;
  readonly filters: string;
  readonly kinds: string;
  readonly allKinds: string;
  readonly agency: string;
  readonly allAgencies: string;
  /** Without JavaScript: why, then what to do instead (before/link/after pieces). */
  readonly noScript: string;
  readonly instead: string;
  readonly readBefore: string;
  /** Link text to the program's full text; `{program}` is its name. */
  readonly readLink: string;
  readonly readAfter: string;
  readonly overviewBefore: string;
  readonly overviewLink: string;
  readonly overviewAfter: string;
  readonly results: string;
  readonly more: string;
  readonly script: SearchScriptMessages;
}

/** The search page's text in each language. */
export const SEARCH_PAGE_TEXT: Readonly<Record<SearchLang, SearchPageText>> = {
  vi: {
    title: "Tìm kiếm",
    queryLabel: "Từ khóa",
    submit: "Tìm",
    hint: "Gõ có dấu hay không dấu đều được (“đường ô tô” hay “duong o to”), viết tắt cũng được (DTTS, NTM, ĐBKK, UBND).",
    filters: "Lọc kết quả",
    kinds: "Loại trang",
    allKinds: "Tất cả",
    agency: "Cơ quan thực hiện",
    allAgencies: "Tất cả cơ quan",
    noScript:
      "Tìm kiếm cần JavaScript để chạy ngay trong trình duyệt, mà trình duyệt của bạn đang tắt JavaScript.",
    instead: "Bạn vẫn có thể:",
    readBefore: "đọc ",
    readLink: "toàn văn {program}",
    readAfter:
      " và dùng chức năng tìm trong trang của trình duyệt (Ctrl+F, hoặc “Tìm trong trang” trên điện thoại);",
    overviewBefore: "xem ",
    overviewLink: "tổng quan các mục tiêu và chỉ tiêu",
    overviewAfter: ".",
    results: "Kết quả",
    more: "Xem thêm kết quả",
    script: {
      status: "Trạng thái: {status}",
      count: "{count} kết quả cho “{query}”{filtered}.",
      one: "{count} kết quả cho “{query}”{filtered}.",
      none: "Không có kết quả nào cho “{query}”{filtered}.",
      filtered: " (đã lọc)",
      noResults: "Không tìm thấy trang nào có đủ các từ “{query}”. Bạn có thể:",
      tipUnaccented: "tìm không dấu: ",
      tipUnfilter: "bỏ bộ lọc: ",
      tipUnfilterLink: "tìm trong mọi trang",
      tipFewer: "bớt một vài từ, hoặc dùng từ viết tắt quen thuộc (DTTS, NTM, ĐBKK, UBND);",
      tipRead: "đọc ",
      tipReadProgram: "toàn văn chương trình",
      tipReadOr: " hoặc xem ",
      tipReadOverview: "tổng quan các mục tiêu",
      tipReadEnd: ".",
      loadFailed:
        "Không tải được bộ tìm kiếm của trang (có thể do mạng chập chờn). Hãy tải lại trang sau ít phút.",
    },
  },
  en: {
    title: "Search",
    queryLabel: "Search words",
    submit: "Search",
    hint: "Searches the English pages: targets, indicators, agencies and the program’s summary. The program’s full text is in Vietnamese only.",
    filters: "Filter results",
    kinds: "Kind of page",
    allKinds: "All",
    agency: "Implementing agency",
    allAgencies: "All agencies",
    noScript:
      "Search runs in your browser and needs JavaScript, which your browser has turned off.",
    instead: "You can still:",
    readBefore: "read ",
    readLink: "the English guide to {program}",
    readAfter: " and use your browser’s find in page (Ctrl+F, or “Find in page” on a phone);",
    overviewBefore: "see ",
    overviewLink: "the overview of every target and indicator",
    overviewAfter: ".",
    results: "Results",
    more: "More results",
    script: {
      status: "Status: {status}",
      count: "{count} results for “{query}”{filtered}.",
      one: "{count} result for “{query}”{filtered}.",
      none: "No results for “{query}”{filtered}.",
      filtered: " (filtered)",
      noResults: "No page has all the words “{query}”. You can:",
      tipUnaccented: "",
      tipUnfilter: "remove the filters: ",
      tipUnfilterLink: "search every page",
      tipFewer: "use fewer words;",
      tipRead: "read ",
      tipReadProgram: "the guide to the program",
      tipReadOr: " or see ",
      tipReadOverview: "the overview of the targets",
      tipReadEnd: ".",
      loadFailed:
        "The search files could not be loaded (the network may be unsteady). Please reload the page in a few minutes.",
    },
  },
};

/** Returns `template` with each `{name}` replaced by `values[name]` (unknown names left as they are). */
export function fillMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
