import { text } from '../../src/core/text.js';
import type { CycleDefinition } from '../../src/schemas/cycle-definition.js';
import type { Rejection } from '../review/types.js';
import type { CycleIndex, CycleSubjectEntry } from './index-schema.js';
import { entryOf, subjectOf } from './open-index.js';
import { ORDER_REASONS, type Prerequisite, prerequisites } from './order.js';

const orders = new WeakMap<CycleDefinition, Map<string, Prerequisite[]>>();

/** X-ORDER's prerequisites of a definition (computed once per definition object). */
export function orderOf(d: CycleDefinition): Map<string, Prerequisite[]> {
  let found = orders.get(d);
  if (!found) {
    found = prerequisites(d.subjects, d.units);
    orders.set(d, found);
  }
  return found;
}

/** A prerequisite no longer holds anything up: decided, or ended without a level, or excluded. */
export function settled(entry: CycleSubjectEntry | undefined): boolean {
  if (!entry) return true;
  return (
    entry.level !== undefined ||
    entry.excluded === true ||
    entry.stage === 'notReviewed' ||
    entry.stage === 'notRated'
  );
}

/** The prerequisites of a subject that are not yet settled (in the index's order). */
export function waitingFor(index: CycleIndex, subjectId: string): string[] {
  const entry = entryOf(index, subjectId);
  return (entry?.prerequisites ?? []).filter((id) => !settled(entryOf(index, id)));
}

/**
 * X-ORDER, checked by the cycle before a DECIDE_LEVEL reaches the review (issue 10): a head after
 * the leadership collective it heads, a member after its collective, a party organisation after
 * its unit's leadership collective, a lower level before the upper, a person's civil-service
 * rating before the same person's party rating. Returns the ORDER rejection naming every missing
 * prerequisite and why, or null (any other event, or nothing to wait for).
 */
export function orderVerdict(
  index: CycleIndex,
  subjectId: string,
  event: unknown,
): Rejection | null {
  let type: unknown;
  try {
    type =
      event !== null && typeof event === 'object' ? (event as { type?: unknown }).type : undefined;
  } catch {
    return null; // an unreadable event is the review's to refuse
  }
  if (type !== 'DECIDE_LEVEL') return null;
  const missing = waitingFor(index, subjectId);
  if (missing.length === 0) return null;
  const reasons = new Map(
    (orderOf(index.definition).get(subjectId) ?? []).map((p) => [p.id, p.reason]),
  );
  const name = (id: string) => subjectOf(index, id)?.name ?? id;
  const list = (lang: 'vi' | 'en') =>
    missing
      .map((id) => {
        const why = reasons.get(id);
        return `"${name(id)}" (${id}${why ? `; ${ORDER_REASONS[why][lang]}` : ''})`;
      })
      .join(', ');
  return {
    code: 'ORDER',
    message: text(
      `Chưa thể quyết định xếp loại "${name(subjectId)}": phải chờ quyết định xếp loại của ${list('vi')} (X-ORDER).`,
      `Cannot decide "${name(subjectId)}" yet: waiting for the decision on ${list('en')} (X-ORDER).`,
    ),
  };
}
