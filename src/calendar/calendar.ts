import type { InputIssue } from '../core/errors.js';
import { formatPath } from '../core/errors.js';
import { toInputIssues } from '../schemas/issues.js';
import { computeYear, withCultureDay } from './compute.js';
import { type DateLike, epochDay, epochDayYear, isWeekendEpochDay, toDay } from './dates.js';
import { holidayName, workingDayName } from './names.js';
import {
  type Holiday,
  type HolidayYear,
  type HolidayYearInput,
  HolidayYearSchema,
  type WorkingWeekendDay,
  type YearSchedule,
} from './schedule.js';
import { SHIPPED_YEARS } from './years/index.js';

/** Thrown by {@link createCalendar} when a year's schedule is invalid; `issues` are located. */
export class CalendarDataError extends Error {
  override readonly name = 'CalendarDataError';
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    const first = issues[0];
    super(
      `Invalid holiday schedule: ${first ? `${formatPath(first.path)}: ${first.message.en}` : ''}`,
    );
    this.issues = issues;
  }
}

export interface CreateCalendarOptions {
  /** Official years to add; a year given here replaces a shipped year of the same number. */
  readonly years?: readonly HolidayYearInput[];
  /** Keep the shipped years 2023–2026 (default `true`). */
  readonly shipped?: boolean;
  /** 24/11 Ngày Văn hóa Việt Nam as a day off from 2026 on (default `false`: not yet in force). */
  readonly cultureDay?: boolean;
}

/**
 * A holiday calendar: the official years it knows, the computed fallback for the others, and the
 * 24/11 switch. It is an immutable value: `with()` returns a new calendar. The module-level
 * functions (`holidays`, `isWorkingDay`, …) use {@link defaultCalendar} unless given a calendar, so
 * a host's years never leak into another host's (or another test's) results — there is no global
 * registry to mutate. Each calendar memoises the years it has resolved.
 */
export interface Calendar {
  readonly cultureDay: boolean;
  /** Years with an official schedule, ascending. */
  readonly officialYears: readonly number[];
  /** The full schedule of a year: official when known, else computed. */
  schedule(year: number): YearSchedule;
  /** A new calendar with more (or replaced) official years, or the 24/11 switch changed. */
  with(options: Omit<CreateCalendarOptions, 'shipped'>): Calendar;
  /** Whether a day is a working day (a `DateTime` is read as its day in Asia/Ho_Chi_Minh). */
  isWorkingDay(date: DateLike): boolean;
  /** The same for a day given as days since 1970-01-01 (what the day-counting loops use). */
  isWorkingEpochDay(day: number): boolean;
}

interface YearIndex {
  readonly schedule: YearSchedule;
  readonly off: ReadonlySet<number>;
  readonly worked: ReadonlySet<number>;
}

const asEpochDay = (iso: string) => epochDay(toDay(iso));

let shippedParsed: HolidayYear[] | undefined;

function parseYears(years: readonly HolidayYearInput[]): HolidayYear[] {
  const issues: InputIssue[] = [];
  const parsed: HolidayYear[] = [];
  years.forEach((input, i) => {
    const result = HolidayYearSchema.safeParse(input);
    if (result.success) parsed.push(result.data);
    else
      for (const issue of toInputIssues(result.error))
        issues.push({ ...issue, path: ['years', i, ...issue.path] });
  });
  if (issues.length > 0) throw new CalendarDataError(issues);
  return parsed;
}

/** An official year as a {@link YearSchedule}: names filled in, every day marked `official`. */
function resolveOfficial(y: HolidayYear): YearSchedule {
  const yearNotice = y.notices.length > 0 ? y.notices.join('; ') : undefined;
  const notice = (own: string | undefined) => {
    const n = own ?? yearNotice;
    return n === undefined ? {} : { notice: n };
  };
  const holidays: Holiday[] = y.days.map((d) => ({
    date: d.date,
    name: d.name ?? holidayName(d.occasion, d.kind),
    source: 'official',
    kind: d.kind,
    occasion: d.occasion,
    ...notice(d.notice),
  }));
  const workingWeekendDays: WorkingWeekendDay[] = y.workingDays.map((w) => ({
    date: w.date,
    replaces: w.replaces,
    name: w.name ?? workingDayName(w.replaces),
    source: 'official',
    ...notice(w.notice),
  }));
  const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
  return {
    year: y.year,
    source: 'official',
    notices: y.notices,
    holidays: holidays.sort(byDate),
    workingWeekendDays: workingWeekendDays.sort(byDate),
  };
}

/** Memoised schedules are shared between callers: frozen, so no caller can change another's. */
function freeze(s: YearSchedule): YearSchedule {
  for (const h of s.holidays) Object.freeze(Object.freeze(h).name);
  for (const w of s.workingWeekendDays) Object.freeze(Object.freeze(w).name);
  Object.freeze(s.holidays);
  Object.freeze(s.workingWeekendDays);
  Object.freeze(s.notices);
  return Object.freeze(s);
}

/**
 * A calendar over the official years `years()` gives, read on first use: the shipped years are
 * parsed and checked when a date is first asked, not when the library is imported (that took
 * about 30 ms of every CLI run, whichever command; bench/README.md, "What part 9 found").
 */
function build(years: () => readonly HolidayYear[], cultureDay: boolean): Calendar {
  let official: Map<number, HolidayYear> | undefined;
  const officialByYear = (): Map<number, HolidayYear> => {
    if (official === undefined) {
      official = new Map();
      for (const y of years()) official.set(y.year, y);
    }
    return official;
  };
  let sortedYears: readonly number[] | undefined;
  const memo = new Map<number, YearIndex>();
  const index = (year: number): YearIndex => {
    let found = memo.get(year);
    if (!found) {
      const known = officialByYear().get(year);
      const base = known ? resolveOfficial(known) : computeYear(year);
      const schedule = freeze(cultureDay ? withCultureDay(base) : base);
      found = {
        schedule,
        off: new Set(schedule.holidays.map((h) => asEpochDay(h.date))),
        worked: new Set(schedule.workingWeekendDays.map((w) => asEpochDay(w.date))),
      };
      memo.set(year, found);
    }
    return found;
  };
  const isWorkingEpochDay = (day: number): boolean => {
    const { off, worked } = index(epochDayYear(day));
    if (worked.has(day)) return true;
    return !isWeekendEpochDay(day) && !off.has(day);
  };
  return {
    cultureDay,
    get officialYears(): readonly number[] {
      sortedYears ??= Object.freeze([...officialByYear().keys()].sort((a, b) => a - b));
      return sortedYears;
    },
    schedule: (year) => index(year).schedule,
    with: (options) => {
      // the caller's years are checked now (CalendarDataError here, not at a later read)
      const more = parseYears(options.years ?? []);
      return build(() => [...years(), ...more], options.cultureDay ?? cultureDay);
    },
    isWorkingEpochDay,
    isWorkingDay: (date) => isWorkingEpochDay(epochDay(toDay(date))),
  };
}

/** The shipped years, parsed and checked once, on first use. */
function shippedYears(): readonly HolidayYear[] {
  shippedParsed ??= parseYears(SHIPPED_YEARS);
  return shippedParsed;
}

/** A new calendar (see {@link Calendar}). Throws {@link CalendarDataError} for an invalid year. */
export function createCalendar(options: CreateCalendarOptions = {}): Calendar {
  const own = parseYears(options.years ?? []);
  const withShipped = options.shipped !== false;
  return build(
    () => (withShipped ? [...shippedYears(), ...own] : own),
    options.cultureDay ?? false,
  );
}

/** The calendar the module-level functions use: shipped years, 24/11 off. */
export const defaultCalendar: Calendar = createCalendar();

/** Which calendar a module-level function reads. */
export interface CalendarChoice {
  /** Default {@link defaultCalendar}. */
  readonly calendar?: Calendar;
  /** Overrides the calendar's 24/11 switch for this call. */
  readonly cultureDay?: boolean;
}

const flipped = new WeakMap<Calendar, Calendar>();

/** The calendar for a call: the given one (or the default), with the 24/11 switch applied. */
export function pickCalendar(choice: CalendarChoice = {}): Calendar {
  const base = choice.calendar ?? defaultCalendar;
  if (choice.cultureDay === undefined || choice.cultureDay === base.cultureDay) return base;
  let other = flipped.get(base);
  if (!other) {
    other = base.with({ cultureDay: choice.cultureDay });
    flipped.set(base, other);
  }
  return other;
}
