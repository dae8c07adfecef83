import Holidays from 'date-holidays';
import { ZONE } from './dates.js';

/**
 * The lunar anchors of a Gregorian year, from the Vietnamese lunisolar calendar of the npm
 * package `date-holidays` (its rules `vietnamese 1-0-1` and `vietnamese 3-0-10`, computed for the
 * UTC+7 meridian — so the years where Vietnam and China differ, e.g. 1985, 2007 and 2030, are right).
 */
export interface LunarAnchors {
  /** Mùng 1 Tết: the first day of the lunar year that starts in this Gregorian year. */
  readonly lunarNewYear: string;
  /** The last day of the previous lunar year (29 or 30 tháng Chạp, giao thừa). */
  readonly lunarNewYearsEve: string;
  /** 10 tháng 3 âm lịch: Giỗ Tổ Hùng Vương. */
  readonly hungKings: string;
}

/** Years the lunar fallback is offered for. */
export const LUNAR_RANGE = { from: 1950, to: 2199 } as const;

let engine: Holidays | undefined;

const RULES = {
  lunarNewYear: 'vietnamese 1-0-1',
  lunarNewYearsEve: '1 day before vietnamese 1-0-1 P5D',
  hungKings: 'vietnamese 3-0-10',
} as const;

/**
 * Lunar anchors for `year`. The package answers with local dates of its `Asia/Ho_Chi_Minh` zone,
 * whatever the machine's own zone (checked under TZ=UTC and TZ=America/Los_Angeles).
 */
export function lunarAnchors(year: number): LunarAnchors {
  if (!Number.isInteger(year) || year < LUNAR_RANGE.from || year > LUNAR_RANGE.to) {
    throw new RangeError(
      `Năm ngoài khoảng tính âm lịch ${LUNAR_RANGE.from}–${LUNAR_RANGE.to} / Year outside the lunar range: ${year}`,
    );
  }
  engine ??= new Holidays('VN', { timezone: ZONE, types: ['public'] });
  const found = new Map<string, string>();
  for (const h of engine.getHolidays(year)) found.set(h.rule, h.date.slice(0, 10));
  const pick = (rule: string): string => {
    const date = found.get(rule);
    if (date === undefined) throw new Error(`date-holidays: no "${rule}" in ${year}`);
    return date;
  };
  return {
    lunarNewYear: pick(RULES.lunarNewYear),
    lunarNewYearsEve: pick(RULES.lunarNewYearsEve),
    hungKings: pick(RULES.hungKings),
  };
}
