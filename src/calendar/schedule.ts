import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Text } from '../core/text.js';
import { addIssue, IsoDate } from '../schemas/common.js';
import { TextSchema } from '../schemas/text.js';
import { isWeekend, ZONE } from './dates.js';
import { HOLIDAY_KINDS, type HolidayKind, OCCASIONS, type Occasion } from './names.js';

/** `official`: from a published schedule (shipped or registered); `computed`: from the rules. */
export type HolidaySource = 'official' | 'computed';

/** One day off in a year (CONTRACT.md § Calendar: `{ date, name, source }`, plus the rest). */
export interface Holiday {
  readonly date: string;
  readonly name: Text;
  readonly source: HolidaySource;
  readonly kind: HolidayKind;
  readonly occasion: Occasion;
  /** The notice(s) that set the day, for official days. */
  readonly notice?: string;
}

/** A weekly rest day (in practice a Saturday) made a working day by a swap. */
export interface WorkingWeekendDay {
  readonly date: string;
  /** The working day given off in exchange. */
  readonly replaces: string;
  readonly name: Text;
  readonly source: HolidaySource;
  readonly notice?: string;
}

/** A year's full schedule. */
export interface YearSchedule {
  readonly year: number;
  readonly source: HolidaySource;
  readonly notices: readonly string[];
  /** Days off, sorted by date. */
  readonly holidays: readonly Holiday[];
  /** Weekend days worked, sorted by date. */
  readonly workingWeekendDays: readonly WorkingWeekendDay[];
}

const DaySchema = z.strictObject({
  date: IsoDate,
  occasion: z.enum(OCCASIONS),
  kind: z.enum(HOLIDAY_KINDS).default('holiday'),
  /** Overrides the standard name built from occasion and kind. */
  name: TextSchema.optional(),
  notice: z.string().min(1).optional(),
});

const WorkingDaySchema = z.strictObject({
  date: IsoDate,
  replaces: IsoDate,
  name: TextSchema.optional(),
  notice: z.string().min(1).optional(),
});

function day(iso: string): DateTime | undefined {
  const d = DateTime.fromISO(iso, { zone: ZONE });
  return d.isValid ? d : undefined;
}

/**
 * An official yearly schedule as data: every day off (statutory, compensatory, swapped) and every
 * weekend day worked. Weekends inside a break need not be listed: they are rest days anyway.
 */
export const HolidayYearSchema = z
  .strictObject({
    year: z.number().int().min(1950).max(2199),
    /** The notice numbers that set the year, e.g. `Thông báo 9441/TB-BNV (16/10/2025)`. */
    notices: z.array(z.string().min(1)).default([]),
    days: z.array(DaySchema),
    workingDays: z.array(WorkingDaySchema).default([]),
  })
  .superRefine((y, ctx) => {
    const seen = new Map<string, HolidayKind>();
    y.days.forEach((d, i) => {
      const dt = day(d.date);
      if (!dt) return;
      if (dt.year !== y.year)
        addIssue(
          ctx,
          ['days', i, 'date'],
          'wrong_year',
          `Ngày ${d.date} không thuộc năm ${y.year}.`,
          `${d.date} is not in ${y.year}.`,
        );
      if (seen.has(d.date))
        addIssue(
          ctx,
          ['days', i, 'date'],
          'duplicate_date',
          `Ngày ${d.date} bị lặp.`,
          `${d.date} is listed twice.`,
        );
      seen.set(d.date, d.kind);
      if (d.kind !== 'holiday' && isWeekend(dt))
        addIssue(
          ctx,
          ['days', i, 'date'],
          'weekend_not_holiday',
          `Ngày nghỉ bù/hoán đổi ${d.date} phải là ngày làm việc (thứ Hai–thứ Sáu).`,
          `A compensatory or swapped day off (${d.date}) must be a weekday.`,
        );
    });
    const replaced = new Set<string>();
    y.workingDays.forEach((w, i) => {
      const dt = day(w.date);
      if (dt && dt.year !== y.year)
        addIssue(
          ctx,
          ['workingDays', i, 'date'],
          'wrong_year',
          `Ngày ${w.date} không thuộc năm ${y.year}.`,
          `${w.date} is not in ${y.year}.`,
        );
      if (dt && !isWeekend(dt))
        addIssue(
          ctx,
          ['workingDays', i, 'date'],
          'not_weekend',
          `Ngày làm bù ${w.date} phải là thứ Bảy hoặc Chủ nhật.`,
          `A make-up working day (${w.date}) must be a Saturday or Sunday.`,
        );
      if (seen.has(w.date))
        addIssue(
          ctx,
          ['workingDays', i, 'date'],
          'both_off_and_worked',
          `Ngày ${w.date} vừa là ngày nghỉ vừa là ngày làm bù.`,
          `${w.date} is both a day off and a working day.`,
        );
      if (seen.get(w.replaces) !== 'swap')
        addIssue(
          ctx,
          ['workingDays', i, 'replaces'],
          'not_a_swap',
          `Ngày ${w.replaces} không có trong danh sách ngày nghỉ hoán đổi (kind "swap").`,
          `${w.replaces} is not listed as a day off by swap (kind "swap").`,
        );
      replaced.add(w.replaces);
    });
    y.days.forEach((d, i) => {
      if (d.kind === 'swap' && !replaced.has(d.date))
        addIssue(
          ctx,
          ['days', i, 'date'],
          'swap_without_make_up',
          `Ngày nghỉ hoán đổi ${d.date} chưa có ngày làm bù.`,
          `The swapped day off ${d.date} has no make-up working day.`,
        );
    });
  });
export type HolidayYearInput = z.input<typeof HolidayYearSchema>;
export type HolidayYear = z.output<typeof HolidayYearSchema>;
