import type { AuditKey } from '../../machines/digest.js';
import type { ReviewSnapshot } from '../../machines/review/actor.js';
import type { ReviewMachine } from '../../machines/review/machine.js';
import type { Rejection, RejectionCode } from '../../machines/review/types.js';
import type { Text } from '../core/text.js';
import type { Sender } from '../schemas/review-events.js';
import type { Json, ReviewStore } from '../store/types.js';

/** The host's clock: an ISO instant with an offset, or a `Date`. */
export type Clock = () => string | Date;

/**
 * The cycle's part in a send, until the cycle API (`machines/cycle`) lands: its record lives in
 * the store beside the reviews and is saved in the same transaction when `note` changes it.
 */
export interface ServiceCycle {
  readonly cycleId: string;
  /**
   * X-ORDER before a `DECIDE_LEVEL`: null when the prerequisites are decided, else the refusal
   * (code `ORDER`, naming what is missing) — the event then never reaches the review.
   */
  order?(record: Json | undefined, subjectId: string): Rejection | null | Promise<Rejection | null>;
  /** The record after an accepted event (undefined: unchanged). */
  note?(record: Json | undefined, subjectId: string, snapshot: ReviewSnapshot): Json | undefined;
  /** Told of the snapshot an accepted event left, once saved (a progress display); writes nothing. */
  noted?(subjectId: string, snapshot: ReviewSnapshot): void;
}

export interface ReviewServiceOptions<TRequest> {
  readonly store: ReviewStore;
  readonly clock: Clock;
  /**
   * Who sends a request (required): the person the host's authentication returns. The event's
   * own `by` is never read. Throwing or returning something that is not a sender refuses the
   * request (`UNAUTHENTICATED`, nothing recorded).
   */
  readonly authenticate: (request: TRequest) => Sender | Promise<Sender>;
  readonly auditKey?: AuditKey;
  /** Earlier audit keys by `keyId`, to read reviews sealed before a rotation. */
  readonly auditKeys?: Readonly<Record<string, AuditKey['key']>>;
  readonly machine?: ReviewMachine;
  readonly cycle?: ServiceCycle;
  /** Running actors kept between sends (default 1,000; 0: restore every review on every send). */
  readonly cacheSize?: number;
}

/** An event the review accepted and the store saved. */
export interface Applied {
  readonly ok: true;
  readonly subjectId: string;
  readonly seq: number;
  readonly version: number;
  readonly stage: string;
  /** The ids of the outbox messages written with it. */
  readonly notifications: readonly string[];
}

/** An event the review refused: audited and saved (the chain's head moved), nothing else changed. */
export interface Refusal {
  readonly ok: false;
  readonly subjectId: string;
  readonly code: RejectionCode;
  readonly rejection: Rejection;
  readonly seq: number | null;
  readonly version: number | null;
}

/** What the service itself refuses (nothing recorded). */
export interface ServiceRefusal {
  readonly ok: false;
  readonly subjectId: string;
  /**
   * CONFLICT: a concurrent send won twice; NOT_FOUND: no such review; UNAUTHENTICATED: no
   * sender; BAD_REQUEST: the idempotency key is not a short non-empty string.
   */
  readonly code: 'CONFLICT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'BAD_REQUEST';
  readonly message: Text;
}

/** The idempotency key was already used for this review: its first outcome, nothing applied. */
export interface Duplicate {
  readonly ok: false;
  readonly subjectId: string;
  readonly code: 'DUPLICATE';
  readonly first: Applied | Refusal;
  readonly message: Text;
}

export type SendOutcome = Applied | Refusal | ServiceRefusal | Duplicate;

export interface SendOptions {
  /** The request's key: a repeat returns the first outcome (`DUPLICATE`) and applies nothing. */
  readonly idempotencyKey: string;
}

export interface CreateOptions {
  /** The organizer the review's rows are partitioned by (default: its first organizer, or `-`). */
  readonly organizerId?: string;
}

export interface ReviewService<TRequest> {
  /** Creates a review from its input (validated: `ReviewInputError`); false if it exists. */
  create(input: unknown, options?: CreateOptions): Promise<{ subjectId: string; created: boolean }>;
  send(
    subjectId: string,
    request: TRequest,
    event: unknown,
    options: SendOptions,
  ): Promise<SendOutcome>;
  /** A TICK as the scheduler (a trusted caller: no `authenticate`); the key makes it once-only. */
  tick(subjectId: string, by: Sender, options: SendOptions): Promise<SendOutcome>;
  /** The review's current snapshot, restored and checked (undefined if none). */
  snapshot(subjectId: string): Promise<ReviewSnapshot | undefined>;
}
