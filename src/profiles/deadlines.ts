import type { DateTime } from 'luxon';
import type { Calendar } from '../calendar/calendar.js';
import { approachingFrom, deadline, lastWorkingDayToAct } from '../calendar/deadlines.js';
import type { Profile } from '../schemas/cycle-profile.js';
import type { DeadlineDef, Reading } from '../schemas/deadline.js';

/** A profile's deadline with its reading settled and its instants computed. */
export interface ResolvedDeadline extends DeadlineDef {
  readonly reading: Reading;
  readonly rollForward: boolean;
  /** The due instant (Asia/Ho_Chi_Minh). */
  readonly due: DateTime;
  /** When it starts `approaching` (the profile's `leadWorkingDays`). */
  readonly approachingFrom: DateTime;
  /** The officer's last working day to act, `YYYY-MM-DD`. */
  readonly lastWorkingDay: string;
}

/**
 * Every deadline of a profile as instants, on the profile's reading settings (default reading,
 * roll-forward, lead time, 24/11 switch). `calendar` adds a host's official years.
 */
export function resolveDeadlines(profile: Profile, calendar?: Calendar): ResolvedDeadline[] {
  return resolveList(profile, profile.deadlines, calendar);
}

/** Deadlines of a profile's list (`deadlines` or `reviewDeadlines`) on its reading settings. */
export function resolveList(
  profile: Profile,
  list: readonly DeadlineDef[],
  calendar?: Calendar,
): ResolvedDeadline[] {
  const choice = {
    cultureDay: profile.readings.cultureDay,
    ...(calendar ? { calendar } : {}),
  };
  return list.map((d) => {
    const reading = d.reading ?? profile.readings.reading;
    const rollForward = d.rollForward ?? profile.readings.rollForward;
    const due = deadline({ ...choice, date: d.date, reading, rollForward });
    return {
      ...d,
      reading,
      rollForward,
      due,
      approachingFrom: approachingFrom(due, {
        ...choice,
        leadWorkingDays: profile.readings.leadWorkingDays,
      }),
      lastWorkingDay: lastWorkingDayToAct(due, choice),
    };
  });
}
