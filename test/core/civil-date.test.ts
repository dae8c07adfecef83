import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addMonths, isRealDate } from '../../src/core/civil-date.js';

// The integer date arithmetic used on the hot path must agree with luxon, day for day.
const day = fc
  .date({
    min: new Date(Date.UTC(1950, 0, 1)),
    max: new Date(Date.UTC(2150, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('civil dates agree with luxon', () => {
  it('addMonths(d, n) equals luxon plus({ months: n }), end-of-month clamping included', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -48, max: 48 }), (iso, n) => {
        const luxon = DateTime.fromISO(iso, { zone: 'Asia/Ho_Chi_Minh' }).plus({ months: n });
        expect(addMonths(iso, n)).toBe(luxon.toISODate());
      }),
      { numRuns: 2000 },
    );
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('isRealDate agrees with luxon on well-formed and impossible dates', () => {
    const parts = fc.tuple(
      fc.integer({ min: 1900, max: 2200 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    );
    fc.assert(
      fc.property(parts, ([y, m, d]) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(isRealDate(iso)).toBe(DateTime.fromISO(iso).isValid);
      }),
      { numRuns: 2000 },
    );
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2024-2-29')).toBe(false);
  });
});
