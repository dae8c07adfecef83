import { slot } from '../../src/core/slot.js';
import type { ReviewEmitted } from './types.js';

/**
 * What a review's actions tell its host (audit entries, refusals, deadline notices), queued per
 * actor and delivered by the guarded actor once XState has finished the event (`guarded.ts`),
 * in the order the actions posted them. The machine's actions post here instead of using XState's
 * `emit`: an emitted event costs an action, an inspection event and a deferred closure each, and
 * `enqueueActions` a set of closures per call — together about a fifth of an event (issue 9).
 * Hosts still listen with `actor.on(type, …)`.
 */
const outboxes = slot<ReviewEmitted[]>();

/** The queue of an actor (created on first use); the guarded actor drains it. */
export function outboxOf(actor: object): ReviewEmitted[] {
  let box = outboxes.get(actor);
  if (!box) {
    box = [];
    outboxes.set(actor, box);
  }
  return box;
}

/** Posts what an action tells the host, for the actor running it (`self`). */
export function post(self: object, ...events: readonly ReviewEmitted[]): void {
  outboxOf(self).push(...events);
}
