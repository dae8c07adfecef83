import { DateTime } from 'luxon';
import { isoDay, isWeekend, ZONE } from './dates.js';
import { lunarAnchors } from './lunar.js';
import { type HolidayKind, holidayName, type Occasion } from './names.js';
import type { Holiday, HolidaySource, YearSchedule } from './schedule.js';

/** First year 24/11 (Ngày Văn hóa Việt Nam) can be a day off: announced in 2026 (see README). */
export const CULTURE_DAY_FROM = 2026;

interface Statutory {
  readonly date: string;
  readonly occasion: Occasion;
}

function day(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: ZONE });
}

function entry(
  date: string,
  occasion: Occasion,
  kind: HolidayKind,
  source: HolidaySource,
): Holiday {
  return { date, occasion, kind, source, name: holidayName(occasion, kind) };
}

/**
 * Điều 111 khoản 3: a holiday on a weekly rest day gives a compensatory day off "vào ngày làm việc
 * kế tiếp". Holidays are taken in date order; each compensatory day is the first day after its
 * holiday that is a weekday and neither a day off already nor another compensatory day (2023:
 * Giỗ Tổ on Sat 29/4 and 30/4 on Sun → Tue 2/5 and Wed 3/5, since Mon 1/5 is a holiday itself).
 */
export function compensatoryDays(
  statutory: readonly Statutory[],
  alreadyOff: ReadonlySet<string>,
): Statutory[] {
  const off = new Set([...alreadyOff, ...statutory.map((s) => s.date)]);
  const out: Statutory[] = [];
  for (const s of [...statutory].sort((a, b) => a.date.localeCompare(b.date))) {
    let d = day(s.date);
    if (!isWeekend(d)) continue;
    do d = d.plus({ days: 1 });
    while (isWeekend(d) || off.has(isoDay(d)));
    off.add(isoDay(d));
    out.push({ date: isoDay(d), occasion: s.occasion });
  }
  return out;
}

/**
 * The second Quốc khánh day (Điều 112 khoản 1 điểm đ: "01 ngày liền kề trước hoặc sau", fixed each
 * year by the Prime Minister). We take the adjacent weekday that joins the weekend: 2/9 on Mon →
 * 3/9; Tue → 1/9; Wed → 1/9; Thu → 3/9; Fri → 1/9; Sat → 1/9 (Fri); Sun → 3/9 (Mon). This is what
 * the schedules of 2023 (Sat → 1/9), 2024 (Mon → 3/9), 2025 (Tue → 1/9) and 2026 (Wed → 1/9) did.
 */
export function nationalDaySecondDay(year: number): string {
  const sept2 = day(`${year}-09-02`);
  const after = [1, 4, 7].includes(sept2.weekday);
  return isoDay(sept2.plus({ days: after ? 1 : -1 }));
}

/**
 * Tết's five days (Điều 112 khoản 1 điểm b, fixed each year by the Prime Minister): five
 * consecutive days from the second-to-last day of the old lunar year (29 tháng Chạp when the month
 * has 30 days, 28 when it has 29) to mùng 3, each one on a weekend made up by Điều 111. Counted
 * this way, the computed break equals the official one in every shipped year: 2023 20–26/01,
 * 2024 08–14/02, 2025 27–31/01 (+ weekends), 2026 16–20/02 (+ weekends).
 */
export function tetDays(year: number): string[] {
  const first = day(lunarAnchors(year).lunarNewYearsEve).minus({ days: 1 });
  return [0, 1, 2, 3, 4].map((i) => isoDay(first.plus({ days: i })));
}

/** The statutory days of Điều 112 khoản 1 for `year` (without compensatory days). */
export function statutoryDays(year: number): Statutory[] {
  const lunar = lunarAnchors(year);
  const days: Statutory[] = [
    { date: `${year}-01-01`, occasion: 'new-year' },
    ...tetDays(year).map((date) => ({ date, occasion: 'tet' as const })),
    { date: lunar.hungKings, occasion: 'hung-kings' },
    { date: `${year}-04-30`, occasion: 'victory' },
    { date: `${year}-05-01`, occasion: 'labour' },
    { date: nationalDaySecondDay(year), occasion: 'national-day' },
    { date: `${year}-09-02`, occasion: 'national-day' },
  ];
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * A year with no official schedule, computed from the Labour Code: the statutory days, Tết and
 * Quốc khánh chosen as above, and Điều 111's compensatory days. No swaps: those are the Prime
 * Minister's choice each year and cannot be computed. Every day is marked `computed`.
 */
export function computeYear(year: number): YearSchedule {
  const statutory = statutoryDays(year);
  const holidays = [
    ...statutory.map((s) => entry(s.date, s.occasion, 'holiday', 'computed')),
    ...compensatoryDays(statutory, new Set()).map((c) =>
      entry(c.date, c.occasion, 'compensatory', 'computed'),
    ),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return { year, source: 'computed', notices: [], holidays, workingWeekendDays: [] };
}

/**
 * Adds 24/11 (Ngày Văn hóa Việt Nam) and, when it falls on a weekend, its compensatory day. The day
 * itself is marked `computed`: no shipped notice lists it yet. Years before
 * {@link CULTURE_DAY_FROM} are returned unchanged.
 */
export function withCultureDay(schedule: YearSchedule): YearSchedule {
  const date = `${schedule.year}-11-24`;
  if (schedule.year < CULTURE_DAY_FROM || schedule.holidays.some((h) => h.date === date)) {
    return schedule;
  }
  const off = new Set(schedule.holidays.map((h) => h.date));
  const added = [
    entry(date, 'culture-day', 'holiday', 'computed'),
    ...compensatoryDays([{ date, occasion: 'culture-day' }], off).map((c) =>
      entry(c.date, c.occasion, 'compensatory', 'computed'),
    ),
  ];
  return {
    ...schedule,
    holidays: [...schedule.holidays, ...added].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
