import { slot } from '../../src/core/slot.js';
import type { Text } from '../../src/core/text.js';
import { deliverable } from './boundary.js';

/**
 * X-ORDER holds (issue 10): the cycle, not the sender, says that a DECIDE_LEVEL must wait. The
 * cycle screens the host's event, marks the screened copy with why it waits, and sends that copy;
 * the review refuses it with ORDER (checked last, after the sender and the step) and audits it in
 * its own chain. Nothing a host can put in an event clears or sets a hold.
 */
const holds = slot<Text>();

/** The event to send in place of `event` so that the review refuses it with ORDER and `why`. */
export function orderHeld(event: unknown, why: Text): { readonly type: string } {
  const copy = deliverable(event);
  holds.set(copy, why);
  return copy;
}

/** Why the cycle holds this event (X-ORDER), or null. */
export function orderHold(raw: unknown): Text | null {
  return raw !== null && typeof raw === 'object' ? (holds.get(raw) ?? null) : null;
}
