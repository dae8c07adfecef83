// date-chinese ships types (types/index.d.ts) that its `exports` map hides from TypeScript's
// resolution; this declares the part the lunar table generator and its test use.
declare module 'date-chinese' {
  export interface GregorianDate {
    year: number;
    month: number;
    day: number;
  }

  export class CalendarChinese {
    /** Sets a lunar date: 60-year cycle, year of the cycle, month, leap (0/1), day. */
    set(cycle: number, year: number, month: number, leap: number, day: number): this;
    /** [cycle, year, month, leap, day] of the date set or read. */
    get(): [number, number, number, boolean, number];
    fromGregorian(year: number, month: number, day: number): this;
    /** The Gregorian day of the lunar date set, in the lunar year that starts in `gyear`. */
    toGregorian(gyear: number): GregorianDate;
  }

  export class CalendarVietnamese extends CalendarChinese {}
}
