import type { InputIssue } from '../../src/core/errors.js';
import { show } from '../../src/core/show.js';
import { text } from '../../src/core/text.js';
import { DOUBT } from '../../src/schemas/fast/compile.js';
import { fastEvents } from '../../src/schemas/fast/events.js';
import { toInputIssues } from '../../src/schemas/issues.js';
import {
  isReviewEventType,
  REVIEW_EVENT_TYPES,
  type ReviewEvent,
  ReviewEventSchemas,
} from '../../src/schemas/review-events.js';
import { authorize } from './authorize.js';
import { receivedOf } from './boundary.js';
import { contentIssues, orderCheck, stateCheck } from './checks.js';
import { blockingDeadline, instantMs } from './deadlines.js';
import { LastOf } from './last.js';
import { orderHold } from './order-hold.js';
import type { Rejection, ReviewContext } from './types.js';

type Parsed = { ok: true; event: ReviewEvent } | { ok: false; issues: InputIssue[] };

const parsedEvents = new LastOf<Parsed>();

/**
 * Validates an event: first the bounds of the boundary (`screen`: depth, size, string length),
 * then its type's zod schema (its fast path first, `src/schemas/fast/events.ts`), on the screened
 * (JSON, NFC) copy. Memoised for the event being processed (by object).
 */
export function parseEvent(event: unknown): Parsed {
  const cacheKey = event !== null && typeof event === 'object' ? event : undefined;
  const cached = cacheKey ? parsedEvents.get(cacheKey) : undefined;
  if (cached) return cached;
  const screened = receivedOf(event);
  const result: Parsed = screened.ok
    ? parseScreened(screened.value)
    : { ok: false, issues: [screened.issue] };
  if (cacheKey) parsedEvents.set(cacheKey, result);
  return result;
}

function parseScreened(raw: unknown): Parsed {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'invalid_type',
          message: text('Sự kiện phải là một đối tượng.', 'An event must be an object.'),
        },
      ],
    };
  }
  const type = (raw as { type?: unknown }).type;
  let result: Parsed;
  if (!isReviewEventType(type)) {
    const shown = show(type);
    result = {
      ok: false,
      issues: [
        {
          path: ['type'],
          code: 'unknown_event',
          message: text(
            `Loại sự kiện không có: "${shown}"; chỉ nhận ${REVIEW_EVENT_TYPES.join(', ')}.`,
            `Unknown event type "${shown}"; expected one of ${REVIEW_EVENT_TYPES.join(', ')}.`,
          ),
        },
      ],
    };
  } else {
    // the fast path derived from the type's schema confirms the usual event; zod decides the rest
    const fast = fastEvents[type](raw);
    if (fast !== DOUBT) return { ok: true, event: fast };
    const out = ReviewEventSchemas[type].safeParse(raw);
    result = out.success
      ? { ok: true, event: out.data as ReviewEvent }
      : { ok: false, issues: toInputIssues(out.error) };
  }
  return result;
}

/** The outcome of the checks: the validated event, or why it is refused. */
export type Verdict = { ok: true; event: ReviewEvent } | { ok: false; rejection: Rejection };

function no(rejection: Rejection): Verdict {
  return { ok: false, rejection };
}

/**
 * Runs the checks in PROCESS.md §2's order and stops at the first that fails: payload bounds and
 * schema → sender's role and binding → not before the review's clock → the step allows it (`handled` says whether the current step has a transition
 * for the event at all) → deadline policy → the payload against what is on file → order.
 */
export function verdict(ctx: ReviewContext, raw: unknown, handled: boolean): Verdict {
  const parsed = parseEvent(raw);
  if (!parsed.ok) {
    return no({
      code: 'INVALID_PAYLOAD',
      message: text('Dữ liệu của sự kiện không hợp lệ.', 'The event payload is invalid.'),
      issues: parsed.issues,
    });
  }
  const e = parsed.event;
  const why = authorize(ctx, e);
  if (why) return no({ code: 'FORBIDDEN', message: why });
  if (instantMs(e.at) < instantMs(ctx.now)) {
    return no({
      code: 'OUT_OF_ORDER',
      message: text(
        `Sự kiện ghi thời điểm ${e.at}, trước đồng hồ của cuộc kiểm điểm (${ctx.now}).`,
        `The event is dated ${e.at}, before the review's clock (${ctx.now}).`,
      ),
    });
  }
  if (!handled) {
    return no({
      code: 'NOT_ALLOWED_IN_STATE',
      message: text(
        `Không thể ${e.type} ở bước "${ctx.stage}".`,
        `${e.type} is not allowed in step "${ctx.stage}".`,
      ),
    });
  }
  const notYet = stateCheck(ctx, e);
  if (notYet) return no({ code: 'NOT_ALLOWED_IN_STATE', message: notYet });
  if (e.type !== 'TICK') {
    const d = blockingDeadline(ctx, e.type, e.at);
    if (d) {
      return no({
        code: 'DEADLINE_PASSED',
        message: text(
          `Đã quá hạn "${d.id}" (${d.due}); cần cơ quan tổng hợp gia hạn.`,
          `Deadline "${d.id}" (${d.due}) has passed; the organizer must grant an extension.`,
        ),
      });
    }
  }
  const issues = contentIssues(ctx, e);
  if (issues.length > 0) {
    return no({
      code: 'INVALID_PAYLOAD',
      message: text(
        'Nội dung của sự kiện không phù hợp với hồ sơ.',
        'The event does not fit the review on file.',
      ),
      issues,
    });
  }
  const order = orderCheck(ctx, e) ?? (e.type === 'DECIDE_LEVEL' ? orderHold(raw) : null);
  if (order) return no({ code: 'ORDER', message: order });
  return { ok: true, event: e };
}

const verdicts = new LastOf<{ ctx: ReviewContext; handled: boolean; verdict: Verdict }>();

/**
 * {@link verdict}, computed once per event and context: XState asks the `admitted` guard of
 * every branch that may take the event (and `reject` asks again when none did), always with the
 * same context object while it picks a transition, so the checks run once per event.
 */
export function checkedVerdict(ctx: ReviewContext, raw: unknown, handled: boolean): Verdict {
  const key = raw !== null && typeof raw === 'object' ? raw : undefined;
  const hit = key ? verdicts.get(key) : undefined;
  if (hit && hit.ctx === ctx && hit.handled === handled) return hit.verdict;
  const v = verdict(ctx, raw, handled);
  if (key) verdicts.set(key, { ctx, handled, verdict: v });
  return v;
}

/** The validated event of an admitted transition (actions run only after `verdict` said yes). */
export function admittedEvent(raw: unknown): ReviewEvent {
  const parsed = parseEvent(raw);
  if (!parsed.ok) throw new Error('kiemdiem: an action ran for an event that failed validation');
  return parsed.event;
}
