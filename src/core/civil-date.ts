/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, in plain integers. A calendar day has no time
 * zone, so these agree with luxon in any zone (a property test checks it against luxon); they exist
 * because the rules run them on every classification, where luxon's zone lookups dominated the
 * cost (see bench/README.md). Anything with an instant or a time zone uses luxon.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `[year, month, day]` of a well-formed and real date, or undefined. */
export function parseCivilDate(iso: string): [number, number, number] | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return [y, mo, d];
}

/** Whether `iso` is a real calendar date written `YYYY-MM-DD` (2025-02-30 is not). */
export function isRealDate(iso: string): boolean {
  return parseCivilDate(iso) !== undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * `iso` plus `months` calendar months; a day past the end of the target month is clamped to its
 * last day (31 August + 6 months = 28 or 29 February), as luxon's `plus({ months })` does.
 */
export function addMonths(iso: string, months: number): string {
  const parts = parseCivilDate(iso);
  if (!parts) throw new RangeError(`Not a date: ${iso}`);
  const [y, m, d] = parts;
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
