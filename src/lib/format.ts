// Numbers and dates in the site's languages: Vietnamese writes "1.234,5" and "02/12/2021",
// English "1,234.5" and "2 Dec 2021". Dates stay ISO strings ("YYYY-MM-DD") in the Dataset and
// are only re-ordered here, so no time zone or build-machine clock can shift them. The English
// month names are written here, not taken from Intl: ICU versions disagree on "Sep" and "Sept",
// and two builds of one commit must give the same bytes.
import type { Lang } from "./i18n/languages.ts";

const LOCALES: Readonly<Record<Lang, string>> = { vi: "vi-VN", en: "en-US" };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Returns `value` with exactly `decimals` decimals in `lang`'s form ("1.234,5" / "1,234.5"). */
export function formatNumberIn(lang: Lang, value: number, decimals = 0): string {
  const key = `${lang} ${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(key, format);
  }
  // "−0" would read as a negative figure: show a plain zero. A true minus sign reads better
  // than a hyphen.
  return format.format(value === 0 ? 0 : value).replace(/^-/, "−");
}

/** Returns `value` written the Vietnamese way ("1.234,5"), with exactly `decimals` decimals. */
export function formatNumber(value: number, decimals = 0): string {
  return formatNumberIn("vi", value, decimals);
}

/** Returns `value` written the English way ("1,234.5"), with exactly `decimals` decimals. */
export function formatEnglishNumber(value: number, decimals = 0): string {
  return formatNumberIn("en", value, decimals);
}

/** Returns an ISO date in `lang`'s form ("02/12/2021" / "2 Dec 2021"); throws on anything else. */
export function formatDateIn(lang: Lang, isoDate: string): string {
  return lang === "en" ? formatEnglishDate(isoDate) : formatDate(isoDate);
}

/** Returns an ISO date ("2021-12-02") as "02/12/2021"; throws on anything else. */
export function formatDate(isoDate: string): string {
  const { year, month, day } = readIsoDate(isoDate);
  return `${day}/${month}/${year}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Returns an ISO date ("2021-12-02") as "2 Dec 2021"; throws on anything else. */
export function formatEnglishDate(isoDate: string): string {
  const { year, month, day } = readIsoDate(isoDate);
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

// The parts of "YYYY-MM-DD" as written (zero-padded), the month 01 to 12.
function readIsoDate(isoDate: string): { year: string; month: string; day: string } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`date: expected YYYY-MM-DD, got "${isoDate}"`);
  const [, year = "", month = "", day = ""] = match;
  return { year, month, day };
}

/** Returns `text` with its first letter in upper case, the Vietnamese way ("tỉnh X" → "Tỉnh X"). */
export function capitalise(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return `${letter.toLocaleUpperCase("vi")}${text.slice(letter.length)}`;
}
