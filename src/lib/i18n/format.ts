// Numbers and dates in the reader's language. Vietnamese stays src/lib/format.ts ("1.234,5",
// "02/12/2021"); English writes "1,234.5" and "2 Dec 2021". The English month names are written
// here, not taken from Intl: ICU versions disagree on "Sep" and "Sept", and two builds of one
// commit must give the same bytes.
import { formatDate, formatNumber } from "../format.ts";
import type { Lang } from "./languages.ts";

const englishFormats = new Map<number, Intl.NumberFormat>();

/** Returns `value` written the English way ("1,234.5"), with exactly `decimals` decimals. */
export function formatEnglishNumber(value: number, decimals = 0): string {
  let format = englishFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    englishFormats.set(decimals, format);
  }
  // "−0" would read as a negative figure; a true minus sign reads better than a hyphen.
  return format.format(value === 0 ? 0 : value).replace(/^-/, "−");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Returns an ISO date ("2021-12-02") as "2 Dec 2021"; throws on anything else. */
export function formatEnglishDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined)
    throw new Error(`formatEnglishDate: expected YYYY-MM-DD, got "${isoDate}"`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Returns `value` with `decimals` decimals in `lang`'s form ("1.234,5" / "1,234.5"). */
export function formatNumberIn(lang: Lang, value: number, decimals = 0): string {
  return lang === "en" ? formatEnglishNumber(value, decimals) : formatNumber(value, decimals);
}

/** Returns an ISO date in `lang`'s form ("02/12/2021" / "2 Dec 2021"). */
export function formatDateIn(lang: Lang, isoDate: string): string {
  return lang === "en" ? formatEnglishDate(isoDate) : formatDate(isoDate);
}
