export {
  type Calendar,
  type CalendarChoice,
  CalendarDataError,
  type CreateCalendarOptions,
  createCalendar,
  defaultCalendar,
} from './calendar.js';
export { CULTURE_DAY_FROM, computeYear } from './compute.js';
export { type DateLike, type InstantLike, ZONE } from './dates.js';
export {
  approachingFrom,
  DEADLINE_STATUSES,
  DEFAULT_LEAD_WORKING_DAYS,
  type DeadlineSpec,
  type DeadlineStatus,
  deadline,
  deadlineStatus,
  lastWorkingDayToAct,
  READINGS,
  type Reading,
  type StatusOptions,
} from './deadlines.js';
export { LUNAR_RANGE, type LunarAnchors, lunarAnchors } from './lunar.js';
export {
  HOLIDAY_KINDS,
  type HolidayKind,
  OCCASION_NAMES,
  OCCASIONS,
  type Occasion,
} from './names.js';
export {
  type Holiday,
  type HolidaySource,
  type HolidayYear,
  type HolidayYearInput,
  HolidayYearSchema,
  type WorkingWeekendDay,
  type YearSchedule,
} from './schedule.js';
export {
  addWorkingDays,
  holidays,
  isWorkingDay,
  workingDaysBetween,
  workingDaysPerMonth,
  workingWeekendDays,
  yearSchedule,
} from './working-days.js';
export { SHIPPED_YEARS } from './years/index.js';
