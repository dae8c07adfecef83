import { type Actor, type ActorOptions, createActor, type SnapshotFrom } from 'xstate';
import type { ActorRole } from '../../src/schemas/deadline.js';
import type { ReviewInputInput, ReviewStage } from '../../src/schemas/review-input.js';
import type { AuditKey } from '../digest.js';
import { type GuardedActor, guardActor } from './guarded.js';
import { forgetParsedInput, parseForActor } from './input.js';
import { type ReviewMachine, reviewMachine } from './machine.js';
import { type ReviewSnapshotSource, reviewSnapshotOf } from './snapshot-of.js';
import type { ReviewTag } from './types.js';

export type ReviewSnapshot = SnapshotFrom<ReviewMachine>;
/** A review actor that checks every event before XState sees it (see `GuardedActor`). */
export type ReviewActor = GuardedActor<ReviewMachine>;

/**
 * Options of `createReviewActor`: XState's actor options, the machine (default `reviewMachine`),
 * and the host's `auditKey` (HMAC digests; keep it secret, never in the input or the context).
 */
export type CreateReviewActorOptions = Omit<ActorOptions<ReviewMachine>, 'input' | 'snapshot'> & {
  readonly machine?: ReviewMachine;
  readonly auditKey?: AuditKey;
  /**
   * `false`: the actor keeps no copy of its audit log (`auditLog()` stays empty) — for a host
   * that streams the `audit` events to its store or a file, so that thousands of live reviews do
   * not hold every entry in memory (the cycle does this when it is given `onAudit`).
   */
  readonly keepAuditLog?: boolean;
};

/**
 * Creates (does not start) a review actor. The input is validated first: an invalid input throws
 * `ReviewInputError` (located, bilingual) before any actor exists. `createActor(reviewMachine,
 * { input })` validates too, but XState turns a throw there into an actor in `error` status, and
 * a bare XState actor dies on `send({})`: use this one, whose `send` and `dispatch` check every
 * event first.
 */
export function createReviewActor(
  input: ReviewInputInput,
  options: CreateReviewActorOptions = {},
): ReviewActor {
  parseForActor(input);
  const { machine = reviewMachine, auditKey, keepAuditLog, ...rest } = options;
  let actor: Actor<ReviewMachine>;
  try {
    actor = createActor(machine, { ...rest, input });
  } finally {
    forgetParsedInput(input);
  }
  return guardActor(actor, {
    ...(auditKey ? { key: auditKey } : {}),
    ...(keepAuditLog === false ? { keepLog: false } : {}),
  });
}

const WAITING: ReadonlyArray<[ReviewTag, ActorRole]> = [
  ['waiting-subject', 'subject'],
  ['waiting-unitHead', 'unitHead'],
  ['waiting-superior', 'superior'],
  ['waiting-appraiser', 'appraiser'],
  ['waiting-authority', 'authority'],
  ['waiting-organizer', 'organizer'],
];

/** What a host's task list needs from a snapshot, read from its tags and context only. */
export interface ReviewTask {
  readonly subjectId: string;
  readonly stage: ReviewStage;
  /** The roles the review waits for. */
  readonly waitingFor: readonly ActorRole[];
  readonly overdue: boolean;
  readonly ended: boolean;
}

/**
 * The task a review stands at. Takes the live snapshot (`actor.getSnapshot()`), a persisted
 * envelope, or the envelope's `snapshot` as stored (see `reviewSnapshotOf`).
 */
export function reviewTask(source: ReviewSnapshotSource): ReviewTask {
  const snapshot = reviewSnapshotOf(source);
  return {
    subjectId: snapshot.context.subject.id,
    stage: snapshot.context.stage,
    waitingFor: WAITING.filter(([tag]) => snapshot.hasTag(tag)).map(([, role]) => role),
    overdue: snapshot.hasTag('overdue'),
    ended: snapshot.hasTag('ended'),
  };
}
