// The Vietnamese words of the site's interface: one dictionary per language (issue 17), so a
// template never writes a sentence of its own. The English dictionary (en.ts) is typed by this
// one: it must have exactly these keys, with the same parameters.

import type { GoalRule, SourceStrength } from "../../data/rows.ts";
import { BEHIND_RATIO, ON_TRACK_RATIO } from "../../status/assess.ts";
import { labelStatus } from "../../status/labels.ts";
import { LINE_NOTES } from "../../charts/lines.ts";
import type { LineStyle } from "../../charts/types.ts";
import type { OtherReason, StatusCode } from "../../status/types.ts";
import type { RevisionKind } from "../../releases/history.ts";
import type { ProgramNames } from "../../program/names.ts";
import type { CitationWords } from "../../views/data-page.ts";
import { RELATED_HEADING } from "../../views/related-figures.ts";
import { STRENGTH_LABELS, WEAK_BASIS_WORDS } from "../../views/source-strength.ts";
import { capitalise, formatNumber } from "../../format.ts";

const OTHER_REASONS: Record<OtherReason, string> = {
  "other-scope": "Khác phạm vi",
  "other-series": "Khác chuỗi",
  "no-baseline": "Chưa có năm gốc",
  "approximate-period": "Không rõ năm",
};

const REVISION_KINDS: Record<RevisionKind, string> = {
  added: "Công bố lần đầu",
  revised: "Điều chỉnh",
  restated: "Công bố lại, giá trị không đổi",
  withdrawn: "Rút lại",
  republished: "Công bố lại sau khi rút",
};

// The status module's thresholds, as the methodology says them ("95%", "50%").
const ON_TRACK = `${formatNumber(ON_TRACK_RATIO * 100)}%`;
const BEHIND = `${formatNumber(BEHIND_RATIO * 100)}%`;

const STATUS_MEANINGS: Record<StatusCode, string> = {
  achieved: "Số liệu so sánh được gần nhất đã đạt mức mục tiêu.",
  on_track: `Chưa đạt mục tiêu, nhưng thay đổi đã đạt từ ${ON_TRACK} trở lên mức cần có theo lộ trình.`,
  behind: `Thay đổi đạt từ ${BEHIND} đến dưới ${ON_TRACK} mức cần có theo lộ trình.`,
  off_track: `Thay đổi đạt dưới ${BEHIND} mức cần có theo lộ trình, không đổi, hoặc đi ngược chiều mục tiêu.`,
  not_achieved:
    "Năm mục tiêu đã qua và số liệu của chính năm đó không đạt mức mục tiêu. Đây là kết luận cuối cùng.",
  awaiting_final:
    "Năm mục tiêu đã qua nhưng chưa có số liệu của năm đó; trang ghi kèm kết quả tạm tính theo số liệu gần nhất.",
  not_comparable:
    "Đã có số liệu, nhưng không số liệu nào so sánh được với mục tiêu: chưa có số liệu năm gốc, hoặc các số liệu khác phạm vi, khác chuỗi với năm gốc hay sau năm mục tiêu. Trang nói rõ từng số liệu khác ở điểm nào. Đây là thiếu số liệu so sánh được, không có nghĩa là không đạt.",
  no_data:
    "Chưa có số liệu nào được công bố sau năm gốc (hoặc chưa có số liệu nào, kể cả năm gốc). Trang ghi cơ quan chủ trì theo Phụ lục, nơi có trách nhiệm báo cáo số liệu. Đây là thiếu số liệu công bố, không có nghĩa là không đạt.",
  qualitative:
    "Mục tiêu không có số đo: trang trình bày lời văn của Chương trình và minh chứng, không tính trạng thái bằng số.",
};

// How each rule of goals.csv becomes a level L, and when L is met (the methodology's table).
const GOAL_RULES: Record<GoalRule, { name: string; level: string; met: string }> = {
  at_least: { name: "Đạt ít nhất", level: "Mức L là con số Chương trình ghi.", met: "Số liệu ≥ L" },
  at_most: {
    name: "Không vượt quá",
    level: "Mức L là con số Chương trình ghi.",
    met: "Số liệu ≤ L",
  },
  below: { name: "Dưới mức", level: "Mức L là con số Chương trình ghi.", met: "Số liệu < L" },
  multiple_of_baseline: {
    name: "Gấp số lần năm gốc",
    level: "L = hệ số × số liệu năm gốc.",
    met: "Số liệu ≥ L",
  },
  change_per_year: {
    name: "Thay đổi mỗi năm",
    level: "L = năm gốc + mức thay đổi mỗi năm × số năm từ năm gốc đến năm mục tiêu.",
    met: "Số liệu ≤ L khi mục tiêu là giảm, ≥ L khi là tăng",
  },
  reduce_by_share: {
    name: "Giảm một tỷ lệ so với năm gốc",
    level: "L = năm gốc × (1 − tỷ lệ giảm).",
    met: "Số liệu ≤ L",
  },
  share_of_reference: {
    name: "Bằng một tỷ lệ của giá trị tham chiếu",
    level:
      "L = tỷ lệ × giá trị tham chiếu của cùng năm; chưa có giá trị tham chiếu thì chưa tính được.",
    met: "Theo chiều mong muốn của chỉ tiêu",
  },
  qualitative: { name: "Định tính", level: "Không có mức số.", met: "Không tính" },
};

/** The Vietnamese dictionary; its keys and parameters define every other language's. */
export const vi = {
  // Layout: header, navigation, footer, language switch.
  skipLink: "Bỏ qua, đến nội dung chính",
  siteNamePrefix: "Theo dõi",
  siteSubtitle: (p: ProgramNames) => `${p.topicCapitalised} ${p.area} ${p.period}`,
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
  // Indicator page (src/lib/views/indicator-page.ts, indicator-figures.ts, figure-forms.ts).
  periodNotBefore: (year: number) => `Không rõ năm, không sớm hơn năm ${year}`,
  periodAsOfPublished: (month: string, year: string) =>
    `Đến tháng ${month}/${year} (theo ngày đăng tin)`,
  inYear: (year: number) => `năm ${year}`,
  releaseShort: (id: string) => `Bản ${id}`,
  roleUsed: "Dùng để đánh giá",
  roleBaseline: "Năm gốc",
  roleOther: (reason: OtherReason) => `${OTHER_REASONS[reason]}; không dùng để đánh giá`,
  revisionKind: (kind: RevisionKind) => REVISION_KINDS[kind],
  indicatorDescription: (name: string, label: string, year: number) =>
    `${name}: ${label.toLowerCase()} (mục tiêu năm ${year}). Số liệu, nguồn, biểu đồ và lịch sử điều chỉnh.`,
  asOfRelease: (id: string, date: string) => `Tính theo bản phát hành dữ liệu ${id} ngày ${date}.`,
  evidenceNote: "Chỉ tiêu định tính: không tính trạng thái bằng số.",
  indicatorCsv: "Tải số liệu chỉ tiêu này (CSV)",
  goalOfYear: (year: number) => `Mục tiêu năm ${year}`,
  orientationOfYear: (year: number) => `Định hướng năm ${year}`,
  programParagraph: (anchor: string) => `Đoạn ${anchor} của Chương trình`,
  derivedGoal: (year: number) => `Mức cần đạt năm ${year}`,
  derivedExpected: (period: number, year: number) =>
    `Mức cần có năm ${period} theo lộ trình đến mục tiêu ${year}`,
  derivedRatio: "Tiến độ so với lộ trình (thay đổi đạt được ÷ thay đổi cần có)",
  derivedPerYear: (from: number, to: number) => `Thay đổi bình quân mỗi năm ${from}–${to}`,
  perYear: (value: string) => `${value}/năm`,
  percentPoints: "điểm %",
  citationAccessed: "[ngày bạn truy cập]",
  citationPublisher: (siteName: string) => `${siteName} (trang theo dõi độc lập)`,
  citationText: (siteName: string, name: string, release: string, url: string, accessed: string) =>
    `${siteName}. “${name}”. Dữ liệu ${release.toLowerCase()}. ${url} (truy cập ngày ${accessed}).`,
  ledeIn: "Thuộc",
  ledeOfAppendix: "của Phụ lục Chương trình.",
  ledeNoTarget: "Không thuộc mục tiêu nào của Phụ lục; nêu trong phần mục tiêu của Chương trình.",
  finalVerdict: " — kết luận cuối cùng",
  sourceLabel: "nguồn:",
  noBaseline: "Chưa có số liệu năm gốc đã công bố",
  derivedHeading: "Số do trang này tự tính",
  derivedIntro:
    "Các số dưới đây không do nguồn công bố mà được tính từ số liệu năm gốc, số liệu gần nhất và lời văn mục tiêu, theo",
  derivedSee: "(xem",
  derivedSeeLink: "số do trang này tự tính",
  chartHeading: "Biểu đồ",
  // The chart's own words (src/lib/charts, src/lib/views/chart-view.ts), on the page, in the
  // downloads and on the cards' sparklines.
  chartTitle: (name: string) => `Biểu đồ: ${name}`,
  chartUnit: (unit: string) => `Đơn vị: ${unit}`,
  chartEmpty: "Chưa có số liệu công bố",
  chartUndated: "Số liệu chưa rõ năm: xem bảng",
  chartGoalTag: (year: number) => `Mục tiêu ${year}`,
  chartGoalLegend: (year: number, goal: string) => `Mục tiêu ${year}: ${goal}`,
  chartExpected: (year: number) => `Lộ trình cần có đến mục tiêu ${year}`,
  chartLegendBaseline: "Năm gốc (chấm tròn rỗng)",
  chartLegendRevised: "Số liệu đã được điều chỉnh (vòng tròn bao quanh)",
  chartLineNote: (style: LineStyle) => LINE_NOTES[style],
  chartTableCaption: (title: string) => `Số liệu trên biểu đồ: ${title}`,
  chartTableYear: "Năm",
  chartCellBaseline: "năm gốc",
  chartCellRevised: "đã điều chỉnh",
  chartSummaryUndated: (name: string, undated: number) =>
    `${name}: chưa có số liệu ghi rõ năm để vẽ (${undated} số liệu không rõ năm, xem bảng số liệu)`,
  chartSummaryEmpty: (name: string) => `${name}: chưa có số liệu công bố`,
  chartSummaryGoal: (year: number, goal: string) => `mục tiêu ${year}: ${goal}`,
  chartSummaryOthersApart: (count: number) =>
    `${count} đường khác phạm vi hoặc khác chuỗi vẽ riêng, không dùng để đánh giá`,
  chartSummaryOthers: (count: number) =>
    `${count} đường khác vẽ riêng theo phạm vi và chuỗi số liệu`,
  chartSummaryRevised: (count: number) => `${count} số liệu đã được điều chỉnh`,
  trendHeld: (figure: string, from: number, to: number) => `giữ ở ${figure} từ ${from} đến ${to}`,
  trendMoved: (from: string, fromYear: number, up: boolean, to: string, toYear: number) =>
    `từ ${from} (${fromYear}) ${up ? "lên" : "xuống"} ${to} (${toYear})`,
  sparklineLabel: (trend: string) => `Xu hướng: ${trend}`,
  sparklineEmpty: "Chưa có số liệu",
  evidenceHeading: "Minh chứng",
  evidenceText:
    "Trang trình bày nguyên văn điều Chương trình đặt ra và các cơ quan được giao thực hiện.",
  evidenceNone: "Chưa có nguồn công bố nào về kết quả thực hiện được ghi nhận trong dữ liệu.",
  programSets: "Chương trình đặt ra",
  appendixRow: "Nguyên văn dòng Phụ lục:",
  agenciesNone: "Phụ lục không giao cơ quan chủ trì hay phối hợp cho chỉ tiêu này.",
  figuresHeading: "Bảng số liệu",
  figuresNone: "Chưa có số liệu nào được công bố cho chỉ tiêu này.",
  figuresCaption: "Tất cả số liệu đang dùng",
  figuresUnit: (unit: string) => `, đơn vị: ${unit}`,
  columnYear: "Năm",
  columnValue: "Giá trị",
  columnScope: "Địa bàn",
  columnSeries: "cách tính",
  columnUsed: ", dùng để đánh giá?",
  columnSource: "Nguồn và bản phát hành",
  columnExcerpt: "Trích dẫn nguồn và ghi chú",
  columnSettingLabel: "Địa bàn, cách tính và vai trò",
  revisedMark: "(đã điều chỉnh)",
  scopeLabel: "Địa bàn:",
  seriesLabel: "Cách tính:",
  releaseLabel: "Bản phát hành:",
  noteLabel: "Ghi chú:",
  noteHeading: "Ghi chú",
  disputesHeading: "Số liệu có tranh chấp",
  disputesIntro:
    "Các nguồn ghi khác nhau cho cùng một năm và phạm vi. Trang dùng số liệu của nguồn mạnh hơn để đánh giá và nêu cả hai nguồn.",
  yearLabel: (year: string) => `Năm ${year}`,
  disputedLabel: "Có tranh chấp, không dùng để đánh giá",
  revisionsHeading: "Lịch sử điều chỉnh",
  revisionsNone: "Chưa có số liệu nào của chỉ tiêu này được điều chỉnh hay rút lại.",
  columnRelease: "Bản phát hành",
  columnChange: "Thay đổi",
  citationHeading: "Trích dẫn và tải về",
  citationTitle: "Tiêu đề",
  citationPublisherLabel: "Đơn vị công bố",
  publisherUnset: "Chưa cấu hình: đơn vị công bố",
  citationAddress: "Địa chỉ",
  citationRelease: "Bản phát hành dữ liệu",
  citationAccessedLabel: "Ngày truy cập",
  citationSuggested: "Trích dẫn gợi ý",
  allOpenData: "Toàn bộ dữ liệu mở",
  definitionHeading: "Định nghĩa",
  // Related figures (src/components/RelatedFigures.astro).
  relatedHeading: RELATED_HEADING,
  relatedIntro:
    "Các số liệu dưới đây đo một đại lượng khác với chỉ tiêu (khác tổng thể, địa bàn hoặc định nghĩa): chúng không phải số liệu của chỉ tiêu, không vẽ trên biểu đồ và không được so với mục tiêu.",
  relatedMeasure: "Đại lượng đo",
  relatedUnit: "Đơn vị",
  relatedScope: "Phạm vi",
  relatedSource: "Nguồn",
  relatedExcerpt: "Trích dẫn",
  // Agency pages (src/lib/views/agency-page.ts, agency-index.ts, src/pages/co-quan/).
  agencyTargets: (role: string) => `Mục tiêu ${role}`,
  agencyDescription: (name: string, shortName: string) =>
    `${name}: các mục tiêu chủ trì và phối hợp trong ${shortName}, với trạng thái từng chỉ tiêu.`,
  agencyNotNamed:
    "Cơ quan này không có tên trong Chương trình; trang ghi nhận vì là cơ quan kế nhiệm.",
  activeUntil: (date: string) => `Hoạt động đến ngày ${date}`,
  noSuccessorEnded:
    "Chưa ghi cơ quan kế nhiệm: các nguồn đã trích dẫn chưa nêu cơ quan nào tiếp nhận nhiệm vụ này.",
  noSuccessorUnconfirmed: "Chưa ghi cơ quan kế nhiệm: chưa có nguồn xác nhận.",
  agencyRoleCount: (role: string, dated: string, count: string) =>
    `${role}${dated} ${count} mục tiêu`,
  agencyNoTarget: "không được giao mục tiêu nào",
  agenciesTitle: "Cơ quan thực hiện",
  agenciesDescription: (shortName: string) =>
    `Các cơ quan được ${shortName} giao chủ trì hoặc phối hợp thực hiện từng mục tiêu, và cơ quan nào đã chấm dứt hoạt động sau đợt sắp xếp năm 2025.`,
  agenciesLede: "Phụ lục của Chương trình giao mỗi mục tiêu cho một cơ quan",
  agenciesLedeLink: "chủ trì và các cơ quan phối hợp",
  agenciesLedeRest:
    ". Tên cơ quan ghi theo Chương trình. Sau đợt sắp xếp bộ máy năm 2025, cơ quan nào đã chấm dứt hoạt động theo một nguồn đã trích dẫn thì vai trò được ghi kèm ngày cuối cùng.",
  agencyShortName: (name: string) => ` Trên trang này viết gọn là “${name}”.`,
  agencySourceLabel: "Nguồn:",
  agencyLeadSummary: "Các chỉ tiêu cơ quan chủ trì",
  none: "Không có.",
  successorLabel: "Cơ quan kế nhiệm:",
  successorSourceParen: "nguồn:",
  predecessorsLabel: "Kế nhiệm:",
  // Open data (src/pages/du-lieu/, src/components/DownloadSchema.astro).
  schemaCaption: (file: string) => `Các cột của ${file}, theo thứ tự trong tệp`,
  schemaKeyMany: "không có hai dòng trùng nhau ở tất cả các cột này.",
  schemaKeyOne: "không có hai dòng trùng giá trị.",
  schemaRequired: "bắt buộc",
  schemaOptional: "có thể để trống",
  schemaPrimaryKey: "Khóa chính:",
  schemaForeignKey: "phải là một giá trị có trong cột",
  schemaOf: "của",
  schemaIfFilled: "(nếu ô không để trống).",
  schemaRows: "Tệp phải có ít nhất một dòng dữ liệu.",
  schemaColumn: "Cột",
  schemaMeaning: "Ý nghĩa và quy tắc",
  schemaFrom: "Lấy từ cột",
  // The page itself (src/pages/du-lieu/index.astro, src/lib/views/data-page.ts). Sentences mark
  // code, **strong** words and [links](name) as src/lib/i18n/rich-text.ts reads them; the names
  // are the page's: release, date, releaseTerm, glossary, frictionless, home, methodology,
  // scorecardColumns, about, releases.
  dataTitle: "Dữ liệu mở",
  dataDescription: (p: ProgramNames) =>
    `Tải toàn bộ dữ liệu theo dõi ${p.shortName} ${p.province} dưới dạng CSV, kèm mô tả từng cột, giấy phép CC BY 4.0, cách trích dẫn và các phiên bản.`,
  dataLede: (release: string, date: string) =>
    `Mọi con số trên trang này đều lấy từ các tệp dưới đây; mỗi số liệu ghi nguồn đã công bố và câu trích nguyên văn. Bản dữ liệu hiện tại: [${release}](release), ngày [${date}](date) (xem [bản dữ liệu là gì](releaseTerm) và các [thuật ngữ](glossary) khác).`,
  dataOnPage: "Trong trang này",
  dataDownload: "Tải về",
  dataScorecard: "Bảng tổng hợp",
  dataByIndicator: "Theo từng chỉ tiêu",
  dataColumns: "Mô tả các cột",
  dataLicence: "Giấy phép",
  dataCiteShort: "Trích dẫn",
  dataReleases: "Các phiên bản",
  dataAll: "Toàn bộ dữ liệu",
  dataZip: (count: string) =>
    `${count} tệp CSV cho máy và datapackage.json như trên, kèm toàn bộ lịch sử sửa đổi. Tệp của từng phiên bản, giữ nguyên như ngày công bố, nằm ở trang phiên bản.`,
  dataDatapackage:
    "Mô tả các tệp theo chuẩn [Frictionless Data Package](frictionless), kèm kích thước (`bytes`) và mã băm SHA-256 (`hash`) của từng tệp CSV cho máy, để bạn kiểm tra tệp đã tải.",
  dataWhich: "Nên tải bản nào?",
  dataWhichIntro: "Mỗi bảng có hai bản, cùng nội dung:",
  dataMachine:
    "**CSV cho máy**: mã UTF-8 không có BOM, dấu phẩy phân cách cột, dấu chấm thập phân (`12.5`), giống hệt từng byte tệp gốc của dự án. Dùng cho R, Python, LibreOffice, cơ sở dữ liệu, hoặc khi kiểm tra mã băm.",
  dataExcel:
    "**CSV cho Excel**: như bản cho máy, thêm 3 byte đánh dấu UTF-8 (BOM) ở đầu tệp. **Nếu bạn mở tệp bằng cách nhấp đúp trong Excel, hãy chọn bản này để chữ tiếng Việt hiện đúng.** Nếu cột số bị đọc sai (máy dùng dấu phẩy thập phân), hãy mở bằng Dữ liệu → Từ Văn bản/CSV và chọn dấu chấm làm dấu thập phân.",
  rowCount: (count: string) => `${count} dòng`,
  dataScorecardHeading: "Bảng tổng hợp (dữ liệu tính toán)",
  dataScorecardText: (version: string) =>
    `Bảng ở đầu [trang tổng quan](home): mỗi chỉ tiêu một dòng, gồm mục tiêu, năm gốc, số liệu so sánh được gần nhất, trạng thái và độ mạnh của nguồn. Đây là dữ liệu **do trang tính** theo [phương pháp](methodology) phiên bản ${version}, không phải số liệu của một nguồn công bố; số liệu liên quan (đại lượng khác) không bao giờ được dùng làm số liệu gần nhất. Bảng không có trong các bản lưu theo phiên bản. Các cột được mô tả ở [phần mô tả](scorecardColumns).`,
  dataScorecardJson:
    "Ghi kèm phiên bản phương pháp (`methodology_version`) và bản phát hành dữ liệu (`release`) đã dùng để tính.",
  dataByIndicatorHeading: "Số liệu theo từng chỉ tiêu",
  dataByIndicatorText:
    "Mỗi chỉ tiêu có một tệp riêng, ba bản cùng nội dung (CSV cho máy, CSV cho Excel, JSON), gồm mọi con số trang của chỉ tiêu hiển thị: mục tiêu, năm gốc, số liệu đã công bố và số liệu liên quan, mỗi dòng kèm tên phạm vi, dãy số và đầy đủ thông tin nguồn. Trang của chỉ tiêu dẫn đến các tệp này. Cột `kind` cho biết loại dòng: `goal` (mục tiêu của Chương trình), `baseline` (năm gốc), `observation` (số liệu của chỉ tiêu), `related` (số liệu liên quan) và `no_data` (chỉ tiêu chưa có số liệu nào; cột `note` ghi lý do). Cột `status` cho biết:",
  dataRowCurrent: "`current`: số liệu đang dùng;",
  dataRowSuperseded: "`superseded`: đã được một phiên bản sau thay;",
  dataRowWithdrawn: "`withdrawn`: đã bị rút, không còn dùng.",
  dataRowRoles:
    "Cột `role` là `related` khi dòng là số liệu liên quan: nó đo một đại lượng khác (ghi ở cột `measure`, đơn vị ở cột `unit`), không phải số liệu của chỉ tiêu và không dùng để đánh giá. Cột `source_strength` ghi độ mạnh của nguồn (`official`: nguồn chính thức, `press`: báo chí, `weak`: nguồn thứ cấp); cột `caveat` nói bằng chữ khi số liệu chỉ dựa trên nguồn thứ cấp.",
  dataIndicatorFiles: (count: string) => `${count} tệp theo chỉ tiêu`,
  dataColumnsHeading: "Mô tả các tệp và các cột",
  dataColumnsText:
    "Phần này được tạo tự động từ `datapackage.json`, chính là tệp mà bước kiểm tra dữ liệu dùng: mọi quy tắc ghi dưới đây đều được kiểm tra trước khi trang được dựng. Ô trống nghĩa là không có giá trị; ngày viết `YYYY-MM-DD`.",
  dataLicenceText:
    "Phần biên soạn của dự án (cách tổ chức, lựa chọn, tiêu đề, ghi chú và các tệp dữ liệu) được cấp phép theo:",
  dataLicenceTerms: (shortName: string) =>
    `Bạn được sao chép, phân phối và làm lại, kể cả vì mục đích thương mại, miễn là ghi công (xem phần trích dẫn). Các câu trích và số liệu lấy từ nguồn đã công bố vẫn giữ điều kiện sử dụng của nguồn gốc; mỗi dòng ghi rõ nguồn trong tệp nguồn. Văn bản ${shortName} là văn bản hành chính nhà nước.`,
  dataCite: "Cách trích dẫn",
  dataCiteIntro: "Khi dùng dữ liệu, hãy ghi phiên bản bạn đã dùng, ví dụ:",
  dataCitation: (c: CitationWords) =>
    `${c.author} (${c.year}). ${c.title}, phiên bản ${c.version} (${c.date}) [Dữ liệu]. ${c.url}`,
  dataCiteKeep:
    "Trang của mỗi phiên bản và các tệp của nó giữ nguyên địa chỉ, nên người đọc luôn tìm lại được đúng dữ liệu bạn đã dùng. Khi trích một con số, hãy trích cả nguồn gốc của nó (cột `source_id` và tệp `sources.csv`).",
  dataReport:
    "Nếu bạn thấy một số liệu sai, một nguồn không còn mở được hay một câu trích chép sai, hãy báo theo hướng dẫn ở trang [Giới thiệu và liên hệ](about). Xin ghi rõ:",
  dataReportPlace: "địa chỉ trang, hoặc tên tệp và số dòng (ví dụ `observations.csv`, dòng 5);",
  dataReportFigure: "chỉ tiêu, năm, phạm vi, giá trị đang hiển thị và giá trị bạn cho là đúng;",
  dataReportSource:
    "nguồn đã công bố cho thấy điều đó: đường dẫn, ngày công bố, câu trích nguyên văn;",
  dataReportRelease: (release: string) => `phiên bản dữ liệu bạn đang xem (hiện là ${release}).`,
  dataCorrections:
    "Một đính chính được công bố trong phiên bản sau; giá trị cũ vẫn được giữ và hiện trong lịch sử sửa đổi của chỉ tiêu và trên trang của phiên bản. [Xem mọi phiên bản dữ liệu](releases).",
  // Methodology page (src/pages/phuong-phap/index.astro, also /en/methodology/), with
  // src/lib/views/methodology-page.ts.
  methodDescription:
    "Cách trang tính trạng thái từng chỉ tiêu, phạm vi và chuỗi số liệu, chính sách nguồn và chính sách đính chính.",
  methodLede:
    "Trang này cho biết cách tính trạng thái của từng chỉ tiêu, vì sao một số liệu được hay không được dùng để đánh giá, trang lấy số liệu từ đâu và sửa sai như thế nào. Các chữ viết tắt và từ chuyên môn được giải thích ở trang",
  methodHowHeading: "Cách tính trạng thái",
  methodVersion: "Phiên bản phương pháp:",
  methodVersionNote:
    "(tháng thay đổi quy tắc gần nhất). Bảng tổng hợp tải về ghi phiên bản này trong cột và tệp JSON, để biết trạng thái được tính theo quy tắc nào.",
  methodGoalYear: (goalYear: number, orientationYear: number) =>
    `Mỗi chỉ tiêu được đánh giá theo mục tiêu năm ${goalYear} (hết giai đoạn của Chương trình); chỉ tiêu chỉ có định hướng năm ${orientationYear} được đánh giá theo định hướng đó. Trạng thái so với định hướng ${orientationYear} được ghi kèm trên trang chỉ tiêu.`,
  methodToday:
    "“Hôm nay” là ngày của bản phát hành dữ liệu, không phải ngày máy tính dựng trang. Với mỗi năm, phạm vi và chuỗi, giá trị của bản phát hành mới nhất được dùng; giá trị đã rút lại không được dùng.",
  methodComparable:
    "Chỉ số liệu cùng phạm vi địa lý và cùng chuỗi số liệu với năm gốc mới được so sánh. Số liệu khác phạm vi (ví dụ của tỉnh sau hợp nhất) hoặc khác chuỗi (ví dụ theo chuẩn nghèo khác) vẫn được hiển thị, có ghi rõ, nhưng không bao giờ dùng để tính trạng thái.",
  methodApproximate:
    "Số liệu mà nguồn không ghi năm (“đến nay”, “hiện nay”) được ghi đúng như vậy: “Không rõ năm, không sớm hơn năm …” khi trang nguồn không ghi ngày đăng (năm đó là năm sớm nhất mà chính nội dung nguồn cho phép), hoặc “Đến tháng mm/yyyy (theo ngày đăng tin)” khi có ngày đăng. Trang không tự gán năm cho số liệu đó, không vẽ nó trên biểu đồ và không dùng nó để tính trạng thái.",
  methodFraction:
    "Nguồn ghi dạng phân số (ví dụ “66/110 xã”) được ghi cả số đếm và tổng số; tỷ lệ phần trăm bên cạnh do trang tính (66 ÷ 110 × 100 = 60,0%) và được dùng để tính trạng thái. Nếu nguồn ghi một tỷ lệ không khớp với phân số của chính nó, trang không dùng tỷ lệ đó và nói rõ trong ghi chú.",
  methodDispute: (heading: string) =>
    `Khi hai nguồn ghi hai giá trị khác nhau cho cùng một năm, phạm vi và chuỗi, cả hai được giữ: giá trị của nguồn mạnh hơn dùng để đánh giá, giá trị kia hiện trong mục “${heading}” của trang chỉ tiêu, kèm cả hai nguồn.`,
  methodPath:
    "Lời văn mục tiêu được đổi thành một mức cần đạt trong năm mục tiêu (bảng dưới). Lộ trình cần có là đường thẳng từ năm gốc đến mức đó. Tỷ lệ tiến độ = thay đổi đã đạt ÷ thay đổi cần có theo lộ trình, tại năm của số liệu so sánh được gần nhất.",
  methodRatio: (onTrack: string, behind: string) =>
    `Đạt mức mục tiêu là “Đã đạt”; tỷ lệ tiến độ từ ${onTrack} là “Đúng tiến độ”; từ ${behind} đến dưới ${onTrack} là “Chậm”; dưới ${behind}, không đổi hoặc đi ngược chiều là “Rất chậm”.`,
  methodFinal: (goalYear: number) =>
    `Khi năm mục tiêu đã qua: có số liệu của chính năm đó thì kết luận cuối cùng là “Đã đạt” hoặc “Không đạt”; chưa có thì là “Chờ số liệu năm ${goalYear}”, kèm kết quả tạm tính theo số liệu gần nhất.`,
  methodMissing:
    "Chưa có số liệu nào của chỉ tiêu được công bố sau năm gốc (hoặc chưa có cả số liệu năm gốc) là “Chưa có số liệu công bố”, và trang ghi cơ quan chủ trì theo Phụ lục. Đã có số liệu nhưng không số liệu nào cùng phạm vi và cùng chuỗi với năm gốc là “Có số liệu nhưng chưa so sánh được”, và trang nói từng số liệu khác ở điểm nào. Cả hai đều là thiếu số liệu, không phải không đạt.",
  methodComputed:
    "Mọi số do trang tính ra (mức cần đạt, mức cần có theo lộ trình, tỷ lệ tiến độ, thay đổi bình quân mỗi năm, tỷ lệ tính từ một phân số) đều có dấu",
  methodComputedEnd: "bên cạnh.",
  methodStatusesHeading: "Các trạng thái",
  methodColumnMeaning: "Ý nghĩa",
  statusMeaning: (status: StatusCode) => STATUS_MEANINGS[status],
  methodGoalRulesHeading: "Từ lời văn mục tiêu đến mức cần đạt",
  methodColumnRule: "Loại mục tiêu",
  methodColumnLevel: "Mức cần đạt (L)",
  methodColumnMet: "Đạt khi",
  methodColumnUsed: "Số mục tiêu trong dữ liệu",
  goalRuleName: (rule: GoalRule) => GOAL_RULES[rule].name,
  goalRuleLevel: (rule: GoalRule) => GOAL_RULES[rule].level,
  goalRuleMet: (rule: GoalRule) => GOAL_RULES[rule].met,
  methodGoalCount: (count: string) => `${count} mục tiêu`,
  methodExampleHeading: "Ví dụ từ số liệu thật",
  methodExampleIndicator: "Chỉ tiêu",
  methodExampleFrom: ", tính từ dữ liệu hiện hành bằng chính các hàm dựng trang:",
  methodStepBaseline: (figure: string, year: number) => `Năm gốc: ${figure} năm ${year}.`,
  methodStepGoal: (year: number) => `Mục tiêu năm ${year}, theo lời Chương trình:`,
  // When the wording quoted is a translation: never on a Vietnamese page, which quotes the program.
  methodStepGoalTranslated: (year: number, mark: string) =>
    `Mục tiêu năm ${year}, theo lời Chương trình (${mark}):`,
  methodStepLevel: (year: number, level: string) => `Mức cần đạt năm ${year}: ${level}.`,
  methodStepLatest: (figure: string, year: number) =>
    `Số liệu so sánh được gần nhất (cùng phạm vi, cùng chuỗi với năm gốc): ${figure} năm ${year}.`,
  methodStepPath: (
    baseline: string,
    baselineYear: number,
    level: string,
    year: number,
    latestYear: number,
    expected: string,
  ) =>
    `Lộ trình cần có là đường thẳng từ ${baseline} năm ${baselineYear} đến ${level} năm ${year}; năm ${latestYear} cần ${expected}.`,
  methodStepRatio: (latest: string, baseline: string, expected: string, ratio: string) =>
    `Tỷ lệ tiến độ = (${latest} − ${baseline}) ÷ (${expected} − ${baseline}) = ${ratio}.`,
  methodStepAwaiting: (year: number, label: string, provisional: string) =>
    `Năm ${year} đã qua nhưng chưa có số liệu năm ${year}, nên trạng thái là “${label}”. ${provisional}.`,
  methodStepStatus: (label: string) => `Trạng thái: ${label}.`,
  methodExampleShows: "Trang chỉ tiêu ghi:",
  methodExampleNone:
    "Chưa có chỉ tiêu nào đủ số liệu năm gốc và số liệu so sánh được để làm ví dụ.",
  methodScopeHeading: "Địa bàn và cách tính (phạm vi, chuỗi số liệu)",
  methodScopeEach: "Mỗi số liệu có một",
  methodScopeArea: "địa bàn",
  methodScopeAreaMeans: "(phạm vi: vùng đất mà số liệu mô tả) và một",
  methodScopeMethod: "cách tính",
  methodScopeMethodMeans:
    "(chuỗi số liệu: định nghĩa hay chuẩn dùng để đo). Địa bàn đổi khi địa giới hành chính đổi, cách tính đổi khi định nghĩa hay chuẩn đo đổi (xem hai bảng dưới); số liệu khác phạm vi hoặc khác chuỗi không nối thành một đường và không được so sánh với nhau.",
  methodScopesHeading: "Phạm vi",
  methodSeriesHeading: "Chuỗi số liệu",
  methodColumnCode: "Mã",
  methodColumnName: "Tên",
  methodColumnValidity: "Hiệu lực",
  methodColumnNote: "Ghi chú",
  methodValidFrom: (date: string) => `từ ${date}`,
  methodValidTo: (date: string) => `đến ${date}`,
  methodSourcesHeading: "Chính sách nguồn",
  methodSourcesCited:
    "Mọi con số trên trang lấy từ một nguồn đã công bố, kèm địa chỉ và câu trích có chứa con số. Trang không tự ước tính, nội suy hay điền số còn thiếu.",
  methodSourcesGrades: (area: string) =>
    `Mỗi nguồn được xếp một trong ba mức, kèm lý do: nguồn chính thức (văn bản, cổng thông tin của cơ quan nhà nước ${area} hoặc của bộ, ngành), báo chí, hoặc nguồn thứ cấp (trang tổng hợp, bản dịch máy, cổng thông tin của tỉnh khác, trích luận văn). Mức của nguồn được ghi cạnh từng số liệu. Trạng thái, biểu đồ, ảnh chia sẻ, khung nhúng và dòng CSV chỉ dựa trên nguồn thứ cấp đều ghi rõ “${WEAK_BASIS_WORDS}”.`,
  methodSourcesRelated: (heading: string) =>
    `Số liệu đo một đại lượng khác với chỉ tiêu (khác tổng thể, địa bàn hoặc định nghĩa) được hiện riêng trong mục “${heading}”, với đại lượng và đơn vị của chính nó: không bao giờ là số liệu gần nhất của chỉ tiêu, không vẽ trên biểu đồ và không so với mục tiêu.`,
  methodSourcesVerbatim:
    "Lời văn mục tiêu được chép nguyên văn từ Chương trình, giữ cả lỗi chính tả.",
  methodSourcesPrivacy: "Trang không gửi yêu cầu nào tới máy chủ khác và không theo dõi người đọc.",
  methodSourcesInUse: "Các nguồn đang dùng",
  methodSourceAccessed: "truy cập ngày",
  methodSourceGrade: "Mức:",
  methodCorrectionsHeading: "Chính sách đính chính",
  methodCorrectionsReleases:
    "Dữ liệu được công bố theo từng bản phát hành có số hiệu. Bản sửa lỗi tăng số cuối (1.0.1), bản thêm số liệu tăng số giữa (1.1.0), thay đổi cấu trúc tệp tăng số đầu (2.0.0).",
  methodCorrectionsKept: (heading: string) =>
    `Không xoá số liệu đã công bố: một số liệu sai được sửa bằng một dòng mới trong bản phát hành sau; số liệu bị rút lại được ghi kèm lý do. Giá trị cũ vẫn hiện trong mục “${heading}” của trang chỉ tiêu.`,
  methodCorrectionsFiles: "Mỗi bản phát hành có trang riêng và bộ tệp riêng trong",
  methodCorrectionsCheckable: ", nên mọi trích dẫn đều kiểm tra lại được.",
  // Glossary (/thuat-ngu/, /en/glossary/: src/pages/thuat-ngu/index.astro); the terms themselves
  // are src/lib/glossary/terms.ts.
  glossaryDescription:
    "Giải thích bằng lời dễ hiểu các chữ viết tắt và từ chuyên môn trên trang: DTTS, vùng DTTS và miền núi, xã khu vực I, II, III, xã đặc biệt khó khăn, nông thôn mới, chuẩn nghèo, cách tính, địa bàn, bản dữ liệu.",
  glossaryLede:
    "Các chữ viết tắt và từ chuyên môn dùng trên trang này, giải thích bằng lời thường. Cách trang tính trạng thái được trình bày đầy đủ ở trang",
  glossaryIndex: "Các thuật ngữ",
  glossaryOriginal: "Thuật ngữ tiếng Việt:",
  // About page (/gioi-thieu/, /en/about/: src/pages/gioi-thieu/index.astro). Where a link sits
  // inside a sentence, the words before and after it are keys of their own.
  aboutDescription: (shortName: string) =>
    `Ai công bố trang theo dõi ${shortName}, cách liên hệ, cách báo lỗi hoặc gửi số liệu đã công bố, giấy phép, mã nguồn và cách có văn bản chính thức của Chương trình.`,
  aboutLede: (p: ProgramNames) =>
    `Trang này theo dõi ${p.title} của ${p.issuer} về ${p.topic} giai đoạn ${p.period}, định hướng đến năm ${p.orientationYear}: toàn văn Chương trình, tiến độ từng chỉ tiêu và dữ liệu mở. Mọi con số đều lấy từ một nguồn đã công bố, có đường dẫn và câu trích nguyên văn.`,
  aboutWhoHeading: "Ai công bố trang này",
  aboutNoPublisher:
    "Đơn vị chịu trách nhiệm về trang này chưa được ghi trong cấu hình của trang (tệp",
  aboutNoPublisherCite: (siteName: string) =>
    `), nên trang chưa nêu được tên. Khi trích dẫn, hãy ghi tên trang, “${siteName}”, và địa chỉ của trang bạn dùng.`,
  aboutIndependent: (issuer: string) =>
    `Đây là trang theo dõi độc lập, không phải trang chính thức của ${issuer}`,
  aboutNotOfficial:
    "hay của cơ quan nhà nước nào. Trang không thay thế văn bản và số liệu chính thức.",
  aboutContactHeading: "Liên hệ",
  aboutContactPage: "Trang liên hệ",
  aboutNoContact:
    "Chưa có địa chỉ liên hệ: đơn vị công bố chưa được cấu hình, nên trang chưa có thư điện tử, số điện thoại hay trang liên hệ nào.",
  aboutReportHeading: "Báo lỗi hoặc gửi số liệu đã công bố",
  aboutReportVia: "Gửi qua:",
  aboutReportOr: " hoặc ",
  aboutIssues: "mục báo lỗi (issue) của kho mã nguồn",
  aboutNoChannel:
    "Hiện trang chưa có kênh nhận báo lỗi, vì đơn vị công bố và địa chỉ liên hệ chưa được cấu hình. Khi có, kênh đó sẽ được ghi ở đây.",
  aboutReportHow:
    "Khi báo một số liệu sai, hoặc gửi một số liệu đã được công bố mà trang chưa có, xin ghi rõ:",
  aboutReportPage: "trang hoặc chỉ tiêu bạn nói đến (địa chỉ trang, hoặc tên tệp và số dòng);",
  aboutReportFigure: "con số, năm và địa bàn của nó, kèm đơn vị;",
  aboutReportSource: "đường dẫn tới nguồn đã công bố có con số đó, và ngày công bố nếu có;",
  aboutReportExcerpt: "câu chứa con số, chép nguyên văn từ nguồn;",
  aboutReportError: "với một lỗi: giá trị trang đang hiển thị và giá trị bạn cho là đúng.",
  aboutReportPolicy:
    "Trang chỉ dùng số liệu đã công bố, có nguồn kiểm tra được; không dùng số ước đoán. Một đính chính được công bố trong bản dữ liệu sau, giá trị cũ vẫn được giữ trong lịch sử sửa đổi (xem",
  aboutReportPolicyLink: "chính sách đính chính",
  aboutLicenceHeading: "Giấy phép",
  aboutLicence: "Dữ liệu và lời văn do trang này biên soạn được cấp phép",
  aboutLicenceRest:
    ": bạn được dùng lại, kể cả cho mục đích thương mại, khi ghi nguồn. Mỗi số liệu giữ điều khoản của nguồn công bố gốc. Tải dữ liệu và xem cách trích dẫn ở trang",
  aboutCodeHeading: "Mã nguồn",
  aboutCode: "Mã nguồn và lịch sử thay đổi của trang:",
  aboutNoCode: "Địa chỉ kho mã nguồn của trang chưa được công bố (chưa cấu hình).",
  aboutOfficialHeading: "Văn bản chính thức của Chương trình",
  aboutOfficial: (p: ProgramNames) =>
    `${p.title} do ${p.issuer} ban hành ngày ${p.issued}; người ký và nơi nhận ghi ở cuối văn bản. Trang này chép lại`,
  aboutOfficialLink: "toàn văn Chương trình",
  aboutOfficialRest:
    "đúng từng chữ, kể cả lỗi chính tả, nhưng không phải bản chính thức và không có bản có chữ ký.",
  aboutRecipientsBefore: "Phần",
  aboutRecipientsLink: "Nơi nhận",
  aboutRecipients: (issuer: string) =>
    `cuối văn bản liệt kê các cơ quan đã nhận Chương trình. Muốn có bản chính thức, hãy hỏi cơ quan ban hành là ${issuer} (văn phòng của cơ quan này). Trang này chưa có đường dẫn tới bản gốc.`,
  aboutGlossary: "Gặp chữ viết tắt hay từ chuyên môn? Xem",
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
  guidePageTitle: "Chương trình, hướng dẫn đọc bằng tiếng Anh",
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
