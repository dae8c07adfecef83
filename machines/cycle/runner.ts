import { type ActorOptions, createActor } from 'xstate';
import { text } from '../../src/core/text.js';
import type { CycleDefinitionInput } from '../../src/schemas/cycle-definition.js';
import type { AuditEntry } from '../audit.js';
import { ReviewInputError } from '../errors.js';
import { persist, persistText } from '../persistence.js';
import { createReviewActor, type ReviewActor } from '../review/actor.js';
import { screen } from '../review/boundary.js';
import { observeDeadlines } from '../review/deadlines.js';
import { type DispatchResult, type GuardedActor, guardActor } from '../review/guarded.js';
import { parseReviewInput } from '../review/input.js';
import { orderHeld } from '../review/order-hold.js';
import type { Rejection } from '../review/types.js';
import type { CycleAuditEntry } from './audit.js';
import { CycleInputError } from './errors.js';
import type { CycleIndex } from './index-schema.js';
import { type CycleMachine, cycleMachine } from './machine.js';
import { noteChanges, noteOf } from './note.js';
import { entryOf, openCycleIndex } from './open-index.js';
import { orderVerdict } from './order-verdict.js';
import { openCycleEnvelope, persistCycleActor } from './persist.js';
import { memoryReviews, restoreSaved } from './repository.js';
import { CYCLE_SCHEDULER_ID, reviewInputFor } from './review-input.js';
import type {
  CreateCycleOptions,
  CycleRun,
  CycleRunOptions,
  RestoreCycleOptions,
} from './run-types.js';
import { type CycleEmitted, type CycleMachineInput, reviewNoted } from './setup.js';

function refusal(code: Rejection['code'], vi: string, en: string): DispatchResult {
  return { ok: false, rejection: { code, message: text(vi, en) }, seq: null };
}

const ENDED = new Set(['closed', 'notReviewed', 'notRated']);

function typeOf(event: unknown): unknown {
  const v = screen(event).value;
  return v !== null && typeof v === 'object' ? (v as { type?: unknown }).type : undefined;
}

/**
 * Every review the cycle will open must have a valid input (`parseReviewInput`), checked before
 * the cycle exists. The subject's facts and participants were checked by the definition's schema
 * (the same refinements); what depends on the rules — a rule set shipped for the year, regime and
 * employment, the profile's switches — and the cycle's facts and deadlines are the same for every
 * subject of one regime and employment, so one subject of each is parsed whole.
 */
function validateReviews(index: CycleIndex): void {
  const seen = new Set<string>();
  const issues = index.definition.subjects.flatMap((s, i) => {
    const kind = `${s.regime}/${s.employment ?? ''}`;
    if (seen.has(kind)) return [];
    seen.add(kind);
    try {
      parseReviewInput(reviewInputFor(index, s.id));
      return [];
    } catch (err) {
      if (!(err instanceof ReviewInputError)) throw err;
      return err.issues.map((x) => ({ ...x, path: ['subjects', i, ...x.path] }));
    }
  });
  if (issues.length > 0) throw new CycleInputError(issues);
}

function run(
  cycle: GuardedActor<CycleMachine>,
  deliver: (event: unknown) => void,
  options: CycleRunOptions,
): CycleRun {
  const reviews = options.reviews ?? memoryReviews();
  const key = options.auditKey;
  const live = new Map<string, ReviewActor>();
  // with onAudit the entries stream to the host: the live reviews keep no copy of their logs
  const reviewOptions = {
    ...(key ? { auditKey: key } : {}),
    ...(options.onAudit ? { keepAuditLog: false } : {}),
  };
  const index = () => cycle.getSnapshot().context;
  const attach = (actor: ReviewActor) => {
    if (options.onAudit) {
      const onAudit = options.onAudit;
      actor.on('audit', (e) => onAudit(e.entry));
    }
    return actor.start();
  };
  const load = (id: string): ReviewActor | undefined => {
    const held = live.get(id);
    if (held) return held;
    const actor = restoreSaved(reviews, id, reviewOptions);
    if (!actor) return undefined;
    attach(actor);
    live.set(id, actor);
    return actor;
  };
  const dirty = new Set<string>();
  const eager = options.saveReviews === 'event';
  const dueOnly = options.tickReviews === 'due';
  const save = (id: string, actor: ReviewActor) => {
    if (reviews.saveText) reviews.saveText(id, persistText(actor));
    else reviews.save(id, persist(actor));
    dirty.delete(id);
  };
  const flush = () => {
    for (const id of [...dirty]) {
      const actor = live.get(id);
      if (actor) save(id, actor);
    }
  };
  const after = (id: string, actor: ReviewActor, result: DispatchResult) => {
    const snapshot = actor.getSnapshot();
    if (result.ok) {
      const note = noteOf(snapshot);
      if (noteChanges(index(), id, note)) deliver(reviewNoted(id, note));
    }
    const ended = snapshot.hasTag('ended');
    if (result.seq !== null) {
      if (eager || ended) save(id, actor);
      else dirty.add(id);
    }
    if (ended) {
      actor.stop();
      live.delete(id);
    }
  };
  const openReviews = () => {
    for (const s of index().definition.subjects) {
      const actor = attach(createReviewActor(reviewInputFor(index(), s.id), reviewOptions));
      deliver(reviewNoted(s.id, noteOf(actor.getSnapshot())));
      const ended = actor.getSnapshot().hasTag('ended');
      if (eager || ended) save(s.id, actor);
      else dirty.add(s.id);
      if (ended) actor.stop();
      live.set(s.id, actor);
      if (ended) live.delete(s.id);
    }
  };
  const sendCycle = (event: unknown): DispatchResult => {
    const before = index().state;
    const result = cycle.dispatch(event);
    if (result.ok && before === 'draft' && index().state === 'open') openReviews();
    return result;
  };
  const send = (subjectId: string, event: unknown): DispatchResult => {
    const at = index();
    if (typeof subjectId !== 'string' || !entryOf(at, subjectId))
      return refusal(
        'INVALID_PAYLOAD',
        `Không có đối tượng "${String(subjectId)}" trong đợt kiểm điểm.`,
        `No subject "${String(subjectId)}" in the cycle.`,
      );
    if (at.state === 'draft')
      return refusal(
        'NOT_ALLOWED_IN_STATE',
        'Đợt kiểm điểm chưa mở.',
        'The cycle is not open yet.',
      );
    const actor = load(subjectId);
    if (!actor)
      return refusal(
        'NOT_ALLOWED_IN_STATE',
        `Không tìm thấy bản lưu cuộc kiểm điểm "${subjectId}".`,
        `No saved review "${subjectId}" in the repository.`,
      );
    const screened = screen(event);
    const order =
      screened.ok && typeOf(event) === 'DECIDE_LEVEL'
        ? orderVerdict(at, subjectId, screened.value)
        : null;
    const result = actor.dispatch(order ? orderHeld(event, order.message) : event);
    after(subjectId, actor, result);
    return result;
  };
  return {
    open: (at, by) => sendCycle({ type: 'OPEN_CYCLE', at, by }),
    send,
    sendCycle,
    tick: (at, by = { id: CYCLE_SCHEDULER_ID, roles: ['scheduler'] }) => {
      const result = sendCycle({ type: 'TICK', at, now: at, by });
      if (!result.ok || index().state === 'draft') return result;
      const open = index()
        .subjects.filter((e) => !ENDED.has(e.stage))
        .map((e) => e.id);
      for (const id of open) {
        const actor = load(id);
        if (!actor) continue;
        if (dueOnly && observeDeadlines(actor.getSnapshot().context, at).emitted.length === 0)
          continue;
        after(id, actor, actor.dispatch({ type: 'TICK', at, now: at, by }));
      }
      return result;
    },
    index,
    summary: () => index().summary ?? undefined,
    persist: () => {
      flush();
      return persistCycleActor(cycle, cycle.auditHead() as CycleAuditEntry | null, key);
    },
    review: (id) => {
      if (typeof id !== 'string' || !entryOf(index(), id)) return undefined;
      const held = live.get(id);
      if (held) return held.getSnapshot();
      // read a saved review without keeping it in memory
      const actor = restoreSaved(reviews, id, key ? { auditKey: key } : {})?.start();
      if (!actor) return undefined;
      const snapshot = actor.getSnapshot();
      actor.stop();
      return snapshot;
    },
    auditLog: () => cycle.auditLog() as unknown as CycleAuditEntry[],
    stop: () => {
      flush();
      for (const a of live.values()) a.stop();
      live.clear();
      cycle.stop();
    },
  };
}

function started(
  actor: ReturnType<typeof createActor<CycleMachine>>,
  options: CycleRunOptions,
  head: CycleAuditEntry | null,
): CycleRun {
  const deliver = actor.send.bind(actor) as (event: unknown) => void;
  if (options.onAudit) {
    const onAudit = options.onAudit;
    actor.on('audit', (e: CycleEmitted) => {
      if (e.type === 'audit') onAudit(e.entry);
    });
  }
  const guarded = guardActor(actor, {
    ...(options.auditKey ? { key: options.auditKey } : {}),
    head: head as unknown as AuditEntry | null,
  });
  guarded.start();
  return run(guarded, deliver, options);
}

/**
 * An in-memory cycle (issue 10): validates the definition, the profile and every subject's review
 * input (throws `CycleInputError`, located at `subjects[i]…`), and starts the cycle in `draft`.
 * `run.open(at, by)` opens every review; reviews that have ended leave memory (saved in
 * `reviews`); an event for a review not in memory loads it from `reviews`.
 */
export function createCycle(
  definition: CycleDefinitionInput | unknown,
  options: CreateCycleOptions = {},
): CycleRun {
  const index = openCycleIndex(definition, options.profile ? { profile: options.profile } : {});
  validateReviews(index);
  return started(createActor(cycleMachine, { input: { index } }), options, null);
}

/**
 * Restores a saved cycle (`run.persist()`) with the definition (and host profile) it was created
 * with: checks the envelope (PersistenceError, loading nothing: INVALID_ENVELOPE, NEWER_VERSION,
 * BAD_SEAL, UNKNOWN_KEY, CORRUPT_SNAPSHOT — also for another definition) and continues it with the
 * reviews of `options.reviews`, loaded as events reach them.
 */
export function restoreCycle(envelope: unknown, options: RestoreCycleOptions): CycleRun {
  const opened = openCycleEnvelope(envelope, options);
  return resumeCycle(opened.snapshot.context, opened.head, options);
}

/**
 * Internal: continues a cycle from an index already checked (`openCycleEnvelope` once, or one the
 * caller made from such an index), and the head entry of its chain — what the cycle service runs
 * each cycle event on without checking the whole record again. The run changes `index.subjects`
 * in place as reviews note their steps: hand it a copy the caller does not keep.
 */
export function resumeCycle(
  index: CycleIndex,
  head: CycleAuditEntry | null,
  options: CycleRunOptions,
): CycleRun {
  // the cycle machine has no history states and invokes no actors; its state value is the index's
  const snapshot = {
    status: 'active',
    value: index.state,
    historyValue: {},
    children: {},
    context: index,
  };
  // XState types `input` as required even with a snapshot; it is ignored then.
  const actor = createActor(cycleMachine, {
    snapshot,
  } as unknown as ActorOptions<CycleMachine> & { input: CycleMachineInput });
  return started(actor, options, head);
}
