// The Vietnamese words of the site's interface: one dictionary per language (issue 17), so a
// template never writes a sentence of its own. The English dictionary (en.ts) is typed by this
// one: it must have exactly these keys, with the same parameters.

import type { SourceStrength } from "../../data/rows.ts";
import { labelStatus } from "../../status/labels.ts";
import type { StatusCode } from "../../status/types.ts";
import type { ProgramNames } from "../../program/names.ts";
import { STRENGTH_LABELS, WEAK_BASIS_WORDS } from "../../views/source-strength.ts";
import { capitalise } from "../../format.ts";

/** The Vietnamese dictionary; its keys and parameters define every other language's. */
export const vi = {
  // Layout: header, navigation, footer, language switch.
  skipLink: "Bỏ qua, đến nội dung chính",
  siteNamePrefix: "Theo dõi",
  siteSubtitle: (period: string) => `Công tác dân tộc, ${period}`,
  searchLabel: "Tìm kiếm",
  searchButton: "Tìm",
  navLabel: "Chính",
  navHome: "Tổng quan",
  navProgram: "Toàn văn chương trình",
  navAgencies: "Cơ quan",
  navData: "Dữ liệu mở",
  navMethodology: "Phương pháp",
  feedTitle: "Phiên bản dữ liệu (Atom)",
  langSwitchLabel: "Ngôn ngữ",
  langSwitchTo: "Đọc trang này bằng tiếng Anh",
  langSwitchHome: "Trang tiếng Anh",
  footerOpenData: "Dữ liệu mở",
  footerGlossary: "Thuật ngữ",
  footerAbout: "Giới thiệu và liên hệ",
  footerReport: "Báo lỗi",
  footerLicence: "Dữ liệu do trang này biên soạn được cấp phép",
  footerLicenceRest: "; mỗi số liệu giữ điều khoản của nguồn công bố gốc.",
  footerMethodology: "Phương pháp và chính sách đính chính",
  footerIndependent: (issuer: string) =>
    `Đây là trang theo dõi độc lập, không phải cổng thông tin chính thức của ${issuer}.`,
  footerPublisher: (name: string) => `Đơn vị công bố: ${name}.`,
  footerNoPublisher: "Đơn vị công bố chưa được cấu hình.",
  updatedOn: (date: string) => `Cập nhật ngày ${date}`,
  printCite: "Trích dẫn",
  printFiguresAsOf: (id: string, date: string) =>
    `Số liệu theo bản phát hành dữ liệu ${id} ngày ${date}.`,
  printDate: "Ngày in:",
  printLicence: "Giấy phép phần biên soạn: CC BY 4.0.",
  // Statuses and their sentences (src/lib/views/localise.ts); Vietnamese uses the status module's.
  statusLabel: (status: StatusCode, goalYear: number) => labelStatus(status, goalYear),
  provisional: (label: string) => `Tạm tính theo số liệu gần nhất: ${label}`,
  fractionFigure: (numerator: string, denominator: string, share: string) =>
    `${numerator}/${denominator} (${share}, tỷ lệ do trang tính)`,
  reasonQualitative: (name: string) =>
    `${name}: chỉ tiêu định tính, được đánh giá bằng minh chứng, không tính trạng thái bằng số.`,
  reasonNoData: (name: string, goalYear: number) =>
    `${name}: chưa có số liệu nào được công bố, nên chưa so sánh được với mục tiêu năm ${goalYear}.`,
  reasonNotComparable: (name: string, goalYear: number) =>
    `${name}: có số liệu nhưng không cùng phạm vi hoặc chuỗi với năm gốc, nên chưa so sánh được với mục tiêu năm ${goalYear}.`,
  reasonLatest: (figure: string, period: number) =>
    `Số liệu so sánh được gần nhất: ${figure} (${period}).`,
  reasonBaseline: (figure: string, period: number) => `Năm gốc: ${figure} (${period}).`,
  reasonGoal: (goalYear: number, level: string) => `Mức cần đạt năm ${goalYear}: ${level}.`,
  reasonRatio: (percent: string) => `Đã đạt ${percent}% mức thay đổi dự kiến đến thời điểm đó.`,
  strength: (strength: SourceStrength) => STRENGTH_LABELS[strength],
  // Overview (src/lib/views/overview-page.ts).
  indicatorCount: (count: string) => `${count} chỉ tiêu`,
  releaseLinkLabel: (id: string) => `bản dữ liệu ${id}`,
  targetHeading: (n: number, title: string) => `Mục tiêu ${n}: ${title}`,
  targetLabel: (n: number) => `Mục tiêu ${n}:`,
  verdictPeriod: (start: number, end: number) => `Giai đoạn ${start}–${end}`,
  verdictNoData: "chưa có số liệu công bố",
  verdictNotComparable: "có số liệu nhưng chưa so sánh được",
  verdictAwaiting: (year: number) => `chờ số liệu năm ${year}`,
  verdictMissingPart: (count: string, words: string) => `${count} chỉ tiêu ${words}`,
  verdictMissing: (parts: string) =>
    `${parts}: đó là thiếu số liệu công bố, không có nghĩa là không đạt.`,
  verdictOngoing: (period: string, achieved: string, onTrack: string, behind: string) =>
    `${period} đang diễn ra: ${achieved} chỉ tiêu đã đạt mục tiêu, ` +
    `${onTrack} chỉ tiêu đúng tiến độ, ${behind} chỉ tiêu chậm so với lộ trình.`,
  verdictNoneConcluded: (period: string, end: number) =>
    `${period} đã kết thúc; chưa có chỉ tiêu nào có số liệu năm ${end} được công bố để kết luận đạt hay không đạt.`,
  verdictConcluded: (
    period: string,
    concluded: string,
    total: string,
    achieved: string,
    notAchieved: string,
  ) =>
    `${period} đã kết thúc. Đã kết luận được ${concluded} trên ${total} chỉ tiêu: ` +
    `${achieved} đạt, ${notAchieved} không đạt.`,
  // Indicator cards (src/lib/views/indicator-card.ts).
  againstGoal: (year: number) => `so với mục tiêu năm ${year}`,
  weakBasisShort: `${capitalise(WEAK_BASIS_WORDS)}.`,
  goalBy: (year: number) => `Chỉ tiêu đến ${year}`,
  orientationBy: (year: number) => `Định hướng đến ${year}`,
  caveatBaseline: "Năm gốc; chưa có số liệu so sánh được sau năm gốc",
  caveatBeforeBaseline: "Trước năm gốc; không dùng để đánh giá",
  caveatNotUsed: "Không dùng để đánh giá",
  caveatOther: "Khác phạm vi hoặc chuỗi; không dùng để đánh giá",
  cardLatest: "Số liệu gần nhất",
  cardYear: (year: number) => `(năm ${year})`,
  cardNoFigure: "Chưa có số liệu công bố",
  computedMark: "(trang tự tính)",
  computedTitle: "Số do trang này tính từ số liệu đã công bố, không phải số của nguồn",
  // Overview page (src/pages/index.astro).
  overviewTitle: "Tổng quan",
  overviewDescription: (p: ProgramNames) =>
    `Kết quả từng chỉ tiêu của ${p.name} ${p.area} về ${p.topic} ${p.period}, kèm nguồn số liệu và dữ liệu mở.`,
  overviewHeading: (p: ProgramNames) => `${p.areaCapitalised} thực hiện ${p.shortName} đến đâu?`,
  overviewVerdict: "Kết luận chung",
  overviewCounts: (total: string) => `Số chỉ tiêu theo trạng thái (tổng cộng ${total}):`,
  overviewUpdated: (date: string) => `Số liệu cập nhật ngày ${date}`,
  overviewIntro: (p: ProgramNames) =>
    `Ngày ${p.issued}, ${p.issuer} ban hành ${p.name} về ${p.topic} giai đoạn ${p.period}, định hướng đến năm ${p.orientationYear}. Trang này theo dõi độc lập từng chỉ tiêu của Chương trình: mỗi con số đều dẫn nguồn đã công bố, và trạng thái được tính theo`,
  overviewIntroMethod: "một phương pháp công khai",
  overviewIntroRead: ". Đọc",
  overviewIntroProgram: "toàn văn Chương trình",
  overviewIntroOr: " hoặc",
  overviewIntroData: "tải dữ liệu mở",
  overviewTargets: "Các mục tiêu của Phụ lục",
  overviewOthers: "Các chỉ tiêu khác của Chương trình",
  overviewOthersNote: (year: number) =>
    `Mục tiêu tổng quát và định hướng đến năm ${year} không thuộc mục tiêu nào của Phụ lục.`,
  leadLabel: "Chủ trì:",
  // Scorecard (src/lib/views/scorecard.ts, src/components/Scorecard.astro).
  scorecardGoal: (year: number) => `Mục tiêu ${year}`,
  scorecardOrientation: (year: number) => `Định hướng ${year}`,
  scorecardOther: "Khác",
  scorecardTarget: (n: number) => `Mục tiêu ${n}`,
  scorecardNoGoal: "chưa ghi",
  scorecardQualitative: "Định tính",
  scorecardNoBaseline: "Chưa có số liệu năm gốc",
  scorecardQualitativeLatest: "Định tính: không đo bằng số",
  scorecardNotComparable: "Có số liệu nhưng chưa so sánh được",
  scorecardNoStrength: "Chưa có số liệu để đánh giá",
  weakBasis: capitalise(WEAK_BASIS_WORDS),
  scorecardHeading: "Bảng tổng hợp các chỉ tiêu",
  scorecardDownload: "Tải bảng này:",
  scorecardCsv: "CSV cho máy",
  scorecardExcel: "CSV cho Excel",
  scorecardMethod: ". Trạng thái do trang tính theo",
  scorecardMethodLink: "phương pháp",
  scorecardMethodVersion: (version: string) => `phiên bản ${version}.`,
  scorecardCaption:
    "Mục tiêu, năm gốc, số liệu so sánh được gần nhất, trạng thái và độ mạnh của nguồn của từng chỉ tiêu. Thứ tự mặc định: theo mục tiêu của Phụ lục.",
  columnTarget: "Mục tiêu",
  columnIndicator: "Chỉ tiêu",
  columnGoal: "Mục tiêu cần đạt",
  columnBaseline: "Năm gốc",
  columnLatest: "Số liệu so sánh được gần nhất",
  columnStatus: "Trạng thái",
  columnStrength: "Độ mạnh của nguồn",
  countsHidden: " chỉ tiêu",
  // Agencies (src/lib/views/agencies.ts, src/components/AgencyName.astro).
  role: (role: "lead" | "coordinate") => (role === "lead" ? "chủ trì" : "phối hợp"),
  until: (date: string) => `đến ${date}`,
  noSuccessor: "chưa ghi cơ quan kế nhiệm",
  successorNow: "nay:",
  successorSince: (date: string) => `, từ ${date}`,
  successorSource: "; nguồn:",
  responsible: (names: string) => `Cơ quan chủ trì theo Phụ lục: ${names}`,
  responsibleNow: (name: string, successor: string, since: string) =>
    `${name} (nay là ${successor}${since ? ` từ ${since}` : ""})`,
  breadcrumbs: "Đường dẫn",
  // Target page (src/lib/views/target-page.ts, src/pages/muc-tieu/[n].astro).
  targetDescription: (heading: string, shortName: string) =>
    `${heading} — trạng thái từng chỉ tiêu, cơ quan chủ trì và phối hợp, theo Phụ lục ${shortName}.`,
  targetParagraph: (n: number) => `Dòng ${n} của Phụ lục trong toàn văn Chương trình`,
  targetProgress: "Tình hình các chỉ tiêu",
  targetCounts: "Số chỉ tiêu theo trạng thái:",
  targetAgencies: "Cơ quan thực hiện",
  targetLead: "Cơ quan chủ trì",
  targetCoordinate: "Cơ quan phối hợp",
  targetNoLead: "Phụ lục không ghi cơ quan chủ trì.",
  targetNoCoordinate: "Phụ lục không ghi cơ quan phối hợp.",
  targetNav: "Mục tiêu trước và sau",
  programWordsNote: "",
  goalBound: (bound: "at_least" | "at_most" | "below", level: string) =>
    `${bound === "at_least" ? "ít nhất" : bound === "at_most" ? "không quá" : "dưới"} ${level}`,
  // Marks on translated text (issue 17); unused in Vietnamese, where nothing is translated.
  vietnameseOnly: "(chỉ có tiếng Việt)",
  unofficialTranslation: "bản dịch không chính thức",
  // Search page (/tim-kiem/, /en/search/). The sentences its script writes are plain strings
  // with {query}, {count}, {status}, {filtered} to fill: the script gets them as data, never
  // this file.
  searchTitle: "Tìm kiếm",
  searchDescription: (program: string) =>
    `Tìm trong toàn văn ${program}, các mục tiêu, chỉ tiêu và cơ quan thực hiện.`,
  searchQueryLabel: "Từ khóa",
  searchSubmit: "Tìm",
  searchHint:
    "Gõ có dấu hay không dấu đều được (“đường ô tô” hay “duong o to”), viết tắt cũng được (DTTS, NTM, ĐBKK, UBND).",
  searchFilters: "Lọc kết quả",
  searchKinds: "Loại trang",
  searchAllKinds: "Tất cả",
  searchAgency: "Cơ quan thực hiện",
  searchAllAgencies: "Tất cả cơ quan",
  searchNoScript:
    "Tìm kiếm cần JavaScript để chạy ngay trong trình duyệt, mà trình duyệt của bạn đang tắt JavaScript.",
  searchInstead: "Bạn vẫn có thể:",
  searchReadBefore: "đọc ",
  searchReadLink: (program: string) => `toàn văn ${program}`,
  searchReadAfter:
    " và dùng chức năng tìm trong trang của trình duyệt (Ctrl+F, hoặc “Tìm trong trang” trên điện thoại);",
  searchOverviewBefore: "xem ",
  searchOverviewLink: "tổng quan các mục tiêu và chỉ tiêu",
  searchOverviewAfter: ".",
  searchResults: "Kết quả",
  searchMore: "Xem thêm kết quả",
  searchStatus: "Trạng thái: {status}",
  searchCount: "{count} kết quả cho “{query}”{filtered}.",
  searchCountOne: "{count} kết quả cho “{query}”{filtered}.",
  searchCountNone: "Không có kết quả nào cho “{query}”{filtered}.",
  searchFiltered: " (đã lọc)",
  searchNoResults: "Không tìm thấy trang nào có đủ các từ “{query}”. Bạn có thể:",
  searchTipUnaccented: "tìm không dấu: ",
  searchTipUnfilter: "bỏ bộ lọc: ",
  searchTipUnfilterLink: "tìm trong mọi trang",
  searchTipFewer: "bớt một vài từ, hoặc dùng từ viết tắt quen thuộc (DTTS, NTM, ĐBKK, UBND);",
  searchTipRead: "đọc ",
  searchTipReadProgram: "toàn văn chương trình",
  searchTipReadOr: " hoặc xem ",
  searchTipReadOverview: "tổng quan các mục tiêu",
  searchTipReadEnd: ".",
  searchLoadFailed:
    "Không tải được bộ tìm kiếm của trang (có thể do mạng chập chờn). Hãy tải lại trang sau ít phút.",
  // Kinds of page in search results: also the values of each index's `kind` filter.
  searchKindProgram: "Toàn văn chương trình",
  searchKindTarget: "Mục tiêu",
  searchKindIndicator: "Chỉ tiêu",
  searchKindAgency: "Cơ quan",
  searchKindOther: "Trang khác",
  // The English guide to the program (/en/program/); Vietnamese readers have the full text.
  guideTitle: (program: string) => `${program}: hướng dẫn đọc bằng tiếng Anh`,
  guideDescription: (program: string) =>
    `Tiêu đề các phần của ${program} bằng tiếng Anh, bản tóm tắt không chính thức và bảng phụ lục, liên kết đến văn bản tiếng Việt.`,
  guideIntro:
    "Văn bản chương trình chỉ có bằng tiếng Việt: không có bản dịch chính thức. Trang này cho tiêu đề các phần bằng tiếng Anh, mỗi tiêu đề dẫn đến đoạn tiếng Việt, một bản tóm tắt không chính thức các phần I–IV và bảng phụ lục với các mục tiêu bằng tiếng Anh.",
  guideFullText: "Đọc toàn văn bằng tiếng Việt",
  guideContents: "Các phần của chương trình",
  guideContentsNote: "Mỗi tiêu đề dẫn đến đoạn tương ứng trong văn bản tiếng Việt.",
  guideSummary: "Tóm tắt các phần I–IV",
  guideUnofficialSummary: "tóm tắt không chính thức",
  guideNoSummary:
    "Chưa có bản tóm tắt tiếng Anh. Các tiêu đề ở trên và bảng phụ lục dưới đây dẫn đến văn bản tiếng Việt.",
  guideReadSection: "Đọc phần này bằng tiếng Việt",
  guideAppendix: "Phụ lục: các mục tiêu đến năm 2025 và cơ quan thực hiện",
  guideColumnNumber: "TT",
  guideColumnTarget: "Mục tiêu, chỉ tiêu đến năm 2025",
  guideColumnLead: "Cơ quan chủ trì",
  guideColumnCoordinate: "Cơ quan phối hợp",
  guideColumnSource: "Văn bản tiếng Việt",
  guideAppendixRow: (n: string) => `Phụ lục, hàng ${n}`,
  guideTargetPage: (n: string) => `Theo dõi mục tiêu ${n}`,
  // Share cards and chart downloads (src/lib/cards): a picture travels without its page, so it
  // says in its own words what, where, from which source, which data release and licence.
  cardSource: (sources: string) => `Nguồn: ${sources}`,
  cardSourceNoFigure: (reference: string) =>
    `Nguồn: ${reference} (mục tiêu); chưa có số liệu công bố`,
  cardTargetSource: (reference: string) =>
    `Nguồn: Phụ lục ${reference}; số liệu và nguồn của từng chỉ tiêu trên trang`,
  cardOverviewSource: (reference: string) =>
    `Nguồn: ${reference}; số liệu và nguồn của từng chỉ tiêu trên trang`,
  cardCredit: (release: string, date: string, licence: string) =>
    `Dữ liệu bản ${release} (${date}) · Giấy phép ${licence}`,
  cardGoal: (year: string, phrase: string) => `Chỉ tiêu đến ${year}: ${phrase}`,
  cardGoalQuote: (year: string, wording: string) => `Mục tiêu ${year}: “${wording}”`,
  cardOverviewTitle: (total: string, program: string, topic: string) =>
    `Tiến độ ${total} của ${program} về ${topic}`,
  cardOverviewAlt: (total: string, program: string, counts: string) =>
    `Tiến độ ${total} của ${program}: ${counts}.`,
  cardLatestSentence: (value: string, when: string) => `Số liệu gần nhất: ${value} (${when}).`,
  cardProgramSays: "Chương trình viết:",
  cardMore: (count: string) => `và ${count} chỉ tiêu khác — xem trên trang`,
  cardWeakBasis: "tạm tính theo một nguồn thứ cấp",
  cardStatus: (label: string, against: string) => `Trạng thái: ${label} (${against}).`,
  cardRelease: (release: string, date: string) => `Dữ liệu: bản ${release}, ngày ${date}`,
  cardLicence: (label: string, url: string) => `Giấy phép: ${label} (${url})`,
  cardPage: (url: string) => `Trang: ${url}`,
  chartDownloads: "Tải biểu đồ:",
  chartDownloadsNote: "(có ghi nguồn, địa chỉ trang, bản dữ liệu và giấy phép CC BY 4.0)",
};

/** A dictionary value: a word, or a sentence built from its parameters. */
type Entry = string | ((...args: never[]) => string);

/** The shape every language's dictionary has: vi's keys, with vi's parameters. */
export type Dictionary = {
  readonly [K in keyof typeof vi]: (typeof vi)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

// Compile-time check that every Vietnamese entry is a word or a sentence builder.
vi satisfies Record<string, Entry>;
