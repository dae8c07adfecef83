import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  workingDaysPerMonth,
} from '../../src/calendar/index.js';
import { isoDay } from './arbitraries.js';

describe('working days', () => {
  it('counts from the day after the event (Điều 147)', () => {
    expect(addWorkingDays('2024-11-22', 1)).toBe('2024-11-25');
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    expect(addWorkingDays('2024-11-25', 0)).toBe('2024-11-25');
    expect(addWorkingDays('2024-12-01', -1)).toBe('2024-11-29');
    expect(workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(workingDaysBetween('2026-02-23', '2026-02-13')).toBe(-1);
    expect(workingDaysBetween('2024-11-25', '2024-11-25')).toBe(0);
  });

  it('returns the kind it was given', () => {
    const dt = DateTime.fromISO('2024-11-22T15:30:00', { zone: 'Asia/Ho_Chi_Minh' });
    const out = addWorkingDays(dt, 1);
    expect(DateTime.isDateTime(out)).toBe(true);
    expect(out.toISO()).toBe('2024-11-25T00:00:00.000+07:00');
  });

  it('reads a DateTime as its day in Asia/Ho_Chi_Minh, whatever its own zone', () => {
    const fridayEveningUtc = DateTime.fromISO('2026-02-13T20:00:00Z', { zone: 'UTC' });
    expect(fridayEveningUtc.weekday).toBe(5);
    expect(isWorkingDay(fridayEveningUtc)).toBe(false);
    expect(isWorkingDay(DateTime.fromISO('2026-02-13T16:59:59Z', { zone: 'UTC' }))).toBe(true);
  });

  it('refuses what is not a date', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('12/11/2024')).toThrow(/YYYY-MM-DD/);
    expect(() => addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('2026 has 250 working days: 261 weekdays − 13 weekdays off + 2 Saturdays worked', () => {
    const months = workingDaysPerMonth(2026);
    expect(months).toHaveLength(12);
    expect(months[1]).toBe(15);
    expect(months.reduce((a, b) => a + b, 0)).toBe(250);
  });
});

describe('working days: properties', () => {
  const n = fc.integer({ min: 1, max: 260 });

  it('addWorkingDays(d, n) is a working day and n working days away', () => {
    fc.assert(
      fc.property(isoDay, n, (d, k) => {
        const end = addWorkingDays(d, k);
        expect(isWorkingDay(end)).toBe(true);
        expect(workingDaysBetween(d, end)).toBe(k);
        expect(workingDaysBetween(d, addWorkingDays(d, -k))).toBe(-k);
      }),
      { numRuns: 150 },
    );
  });

  it('addWorkingDays is strictly increasing in n', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -60, max: 260 }), (d, k) => {
        expect(addWorkingDays(d, k + 1) > addWorkingDays(d, k)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('workingDaysBetween is additive along one direction: a ≤ b ≤ c', () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort() as [string, string, string];
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
      { numRuns: 40 },
    );
  });
});
