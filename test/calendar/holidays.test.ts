import { describe, expect, it } from 'vitest';
import {
  CalendarDataError,
  createCalendar,
  defaultCalendar,
  holidays,
  isWorkingDay,
  workingWeekendDays,
} from '../../src/calendar/index.js';

const range = (from: string, days: number): string[] => {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: days }, (_, i) =>
    new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10),
  );
};

describe('official schedules (shared/research/nd335-holidays.md Part 2)', () => {
  it('2026: the Tết break 14–22/02 is entirely non-working, the days around it work', () => {
    for (const d of range('2026-02-14', 9)) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(true);
  });

  it('2026: Giỗ Tổ on Sunday 26/4 gives Monday 27/4 off (Điều 111)', () => {
    const h = holidays(2026);
    expect(h.find((x) => x.date === '2026-04-26')).toMatchObject({
      occasion: 'hung-kings',
      kind: 'holiday',
    });
    expect(h.find((x) => x.date === '2026-04-27')).toMatchObject({
      kind: 'compensatory',
      source: 'official',
    });
    expect(isWorkingDay('2026-04-27')).toBe(false);
    expect(isWorkingDay('2026-04-28')).toBe(true);
  });

  it('2026: Saturday 22/8 is worked and 29/8–2/9 is off', () => {
    expect(isWorkingDay('2026-08-22')).toBe(true);
    for (const d of range('2026-08-29', 5)) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2026-09-03')).toBe(true);
  });

  it('2026: Friday 2/1 is off and Saturday 10/1 is worked', () => {
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-10')).toBe(true);
    expect(workingWeekendDays(2026).map((w) => [w.date, w.replaces])).toEqual([
      ['2026-01-10', '2026-01-02'],
      ['2026-08-22', '2026-08-31'],
    ]);
  });

  it('2024: Saturday 4/5 is worked for Monday 29/4', () => {
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(isWorkingDay('2024-04-29')).toBe(false);
    expect(isWorkingDay('2024-05-11')).toBe(false);
  });

  it('2025: Saturday 26/4 is worked for Friday 2/5', () => {
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(isWorkingDay('2025-05-02')).toBe(false);
  });

  it('2023: Giỗ Tổ (Sat) and 30/4 (Sun) are made up on 2/5 and 3/5', () => {
    expect(isWorkingDay('2023-05-02')).toBe(false);
    expect(isWorkingDay('2023-05-03')).toBe(false);
    expect(isWorkingDay('2023-05-04')).toBe(true);
  });

  it('every shipped day has the contract shape and is official, with its notice', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const list = holidays(year);
      expect(list.length).toBeGreaterThan(8);
      for (const h of list) {
        expect(h.date).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
        expect(h.source).toBe('official');
        expect(h.name.vi.length).toBeGreaterThan(0);
        expect(h.name.en).not.toBe(h.name.vi);
        expect(h.notice).toMatch(/\//);
      }
      expect([...list].sort((a, b) => a.date.localeCompare(b.date))).toEqual(list);
    }
  });

  it('a year without data is computed and marked so', () => {
    const list = holidays(2027);
    expect(list.every((h) => h.source === 'computed')).toBe(true);
    expect(workingWeekendDays(2027)).toEqual([]);
    expect(list.map((h) => h.date)).toContain('2027-09-02');
  });
});

describe('24/11 Ngày Văn hóa Việt Nam', () => {
  it('is off only when switched on, and only from 2026', () => {
    expect(isWorkingDay('2026-11-24')).toBe(true);
    expect(isWorkingDay('2026-11-24', { cultureDay: true })).toBe(false);
    expect(holidays(2026, { cultureDay: true }).find((h) => h.date === '2026-11-24')).toMatchObject(
      {
        occasion: 'culture-day',
        source: 'computed',
      },
    );
    expect(isWorkingDay('2025-11-24', { cultureDay: true })).toBe(true);
  });

  it('on a Saturday it gives the Monday off (2029-11-24)', () => {
    expect(isWorkingDay('2029-11-26', { cultureDay: true })).toBe(false);
    expect(isWorkingDay('2029-11-26')).toBe(true);
  });
});

describe('createCalendar: a host adds or overrides years', () => {
  const year2027 = {
    year: 2027,
    notices: ['TB 1/TB-BNV (test)'],
    days: [
      { date: '2027-01-01', occasion: 'new-year' as const },
      { date: '2027-04-29', occasion: 'victory' as const, kind: 'swap' as const },
    ],
    workingDays: [{ date: '2027-04-24', replaces: '2027-04-29' }],
  };

  it('uses the host year and leaves the default calendar untouched', () => {
    const calendar = createCalendar({ years: [year2027] });
    expect(calendar.officialYears).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(isWorkingDay('2027-04-24', { calendar })).toBe(true);
    expect(isWorkingDay('2027-04-29', { calendar })).toBe(false);
    expect(holidays(2027, { calendar })[0]).toMatchObject({
      source: 'official',
      notice: 'TB 1/TB-BNV (test)',
    });
    expect(isWorkingDay('2027-04-24')).toBe(false);
    expect(isWorkingDay('2027-04-29')).toBe(true);
    expect(defaultCalendar.officialYears).toEqual([2023, 2024, 2025, 2026]);
  });

  it('without the shipped years, 2026 is computed', () => {
    const calendar = createCalendar({ shipped: false });
    expect(holidays(2026, { calendar }).every((h) => h.source === 'computed')).toBe(true);
    expect(isWorkingDay('2026-01-02', { calendar })).toBe(true);
  });

  it('refuses an invalid year with located, bilingual issues', () => {
    const bad = { ...year2027, workingDays: [{ date: '2027-04-23', replaces: '2027-04-29' }] };
    let error: unknown;
    try {
      createCalendar({ years: [bad] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarDataError);
    const issue = (error as CalendarDataError).issues.find((i) => i.code === 'not_weekend');
    expect(issue?.path).toEqual(['years', 0, 'workingDays', 0, 'date']);
    expect(issue?.message.vi).toContain('thứ Bảy hoặc Chủ nhật');
    expect(issue?.message.en).toContain('Saturday or Sunday');
  });

  it('refuses a swap without its make-up day and a date outside the year', () => {
    const bad = {
      ...year2027,
      days: [...year2027.days, { date: '2028-01-03', occasion: 'new-year' as const }],
      workingDays: [],
    };
    let codes: string[] = [];
    try {
      createCalendar({ years: [bad] });
    } catch (e) {
      codes = (e as CalendarDataError).issues.map((i) => i.code);
    }
    expect(codes).toEqual(expect.arrayContaining(['swap_without_make_up', 'wrong_year']));
  });
});

it('a caller cannot change the shared schedule', () => {
  const list = holidays(2026);
  expect(() => {
    (list[0] as { date: string }).date = '2026-03-03';
  }).toThrow(TypeError);
  list.pop();
  expect(holidays(2026)[0]?.date).toBe('2026-01-01');
  expect(holidays(2026)).toHaveLength(list.length + 1);
});
