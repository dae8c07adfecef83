import type { Summary } from '../../src/report/summary-schema.js';
import type { CycleDefinitionInput } from '../../src/schemas/cycle-definition.js';
import type { Profile, ProfileInput } from '../../src/schemas/cycle-profile.js';
import type { SenderRole } from '../../src/schemas/review-events.js';
import type { AuditKey } from '../digest.js';
import type { ReviewSnapshot } from '../review/actor.js';
import type { DispatchResult } from '../review/guarded.js';
import type { AnyAuditEntry, CycleAuditEntry } from './audit.js';
import type { CycleIndex } from './index-schema.js';
import type { CycleEnvelope } from './persist.js';
import type { ReviewRepository } from './repository.js';

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
  /**
   * Which reviews `run.tick` reaches: `'all'` (default) every review not ended; `'due'` only those
   * for which the instant brings a deadline notice (approaching or missed) — the others' clocks
   * stay where their last event left them, which changes nothing they decide.
   */
  readonly tickReviews?: 'all' | 'due';
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

export interface RestoreCycleOptions extends CycleRunOptions {
  /** The definition the cycle was created with (the saved record names it by its digest). */
  readonly definition: CycleDefinitionInput | unknown;
  /** The host's own profile, when the cycle was created with one. */
  readonly profile?: Profile | ProfileInput;
}
