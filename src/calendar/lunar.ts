import { LUNAR_TABLE } from './lunar-table.js';

/**
 * The lunar anchors of a Gregorian year, on the Vietnamese lunisolar calendar (UTC+7 meridian — so
 * the years where Vietnam and China differ, e.g. 1985, 2007 and 2030, are right). Read from the
 * committed table `lunar-table.ts`, generated at development time (scripts/generate-lunar-table.ts)
 * from the Vietnamese calendar of `date-chinese` and cross-checked with `date-holidays`, both dev
 * dependencies only.
 */
export interface LunarAnchors {
  /** Mùng 1 Tết: the first day of the lunar year that starts in this Gregorian year. */
  readonly lunarNewYear: string;
  /** The last day of the previous lunar year (29 or 30 tháng Chạp, giao thừa). */
  readonly lunarNewYearsEve: string;
  /** 10 tháng 3 âm lịch: Giỗ Tổ Hùng Vương. */
  readonly hungKings: string;
}

/** Years the lunar fallback is offered for (the rows of the lunar table). */
export const LUNAR_RANGE = { from: 1950, to: 2199 } as const;

/**
 * Lunar anchors for `year`, as `YYYY-MM-DD` days of Vietnam (the same whatever the machine's own
 * zone: the table holds calendar days, not instants). A `RangeError` outside {@link LUNAR_RANGE}.
 */
export function lunarAnchors(year: number): LunarAnchors {
  if (!Number.isInteger(year) || year < LUNAR_RANGE.from || year > LUNAR_RANGE.to) {
    throw new RangeError(
      `Năm ngoài khoảng tính âm lịch ${LUNAR_RANGE.from}–${LUNAR_RANGE.to} / Year outside the lunar range: ${year}`,
    );
  }
  const row = LUNAR_TABLE[year - LUNAR_RANGE.from];
  if (row === undefined) {
    throw new Error(`Bảng âm lịch thiếu năm ${year} / The lunar table has no row for ${year}`);
  }
  const [lunarNewYear, lunarNewYearsEve, hungKings] = row;
  return { lunarNewYear, lunarNewYearsEve, hungKings };
}
