import { type CalendarChoice, deadline } from '../../src/calendar/index.js';
import type { Text } from '../../src/core/text.js';
import type { Reading } from '../../src/schemas/deadline.js';
import type { ReviewEventType } from '../../src/schemas/review-events.js';
import type {
  GuardableStage,
  ReviewDeadline,
  ReviewDeadlineInput,
  ReviewStage,
} from '../../src/schemas/review-input.js';
import { deadlineTimes, instantMs, statusAt, statusAtMs } from './deadline-times.js';
import type { DeadlineState, ReviewContext, ReviewEmitted } from './types.js';

export { instantMs, laterOf, statusAt } from './deadline-times.js';

/** Position of a step on the spine; the complaint sub-flow sits between published and closed. */
const RANK: Record<ReviewStage, number> = {
  preparing: 0,
  suggested: 1,
  selfReview: 2,
  meeting: 3,
  appraisal: 4,
  decision: 5,
  published: 6,
  complaint: 7,
  closed: 8,
  notReviewed: 9,
  notRated: 9,
};

/** The events that do the work of a step: a `block` deadline refuses them once it is passed. */
export const COMPLETES: Record<GuardableStage, readonly ReviewEventType[]> = {
  preparing: ['ISSUE_SUGGESTIONS'],
  suggested: ['SUBMIT_EXPLANATION'],
  selfReview: ['SUBMIT_SELF_REVIEW'],
  meeting: ['RECORD_MEETING'],
  appraisal: ['PROPOSE_LEVEL'],
  decision: ['DECIDE_LEVEL', 'PUBLISH'],
  published: ['FILE_COMPLAINT'],
  complaint: ['RESOLVE_COMPLAINT'],
};

/** Whether every suggestion point is answered by an explanation on file (seed item 2). */
export function explanationCovers(ctx: ReviewContext): boolean {
  if (ctx.suggestions.length === 0) return true;
  const ex = ctx.explanation;
  if (ex?.status !== 'submitted') return false;
  return ctx.suggestions.every((p) => ex.covers.includes(p.id));
}

/** The suggestion points not yet answered. */
export function uncoveredPoints(ctx: ReviewContext): string[] {
  const ex = ctx.explanation;
  const covered = ex && ex.status === 'submitted' ? ex.covers : [];
  return ctx.suggestions.map((p) => p.id).filter((id) => !covered.includes(id));
}

/** The rank of the furthest step a review has reached. */
function furthestRank(visited: readonly ReviewStage[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of visited) if (RANK[s] > max) max = RANK[s];
  return max;
}

/**
 * Whether the work a deadline guards is still to do. A step is done once the review has moved past
 * it (a step back — a return, a re-rating — does not re-arm it); the explanation step is pending
 * only while suggestions wait for an explanation that covers them; the complaint step until the
 * complaint is resolved; nothing is pending in an ended review.
 */
export function isPending(d: DeadlineState, ctx: ReviewContext): boolean {
  if (ctx.stage === 'notReviewed' || ctx.stage === 'notRated') return false;
  const furthest = furthestRank(ctx.visited);
  if (d.guards === 'suggested') {
    return ctx.suggestions.length > 0 && furthest < RANK.appraisal && !explanationCovers(ctx);
  }
  if (d.guards === 'complaint') {
    const c = ctx.complaint;
    return !ctx.closed && !c?.resolution && furthest < RANK.closed;
  }
  return furthest <= RANK[d.guards];
}

/** Whether the review is behind: a pending deadline has been missed (the `overdue` tag). */
export function isBehind(ctx: ReviewContext): boolean {
  return ctx.deadlines.some((d) => d.missedAt !== null && isPending(d, ctx));
}

/**
 * The `block` deadline a submission breaks, if any: a pending deadline of the step the event does
 * the work of, already due at the event's own instant.
 */
export function blockingDeadline(
  ctx: ReviewContext,
  type: ReviewEventType,
  at: string,
): DeadlineState | undefined {
  return ctx.deadlines.find(
    (d) =>
      d.policy === 'block' &&
      COMPLETES[d.guards].includes(type) &&
      isPending(d, ctx) &&
      statusAt(d, at) === 'overdue',
  );
}

/** The notice a pending deadline owes at `at` (epoch ms), if any: it says each status once. */
function owed(d: DeadlineState, ctx: ReviewContext, at: number): 'missed' | 'approaching' | null {
  if (!isPending(d, ctx)) return null;
  const status = statusAtMs(deadlineTimes(d), at);
  if (status === 'overdue' && d.missedAt === null) return 'missed';
  return status === 'approaching' && d.approachingAt === null ? 'approaching' : null;
}

/**
 * Reads the clock at `instant` (PROCESS.md §3): every pending deadline that has become
 * approaching or overdue, and has not said so for its current due instant, says so now, once.
 * When none does, the review's own `deadlines` array comes back as it is.
 */
export function observeDeadlines(
  ctx: ReviewContext,
  instant: string,
): { deadlines: readonly DeadlineState[]; emitted: ReviewEmitted[] } {
  const at = instantMs(instant);
  const emitted: ReviewEmitted[] = [];
  let deadlines: DeadlineState[] | undefined;
  ctx.deadlines.forEach((d, i) => {
    const notice = owed(d, ctx, at);
    if (notice === null) return;
    const note = { deadlineId: d.id, due: d.due, guards: d.guards, policy: d.policy, at: instant };
    emitted.push({ type: `deadline.${notice}`, ...note });
    deadlines ??= [...ctx.deadlines];
    deadlines[i] =
      notice === 'missed'
        ? Object.assign({}, d, { missedAt: instant })
        : Object.assign({}, d, { approachingAt: instant });
  });
  return { deadlines: deadlines ?? ctx.deadlines, emitted };
}

/** The tracked form of an input deadline. */
export function trackDeadline(d: ReviewDeadline): DeadlineState {
  // Object.assign, not `{ ...d, more }`: on Node 20 each member after a spread costs ~0.5 µs
  return Object.assign({}, d, {
    originalDue: d.due,
    approachingAt: null,
    missedAt: null,
    extensions: [],
  });
}

/** What `reviewDeadline` needs: a letter's date and how to read it, and what it guards. */
export interface ReviewDeadlineSpec extends CalendarChoice {
  readonly id: string;
  readonly label?: Text;
  /** X in "trước ngày X" (`YYYY-MM-DD`). */
  readonly date: string;
  readonly reading?: Reading;
  readonly rollForward?: boolean;
  readonly guards: GuardableStage;
  readonly policy?: 'warn' | 'block';
  readonly leadWorkingDays?: number;
}

/**
 * A review deadline (input data) from a letter's date, its due instant computed by the calendar's
 * `deadline()` in Asia/Ho_Chi_Minh: `reviewDeadline({ id: 'nop-ho-so', date: '2024-11-25',
 * guards: 'decision' })` → due `2024-11-25T00:00:00.000+07:00`.
 */
export function reviewDeadline(spec: ReviewDeadlineSpec): ReviewDeadlineInput {
  const { id, label, date, reading, rollForward, guards, policy, leadWorkingDays, ...choice } =
    spec;
  const due = deadline({
    ...choice,
    date,
    reading: reading ?? 'before',
    rollForward: rollForward ?? false,
  });
  return {
    id,
    ...(label ? { label } : {}),
    due: due.toISO() ?? '',
    reading: reading ?? 'before',
    guards,
    policy: policy ?? 'warn',
    leadWorkingDays: leadWorkingDays ?? 3,
  };
}
