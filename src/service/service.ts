import {
  createReviewActor,
  type DispatchResult,
  persist,
  persistText,
  type ReviewActor,
  type ReviewEmitted,
  type ReviewSnapshot,
  restore,
  restoreText,
  reviewMachine,
  SenderSchema,
} from '../../machines/index.js';
import { text } from '../core/text.js';
import { fastSafeParse } from '../schemas/fast/compile.js';
import type { Sender } from '../schemas/review-events.js';
import { corruptRow } from '../store/errors.js';
import type { Json, ReviewCommit, StoredReview } from '../store/types.js';
import { ActorCache, textOf } from './cache.js';
import { prepareEvent } from './event.js';
import { eventInstant } from './instant.js';
import { outboxFor } from './notify.js';
import { idempotencyKeyOf, REQUEST_MESSAGES } from './requests.js';
import type {
  Applied,
  Refusal,
  ReviewService,
  ReviewServiceOptions,
  SendOutcome,
  ServiceRefusal,
} from './types.js';
import { nextWakeAt } from './wake.js';

type Notice = Extract<ReviewEmitted, { type: 'deadline.approaching' | 'deadline.missed' }>;

const MESSAGES = {
  CONFLICT: text(
    'Cuộc kiểm điểm vừa được người khác cập nhật hai lần liền; hãy gửi lại.',
    'The review was updated by someone else twice in a row; send again.',
  ),
  NOT_FOUND: text('Không có cuộc kiểm điểm này.', 'There is no such review.'),
  ...REQUEST_MESSAGES,
} as const;

/** `SenderSchema.safeParse`, through the fast path derived from it. */
const parseSender = fastSafeParse(SenderSchema);

function refusal(subjectId: string, code: ServiceRefusal['code']): ServiceRefusal {
  return { ok: false, subjectId, code, message: MESSAGES[code] };
}

/** What one attempt produced: an outcome to return, or a commit the store refused. */
type Attempt = { done: Applied | Refusal } | { retry: 'conflict' | 'duplicate' };

/**
 * The durable review service (issue 11): `send` loads a review, checks and applies one event and
 * saves, in one store transaction, the new envelope, its audit entries, the outbox messages, the
 * idempotency outcome and (with a cycle) the cycle's record. See docs/persistence.md.
 */
export function createReviewService<TRequest>(
  options: ReviewServiceOptions<TRequest>,
): ReviewService<TRequest> {
  const { store, clock, authenticate, auditKey, auditKeys, cycle } = options;
  const machine = options.machine ?? reviewMachine;
  const keys = { ...(auditKey ? { auditKey } : {}), ...(auditKeys ? { auditKeys } : {}) };
  const cache = new ActorCache(options.cacheSize ?? 1000);

  function opened(stored: StoredReview): ReviewActor {
    try {
      // The service streams each entry into the commit ('audit' events): a cached actor that also
      // kept its log would grow with every send (measured: sends/s fell by a third over 24,000).
      const options = { ...keys, keepAuditLog: false };
      // From the row's own text when the store kept it (all three do): the seal is checked on the
      // snapshot's text as saved, where the parsed envelope would be written out again to check it
      // (issue 11: what a cache miss costs; `npm run bench` puts the text round trip at 7.3× the
      // bare machine's, the envelope object's at 11.2×).
      return typeof stored.envelopeText === 'string'
        ? restoreText(machine, stored.envelopeText, options)
        : restore(machine, stored.envelope, options);
    } catch (cause) {
      throw corruptRow(stored.subjectId, 'snapshot', cause);
    }
  }

  async function attempt(
    stored: StoredReview,
    by: Sender,
    event: unknown,
    key: string,
    scheduled: boolean,
  ): Promise<Attempt> {
    const actor = cache.take(stored) ?? opened(stored).start();
    const notices: Notice[] = [];
    const entries: ReviewActorEntry[] = [];
    const subscriptions = [
      actor.on('audit', (e) => entries.push(e.entry)),
      actor.on('deadline.approaching', (e) => notices.push(e)),
      actor.on('deadline.missed', (e) => notices.push(e)),
    ];
    let keep: { version: number; text: string } | undefined;
    try {
      const before = actor.getSnapshot();
      const at = eventInstant(clock, before.context.now);
      const isDecision = (event as { type?: unknown } | null)?.type === 'DECIDE_LEVEL';
      // the cycle's record only when a hook reads it (it may be large: docs/persistence.md)
      const reads = cycle !== undefined && ((cycle.order && isDecision) || cycle.note);
      const record = reads ? await store.loadCycle(cycle.cycleId) : undefined;
      const held =
        cycle?.order && isDecision ? await cycle.order(record?.record, stored.subjectId) : null;
      if (held) {
        // X-ORDER holds the decision back before it reaches the review: nothing of the review
        // changes; the outcome is recorded under the key (the cycle's own chain audits it)
        const done: Refusal = {
          ok: false,
          subjectId: stored.subjectId,
          code: held.code,
          rejection: held,
          seq: null,
          version: stored.version + 1,
        };
        const result = await store.commit({
          subjectId: stored.subjectId,
          expectedVersion: stored.version,
          envelope: stored.envelope as Json,
          nextDueAt: stored.nextDueAt,
          entries: [],
          idempotency: { key, outcome: JSON.parse(JSON.stringify(done)) as Json },
          outbox: [],
        });
        if (!result.ok) return { retry: result.reason };
        keep = { version: result.version, text: textOf(stored) };
        return { done };
      }
      const verdict: DispatchResult = actor.dispatch(prepareEvent(event, by, at));
      const after = actor.getSnapshot();
      // Written once, as text: the store saves it, and the cache compares the next load with it.
      // persistText writes the snapshot straight from its canonical text, without the envelope
      // object persist builds and JSON.stringify writes out again (issue 11: together ~15% of a
      // SQLite send); the object is parsed only for a store that reads it (none of ours do).
      const envelopeText = persistText(actor);
      let parsed: Json | undefined;
      const seq = verdict.seq ?? after.context.audit.seq;
      const moved = after.context.stage !== before.context.stage;
      const outbox = verdict.ok ? outboxFor(stored.subjectId, seq, after, notices, moved) : [];
      const version = stored.version + 1;
      const done: Applied | Refusal = verdict.ok
        ? {
            ok: true,
            subjectId: stored.subjectId,
            seq,
            version,
            stage: after.context.stage,
            notifications: outbox.map((m) => m.id),
          }
        : {
            ok: false,
            subjectId: stored.subjectId,
            code: verdict.rejection.code,
            rejection: verdict.rejection,
            seq: verdict.seq,
            version,
          };
      const noted =
        verdict.ok && cycle?.note ? cycle.note(record?.record, stored.subjectId, after) : undefined;
      const commit: ReviewCommit = {
        subjectId: stored.subjectId,
        expectedVersion: stored.version,
        get envelope(): Json {
          parsed ??= JSON.parse(envelopeText) as Json;
          return parsed;
        },
        envelopeText,
        // a scheduled TICK that was refused must not wake the review again at the same instant
        nextDueAt: nextWakeAt(
          after.context,
          scheduled ? laterIso(after.context.now, at) : after.context.now,
        ),
        entries,
        idempotency: { key, outcome: JSON.parse(JSON.stringify(done)) as Json },
        outbox,
        ...(cycle && noted !== undefined
          ? {
              cycle: {
                cycleId: cycle.cycleId,
                expectedVersion: record?.version ?? 0,
                record: noted,
              },
            }
          : {}),
      };
      const result = await store.commit(commit);
      if (!result.ok) return { retry: result.reason };
      if (verdict.ok) cycle?.noted?.(stored.subjectId, after);
      keep = { version: result.version, text: envelopeText };
      return { done };
    } finally {
      for (const s of subscriptions) s.unsubscribe();
      // only an actor whose state is the one just saved is kept
      if (keep) cache.put(stored.subjectId, keep.version, keep.text, actor);
      else actor.stop();
    }
  }

  async function run(
    subjectId: string,
    by: Sender,
    event: unknown,
    key: string,
    scheduled: boolean,
  ): Promise<SendOutcome> {
    // one try and one retry (issue 11): a second lost race is CONFLICT
    for (let tries = 0; tries < 2; tries++) {
      // The key is not read first: the commit refuses a recorded key (`duplicate`, all of it
      // written or none), and only then is the first outcome read. A repeated request costs one
      // transition that is never saved (its actor is dropped, not cached); every other request
      // saves a round trip — one of three per send on PostgreSQL (issue 11: sends/s).
      const stored = await store.load(subjectId);
      if (!stored) return (await duplicateOf(subjectId, key)) ?? refusal(subjectId, 'NOT_FOUND');
      const result = await attempt(stored, by, event, key, scheduled);
      if ('done' in result) return result.done;
      if (result.retry === 'duplicate') break;
    }
    return (await duplicateOf(subjectId, key)) ?? refusal(subjectId, 'CONFLICT');
  }

  async function duplicateOf(subjectId: string, key: string): Promise<SendOutcome | undefined> {
    const first = await store.outcome(subjectId, key);
    if (first === undefined) return undefined;
    return {
      ok: false,
      subjectId,
      code: 'DUPLICATE',
      first: first as unknown as Applied | Refusal,
      message: MESSAGES.DUPLICATE,
    };
  }

  return {
    async create(input, createOptions = {}) {
      const actor = createReviewActor(input as never, auditKey ? { auditKey } : {});
      actor.start();
      try {
        const snap = actor.getSnapshot();
        const ctx = snap.context;
        const subjectId = ctx.subject.id;
        const organizers = (ctx.participants as { organizer?: readonly string[] } | null)
          ?.organizer;
        const created = await store.create({
          subjectId,
          organizerId: createOptions.organizerId ?? organizers?.[0] ?? '-',
          year: ctx.cycle.year,
          envelope: persist(actor) as unknown as Json,
          nextDueAt: nextWakeAt(ctx),
        });
        return { subjectId, created };
      } finally {
        actor.stop();
      }
    },

    async send(subjectId, request, event, sendOptions) {
      const key = idempotencyKeyOf(sendOptions);
      if (key === null) return refusal(subjectId, 'BAD_REQUEST');
      let by: Sender;
      try {
        const parsed = parseSender(await authenticate(request));
        if (!parsed.success) return refusal(subjectId, 'UNAUTHENTICATED');
        by = parsed.data;
      } catch {
        return refusal(subjectId, 'UNAUTHENTICATED');
      }
      return run(subjectId, by, event, key, false);
    },

    async tick(subjectId, by, tickOptions) {
      const key = idempotencyKeyOf(tickOptions);
      if (key === null) return refusal(subjectId, 'BAD_REQUEST');
      return run(subjectId, by, { type: 'TICK' }, key, true);
    },

    async snapshot(subjectId): Promise<ReviewSnapshot | undefined> {
      const stored = await store.load(subjectId);
      if (!stored) return undefined;
      // the actor this service saved as that very row, if it still runs; else the row restored
      return (cache.peek(stored) ?? opened(stored)).getSnapshot();
    },
  };
}

type ReviewActorEntry = ReturnType<ReviewActor['auditLog']>[number];

function laterIso(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
