// Vietnamese formatting of numbers and dates. Dates stay ISO strings ("YYYY-MM-DD") in the
// Dataset and are only re-ordered here, so no time zone or build-machine clock can shift them.

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Returns `value` written the Vietnamese way ("1.234,5"), with exactly `decimals` decimals. */
export function formatNumber(value: number, decimals = 0): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("vi-VN", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(decimals, format);
  }
  // "−0" would read as a negative figure; show a plain zero.
  return format.format(value === 0 ? 0 : value).replace(/^-/, "−");
}

/** Returns an ISO date ("2021-12-02") as "02/12/2021"; throws on anything else. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`formatDate: expected YYYY-MM-DD, got "${isoDate}"`);
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

/** Returns `text` with its first letter in upper case, the Vietnamese way ("tỉnh X" → "Tỉnh X"). */
export function capitalise(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return `${letter.toLocaleUpperCase("vi")}${text.slice(letter.length)}`;
}
