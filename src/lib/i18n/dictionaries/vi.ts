// The Vietnamese words of the site's interface: one dictionary per language (issue 17), so a
// template never writes a sentence of its own. The English dictionary (en.ts) is typed by this
// one: it must have exactly these keys, with the same parameters.

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
  // Marks on translated text (issue 17); unused in Vietnamese, where nothing is translated.
  vietnameseOnly: "(chỉ có tiếng Việt)",
  unofficialTranslation: "bản dịch không chính thức",
};

/** A dictionary value: a word, or a sentence built from its parameters. */
type Entry = string | ((...args: never[]) => string);

/** The shape every language's dictionary has: vi's keys, with vi's parameters. */
export type Dictionary = {
  readonly [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : (typeof vi)[K];
};

// Compile-time check that every Vietnamese entry is a word or a sentence builder.
vi satisfies Record<string, Entry>;
