import fc from 'fast-check';
import { individualArb, validAssessmentArb } from './assessments.js';
import { eventCommandsArb, toEvents } from './events.js';
import { improvements } from './improvements.js';
import type { AssessmentInput, ClassifyOptions } from './lib.js';
import {
  type AuditKey,
  canonicalJson,
  classify,
  compareLevels,
  createReviewActor,
  persist,
  type ReviewActor,
  replay,
} from './lib.js';
import { type ReviewCase, reviewCaseArb } from './reviews.js';

// Ready-made properties (kiemdiem/testing): run them with fc.assert(property, { numRuns }).
// A failure throws an Error whose message says which law broke, in both languages.

/** Options of the classification properties: the host's profile, its own assessments. */
export interface ClassifyPropertyOptions {
  readonly profile?: ClassifyOptions['profile'];
  readonly assessments?: fc.Arbitrary<AssessmentInput>;
}

function broke(vi: string, en: string): never {
  throw new Error(`${vi} / ${en}`);
}

/**
 * A better fact never lowers the level: more points, more tasks on time or exceeded, more
 * shortcomings remedied, a trigger flag cleared, a discipline removed. Nor does it change the
 * status (rated, not rated, not reviewed).
 */
export function levelNeverLowers(options: ClassifyPropertyOptions = {}) {
  const profile = options.profile ? { profile: options.profile } : {};
  return fc.property(
    options.assessments ?? validAssessmentArb,
    fc.nat(improvements.length - 1),
    fc.integer({ min: 1, max: 40 }),
    (a, which, n) => {
      const [name, improve] = improvements[which]!;
      const before = classify(a, profile);
      const after = classify(improve(a, n), profile);
      if (after.status !== before.status)
        broke(`"${name}" đổi trạng thái`, `"${name}" changed the status`);
      if (before.level && after.level && compareLevels(after.level, before.level) < 0)
        broke(
          `"${name}" hạ mức ${before.level} xuống ${after.level}`,
          `"${name}" lowered ${before.level} to ${after.level}`,
        );
    },
  );
}

/**
 * A trigger gives NOT_COMPLETED: an individual flagged for degradation (suy thoái), not
 * remedied, is rated "Không hoàn thành nhiệm vụ" under every rule set (party membership and
 * service facts left out, so no exclusion ends the review first).
 */
export function triggerGivesNotCompleted(options: ClassifyPropertyOptions = {}) {
  const profile = options.profile ? { profile: options.profile } : {};
  return fc.property(options.assessments ?? individualArb, (a) => {
    const { party: _party, service: _service, ...rest } = a;
    const live = {
      ...rest,
      flags: { ...a.flags, degradation: true },
      remediedFlags: (a.remediedFlags ?? []).filter((f) => f !== 'degradation'),
    };
    const c = classify(live, profile);
    if (c.level !== 'NOT_COMPLETED')
      broke(
        `có dấu hiệu suy thoái mà mức là ${String(c.level)}`,
        `degradation flagged, yet the level is ${String(c.level)}`,
      );
  });
}

/** Options of the review properties: the host's reviews, how long a run, its audit key. */
export interface ReviewPropertyOptions {
  readonly cases?: fc.Arbitrary<ReviewCase>;
  readonly maxEvents?: number;
  readonly auditKey?: AuditKey;
}

function stateOf(actor: ReviewActor): string {
  const { value, context } = actor.getSnapshot();
  const { audit: _audit, ...rest } = context;
  return canonicalJson({ value, context: rest });
}

function runCase(
  { input, cast }: ReviewCase,
  commands: Parameters<typeof toEvents>[1],
  options: ReviewPropertyOptions,
  each: (actor: ReviewActor, before: string) => void,
): ReviewActor {
  const actor = createReviewActor(input, options.auditKey ? { auditKey: options.auditKey } : {});
  actor.start();
  for (const [value, viaDispatch] of toEvents(cast, commands, actor.getSnapshot().context.now)) {
    const before = stateOf(actor);
    if (viaDispatch) actor.dispatch(value);
    else actor.send(value);
    each(actor, before);
  }
  return actor;
}

/**
 * A refused event changes nothing: whatever is sent (events by the right role or not, out of
 * order, hostile values), the actor stays active, every event is audited, and an event audited
 * as rejected leaves the state and the context as they were (but for the audit chain).
 */
export function refusedEventChangesNothing(options: ReviewPropertyOptions = {}) {
  return fc.property(
    options.cases ?? reviewCaseArb(),
    eventCommandsArb(options.maxEvents ?? 8),
    (review, commands) => {
      const actor = runCase(review, commands, options, (a, before) => {
        if (a.getSnapshot().status !== 'active')
          broke('cuộc kiểm điểm không còn chạy', 'the review is no longer active');
        const head = a.auditHead();
        if (head?.outcome === 'rejected' && stateOf(a) !== before)
          broke(
            `sự kiện bị từ chối (${head.code}) đã làm thay đổi trạng thái`,
            `a refused event (${head.code}) changed the state`,
          );
      });
      actor.stop();
    },
  );
}

/** Replay reproduces the snapshot: the audit log, replayed on the input, gives the persisted one. */
export function replayReproducesSnapshot(options: ReviewPropertyOptions = {}) {
  return fc.property(
    options.cases ?? reviewCaseArb(),
    eventCommandsArb(options.maxEvents ?? 8),
    (review, commands) => {
      const actor = runCase(review, commands, options, () => undefined);
      const saved = JSON.parse(JSON.stringify(persist(actor))) as ReturnType<typeof persist>;
      const keys = options.auditKey ? { auditKey: options.auditKey } : {};
      const again = replay(review.input, actor.auditLog(), keys);
      actor.stop();
      if (canonicalJson(again) !== canonicalJson(saved.snapshot))
        broke('phát lại nhật ký cho kết quả khác', 'replaying the log gives another snapshot');
    },
  );
}
