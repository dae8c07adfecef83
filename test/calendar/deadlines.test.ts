import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  approachingFrom,
  type DeadlineStatus,
  deadline,
  deadlineStatus,
  lastWorkingDayToAct,
} from '../../src/calendar/index.js';
import { instantMs, isoDay } from './arbitraries.js';

const iso = (dt: DateTime) => dt.toISO();

describe("deadline readings (PROCESS.md §3) on the seed's dates", () => {
  it('"before" is due at 00:00 on the date, "by" at 24:00', () => {
    expect(iso(deadline({ date: '2024-11-25' }))).toBe('2024-11-25T00:00:00.000+07:00');
    expect(iso(deadline({ date: '2024-11-25', reading: 'before' }))).toBe(
      '2024-11-25T00:00:00.000+07:00',
    );
    expect(iso(deadline({ date: '2024-11-25', reading: 'by' }))).toBe(
      '2024-11-26T00:00:00.000+07:00',
    );
    expect(deadline({ date: '2024-11-25' }).zoneName).toBe('Asia/Ho_Chi_Minh');
  });

  it('01-12-2024 (a Sunday): the last working day is Friday 29/11 under either reading', () => {
    const before = deadline({ date: '2024-12-01' });
    const by = deadline({ date: '2024-12-01', reading: 'by' });
    expect(lastWorkingDayToAct(before)).toBe('2024-11-29');
    expect(lastWorkingDayToAct(by)).toBe('2024-11-29');
  });

  it('roll-forward (Điều 148) moves a last day that is a rest day to the next working day', () => {
    const before = deadline({ date: '2024-12-01', rollForward: true });
    expect(iso(before)).toBe('2024-12-03T00:00:00.000+07:00');
    expect(lastWorkingDayToAct(before)).toBe('2024-12-02');
    const by = deadline({ date: '2024-12-01', reading: 'by', rollForward: true });
    expect(iso(by)).toBe('2024-12-03T00:00:00.000+07:00');
    // 25-11-2024 is a Monday: "by" needs no roll, "before" rolls Sunday 24/11 to Monday 25/11.
    expect(iso(deadline({ date: '2024-11-25', reading: 'by', rollForward: true }))).toBe(
      '2024-11-26T00:00:00.000+07:00',
    );
    expect(iso(deadline({ date: '2024-11-25', rollForward: true }))).toBe(
      '2024-11-26T00:00:00.000+07:00',
    );
  });

  it('10-11-2024 (a Sunday): last working day Friday 8/11', () => {
    expect(lastWorkingDayToAct(deadline({ date: '2024-11-10' }))).toBe('2024-11-08');
  });

  it('a deadline during Tết: the last working day is before the break', () => {
    expect(lastWorkingDayToAct(deadline({ date: '2026-02-20', reading: 'by' }))).toBe('2026-02-13');
  });

  it('an instant that is not midnight counts its own day', () => {
    expect(lastWorkingDayToAct('2024-11-25T17:00:00+07:00')).toBe('2024-11-25');
    expect(lastWorkingDayToAct('2024-11-25T10:00:00Z')).toBe('2024-11-25');
  });
});

describe('deadlineStatus', () => {
  const due = deadline({ date: '2024-12-01' });

  it('is open, then approaching 3 working days ahead, then overdue', () => {
    expect(iso(approachingFrom(due))).toBe('2024-11-27T00:00:00.000+07:00');
    expect(deadlineStatus(due, '2024-11-26T23:59:59')).toBe('open');
    expect(deadlineStatus(due, '2024-11-27T00:00:00')).toBe('approaching');
    expect(deadlineStatus(due, '2024-11-30T23:59:59+07:00')).toBe('approaching');
    expect(deadlineStatus(due, '2024-11-30T17:00:00Z')).toBe('overdue');
    expect(
      deadlineStatus(due, DateTime.fromISO('2024-12-01T00:00:00', { zone: 'Asia/Ho_Chi_Minh' })),
    ).toBe('overdue');
  });

  it('takes the lead time in working days; 0 means never approaching', () => {
    expect(deadlineStatus(due, '2024-11-25T09:00:00', { leadWorkingDays: 5 })).toBe('approaching');
    expect(deadlineStatus(due, '2024-11-25T09:00:00', { leadWorkingDays: 3 })).toBe('open');
    expect(deadlineStatus(due, '2024-11-30T23:00:00', { leadWorkingDays: 0 })).toBe('open');
    expect(() => deadlineStatus(due, '2024-11-25T09:00:00', { leadWorkingDays: -1 })).toThrow(
      RangeError,
    );
  });

  it('moves only forward in time: open → approaching → overdue', () => {
    const rank: Record<DeadlineStatus, number> = { open: 0, approaching: 1, overdue: 2 };
    fc.assert(
      fc.property(
        isoDay,
        fc.constantFrom('before' as const, 'by' as const),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 }),
        instantMs,
        instantMs,
        (date, reading, rollForward, lead, t1, t2) => {
          const d = deadline({ date, reading, rollForward });
          const [a, b] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const at = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' });
          const s1 = deadlineStatus(d, at(a), { leadWorkingDays: lead });
          const s2 = deadlineStatus(d, at(b), { leadWorkingDays: lead });
          expect(rank[s1]).toBeLessThanOrEqual(rank[s2]);
          expect(s2 === 'overdue').toBe(b >= d.toMillis());
        },
      ),
      { numRuns: 200 },
    );
  });
});

it('never reads the machine clock: the same inputs give the same instants', () => {
  expect(deadline({ date: '2024-12-01' }).toMillis()).toBe(Date.UTC(2024, 10, 30, 17, 0, 0));
  expect(deadline({ date: '2024-12-01', reading: 'by' }).toMillis()).toBe(
    Date.UTC(2024, 11, 1, 17, 0, 0),
  );
});
