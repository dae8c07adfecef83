import { describe, expect, it } from 'vitest';
import {
  computeYear,
  holidays,
  lunarAnchors,
  workingWeekendDays,
  type YearSchedule,
} from '../../src/calendar/index.js';

// The computed fallback against the shipped official years. What must agree: the lunar anchors
// (mùng 1 Tết, Giỗ Tổ) exactly, the statutory fixed days, and every weekday off except the days
// the Prime Minister swapped (those cannot be computed).

const SHIPPED = [2023, 2024, 2025, 2026] as const;

/** Known lunar dates (shared/research/nd335-holidays.md Part 2, domain.md §5.5). */
const LUNAR: Record<number, { tet: string; hungKings: string }> = {
  2023: { tet: '2023-01-22', hungKings: '2023-04-29' },
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
};

const weekdaysOff = (dates: readonly { date: string }[]) =>
  dates
    .map((d) => d.date)
    .filter((d) => {
      const day = new Date(`${d}T00:00:00Z`).getUTCDay();
      return day !== 0 && day !== 6;
    })
    .sort();

describe('computed fallback vs shipped years', () => {
  for (const year of SHIPPED) {
    describe(String(year), () => {
      const official = holidays(year);
      const computed: YearSchedule = computeYear(year);

      it('finds the lunar anchors exactly', () => {
        const anchors = lunarAnchors(year);
        expect(anchors.lunarNewYear).toBe(LUNAR[year]?.tet);
        expect(anchors.hungKings).toBe(LUNAR[year]?.hungKings);
        const officialHung = official.find(
          (h) => h.occasion === 'hung-kings' && h.kind === 'holiday',
        );
        expect(officialHung?.date).toBe(anchors.hungKings);
        expect(official.filter((h) => h.occasion === 'tet').map((h) => h.date)).toContain(
          anchors.lunarNewYear,
        );
        expect(computed.holidays.filter((h) => h.occasion === 'tet').map((h) => h.date)).toContain(
          anchors.lunarNewYear,
        );
      });

      it('lists the statutory fixed days in both', () => {
        for (const md of ['01-01', '04-30', '05-01', '09-02']) {
          const date = `${year}-${md}`;
          expect(
            official.some((h) => h.date === date && h.kind === 'holiday'),
            `official ${date}`,
          ).toBe(true);
          expect(
            computed.holidays.some((h) => h.date === date && h.kind === 'holiday'),
            `computed ${date}`,
          ).toBe(true);
        }
      });

      it("gives the same weekdays off, except the Prime Minister's swaps", () => {
        const swaps = official.filter((h) => h.kind === 'swap').map((h) => h.date);
        const officialOff = weekdaysOff(official).filter((d) => !swaps.includes(d));
        expect(weekdaysOff(computed.holidays)).toEqual(officialOff);
        expect(computed.workingWeekendDays).toEqual([]);
        expect(
          workingWeekendDays(year)
            .map((w) => w.replaces)
            .sort(),
        ).toEqual(swaps.sort());
      });

      it('marks every computed day as computed', () => {
        expect(computed.source).toBe('computed');
        expect(computed.holidays.every((h) => h.source === 'computed')).toBe(true);
      });
    });
  }

  it('uses the Vietnamese (UTC+7) lunar calendar where it differs from the Chinese one', () => {
    expect(lunarAnchors(1985).lunarNewYear).toBe('1985-01-21');
    expect(lunarAnchors(2007).lunarNewYear).toBe('2007-02-17');
  });

  it('refuses a year outside the lunar range', () => {
    expect(() => lunarAnchors(1800)).toThrow(RangeError);
  });
});
