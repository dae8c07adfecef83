import { readFileSync } from 'node:fs';
import { CalendarChinese, CalendarVietnamese } from 'date-chinese';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  computeLunarRows,
  crossCheck,
  renderLunarTable,
  TABLE_PATH,
} from '../../scripts/generate-lunar-table.js';
import { LUNAR_RANGE, lunarAnchors } from '../../src/calendar/index.js';
import { LUNAR_TABLE } from '../../src/calendar/lunar-table.js';

// The shipped lunar table (src/calendar/lunar-table.ts) against its sources, date-chinese and
// date-holidays (dev dependencies). `npm run test:tz` runs this under TZ=UTC and
// TZ=America/Los_Angeles too, so the regenerated text is also shown not to depend on the zone.

const rows = computeLunarRows();
const off = crossCheck(rows);

/** The lunar date [cycle, year, month, leap, day] that `calendar` reads for an ISO day. */
function read(calendar: CalendarChinese, iso: string): [number, number, number, boolean, number] {
  const d = DateTime.fromISO(iso);
  return calendar.fromGregorian(d.year, d.month, d.day).get();
}

describe('the committed lunar table', () => {
  it('is byte for byte what scripts/generate-lunar-table.ts generates now', () => {
    const committed = readFileSync(TABLE_PATH, 'utf8');
    expect(renderLunarTable(rows, off) === committed).toBe(true);
  }, 120_000);

  it('has one row per year of LUNAR_RANGE, each in its own year, eve the day before Tết', () => {
    expect(LUNAR_TABLE).toHaveLength(LUNAR_RANGE.to - LUNAR_RANGE.from + 1);
    LUNAR_TABLE.forEach(([tet, eve, hung], i) => {
      const year = String(LUNAR_RANGE.from + i);
      for (const date of [tet, eve, hung]) expect(date.slice(0, 4)).toBe(year);
      expect(DateTime.fromISO(tet).minus({ days: 1 }).toISODate()).toBe(eve);
      // Mùng 1 Tết falls 21/01–20/02; Giỗ Tổ (10/3 âm lịch) two lunar months of 29–30 days and
      // 9 days later, or three months when tháng 1 or tháng 2 has a leap month after it.
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      const days = DateTime.fromISO(hung).diff(DateTime.fromISO(tet), 'days').days;
      expect((days >= 67 && days <= 69) || (days >= 96 && days <= 99), `${year}: ${days}`).toBe(
        true,
      );
    });
  });

  it('reads back as 1/1, 29 or 30/12 and 10/3 on the Vietnamese calendar', () => {
    const calendar = new CalendarVietnamese();
    LUNAR_TABLE.forEach(([tet, eve, hung], i) => {
      const year = LUNAR_RANGE.from + i;
      expect(read(calendar, tet).slice(2), `${year} Tết`).toEqual([1, false, 1]);
      expect(read(calendar, hung).slice(2), `${year} Giỗ Tổ`).toEqual([3, false, 10]);
      // The previous year may end in a leap tháng Chạp (2053: 17/02 is 29 tháng Chạp nhuận).
      const [, , month, , day] = read(calendar, eve);
      expect(month === 12 && (day === 29 || day === 30), `${year} giao thừa`).toBe(true);
    });
  });

  it('agrees with date-holidays on every Tết; on Giỗ Tổ date-holidays is one day early or equal', () => {
    // The runtime read date-holidays before the table: these are the days that changed.
    expect(off.filter((d) => d.anchor === 'tet')).toEqual([]);
    expect(off.map((d) => d.year)).toEqual([2050, 2083, 2105, 2109, 2110, 2155, 2157, 2192, 2196]);
    for (const d of off) {
      expect(DateTime.fromISO(d.table).minus({ days: 1 }).toISODate()).toBe(d.dateHolidays);
    }
  });

  it('answers from the table at both ends of the range and refuses outside it', () => {
    expect(lunarAnchors(LUNAR_RANGE.from).lunarNewYear).toBe('1950-02-17');
    expect(lunarAnchors(LUNAR_RANGE.to)).toEqual({
      lunarNewYear: '2199-01-26',
      lunarNewYearsEve: '2199-01-25',
      hungKings: '2199-04-05',
    });
    expect(lunarAnchors(2050).hungKings).toBe('2050-04-01'); // new moon 23/03/2050 07:40 UTC+7
    for (const year of [LUNAR_RANGE.from - 1, LUNAR_RANGE.to + 1, 2025.5, Number.NaN]) {
      expect(() => lunarAnchors(year)).toThrow(RangeError);
    }
  });
});

// Years where the Vietnamese calendar (computed for the UTC+7 meridian) and the Chinese one
// (UTC+8) disagree: a new moon between 16:00 and 17:00 UTC falls on one day in Hà Nội and on the
// next in Beijing, which can also move the leap month (1985: a whole month apart).
//
// How the dates were verified: before writing them here, every year of 1950–2199 was computed
// four ways — date-holidays 3.37.0's rules `vietnamese 1-0-1` / `vietnamese 3-0-10` (zone
// Asia/Ho_Chi_Minh) and `chinese 01-0-01` / `chinese 03-0-10` (zone Asia/Shanghai), and
// date-chinese 2.1.4's CalendarVietnamese / CalendarChinese directly. The years below are those
// where all four agree that Vietnam and China differ (Tết: every such year up to 2100; Giỗ Tổ:
// up to 2100 except 2095, where date-holidays' Chinese rule is itself a day early). They include
// the examples of issue 12 (1985, 2007, 2030) and the well-known Tết Mậu Thân of 1968 (29/01 in
// the North, which had moved to UTC+7; 30/01 on the UTC+8 calendar). Each assertion below
// recomputes both columns with both packages, so a year that stopped differing would fail.
const TET_DIFFERS = [
  { year: 1968, vn: '1968-01-29', cn: '1968-01-30' },
  { year: 1969, vn: '1969-02-16', cn: '1969-02-17' },
  { year: 1985, vn: '1985-01-21', cn: '1985-02-20' },
  { year: 2007, vn: '2007-02-17', cn: '2007-02-18' },
  { year: 2030, vn: '2030-02-02', cn: '2030-02-03' },
  { year: 2053, vn: '2053-02-18', cn: '2053-02-19' },
] as const;

const HUNG_KINGS_DIFFERS = [
  { year: 1975, vn: '1975-04-20', cn: '1975-04-21' },
  { year: 2009, vn: '2009-04-04', cn: '2009-04-05' },
  { year: 2037, vn: '2037-04-24', cn: '2037-04-25' },
  { year: 2038, vn: '2038-04-13', cn: '2038-04-14' },
  { year: 2085, vn: '2085-04-03', cn: '2085-04-04' },
  { year: 2086, vn: '2086-04-22', cn: '2086-04-23' },
  { year: 2100, vn: '2100-04-18', cn: '2100-04-19' },
] as const;

/** The day date-holidays gives for `rule` in `year`, in `zone`. */
function dateHolidays(zone: string, rule: string, year: number): string | undefined {
  const engine = new Holidays({ timezone: zone });
  engine.setHoliday(rule, rule);
  return engine
    .getHolidays(year)
    .find((h) => h.rule === rule)
    ?.date.slice(0, 10);
}

/** The day date-chinese gives for lunar month/day (not leap) of the lunar year of `year`. */
function direct(calendar: CalendarChinese, year: number, month: number, day: number): string {
  const g = calendar.set(1, 1, month, 0, day).toGregorian(year);
  return DateTime.utc(g.year, g.month, g.day).toISODate() ?? '';
}

describe('Vietnamese (UTC+7), not Chinese (UTC+8), lunar dates', () => {
  const vietnamese = new CalendarVietnamese();
  const chinese = new CalendarChinese();

  for (const { year, vn, cn } of TET_DIFFERS) {
    it(`Tết ${year}: ${vn} in Vietnam, ${cn} in China`, () => {
      expect(lunarAnchors(year).lunarNewYear).toBe(vn);
      expect(dateHolidays('Asia/Ho_Chi_Minh', 'vietnamese 1-0-1', year)).toBe(vn);
      expect(direct(vietnamese, year, 1, 1)).toBe(vn);
      expect(dateHolidays('Asia/Shanghai', 'chinese 01-0-01', year)).toBe(cn);
      expect(direct(chinese, year, 1, 1)).toBe(cn);
    });
  }

  for (const { year, vn, cn } of HUNG_KINGS_DIFFERS) {
    it(`Giỗ Tổ ${year}: ${vn} in Vietnam, 10/3 of the Chinese calendar ${cn}`, () => {
      expect(lunarAnchors(year).hungKings).toBe(vn);
      expect(dateHolidays('Asia/Ho_Chi_Minh', 'vietnamese 3-0-10', year)).toBe(vn);
      expect(direct(vietnamese, year, 3, 10)).toBe(vn);
      expect(dateHolidays('Asia/Shanghai', 'chinese 03-0-10', year)).toBe(cn);
      expect(direct(chinese, year, 3, 10)).toBe(cn);
    });
  }
});
