import type { ReviewContext } from '../../machines/review/types.js';
import { approachingFrom } from '../calendar/index.js';

const ENDED = new Set(['closed', 'notReviewed', 'notRated']);

const approaching = new Map<string, string>();

/** `approachingFrom` memoised (working-day arithmetic on luxon is most of a wake-up's cost). */
function approachingAt(due: string, leadWorkingDays: number): string {
  const key = `${due}/${leadWorkingDays}`;
  let at = approaching.get(key);
  if (at === undefined) {
    at = approachingFrom(due, { leadWorkingDays }).toISO() ?? due;
    if (approaching.size > 10_000) approaching.clear();
    approaching.set(key, at);
  }
  return at;
}

/**
 * When the scheduler must next TICK a review: the earliest instant after `after` (the review's
 * clock, or the TICK just sent) at which one of its deadlines turns approaching or missed and has
 * not said so yet; null for an ended review or when none is left. Each deadline wakes the review
 * at most twice per due instant; a wake-up for a deadline whose work is already done is one TICK
 * that only moves the clock (the machine decides what is pending, not the store).
 */
export function nextWakeAt(ctx: ReviewContext, after: string = ctx.now): string | null {
  if (ENDED.has(ctx.stage)) return null;
  const from = Date.parse(after);
  let best: { ms: number; iso: string } | null = null;
  const consider = (iso: string) => {
    const ms = Date.parse(iso);
    if (ms > from && (best === null || ms < best.ms)) best = { ms, iso };
  };
  for (const d of ctx.deadlines) {
    if (d.missedAt !== null) continue;
    if (d.approachingAt === null) consider(approachingAt(d.due, d.leadWorkingDays));
    consider(d.due);
  }
  return (best as { iso: string } | null)?.iso ?? null;
}
