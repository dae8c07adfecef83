import type { Sender } from '../schemas/review-events.js';

/**
 * The event the review receives: the sender's payload with `by` from `authenticate`, `at` from
 * the service's clock (and `now` for a TICK) — whatever the body said of them is dropped, and so
 * is an `orderCleared` (X-ORDER is the cycle's: the service asks `ServiceCycle.order`). A body that is not a plain object (or cannot be copied: a
 * throwing proxy) goes to the review as it is, which refuses and audits it.
 */
export function prepareEvent(raw: unknown, by: Sender, at: string): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let copy: Record<string, unknown>;
  try {
    if (Object.getPrototypeOf(raw) !== Object.prototype && Object.getPrototypeOf(raw) !== null)
      return raw;
    copy = {};
    for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(raw)))
      if ('value' in d && d.enumerable) copy[key] = d.value;
      else return raw; // a getter: the review's screen reads it once and refuses it
  } catch {
    return raw;
  }
  delete copy.orderCleared;
  const event: Record<string, unknown> = { ...copy, by, at };
  if (copy.type === 'TICK') event.now = at;
  return event;
}
