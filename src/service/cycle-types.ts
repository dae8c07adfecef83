import type { CycleIndex } from '../../machines/cycle/index-schema.js';
import type { AuditKey } from '../../machines/digest.js';
import type { DispatchResult } from '../../machines/review/guarded.js';
import type { Text } from '../core/text.js';
import type { Summary } from '../report/summary-schema.js';
import type { CycleDefinition, CycleDefinitionInput } from '../schemas/cycle-definition.js';
import type { Profile, ProfileInput } from '../schemas/cycle-profile.js';
import type { Sender } from '../schemas/review-events.js';
import type { ReviewStore } from '../store/types.js';
import type { Clock, ReviewService, SendOptions, SendOutcome } from './types.js';

export interface CycleServiceOptions<TRequest> {
  readonly store: ReviewStore;
  /** The cycle's definition (the host keeps it; the record names it by its digest). */
  readonly definition: CycleDefinitionInput | CycleDefinition;
  /** A host's own profile; default: the bundled `definition.profile` for `definition.year`. */
  readonly profile?: Profile | ProfileInput;
  /** The host's clock: the instant of every event, review or cycle. */
  readonly clock: Clock;
  /** Who sends a request (required), as for `createReviewService`. */
  readonly authenticate: (request: TRequest) => Sender | Promise<Sender>;
  readonly auditKey?: AuditKey;
  /**
   * Running review actors kept between sends (default 1,000, as `createReviewService`). A cached
   * review holds about 40 KB (its actor without a log, and its envelope's text); a run that
   * sweeps every subject step by step — a replay, `kiemdiem demo --store` — wants all of them.
   */
  readonly cacheSize?: number;
}

/** The answer to a cycle event: the cycle's verdict, or what the host's side refused. */
export type CycleOutcome =
  | DispatchResult
  | {
      readonly ok: false;
      /** The key was used: `first` is its outcome, nothing was applied again. */
      readonly code: 'DUPLICATE';
      readonly first: DispatchResult;
      readonly message: Text;
    }
  | {
      readonly ok: false;
      /** CONFLICT: another writer saved the cycle twice meanwhile; the others as for a review. */
      readonly code: 'CONFLICT' | 'UNAUTHENTICATED' | 'BAD_REQUEST';
      readonly message: Text;
    };

/** A TICK's outcome: the cycle's, and each review's that had a deadline turn. */
export interface CycleTick {
  readonly cycle: CycleOutcome;
  readonly reviews: readonly SendOutcome[];
}

/**
 * A cycle kept on a `ReviewStore` (issue 11 item 4): every review a row of its own, written with
 * its audit entries by `createReviewService`; the cycle one small record (its envelope and the
 * outcomes of its own requests), its audit entries rows of their own. Every call reads what it
 * needs from the store, so a process killed at any point and started again goes on from the
 * store alone, and a request sent again with its key returns its first outcome (`DUPLICATE`).
 */
export interface CycleService<TRequest> {
  readonly cycleId: string;
  /** The review service the cycle routes review events through (X-ORDER and the index wired in). */
  readonly service: ReviewService<TRequest>;
  /** OPEN_CYCLE by the organizer: creates every subject's review (those that exist are kept). */
  open(request: TRequest, options: SendOptions): Promise<CycleOutcome>;
  /** A review event (X-ORDER checked first), through the service. */
  send(
    subjectId: string,
    request: TRequest,
    event: unknown,
    options: SendOptions,
  ): Promise<SendOutcome>;
  /** A cycle event: SUBMIT_DOSSIER, COMPILE_SUMMARY, FINALIZE (OPEN_CYCLE: `open`). */
  sendCycle(request: TRequest, event: unknown, options: SendOptions): Promise<CycleOutcome>;
  /**
   * The scheduler's TICK at the clock's instant (key `tick@<instant>`): to the cycle, then to
   * every review of the cycle whose next deadline change is due (`ReviewStore.due`).
   */
  tick(by?: Sender): Promise<CycleTick>;
  /**
   * The cycle's index (a draft index before the first event), each subject's entry read from its
   * review's row: a read of every review of the cycle (the record keeps the entries as of the
   * cycle's last event only; docs/persistence.md, "Size").
   */
  index(): Promise<CycleIndex>;
  /**
   * One subject's entry of the index, read from its review's row (one review read, not every
   * review as `index()`): what a task list or a review's page needs. Undefined for a subject that
   * is not in the cycle.
   */
  entry(subjectId: string): Promise<CycleIndex['subjects'][number] | undefined>;
  /** The compiled summary, or undefined before COMPILE_SUMMARY. */
  summary(): Promise<Summary | undefined>;
  /** The index last read or written by this process, without a read (progress displays). */
  lastIndex(): CycleIndex | undefined;
}
