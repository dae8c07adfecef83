import { DateTime } from 'luxon';
import { ZONE } from '../core/zone.js';
import type { Reading } from '../schemas/deadline.js';
import { type Calendar, type CalendarChoice, pickCalendar } from './calendar.js';
import { type DateLike, type InstantLike, isoDay, toDay, toInstant } from './dates.js';
import { addWorkingDays } from './working-days.js';

export { READINGS, type Reading } from '../schemas/deadline.js';

export const DEADLINE_STATUSES = ['open', 'approaching', 'overdue'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Default lead time before a deadline counts as approaching (PROCESS.md §3). */
export const DEFAULT_LEAD_WORKING_DAYS = 3;

export interface DeadlineSpec extends CalendarChoice {
  /** The date written in the letter (X in "trước ngày X"). */
  readonly date: DateLike;
  /**
   * `before` — "trước ngày X", exclusive (the default): due at 00:00 on X, last day X − 1;
   * `by` — "đến hết ngày X", inclusive: due at 24:00 on X, i.e. 00:00 on X + 1.
   */
  readonly reading?: Reading;
  /**
   * Bộ luật Dân sự 2015 Điều 148 khoản 5: when the last day of a period is a weekend or a holiday,
   * the period ends at the end of the next working day. Meant for periods counted in days; off by
   * default for the fixed dates of a letter (domain.md §5.1: no text applies it to Party deadlines).
   */
  readonly rollForward?: boolean;
}

/**
 * The instant a deadline falls due, in Asia/Ho_Chi_Minh: 00:00 after the last day to act. The last
 * day is X − 1 for `before` and X for `by`; with `rollForward`, a last day that is not a working day
 * moves to the next working day. Never reads the clock.
 */
export function deadline(spec: DeadlineSpec): DateTime {
  const calendar = pickCalendar(spec);
  const x = toDay(spec.date);
  let lastDay = (spec.reading ?? 'before') === 'before' ? x.minus({ days: 1 }) : x;
  if (spec.rollForward) while (!calendar.isWorkingDay(lastDay)) lastDay = lastDay.plus({ days: 1 });
  return lastDay.plus({ days: 1 });
}

/**
 * The officer's last working day to act before a deadline: the latest working day that begins
 * before the due instant. Returned as `YYYY-MM-DD` (a day, not an instant). E.g. "trước ngày
 * 01-12-2024" (a Sunday) → Friday 2024-11-29.
 */
export function lastWorkingDayToAct(due: InstantLike, options?: CalendarChoice): string {
  const calendar = pickCalendar(options);
  const instant = toInstant(due);
  let day = instant.startOf('day');
  if (day.toMillis() === instant.toMillis()) day = day.minus({ days: 1 });
  while (!calendar.isWorkingDay(day)) day = day.minus({ days: 1 });
  return isoDay(day);
}

export interface StatusOptions extends CalendarChoice {
  /**
   * Working days, counting the last working day to act, during which the deadline is
   * `approaching` (default 3; 0 means never approaching).
   */
  readonly leadWorkingDays?: number;
}

/**
 * When a deadline starts `approaching`: 00:00 on the working day `leadWorkingDays − 1` working
 * days before the last working day to act (lead 3, last day Fri 29/11 → Wed 27/11 00:00). With
 * `leadWorkingDays = 0` it is the due instant itself.
 */
export function approachingFrom(due: InstantLike, options: StatusOptions = {}): DateTime {
  const lead = options.leadWorkingDays ?? DEFAULT_LEAD_WORKING_DAYS;
  if (!Number.isInteger(lead) || lead < 0) {
    throw new RangeError(
      `leadWorkingDays phải là số nguyên ≥ 0 / must be a whole number ≥ 0: ${lead}`,
    );
  }
  const instant = toInstant(due);
  if (lead === 0) return instant;
  const last = lastWorkingDayToAct(instant, options);
  return toDay(addWorkingDays(last, -(lead - 1), options));
}

/**
 * `overdue` once `now` reaches the due instant, `approaching` from {@link approachingFrom}, else
 * `open`. Both instants are compared as instants, so the machine's time zone never matters; `now`
 * always comes from the caller.
 */
export function deadlineStatus(
  due: InstantLike,
  now: InstantLike,
  options: StatusOptions = {},
): DeadlineStatus {
  const dueAt = toInstant(due).toMillis();
  const at = toInstant(now).toMillis();
  if (at >= dueAt) return 'overdue';
  return at >= approachingMillis(dueAt, options) ? 'approaching' : 'open';
}

/**
 * {@link approachingFrom} in epoch milliseconds, memoised per calendar, due instant and lead: the
 * review machine asks for every deadline's status on every event, and the answer depends only on
 * these three (calendars are immutable). Measured in bench/: most of an event's cost before this.
 */
function approachingMillis(dueAt: number, options: StatusOptions): number {
  const calendar = pickCalendar(options);
  const lead = options.leadWorkingDays ?? DEFAULT_LEAD_WORKING_DAYS;
  let memo = APPROACHING.get(calendar);
  if (!memo) {
    memo = new Map();
    APPROACHING.set(calendar, memo);
  }
  const key = `${dueAt}/${lead}`;
  let from = memo.get(key);
  if (from === undefined) {
    from = approachingFrom(DateTime.fromMillis(dueAt, { zone: ZONE }), {
      ...options,
      calendar,
    }).toMillis();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, from);
  }
  return from;
}

const MEMO_LIMIT = 10_000;
const APPROACHING = new WeakMap<Calendar, Map<string, number>>();
