// Which program the site tracks, and where: the one place in code that names it, so titles,
// source lines and pictures cannot disagree. DESIGN.md §7a moves this into the data package
// later; until then every text that names the program or the province builds on these.

/** The program's number and symbol, as issued. */
export const PROGRAM_CODE = "02/CTr-UBND";

/** The day the program was issued, dd/mm/yyyy. */
export const PROGRAM_ISSUED = "02/12/2021";

/** The province, without "tỉnh". */
export const PROVINCE = "Thái Nguyên";

/** "Chương trình 02/CTr-UBND": the program's short name. */
export const PROGRAM_SHORT_NAME = `Chương trình ${PROGRAM_CODE}`;

/** "tỉnh Thái Nguyên", as a title or caption names the place. */
export const PROVINCE_NAME = `tỉnh ${PROVINCE}`;
