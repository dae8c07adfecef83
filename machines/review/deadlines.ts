import { DateTime } from 'luxon';
import {
  approachingFrom,
  type CalendarChoice,
  type DeadlineStatus,
  deadline,
} from '../../src/calendar/index.js';
import type { Text } from '../../src/core/text.js';
import type { Reading } from '../../src/schemas/deadline.js';
import type { ReviewEventType } from '../../src/schemas/review-events.js';
import type {
  GuardableStage,
  ReviewDeadline,
  ReviewDeadlineInput,
  ReviewStage,
} from '../../src/schemas/review-input.js';
import type { DeadlineState, ReviewContext, ReviewEmitted } from './types.js';

const millis = new Map<string, number>();

/** Milliseconds since the epoch of an ISO instant with an offset (memoised: luxon parses slowly). */
export function instantMs(iso: string): number {
  let ms = millis.get(iso);
  if (ms === undefined) {
    ms = DateTime.fromISO(iso, { setZone: true }).toMillis();
    if (millis.size > 10_000) millis.clear();
    millis.set(iso, ms);
  }
  return ms;
}

const approaching = new Map<string, number>();

/**
 * `deadlineStatus(due, instant, { leadWorkingDays })` of the default calendar, on memoised epoch
 * milliseconds: the machine asks for every pending deadline on every event, and luxon's zone
 * arithmetic on each ISO string dominated an event's cost.
 */
export function statusAt(
  d: { due: string; leadWorkingDays: number },
  instant: string,
): DeadlineStatus {
  const at = instantMs(instant);
  const due = instantMs(d.due);
  if (at >= due) return 'overdue';
  const key = `${d.due}/${d.leadWorkingDays}`;
  let from = approaching.get(key);
  if (from === undefined) {
    from = approachingFrom(d.due, { leadWorkingDays: d.leadWorkingDays }).toMillis();
    if (approaching.size > 10_000) approaching.clear();
    approaching.set(key, from);
  }
  return at >= from ? 'approaching' : 'open';
}

/** The later of two ISO instants. */
export function laterOf(a: string, b: string): string {
  return instantMs(b) > instantMs(a) ? b : a;
}

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

/**
 * Whether the work a deadline guards is still to do. A step is done once the review has moved past
 * it (a step back — a return, a re-rating — does not re-arm it); the explanation step is pending
 * only while suggestions wait for an explanation that covers them; the complaint step until the
 * complaint is resolved; nothing is pending in an ended review.
 */
export function isPending(d: DeadlineState, ctx: ReviewContext): boolean {
  if (ctx.stage === 'notReviewed' || ctx.stage === 'notRated') return false;
  const furthest = Math.max(...ctx.visited.map((s) => RANK[s]));
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

/**
 * Reads the clock at `instant` (PROCESS.md §3): every pending deadline that has become
 * approaching or overdue, and has not said so for its current due instant, says so now, once.
 */
export function observeDeadlines(
  ctx: ReviewContext,
  instant: string,
): { deadlines: DeadlineState[]; emitted: ReviewEmitted[] } {
  const emitted: ReviewEmitted[] = [];
  const deadlines = ctx.deadlines.map((d): DeadlineState => {
    if (!isPending(d, ctx)) return d;
    const status = statusAt(d, instant);
    const note = { deadlineId: d.id, due: d.due, guards: d.guards, policy: d.policy, at: instant };
    if (status === 'overdue' && d.missedAt === null) {
      emitted.push({ type: 'deadline.missed', ...note });
      return { ...d, missedAt: instant };
    }
    if (status === 'approaching' && d.approachingAt === null) {
      emitted.push({ type: 'deadline.approaching', ...note });
      return { ...d, approachingAt: instant };
    }
    return d;
  });
  return { deadlines, emitted };
}

/** The tracked form of an input deadline. */
export function trackDeadline(d: ReviewDeadline): DeadlineState {
  return { ...d, originalDue: d.due, approachingAt: null, missedAt: null, extensions: [] };
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
