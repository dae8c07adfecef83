import type { AnyAuditEntry, CycleAuditEntry } from '../../machines/cycle/audit.js';
import type { CycleIndex } from '../../machines/cycle/index-schema.js';
import { applyNote, noteOf } from '../../machines/cycle/note.js';
import { entryOf, openCycleIndex } from '../../machines/cycle/open-index.js';
import { orderVerdict } from '../../machines/cycle/order-verdict.js';
import { CYCLE_SCHEDULER_ID, reviewInputFor } from '../../machines/cycle/review-input.js';
import type { CycleRun } from '../../machines/cycle/run-types.js';
import { createCycle, resumeCycle } from '../../machines/cycle/runner.js';
import { observeDeadlines } from '../../machines/review/deadlines.js';
import type { DispatchResult } from '../../machines/review/guarded.js';
import type { ReviewContext } from '../../machines/review/types.js';
import { text } from '../core/text.js';
import { type Sender, SenderSchema } from '../schemas/review-events.js';
import { StoreError } from '../store/errors.js';
import type { CycleLogEntry } from '../store/types.js';
import { readBy, typeOf, withNotes } from './cycle-notes.js';
import { CycleRecords, type CycleState, recordOf } from './cycle-record.js';
import type { CycleOutcome, CycleService, CycleServiceOptions, CycleTick } from './cycle-types.js';
import { prepareEvent } from './event.js';
import { cycleInstant } from './instant.js';
import { idempotencyKeyOf, REQUEST_MESSAGES } from './requests.js';
import { createReviewService } from './service.js';
import type { SendOptions, SendOutcome } from './types.js';

const MESSAGES = {
  ...REQUEST_MESSAGES,
  CONFLICT: text(
    'Đợt kiểm điểm vừa được người khác cập nhật hai lần liền; hãy gửi lại.',
    'The cycle was updated by someone else twice in a row; send again.',
  ),
  NOT_FOUND: text(
    'Không có đối tượng này trong đợt kiểm điểm.',
    'There is no such subject in the cycle.',
  ),
} as const;

const SCHEDULER: Sender = { id: CYCLE_SCHEDULER_ID, roles: ['scheduler'] };

/**
 * A cycle on a store (see `CycleService`): review events go through `createReviewService`, whose
 * `cycle` hooks check X-ORDER against the stored index and save the index's change in the same
 * transaction as the review; cycle events restore the cycle from its record, apply the event and
 * save the record, its audit entries and the outcome under the request's key in one write.
 */
export function createCycleService<TRequest>(
  options: CycleServiceOptions<TRequest>,
): CycleService<TRequest> {
  const { store, clock, authenticate, auditKey } = options;
  const draft = openCycleIndex(
    options.definition,
    options.profile ? { profile: options.profile } : {},
  );
  const definition = draft.definition;
  const cycleId = definition.id;
  const ours = new Set(definition.subjects.map((s) => s.id));
  const source = {
    cycleId,
    definition,
    ...(options.profile ? { profile: options.profile } : {}),
    ...(auditKey ? { auditKey } : {}),
  };
  const records = new CycleRecords(source);
  let last: CycleIndex | undefined;
  const service = createReviewService<TRequest>({
    store,
    clock,
    authenticate,
    ...(auditKey ? { auditKey } : {}),
    ...(options.cacheSize !== undefined ? { cacheSize: options.cacheSize } : {}),
    cycle: {
      cycleId,
      // X-ORDER reads the prerequisites' entries from their reviews, not from the record
      order: async (record, subjectId) => {
        const state = records.openRecord(record);
        if (!state) return null;
        const index = await withNotes(
          service,
          state.index,
          entryOf(state.index, subjectId)?.prerequisites,
        );
        return orderVerdict(index, subjectId, { type: 'DECIDE_LEVEL' });
      },
      // the review's own row holds what its entry says: the record is not written at each event
      // (it held the whole index, and rewriting it made a cycle's cost grow with its size
      // squared: docs/persistence.md, "Size"); only this process's progress copy follows
      noted: (subjectId, snapshot) => {
        if (last) last = applyNote(last, subjectId, noteOf(snapshot));
      },
    },
  });

  /** Keeps `index` as this process's progress copy (its own `subjects`, changed in place). */
  function track(index: CycleIndex): CycleIndex {
    last = { ...index, subjects: [...index.subjects] };
    return index;
  }

  async function sender(request: TRequest): Promise<Sender | null> {
    try {
      const parsed = SenderSchema.safeParse(await authenticate(request));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /**
   * The cycle as a run in memory: new (no record yet), or resumed from the stored state — checked
   * whole when the record was read (`records.open`), not again — with the entries the event reads
   * taken from their reviews.
   */
  function runOf(
    index: CycleIndex | undefined,
    state: CycleState | undefined,
    onAudit: (e: AnyAuditEntry) => void,
  ): CycleRun {
    const common = { ...source, onAudit, saveReviews: 'event' as const };
    if (!state || !index) return createCycle(definition, common);
    return resumeCycle(index, state.head, common);
  }

  /**
   * Creates every review the opened cycle names. A review of this cycle that exists (an open cut
   * short by a crash) is left as it is; one of another cycle under the same subject id refuses the
   * opening before anything is created (`SUBJECT_TAKEN`): the cycle would act on a stranger's review.
   */
  async function createReviews(run: CycleRun): Promise<void> {
    for (const s of definition.subjects) {
      const row = await store.load(s.id);
      const owner = (row?.envelope as { snapshot?: { context?: { cycle?: { id?: unknown } } } })
        ?.snapshot?.context?.cycle?.id;
      if (row && owner !== cycleId)
        throw new StoreError(
          'SUBJECT_TAKEN',
          text(
            `Kho đã có cuộc kiểm điểm "${s.id}" của đợt khác (${String(owner)}); đợt "${cycleId}" không mở.`,
            `The store already holds a review "${s.id}" of another cycle (${String(owner)}); cycle "${cycleId}" is not opened.`,
          ),
          { subjectId: s.id },
        );
    }
    for (const s of definition.subjects) await service.create(reviewInputFor(run.index(), s.id));
  }

  async function cycleEvent(by: Sender, raw: unknown, key: string): Promise<CycleOutcome> {
    for (let tries = 0; tries < 2; tries++) {
      const stored = await store.loadCycle(cycleId);
      const state: CycleState | undefined = records.open(stored);
      const first = state?.outcomes[key];
      if (first) return { ok: false, code: 'DUPLICATE', first, message: MESSAGES.DUPLICATE };
      const entries: CycleAuditEntry[] = [];
      // a copy (withNotes): the run changes its subjects in place, the cached state must not
      const read = state
        ? await withNotes(service, state.index, readBy(definition, raw))
        : undefined;
      const run = runOf(read, state, (e) => {
        if (e.subjectId === cycleId) entries.push(e as CycleAuditEntry);
      });
      try {
        const before = run.index().state;
        const at = cycleInstant(clock, state ? state.index.now : null);
        const result: DispatchResult = run.sendCycle(prepareEvent(raw, by, at));
        if (result.ok && before === 'draft' && run.index().state === 'open')
          await createReviews(run);
        const envelope = run.persist();
        const outcomes = { ...state?.outcomes, [key]: JSON.parse(JSON.stringify(result)) };
        const saved = await store.saveCycle({
          cycleId,
          expectedVersion: stored?.version ?? 0,
          record: recordOf(envelope, outcomes),
          entries: entries.map((e) => JSON.parse(JSON.stringify(e)) as CycleLogEntry),
        });
        if (!saved.ok) continue;
        const index = run.index();
        records.remember({
          version: saved.version,
          index,
          head: entries.at(-1) ?? state?.head ?? null,
          outcomes,
          seal: envelope.seal,
        });
        track(index);
        return result;
      } finally {
        run.stop();
      }
    }
    return { ok: false, code: 'CONFLICT', message: MESSAGES.CONFLICT };
  }

  async function fromRequest(
    request: TRequest,
    event: unknown,
    sendOptions: SendOptions,
  ): Promise<CycleOutcome> {
    const key = idempotencyKeyOf(sendOptions);
    if (key === null) return { ok: false, code: 'BAD_REQUEST', message: MESSAGES.BAD_REQUEST };
    const by = await sender(request);
    if (!by) return { ok: false, code: 'UNAUTHENTICATED', message: MESSAGES.UNAUTHENTICATED };
    return cycleEvent(by, event, key);
  }

  /**
   * Whether a due review's TICK would bring no notice (as `createCycle`'s `tickReviews: 'due'`):
   * its wake-up found the work of that deadline done. It is not sent (no write); the review's next
   * event moves its wake-up. Read from the stored context, unchecked: a row that cannot be read so
   * is ticked, and the service reports it.
   */
  async function quiet(subjectId: string, at: string): Promise<boolean> {
    const row = await store.load(subjectId);
    const ctx = (row?.envelope as { snapshot?: { context?: ReviewContext } } | undefined)?.snapshot
      ?.context;
    try {
      return ctx !== undefined && observeDeadlines(ctx, at).emitted.length === 0;
    } catch {
      return false;
    }
  }

  /** The index as the cycle's record holds it (its entries as of the cycle's last event). */
  async function recorded(): Promise<CycleIndex> {
    return records.open(await store.loadCycle(cycleId))?.index ?? draft;
  }

  /** The index, every entry read from its review (a read of every review of the cycle). */
  async function index(): Promise<CycleIndex> {
    const state = records.open(await store.loadCycle(cycleId));
    return track(state ? await withNotes(service, state.index, ours) : draft);
  }

  /** One entry, read from its review's row (the rest of the index is not read again). */
  async function entry(subjectId: string): Promise<CycleIndex['subjects'][number] | undefined> {
    if (!ours.has(subjectId)) return undefined;
    const state = records.open(await store.loadCycle(cycleId));
    const from = state ? await withNotes(service, state.index, [subjectId]) : draft;
    return from.subjects.find((s) => s.id === subjectId);
  }

  return {
    cycleId,
    service,
    open: (request, sendOptions) => fromRequest(request, { type: 'OPEN_CYCLE' }, sendOptions),
    async send(subjectId, request, event, sendOptions): Promise<SendOutcome> {
      if (!ours.has(subjectId))
        return { ok: false, subjectId, code: 'NOT_FOUND', message: MESSAGES.NOT_FOUND };
      return service.send(subjectId, request, event, sendOptions);
    },
    sendCycle: (request, event, sendOptions) =>
      typeOf(event) === 'OPEN_CYCLE' || typeOf(event) === 'TICK'
        ? Promise.resolve({
            ok: false,
            rejection: {
              code: 'NOT_ALLOWED_IN_STATE',
              message: text(
                'OPEN_CYCLE và TICK gửi qua open() và tick().',
                'OPEN_CYCLE and TICK are sent through open() and tick().',
              ),
            },
            seq: null,
          })
        : fromRequest(request, event, sendOptions),
    async tick(by = SCHEDULER): Promise<CycleTick> {
      const at = cycleInstant(clock, null);
      const key = `tick@${at}`;
      const cycle = await cycleEvent(by, { type: 'TICK' }, key);
      const verdict = 'first' in cycle ? cycle.first : cycle;
      if (!verdict.ok || (await recorded()).state === 'draft') return { cycle, reviews: [] };
      const reviews: SendOutcome[] = [];
      const seen = new Set<string>();
      // the store may hold other cycles' reviews: ask for more until none of ours is left
      for (let limit = 256; ; ) {
        const due = await store.due(at, limit);
        const mine = due.filter((d) => ours.has(d.subjectId) && !seen.has(d.subjectId));
        if (mine.length === 0) {
          if (due.length < limit) break;
          limit *= 2;
          continue;
        }
        for (const d of mine) {
          seen.add(d.subjectId);
          if (await quiet(d.subjectId, at)) continue;
          reviews.push(await service.tick(d.subjectId, by, { idempotencyKey: key }));
        }
      }
      return { cycle, reviews };
    },
    index,
    entry,
    summary: async () => (await recorded()).summary ?? undefined,
    lastIndex: () => last,
  };
}
