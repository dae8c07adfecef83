import { DateTime } from 'luxon';

/** Every calendar computation happens in Vietnam's time zone (UTC+7, no daylight saving). */
import { ZONE } from '../core/zone.js';

export { ZONE };

/** A calendar day given as `YYYY-MM-DD` or as a luxon `DateTime` (read as its day in {@link ZONE}). */
export type DateLike = string | DateTime;

/** An instant given as a luxon `DateTime` or an ISO 8601 string (no offset → read in {@link ZONE}). */
export type InstantLike = string | DateTime;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The start (00:00) of a calendar day in {@link ZONE}. A `DateTime` is first moved to the zone, so
 * `2024-11-30T20:00:00Z` is the day 2024-12-01. Throws a `RangeError` (bilingual) for a bad date.
 */
export function toDay(date: DateLike): DateTime {
  if (typeof date === 'string') {
    const day = ISO_DAY.test(date) ? DateTime.fromISO(date, { zone: ZONE }) : undefined;
    if (!day?.isValid) {
      throw new RangeError(
        `Ngày phải viết dạng YYYY-MM-DD và có thật / Expected a real date written YYYY-MM-DD: "${date}"`,
      );
    }
    return day;
  }
  if (!DateTime.isDateTime(date) || !date.isValid) {
    throw new RangeError('DateTime không hợp lệ / Invalid DateTime');
  }
  return date.setZone(ZONE).startOf('day');
}

/** An instant as a `DateTime` in {@link ZONE}. Throws a `RangeError` (bilingual) when invalid. */
export function toInstant(instant: InstantLike): DateTime {
  const dt =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { zone: ZONE, setZone: false })
      : DateTime.isDateTime(instant)
        ? instant
        : undefined;
  if (!dt?.isValid) {
    throw new RangeError(`Thời điểm không hợp lệ / Invalid instant: "${String(instant)}"`);
  }
  return dt.setZone(ZONE);
}

/** `YYYY-MM-DD` of a day in {@link ZONE}. */
export function isoDay(day: DateTime): string {
  return day.setZone(ZONE).toFormat('yyyy-MM-dd');
}

/** The same kind of value as `like`: a `YYYY-MM-DD` string for a string, else the `DateTime` day. */
export function sameKind<T extends DateLike>(like: T, day: DateTime): T {
  return (typeof like === 'string' ? isoDay(day) : day) as T;
}

const DAY_MS = 86_400_000;

/**
 * A calendar day as a whole number: days since 1970-01-01 (the day's own date, not an instant).
 * Loops over days use it: it is exact and far cheaper than luxon arithmetic.
 */
export function epochDay(day: DateTime): number {
  return Date.UTC(day.year, day.month - 1, day.day) / DAY_MS;
}

/** `YYYY-MM-DD` of an {@link epochDay}. */
export function epochDayIso(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The Gregorian year of an {@link epochDay}. */
export function epochDayYear(n: number): number {
  return new Date(n * DAY_MS).getUTCFullYear();
}

/** 00:00 in {@link ZONE} of an {@link epochDay}. */
export function epochDayStart(n: number): DateTime {
  const d = new Date(n * DAY_MS);
  return DateTime.fromObject(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
    { zone: ZONE },
  );
}

/** Saturday or Sunday of an {@link epochDay} (1970-01-01 was a Thursday). */
export function isWeekendEpochDay(n: number): boolean {
  const weekday = (((n + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday
  return weekday >= 5;
}

/** Saturday or Sunday: the weekly rest days of state and party bodies (QĐ 188/1999/QĐ-TTg Điều 1). */
export function isWeekend(day: DateTime): boolean {
  return day.weekday >= 6;
}
