import { type ActorOptions, createActor } from 'xstate';
import { text } from '../../src/core/text.js';
import type { Summary } from '../../src/report/summary-schema.js';
import type { CycleDefinitionInput } from '../../src/schemas/cycle-definition.js';
import type { Profile, ProfileInput } from '../../src/schemas/cycle-profile.js';
import type { SenderRole } from '../../src/schemas/review-events.js';
import type { AuditEntry } from '../audit.js';
import type { AuditKey } from '../digest.js';
import { ReviewInputError } from '../errors.js';
import { persist } from '../persistence.js';
import { restore } from '../restore.js';
import { createReviewActor, type ReviewActor, type ReviewSnapshot } from '../review/actor.js';
import { screen } from '../review/boundary.js';
import { type DispatchResult, type GuardedActor, guardActor } from '../review/guarded.js';
import { parseReviewInput } from '../review/input.js';
import { reviewMachine } from '../review/machine.js';
import { orderHeld } from '../review/order-hold.js';
import type { Rejection } from '../review/types.js';
import type { AnyAuditEntry, CycleAuditEntry } from './audit.js';
import { CycleInputError } from './errors.js';
import type { CycleIndex } from './index-schema.js';
import { type CycleMachine, cycleMachine } from './machine.js';
import { noteOf } from './note.js';
import { entryOf, openCycleIndex } from './open-index.js';
import { orderVerdict } from './order-verdict.js';
import { type CycleEnvelope, openCycleEnvelope, persistCycleActor } from './persist.js';
import { memoryReviews, type ReviewRepository } from './repository.js';
import { CYCLE_SCHEDULER_ID, reviewInputFor } from './review-input.js';
import { type CycleEmitted, type CycleMachineInput, reviewNoted } from './setup.js';

export interface CycleRunOptions {
  /** Where reviews are saved, one by one (default: `memoryReviews()`). */
  readonly reviews?: ReviewRepository;
  /** The host's audit key: every review and the cycle chain their entries with it. */
  readonly auditKey?: AuditKey;
  /** Called with every audit entry of every review and of the cycle (each names its subjectId). */
  readonly onAudit?: (entry: AnyAuditEntry) => void;
  /**
   * When a review changed in memory is saved to `reviews`: `'event'` after every event that reached
   * it (a host that must not lose an event), `'persist'` (default) when it leaves memory (ended), on
   * `run.persist()` and `run.stop()` — so that a saved cycle record and the saved reviews always
   * agree, at a fraction of the cost (saving seals the whole snapshot).
   */
  readonly saveReviews?: 'event' | 'persist';
}

export interface CreateCycleOptions extends CycleRunOptions {
  /** A host's own profile; default: the bundled `definition.profile` for `definition.year`. */
  readonly profile?: Profile | ProfileInput;
}

/** A sender as a host writes it. */
export interface SenderInput {
  readonly id: string;
  readonly roles: readonly SenderRole[];
  readonly unitId?: string;
}

/** An in-memory cycle: routes events to reviews, keeps the index, saves reviews one by one. */
export interface CycleRun {
  /** OPEN_CYCLE by the organizer: opens every subject's review at `at`. */
  open(at: string, by: SenderInput): DispatchResult;
  /** A review event for one subject (X-ORDER checked first); loads and saves that review only. */
  send(subjectId: string, event: unknown): DispatchResult;
  /** A cycle event: OPEN_CYCLE, SUBMIT_DOSSIER, COMPILE_SUMMARY, FINALIZE, TICK. */
  sendCycle(event: unknown): DispatchResult;
  /** The scheduler's TICK to the cycle and every review not ended (`by`: the cycle's scheduler). */
  tick(at: string, by?: SenderInput): DispatchResult;
  index(): CycleIndex;
  /** The compiled summary, or undefined before COMPILE_SUMMARY. */
  summary(): Summary | undefined;
  /** The cycle record only (reviews are saved through the repository as they change). */
  persist(): CycleEnvelope;
  /** A review's current snapshot (loaded from the repository if needed). */
  review(subjectId: string): ReviewSnapshot | undefined;
  /** The cycle's own audit entries seen by this run. */
  auditLog(): readonly CycleAuditEntry[];
  /** Stops the cycle and every review in memory. */
  stop(): void;
}

function refusal(code: Rejection['code'], vi: string, en: string): DispatchResult {
  return { ok: false, rejection: { code, message: text(vi, en) }, seq: null };
}

const ENDED = new Set(['closed', 'notReviewed', 'notRated']);

function typeOf(event: unknown): unknown {
  const v = screen(event).value;
  return v !== null && typeof v === 'object' ? (v as { type?: unknown }).type : undefined;
}

function validateReviews(index: CycleIndex): void {
  const issues = index.definition.subjects.flatMap((s, i) => {
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
    const saved = reviews.load(id);
    if (!saved) return undefined;
    const actor = attach(restore(reviewMachine, saved, key ? { auditKey: key } : {}));
    live.set(id, actor);
    return actor;
  };
  const dirty = new Set<string>();
  const eager = options.saveReviews === 'event';
  const save = (id: string, actor: ReviewActor) => {
    reviews.save(id, persist(actor));
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
    if (result.ok) deliver(reviewNoted(id, noteOf(snapshot)));
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
      const actor = attach(
        createReviewActor(reviewInputFor(index(), s.id), key ? { auditKey: key } : {}),
      );
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
    const order = typeOf(event) === 'DECIDE_LEVEL' ? orderVerdict(at, subjectId, event) : null;
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
        if (actor) after(id, actor, actor.dispatch({ type: 'TICK', at, now: at, by }));
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
      const saved = reviews.load(id);
      if (!saved) return undefined;
      const actor = restore(reviewMachine, saved, key ? { auditKey: key } : {}).start();
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

export interface RestoreCycleOptions extends CycleRunOptions {
  /** The definition the cycle was created with (the saved record names it by its digest). */
  readonly definition: CycleDefinitionInput | unknown;
  /** The host's own profile, when the cycle was created with one. */
  readonly profile?: Profile | ProfileInput;
}

/**
 * Restores a saved cycle (`run.persist()`) with the definition (and host profile) it was created
 * with: checks the envelope (PersistenceError, loading nothing: INVALID_ENVELOPE, NEWER_VERSION,
 * BAD_SEAL, UNKNOWN_KEY, CORRUPT_SNAPSHOT — also for another definition) and continues it with the
 * reviews of `options.reviews`, loaded as events reach them.
 */
export function restoreCycle(envelope: unknown, options: RestoreCycleOptions): CycleRun {
  const opened = openCycleEnvelope(envelope, options);
  // XState types `input` as required even with a snapshot; it is ignored then.
  const actor = createActor(cycleMachine, {
    snapshot: opened.snapshot,
  } as unknown as ActorOptions<CycleMachine> & { input: CycleMachineInput });
  return started(actor, options, opened.head);
}
