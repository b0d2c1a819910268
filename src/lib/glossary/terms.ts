// The glossary (/thuat-ngu/, /en/glossary/): every abbreviation and term of art the site uses,
// in plain Vietnamese and in plain English, each with an anchor pages link to (glossaryPath in
// ../views/links.ts), the same in both languages. The text is content: it lives here, in one
// place, and the page only renders it. It explains words; it states no figure (figures come only
// from data/). The English entries translate the Vietnamese ones sentence by sentence.
import type { Lang } from "../i18n/languages.ts";

/** Anchor of a glossary entry (also its id in this list). */
export type GlossaryId =
  | "dtts"
  | "vung-dtts-mien-nui"
  | "xa-khu-vuc"
  | "xa-dbkk"
  | "ntm"
  | "chuan-ngheo-da-chieu"
  | "chuan-ngheo-2016-2020"
  | "ubnd"
  | "muc-tieu-chi-tieu"
  | "cach-tinh"
  | "dia-ban"
  | "ban-du-lieu"
  | "so-trang-tu-tinh"
  | "so-lieu-lien-quan"
  | "do-tin-cay-nguon"
  | "trang-thai"
  | "chu-tri-phoi-hop";

/** One entry: the term as a heading, its abbreviation if any, and its explanation. */
export interface GlossaryTerm {
  readonly id: GlossaryId;
  /** The term as the site writes it ("Xã đặc biệt khó khăn"). */
  readonly term: string;
  /** Its abbreviation, if the site uses one ("ĐBKK"). */
  readonly abbr?: string;
  /** Paragraphs of plain explanation. */
  readonly text: readonly string[];
}

/** An entry as a page shows it in `lang`. */
export interface GlossaryEntry extends GlossaryTerm {
  /** Outside Vietnamese: the Vietnamese term (and abbreviation) that sources write. */
  readonly original?: string;
}

/** The program's names a few entries mention (ProgramNames from program.csv). */
interface GlossaryNames {
  /** "tỉnh …", inside a sentence. */
  readonly area: string;
  /** "Tỉnh …", at the start of one. */
  readonly areaCapitalised: string;
  /** The program's short name. */
  readonly shortName: string;
  /** The issuing body. */
  readonly issuer: string;
}

// The glossary, in reading order: people and places first, then the site's own words. The few
// words that name the program or its province are placeholders filled from program.csv
// (writeGlossary), so no file under src/ names a program.
const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: "dtts",
    term: "Dân tộc thiểu số",
    abbr: "DTTS",
    text: [
      "Các dân tộc có số dân ít hơn dân tộc Kinh, dân tộc đông người nhất ở Việt Nam. {AREA_CAPITALISED} có nhiều dân tộc thiểu số cùng sinh sống.",
      "“Người DTTS” và “đồng bào DTTS” trên trang này đều chỉ người thuộc các dân tộc đó.",
    ],
  },
  {
    id: "vung-dtts-mien-nui",
    term: "Vùng đồng bào dân tộc thiểu số và miền núi (vùng DTTS và miền núi)",
    text: [
      "Các xã được Nhà nước xác định là thuộc vùng đồng bào dân tộc thiểu số và miền núi, theo tiêu chí của Thủ tướng Chính phủ cho từng giai đoạn.",
      "Vùng này không phải là toàn tỉnh: một số liệu “của vùng” chỉ tính các xã trong danh sách, nên không so sánh được với số liệu “toàn tỉnh”.",
    ],
  },
  {
    id: "xa-khu-vuc",
    term: "Xã khu vực I, II, III",
    text: [
      "Các xã trong vùng DTTS và miền núi được chia làm ba nhóm theo mức độ phát triển: khu vực I là xã bước đầu phát triển, khu vực II là xã còn khó khăn, khu vực III là xã đặc biệt khó khăn.",
      "Danh sách được phê duyệt cho từng giai đoạn. Danh sách của hai giai đoạn khác nhau là hai cách tính khác nhau.",
    ],
  },
  {
    id: "xa-dbkk",
    term: "Xã đặc biệt khó khăn",
    abbr: "ĐBKK",
    text: [
      "Xã có điều kiện kinh tế – xã hội khó khăn nhất, được Nhà nước ưu tiên đầu tư và hỗ trợ. Theo phân định hiện hành, xã đặc biệt khó khăn là xã khu vực III.",
      "Chương trình đặt mục tiêu giảm một nửa số xã đặc biệt khó khăn đến năm 2025 và không còn xã đặc biệt khó khăn vào năm 2030.",
    ],
  },
  {
    id: "ntm",
    term: "Nông thôn mới",
    abbr: "NTM",
    text: [
      "Xã đạt chuẩn nông thôn mới là xã đạt đủ các tiêu chí của Bộ tiêu chí quốc gia về xã nông thôn mới (về đường sá, điện, trường học, thu nhập, hộ nghèo, môi trường…). Bộ tiêu chí do Thủ tướng Chính phủ ban hành và thay đổi theo từng giai đoạn.",
    ],
  },
  {
    id: "chuan-ngheo-da-chieu",
    term: "Chuẩn nghèo đa chiều giai đoạn 2022–2025",
    text: [
      "Cách xác định hộ nghèo theo Nghị định số 07/2021/NĐ-CP: xét cả thu nhập của hộ và việc hộ có thiếu các dịch vụ xã hội cơ bản hay không (việc làm, y tế, giáo dục, nhà ở, nước sinh hoạt và vệ sinh, thông tin). Chương trình gọi đây là “tiêu chí mới”.",
    ],
  },
  {
    id: "chuan-ngheo-2016-2020",
    term: "Chuẩn nghèo giai đoạn 2016–2020 (chuẩn cũ)",
    text: [
      "Chuẩn nghèo tiếp cận đa chiều theo Quyết định số 59/2015/QĐ-TTg. Chuẩn này khác chuẩn 2022–2025 về mức thu nhập và các dịch vụ được xét.",
      "Vì vậy tỷ lệ hộ nghèo theo hai chuẩn là hai cách tính khác nhau: trang không nối chúng thành một đường và không dùng số theo chuẩn cũ để đánh giá mục tiêu đặt theo chuẩn mới.",
    ],
  },
  {
    id: "ubnd",
    term: "Ủy ban nhân dân",
    abbr: "UBND",
    text: [
      "Cơ quan hành chính của một cấp chính quyền (tỉnh, xã; trước ngày 01/07/2025 còn có cấp huyện). {PROGRAM} do {ISSUER} ban hành.",
    ],
  },
  {
    id: "muc-tieu-chi-tieu",
    term: "Mục tiêu, chỉ tiêu, định hướng",
    text: [
      "Phụ lục của Chương trình chia việc cần làm thành các mục tiêu (Mục tiêu 1, Mục tiêu 2…). Mỗi mục tiêu có một hay nhiều chỉ tiêu, là những điều đo hoặc kiểm chứng được.",
      "“Chỉ tiêu đến 2025” là mức Chương trình đặt cho năm 2025, năm cuối của giai đoạn; “định hướng 2030” là mức đặt cho năm 2030. Chỉ tiêu định tính là chỉ tiêu không có con số: trang ghi nguyên lời hứa của Chương trình.",
    ],
  },
  {
    id: "cach-tinh",
    term: "Cách tính (chuỗi số liệu)",
    text: [
      "Một nhóm số liệu của cùng một chỉ tiêu được tính theo cùng một định nghĩa hay cùng một chuẩn, ví dụ cùng một chuẩn nghèo. Chỉ các số liệu cùng cách tính mới được nối thành một đường trên biểu đồ và so với mục tiêu.",
      "“Theo định nghĩa của Chương trình” nghĩa là số liệu đo đúng điều Chương trình nêu. Trong tệp dữ liệu, cách tính là cột series_id.",
    ],
  },
  {
    id: "dia-ban",
    term: "Địa bàn (phạm vi)",
    text: [
      "Vùng đất mà một số liệu nói đến: cả tỉnh trước hay sau một lần thay đổi địa giới (hợp nhất tỉnh), hay chỉ các xã vùng DTTS và miền núi. Trang phương pháp liệt kê các địa bàn của trang.",
      "Số liệu của hai địa bàn khác nhau không so sánh với nhau. Trong tệp dữ liệu, địa bàn là cột scope_id.",
    ],
  },
  {
    id: "ban-du-lieu",
    term: "Bản dữ liệu (bản phát hành)",
    text: [
      "Mỗi lần trang cập nhật dữ liệu là một bản dữ liệu, có số hiệu (như 1.0.0) và ngày cập nhật. Số liệu cũ không bị xóa: số được sửa có một dòng mới trong bản sau, và lịch sử sửa đổi vẫn xem được.",
      "Mỗi bản có trang riêng và tệp tải về riêng, giữ nguyên mãi, để người trích dẫn luôn tìm lại được đúng số liệu đã dùng.",
    ],
  },
  {
    id: "so-trang-tu-tinh",
    term: "Số do trang này tự tính",
    text: [
      "Con số không có sẵn trong nguồn mà trang tính ra từ số liệu đã công bố, theo cách ghi trên trang Phương pháp: ví dụ mức cần đạt khi mục tiêu là “tăng trên 2 lần so với năm 2020”, hay tiến độ so với lộ trình.",
      "Những số này có ghi “(trang tự tính)” bên cạnh. Chúng không phải số liệu của cơ quan nhà nước.",
    ],
  },
  {
    id: "so-lieu-lien-quan",
    term: "Số liệu liên quan",
    text: [
      "Số liệu đã công bố có liên quan đến một chỉ tiêu nhưng đo một điều khác: một địa bàn, một nhóm người hay một định nghĩa khác. Ví dụ: tỷ lệ hộ nghèo chung của mọi hộ ở các xã vùng DTTS và miền núi, trong khi chỉ tiêu là tỷ lệ hộ nghèo của riêng hộ DTTS.",
      "Trang ghi số liệu liên quan riêng, với đơn vị của chính nó, và không dùng nó để đánh giá chỉ tiêu.",
    ],
  },
  {
    id: "do-tin-cay-nguon",
    term: "Độ tin cậy của nguồn",
    text: [
      "Mỗi nguồn được xếp một trong ba mức: nguồn chính thức (văn bản hay cổng thông tin của cơ quan nhà nước {AREA}, của bộ, ngành), báo chí, và nguồn thứ cấp (trang tổng hợp, bản dịch máy, cổng thông tin của tỉnh khác, trích luận văn), kèm lý do.",
      "Một kết quả chỉ dựa trên nguồn thứ cấp được ghi rõ là tạm tính theo một nguồn thứ cấp.",
    ],
  },
  {
    id: "trang-thai",
    term: "Trạng thái của chỉ tiêu",
    text: [
      "Lời tóm tắt chỉ tiêu đang ở đâu so với mục tiêu, do trang tính từ số liệu đã công bố theo cách ghi trên trang Phương pháp. Thiếu số liệu không có nghĩa là không đạt. Các trạng thái:",
    ],
  },
  {
    id: "chu-tri-phoi-hop",
    term: "Cơ quan chủ trì, cơ quan phối hợp",
    text: [
      "Phụ lục của Chương trình giao mỗi mục tiêu cho một cơ quan chủ trì (chịu trách nhiệm chính) và các cơ quan phối hợp.",
      "Sau đợt sắp xếp bộ máy năm 2025, một số cơ quan không còn hoặc đã đổi. Khi một nguồn đã trích dẫn ghi ngày cơ quan chấm dứt hoạt động, trang ghi vai trò kèm ngày đó, ví dụ “chủ trì (đến 30/06/2025)”, và ghi cơ quan kế nhiệm khi có nguồn xác nhận.",
    ],
  },
];

// The glossary in English, entry by entry (the same ids; reading order is GLOSSARY's). English
// writes no abbreviation of its own: the Vietnamese term and abbreviation are shown beside it.
const ENGLISH: Readonly<Record<GlossaryId, Omit<GlossaryTerm, "id" | "abbr">>> = {
  dtts: {
    term: "Ethnic minorities",
    text: [
      "The ethnic groups with fewer people than the Kinh, the largest ethnic group in Vietnam. {AREA_CAPITALISED} is home to many ethnic minorities.",
      "“Ethnic minority people” and “ethnic minority communities” on this site both mean the people of those groups.",
    ],
  },
  "vung-dtts-mien-nui": {
    term: "Ethnic minority and mountainous area",
    text: [
      "The communes the State has classified as belonging to the ethnic minority and mountainous area, by the Prime Minister's criteria for each period.",
      "The area is not the whole province: a figure “for the area” counts only the communes on the list, so it cannot be compared with a figure “for the whole province”.",
    ],
  },
  "xa-khu-vuc": {
    term: "Region I, II and III communes",
    text: [
      "The communes of the ethnic minority and mountainous area are divided into three groups by level of development: Region I communes are at an early stage of development, Region II communes still face difficulties, and Region III communes are especially disadvantaged.",
      "The list is approved for each period. The lists of two different periods are two different methods.",
    ],
  },
  "xa-dbkk": {
    term: "Especially disadvantaged communes",
    text: [
      "The communes with the hardest economic and social conditions, to which the State gives priority in investment and support. Under the current classification, an especially disadvantaged commune is a Region III commune.",
      "The program aims to halve the number of especially disadvantaged communes by 2025 and to have none left by 2030.",
    ],
  },
  ntm: {
    term: "New rural standard",
    text: [
      "A commune meets the new rural standard when it meets every criterion of the national set of criteria for new rural communes (roads, electricity, schools, income, poor households, environment…). The Prime Minister issues the set of criteria, and it changes from one period to the next.",
    ],
  },
  "chuan-ngheo-da-chieu": {
    term: "Multidimensional poverty standard 2022–2025",
    text: [
      "How poor households are identified under Decree No. 07/2021/NĐ-CP: it looks both at a household's income and at whether it lacks basic social services (employment, health care, education, housing, domestic water and sanitation, information). The program calls this the “new criteria”.",
    ],
  },
  "chuan-ngheo-2016-2020": {
    term: "Poverty standard 2016–2020 (the old standard)",
    text: [
      "The multidimensional poverty standard under Decision No. 59/2015/QĐ-TTg. It differs from the 2022–2025 standard in its income levels and in the services it considers.",
      "The poverty rates under the two standards are therefore two different methods: the site does not join them into one line, and does not use a figure under the old standard to judge a target set under the new one.",
    ],
  },
  ubnd: {
    term: "People's Committee",
    text: [
      "The administrative body of a level of government (the province, the commune; before 1 July 2025 also the district). {PROGRAM} was issued by {ISSUER}.",
    ],
  },
  "muc-tieu-chi-tieu": {
    term: "Target, indicator, orientation",
    text: [
      "The program's appendix divides the work to be done into targets (Target 1, Target 2…). Each target has one or more indicators: things that can be measured or checked.",
      "The “goal for 2025” is the level the program sets for 2025, the last year of its period; the “orientation for 2030” is the level it sets for 2030. A qualitative indicator has no figure: the site quotes the program's promise as written.",
    ],
  },
  "cach-tinh": {
    term: "Method (series)",
    text: [
      "A group of figures of one indicator computed under the same definition or the same standard, for example the same poverty standard. Only figures of the same method are joined into one line on a chart and compared with the goal.",
      "“As the program defines it” means the figure measures exactly what the program states. In the data files, the method is the series_id column.",
    ],
  },
  "dia-ban": {
    term: "Area (scope)",
    text: [
      "The territory a figure refers to: the whole province before or after a change of boundaries (the merger of provinces), or only the communes of the ethnic minority and mountainous area. The methodology page lists the site's areas.",
      "Figures of two different areas are not compared with each other. In the data files, the area is the scope_id column.",
    ],
  },
  "ban-du-lieu": {
    term: "Data release",
    text: [
      "Each update of the site's data is a data release, with a number (such as 1.0.0) and a date. Old figures are never deleted: a corrected figure gets a new row in the later release, and the revision history can still be read.",
      "Each release has its own page and its own download files, kept unchanged for ever, so that whoever cites a figure can always find the exact data they used.",
    ],
  },
  "so-trang-tu-tinh": {
    term: "Number computed by this site",
    text: [
      "A number the source does not give, which the site computes from published figures in the way set out on the Methodology page: for example the level to reach when the goal is “more than double the 2020 level”, or the progress against the path.",
      "These numbers are marked “(computed by this site)”. They are not figures of a State body.",
    ],
  },
  "so-lieu-lien-quan": {
    term: "Related figure",
    text: [
      "A published figure that is related to an indicator but measures something else: another area, another group of people or another definition. For example: the poverty rate of all households in the communes of the ethnic minority and mountainous area, while the indicator is the poverty rate of ethnic minority households only.",
      "The site lists related figures apart, each with its own unit, and never uses them to judge the indicator.",
    ],
  },
  "do-tin-cay-nguon": {
    term: "Source strength",
    text: [
      "Each source is graded at one of three levels, with the reason: official source (a document or portal of a State body of {AREA}, or of a ministry or sector), press, and secondary source (an aggregator, a machine translation, another province's portal, an excerpt from a thesis).",
      "A result that rests only on a secondary source is marked as provisional, resting on one secondary source.",
    ],
  },
  "trang-thai": {
    term: "Status of an indicator",
    text: [
      "A short answer to where an indicator stands against its goal, computed by the site from published figures in the way set out on the Methodology page. Missing figures do not mean the goal was missed. The statuses:",
    ],
  },
  "chu-tri-phoi-hop": {
    term: "Lead and coordinating agencies",
    text: [
      "The program's appendix assigns each target to a lead agency (mainly responsible) and to coordinating agencies.",
      "After the restructuring of the State apparatus in 2025, some agencies no longer exist or have changed. When a cited source gives the date an agency ceased to operate, the site gives its role with that date, for example “lead (until 30 Jun 2025)”, and names its successor when a source confirms one.",
    ],
  },
};

// Every language but Vietnamese, whose words are GLOSSARY's own.
const TRANSLATIONS: Readonly<
  Record<Exclude<Lang, "vi">, Readonly<Record<GlossaryId, Omit<GlossaryTerm, "id" | "abbr">>>>
> = { en: ENGLISH };

/** Returns the glossary in `lang`, with the program's names in place of its placeholders. */
export function writeGlossary(names: GlossaryNames, lang: Lang = "vi"): GlossaryEntry[] {
  const fill = (text: string): string =>
    text
      .replaceAll("{AREA_CAPITALISED}", names.areaCapitalised)
      .replaceAll("{AREA}", names.area)
      .replaceAll("{PROGRAM}", names.shortName)
      .replaceAll("{ISSUER}", names.issuer);
  return GLOSSARY.map((entry) => {
    if (lang === "vi") return { ...entry, text: entry.text.map(fill) };
    const twin = TRANSLATIONS[lang][entry.id];
    return {
      id: entry.id,
      term: twin.term,
      text: twin.text.map(fill),
      original: entry.abbr ? `${entry.term} (${entry.abbr})` : entry.term,
    };
  });
}

/** Returns the glossary entry whose abbreviation is `abbr` ("DTTS"), or undefined. */
export function findTermByAbbr(abbr: string): GlossaryTerm | undefined {
  return GLOSSARY.find((term) => term.abbr === abbr);
}
