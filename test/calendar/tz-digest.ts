import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import {
  addWorkingDays,
  approachingFrom,
  deadline,
  holidays,
  isWorkingDay,
  lastWorkingDayToAct,
  workingDaysPerMonth,
} from '../../src/calendar/index.js';

/**
 * Everything the calendar answers for fixed inputs, as one JSON string. The TZ test compares it
 * across processes run under different `TZ` values: it must not change.
 */
export function digest(): string {
  const years = [2023, 2024, 2025, 2026, 2027, 2028];
  const dues = ['2024-11-10', '2024-11-25', '2024-12-01', '2026-02-20'].flatMap((date) =>
    (['before', 'by'] as const).map((reading) => deadline({ date, reading })),
  );
  return JSON.stringify({
    holidays: years.map((y) => holidays(y).map((h) => `${h.date}:${h.kind}:${h.source}`)),
    perMonth: years.map((y) => workingDaysPerMonth(y)),
    dues: dues.map((d) => [d.toMillis(), lastWorkingDayToAct(d), approachingFrom(d).toMillis()]),
    add: addWorkingDays('2026-02-13', 5),
    addDateTime: addWorkingDays(DateTime.fromISO('2026-02-13T20:00:00Z'), 1).toMillis(),
    utcEvening: isWorkingDay(DateTime.fromISO('2026-02-13T20:00:00Z')),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(digest());
}
