import { approachingFrom, type DeadlineStatus } from '../../src/calendar/index.js';
import { slot } from '../../src/core/slot.js';
import { instantMillis } from '../../src/schemas/review-boundary.js';

/** Milliseconds since the epoch of an ISO instant with an offset (memoised: luxon parses slowly). */
export function instantMs(iso: string): number {
  return instantMillis(iso);
}

/**
 * A deadline's instants as epoch numbers: when it falls due, and (computed when first asked, as
 * the calendar's working-day arithmetic is only needed before the due instant) when it starts
 * approaching.
 */
interface Times {
  readonly due: number;
  readonly dueIso: string;
  readonly lead: number;
  approaching?: number;
}

/** By (due, lead): the approaching instant is the working-day calendar's, computed once. */
const approaching = new Map<string, number>();
/** By deadline object: a tracked deadline is immutable, and replaced when it changes. */
const byDeadline = slot<Times>();

/**
 * The instants of a deadline (`due` and `leadWorkingDays` as the review tracks them), read once
 * per deadline object: the machine asks for every pending deadline on every event, and luxon's
 * zone arithmetic on each ISO string dominated an event's cost.
 */
export function deadlineTimes(d: { due: string; leadWorkingDays: number }): Times {
  const hit = byDeadline.get(d);
  if (hit) return hit;
  const times: Times = { due: instantMs(d.due), dueIso: d.due, lead: d.leadWorkingDays };
  byDeadline.set(d, times);
  return times;
}

function approachingMs(t: Times): number {
  const key = `${t.dueIso}/${t.lead}`;
  let from = approaching.get(key);
  if (from === undefined) {
    from = approachingFrom(t.dueIso, { leadWorkingDays: t.lead }).toMillis();
    if (approaching.size > 10_000) approaching.clear();
    approaching.set(key, from);
  }
  return from;
}

/**
 * `deadlineStatus(due, instant, { leadWorkingDays })` of the default calendar, on epoch
 * milliseconds: overdue from `due` on, approaching from `leadWorkingDays` working days before.
 */
export function statusAt(
  d: { due: string; leadWorkingDays: number },
  instant: string,
): DeadlineStatus {
  return statusAtMs(deadlineTimes(d), instantMs(instant));
}

/** {@link statusAt} on epoch numbers. */
export function statusAtMs(t: Times, at: number): DeadlineStatus {
  if (at >= t.due) return 'overdue';
  t.approaching ??= approachingMs(t);
  return at >= t.approaching ? 'approaching' : 'open';
}

/** The later of two ISO instants. */
export function laterOf(a: string, b: string): string {
  return instantMs(b) > instantMs(a) ? b : a;
}
