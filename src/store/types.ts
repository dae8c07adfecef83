import type { AuditEntry } from '../../machines/audit.js';

/** A JSON value as the stores keep it (what `JSON.parse` gives back). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One saved review: its envelope (as stored: checked by `restore`, not here) and its version. */
export interface StoredReview {
  readonly subjectId: string;
  /** 1 after creation, +1 per commit: the optimistic-concurrency token. */
  readonly version: number;
  /** The review envelope (format 2) as read back; `restore` checks it. */
  readonly envelope: unknown;
  /**
   * The envelope's JSON text as stored, when the store keeps text (all three do): the service
   * compares it with the text it saved, instead of writing the envelope out again.
   */
  readonly envelopeText?: string;
  /** The next instant a deadline of the review changes (approaching, missed), or null. */
  readonly nextDueAt: string | null;
}

/** A notification the host delivers (e-mail, SMS): at least once, by its `id`. */
export interface OutboxMessage {
  /** Unique and stable: `<subjectId>#<seq>/<n>` for a review's notifications. */
  readonly id: string;
  readonly subjectId: string;
  readonly kind: string;
  readonly payload: Json;
}

/** A stored outbox row: the message and the order it was written in. */
export interface OutboxRow extends OutboxMessage {
  /** Increasing with the commit order of one store (read the outbox `after` it). */
  readonly position: number;
}

/** The outcome recorded for an idempotency key (the service's, as JSON). */
export type RecordedOutcome = Json;

/** A change of the cycle's record (the cycle's index), saved with the review. */
export interface CycleWrite {
  readonly cycleId: string;
  /** 0 when the cycle has no record yet. */
  readonly expectedVersion: number;
  readonly record: Json;
  /**
   * The cycle's own new audit entries (each an object with its `seq`, continuing the stored
   * log), appended to the cycle's log in the same transaction as the record.
   */
  readonly entries?: readonly CycleLogEntry[];
}

/** One entry of a cycle's own audit chain, as a store keeps it (checked by `verifyChain`). */
export type CycleLogEntry = { readonly seq: number } & { readonly [key: string]: Json };

/** Everything one `send()` writes, in one transaction: all of it or none of it. */
export interface ReviewCommit {
  readonly subjectId: string;
  /** The version read; the commit fails with `conflict` if the stored one differs. */
  readonly expectedVersion: number;
  readonly envelope: Json;
  /** `JSON.stringify(envelope)`, when the caller has it (the service does): a store writes it. */
  readonly envelopeText?: string;
  readonly nextDueAt: string | null;
  /** The new audit entries, in order (seq continuing the stored log). */
  readonly entries: readonly AuditEntry[];
  /** The idempotency key and the outcome to return for it later. */
  readonly idempotency?: { readonly key: string; readonly outcome: RecordedOutcome };
  readonly outbox: readonly OutboxMessage[];
  readonly cycle?: CycleWrite;
}

/** A new review (version 1, no audit entry yet). */
export interface ReviewCreate {
  readonly subjectId: string;
  /** Partition keys: who runs the review, and its year. */
  readonly organizerId: string;
  readonly year: number;
  readonly envelope: Json;
  readonly nextDueAt: string | null;
}

export type CommitResult =
  | { readonly ok: true; readonly version: number }
  /** `conflict`: the review (or the cycle record) changed since it was read; `duplicate`: the idempotency key was recorded meanwhile. */
  | { readonly ok: false; readonly reason: 'conflict' | 'duplicate' };

/** A review with a deadline change due. */
export interface DueReview {
  readonly subjectId: string;
  readonly dueAt: string;
}

/** A claim of due reviews by one scheduler, so that several share the work. */
export interface DueClaim {
  /** Who claims (a scheduler's id). */
  readonly owner: string;
  /** How long the claim holds (ms): a scheduler that dies frees its rows after this. */
  readonly leaseMs: number;
}

export interface StoredCycle {
  readonly cycleId: string;
  readonly version: number;
  readonly record: Json;
}

/**
 * Where durable reviews live (issue 11). Every method may throw a `StoreError` (the database is
 * read-only, full, unreachable, a row is corrupt); a commit either writes everything it holds or
 * nothing. Implementations: `MemoryStore`, `SqliteStore`, `PostgresStore`; `storeContract()` is
 * the suite each must pass (a host runs it against its own adapter).
 */
export interface ReviewStore {
  /** A short name for messages: `memory`, `sqlite`, `postgres`. */
  readonly kind: string;
  /** Creates or migrates the schema (idempotent); the other methods call it first. */
  init(): Promise<void>;
  /** Creates a review; false (and nothing written) if the subject already has one. */
  create(review: ReviewCreate): Promise<boolean>;
  load(subjectId: string): Promise<StoredReview | undefined>;
  /** The review's whole audit log, in order (as stored: `verifyChain` checks it). */
  log(subjectId: string): Promise<unknown[]>;
  /** The outcome recorded for an idempotency key of a review, if any. */
  outcome(subjectId: string, key: string): Promise<RecordedOutcome | undefined>;
  commit(commit: ReviewCommit): Promise<CommitResult>;
  /** Reviews whose `nextDueAt` is at or before `before`, earliest first, at most `limit`. */
  due(before: string, limit: number): Promise<DueReview[]>;
  /**
   * Like `due`, but each returned review is claimed for `claim.leaseMs` (`now` is the claim's
   * instant): another `claimDue` skips it until a commit clears the claim or the lease ends.
   */
  claimDue(before: string, limit: number, claim: DueClaim, now: string): Promise<DueReview[]>;
  /** Subject ids in order, `limit` after `after` (for audits and replays of the whole store). */
  subjects(after: string | null, limit: number): Promise<string[]>;
  /**
   * The cycle's record and its version (undefined: none saved). Read-only: the library's stores
   * give a frozen record, shared by every read until a write moves its version (cycle-cache.ts).
   */
  loadCycle(cycleId: string): Promise<StoredCycle | undefined>;
  /** Saves a cycle record alone (the cycle's own events); `conflict` if its version moved. */
  saveCycle(write: CycleWrite): Promise<CommitResult>;
  /** The cycle's own audit log (the `entries` of its writes), in order of `seq`. */
  cycleLog(cycleId: string): Promise<unknown[]>;
  /** Outbox rows not acknowledged, after a position, in order. */
  outbox(after: number, limit: number): Promise<OutboxRow[]>;
  /** Marks messages delivered (by id); unknown ids are ignored. */
  acknowledge(ids: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
