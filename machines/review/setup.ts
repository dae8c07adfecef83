import { assign, setup } from 'xstate';
import { text } from '../../src/core/text.js';
import type { ReviewEvent, ReviewEventInput } from '../../src/schemas/review-events.js';
import type { ReviewInputInput, ReviewStage } from '../../src/schemas/review-input.js';
import { type AuditFacts, auditEntry } from '../audit.js';
import { receivedOf, type Screened, typeLabel } from './boundary.js';
import { laterOf, observeDeadlines } from './deadlines.js';
import { reviewGuards } from './guards.js';
import { isHandled } from './handled.js';
import { initialContext, takeParsedInput } from './input.js';
import { auditKeyOf } from './keys.js';
import { post } from './outbox.js';
import * as record from './record.js';
import { RECORDS, type RecordName } from './records.js';
import type { Rejection, ReviewContext, ReviewEmitted, ReviewTag, StageMeta } from './types.js';
import { admittedEvent, checkedVerdict } from './verdict.js';

type Writable = { -readonly [K in keyof ReviewContext]: ReviewContext[K] };

/** The params of `accept`: the step the transition leads to (none: it stays), what it records. */
export interface AcceptParams {
  readonly to?: ReviewStage;
  readonly record?: RecordName;
}

/** The instant an accepted event moves the review's clock to (TICK: `now`; others: `at`). */
function clockOf(ctx: ReviewContext, e: ReviewEvent): string {
  return laterOf(ctx.now, e.type === 'TICK' ? e.now : e.at);
}

/** The next entry of the review's audit chain, keyed with the actor's audit key if it has one. */
function logEntry(
  ctx: ReviewContext,
  self: object,
  facts: Pick<AuditFacts, 'outcome' | 'to' | 'code' | 'validated' | 'received'>,
) {
  return auditEntry(
    ctx.audit,
    {
      subjectId: ctx.subject.id,
      from: ctx.stage,
      to: facts.to,
      outcome: facts.outcome,
      code: facts.code,
      validated: facts.validated,
      received: facts.received,
      keepPayload: ctx.payloads === 'full',
    },
    auditKeyOf(self),
  );
}

function typeOf(s: Screened): unknown {
  const v = s.value;
  return v !== null && typeof v === 'object' ? (v as { type?: unknown }).type : undefined;
}

/** The refused event as the `rejected` notice carries it: an object with a string `type`. */
function eventShape(s: Screened): { type: string } & Record<string, unknown> {
  const v = s.value;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof typeOf(s) === 'string')
    return v as { type: string } & Record<string, unknown>;
  return { type: typeLabel(v), received: v };
}

/** Never expected: every check passed but no branch took the event. */
const UNADMITTED: Rejection = {
  code: 'NOT_ALLOWED_IN_STATE',
  message: text('Không có bước chuyển nào nhận sự kiện này.', 'No transition takes this event.'),
};

/**
 * `setup()` of the review machine: its types, its named guards (see `guards.ts`) and its named
 * actions. Every accepted event runs `accept` (clock, deadlines, audit, its record, its step);
 * every refused one runs `reject` (audit + the `rejected` event) and nothing else.
 */
export const reviewSetup = setup({
  types: {
    context: {} as ReviewContext,
    events: {} as ReviewEventInput,
    input: {} as ReviewInputInput,
    emitted: {} as ReviewEmitted,
    tags: {} as ReviewTag,
    meta: {} as StageMeta,
  },
  guards: reviewGuards,
  actions: {
    /**
     * Everything an admitted event does, as one change of the context (what it tells the host —
     * the notices and the audit entry — is posted to the actor's outbox, `outbox.ts`): the clock, the deadline
     * notices, the audit entry, the record the event writes (`record`, read against the context
     * before the step changes, as PROCESS.md's "from" needs), then the step it leads to (`to`:
     * `stage` and `visited`, which follow the state value), and the deadlines read again at the
     * new step (those that became pending). One `assign`, so one new snapshot per event.
     */
    accept: assign(({ context, event, self }, params: AcceptParams | undefined) => {
      const e = admittedEvent(event);
      const now = clockOf(context, e);
      const to = params?.to ?? context.stage;
      const observed = observeDeadlines(context, now); // the steps as they stand, at the new clock
      const entry = logEntry(context, self, {
        outcome: 'accepted',
        to,
        validated: e,
        received: { ok: true, value: e },
      });
      const patch: Partial<Writable> = {
        now,
        deadlines: observed.deadlines,
        audit: { seq: entry.seq, head: entry.digest },
      };
      const write = params?.record;
      const moves = to !== context.stage;
      // what is pending may change with the record (suggestions, an explanation) or the step
      let stepped: ReturnType<typeof observeDeadlines> | null = null;
      if (write || moves) {
        const next: Writable = Object.assign({}, context, patch); // the context the event leaves
        if (write) {
          const written = RECORDS[write](next, e);
          Object.assign(patch, written);
          Object.assign(next, written);
        }
        if (moves) {
          patch.stage = next.stage = to;
          patch.visited = next.visited = context.visited.includes(to)
            ? context.visited
            : [...context.visited, to];
        }
        stepped = observeDeadlines(next, now);
        patch.deadlines = stepped.deadlines;
      }
      post(self, ...observed.emitted, { type: 'audit', entry }, ...(stepped?.emitted ?? []));
      return patch;
    }),
    /**
     * Refuses an event no branch admitted (the `review` region's `'*'`): the first failing check
     * gives the code; only the audit chain's `{ seq, head }` changes.
     */
    reject: assign(({ context, event, self }) => {
      const received = receivedOf(event);
      const v = checkedVerdict(
        context,
        event,
        received.ok && isHandled(context.stage, typeOf(received)),
      );
      const rejection: Rejection = v.ok ? UNADMITTED : v.rejection;
      const entry = logEntry(context, self, {
        outcome: 'rejected',
        to: context.stage,
        code: rejection.code,
        validated: null,
        received,
      });
      post(
        self,
        {
          type: 'rejected',
          code: rejection.code,
          event: eventShape(received),
          message: rejection.message,
          ...(rejection.issues ? { issues: rejection.issues } : {}),
          seq: entry.seq,
        },
        { type: 'audit', entry },
      );
      return { audit: { seq: entry.seq, head: entry.digest } };
    }),
    /** The cycle excluded the subject: the review ends at `notReviewed` with the reason. */
    recordExclusion: assign(({ context }) => ({
      ...record.recordExclusion(context),
      stage: 'notReviewed' as const,
      visited: [...context.visited, 'notReviewed' as const],
    })),
  },
});

/**
 * The context factory: validates the input (throws `ReviewInputError`) and builds the context,
 * with the deadline notices due at the opening posted for the actor's start.
 *
 * The spread copy is for speed, not for safety. XState makes every new context with
 * `Object.assign({}, context, update)`. When that copies the 25 members of an object literal, V8
 * gives the copy slow (dictionary) properties, and so does every context after it: each `assign`
 * then took about 7 µs and each read of a member was a hash lookup. A spread copy has a map that
 * `Object.assign` can clone, so the contexts keep fast properties (issue 9; see bench/README.md).
 */
export function reviewContextFromInput({
  input,
  self,
}: {
  input: ReviewInputInput;
  self: object;
}): ReviewContext {
  const context: Writable = { ...initialContext(takeParsedInput(input)) };
  // Deadlines already approaching or missed at the opening say so when the actor starts (after
  // that, `accept` reads them at every event). An excluded subject has none pending.
  if (context.deadlines.length > 0 && !context.subject.excluded) {
    const observed = observeDeadlines(context, context.now);
    context.deadlines = observed.deadlines;
    post(self, ...observed.emitted);
  }
  return context;
}
