import { type CalendarChoice, pickCalendar } from './calendar.js';
import { type DateLike, epochDay, epochDayStart, sameKind, toDay } from './dates.js';
import type { Holiday, WorkingWeekendDay, YearSchedule } from './schedule.js';

function checkYear(year: number): void {
  if (!Number.isInteger(year)) throw new RangeError(`Năm không hợp lệ / Invalid year: ${year}`);
}

/**
 * The days off of a year (Bộ luật Lao động 2019 Điều 111–112): statutory days, compensatory days
 * and days off by swap, sorted by date, each marked `official` or `computed`. Weekends inside a
 * break are not listed (they are weekly rest days anyway). `options.cultureDay` adds 24/11.
 */
export function holidays(year: number, options?: CalendarChoice): Holiday[] {
  checkYear(year);
  return [...pickCalendar(options).schedule(year).holidays];
}

/** The weekend days made working days by a swap in `year` (none in a computed year). */
export function workingWeekendDays(year: number, options?: CalendarChoice): WorkingWeekendDay[] {
  checkYear(year);
  return [...pickCalendar(options).schedule(year).workingWeekendDays];
}

/** A year's full schedule: source, notices, days off and weekend days worked. */
export function yearSchedule(year: number, options?: CalendarChoice): YearSchedule {
  checkYear(year);
  return pickCalendar(options).schedule(year);
}

/**
 * A working day of state and party bodies: Monday–Friday, minus days off, plus the weekend days
 * swapped into working days. A `DateTime` is read as its calendar day in Asia/Ho_Chi_Minh.
 */
export function isWorkingDay(date: DateLike, options?: CalendarChoice): boolean {
  return pickCalendar(options).isWorkingDay(date);
}

/**
 * The `n`-th working day after `date` (Bộ luật Dân sự 2015 Điều 147: the day of the event is not
 * counted, counting starts the next day). `n = 0` gives `date` itself; a negative `n` counts
 * backwards (`-1` is the last working day before `date`). Returns the kind it was given: a
 * `YYYY-MM-DD` string for a string, a `DateTime` at 00:00 Asia/Ho_Chi_Minh for a `DateTime`.
 */
export function addWorkingDays<T extends DateLike>(
  date: T,
  n: number,
  options?: CalendarChoice,
): T {
  if (!Number.isInteger(n))
    throw new RangeError(`n phải là số nguyên / n must be an integer: ${n}`);
  const calendar = pickCalendar(options);
  const step = n < 0 ? -1 : 1;
  let day = epochDay(toDay(date));
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (calendar.isWorkingEpochDay(day)) left -= 1;
  }
  return sameKind(date, epochDayStart(day));
}

/**
 * Working days from `a` to `b`, counted from the day after `a` (Điều 147) up to and including
 * `b`. Negative when `b` is before `a` (then the days from `b` up to the day before `a` count), so
 * that `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every whole `n`.
 */
export function workingDaysBetween(a: DateLike, b: DateLike, options?: CalendarChoice): number {
  const calendar = pickCalendar(options);
  const from = epochDay(toDay(a));
  const to = epochDay(toDay(b));
  const forward = to >= from;
  const [first, last] = forward ? [from + 1, to] : [to, from - 1];
  let count = 0;
  for (let day = first; day <= last; day += 1) if (calendar.isWorkingEpochDay(day)) count += 1;
  return forward ? count : -count;
}

/** Working days in each month of `year`, January first (12 numbers). */
export function workingDaysPerMonth(year: number, options?: CalendarChoice): number[] {
  checkYear(year);
  const calendar = pickCalendar(options);
  const counts: number[] = [];
  const firstOf = (y: number, m: number) =>
    epochDay(toDay(`${y}-${String(m).padStart(2, '0')}-01`));
  for (let month = 1; month <= 12; month += 1) {
    const end = month === 12 ? firstOf(year + 1, 1) : firstOf(year, month + 1);
    let count = 0;
    for (let day = firstOf(year, month); day < end; day += 1) {
      if (calendar.isWorkingEpochDay(day)) count += 1;
    }
    counts.push(count);
  }
  return counts;
}
