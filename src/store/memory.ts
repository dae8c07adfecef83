import { deepFreeze } from '../core/freeze.js';
import { checkLimit, epochOf } from './errors.js';
import { storedReview } from './stored-review.js';
import type {
  CommitResult,
  CycleWrite,
  DueClaim,
  DueReview,
  OutboxRow,
  RecordedOutcome,
  ReviewCommit,
  ReviewCreate,
  ReviewStore,
  StoredCycle,
  StoredReview,
} from './types.js';

interface Row {
  version: number;
  envelope: string;
  nextDueAt: string | null;
  dueMs: number | null;
  log: string[];
  claimUntil: number;
}

/**
 * A store in memory (tests, small hosts, a host that keeps its own backups): the same behaviour
 * as the database stores — every value is copied through JSON in and out, a commit is all or
 * nothing — without durability.
 */
export class MemoryStore implements ReviewStore {
  readonly kind = 'memory';
  private readonly reviews = new Map<string, Row>();
  private readonly outcomes = new Map<string, string>();
  private readonly cycles = new Map<string, StoredCycle>();
  private readonly cycleLogs = new Map<string, string[]>();
  private readonly messages: Array<OutboxRow & { acked: boolean }> = [];
  private readonly messageIds = new Set<string>();
  private position = 0;

  async init(): Promise<void> {}

  async create(review: ReviewCreate): Promise<boolean> {
    if (this.reviews.has(review.subjectId)) return false;
    this.reviews.set(review.subjectId, {
      version: 1,
      envelope: JSON.stringify(review.envelope),
      nextDueAt: review.nextDueAt,
      dueMs: review.nextDueAt === null ? null : epochOf(review.nextDueAt),
      log: [],
      claimUntil: 0,
    });
    return true;
  }

  async load(subjectId: string): Promise<StoredReview | undefined> {
    const row = this.reviews.get(subjectId);
    if (!row) return undefined;
    return storedReview(subjectId, row.version, row.envelope, row.nextDueAt);
  }

  async log(subjectId: string): Promise<unknown[]> {
    return (this.reviews.get(subjectId)?.log ?? []).map((e) => JSON.parse(e));
  }

  async outcome(subjectId: string, key: string): Promise<RecordedOutcome | undefined> {
    const found = this.outcomes.get(`${subjectId}\u0000${key}`);
    return found === undefined ? undefined : JSON.parse(found);
  }

  async commit(c: ReviewCommit): Promise<CommitResult> {
    const row = this.reviews.get(c.subjectId);
    if (!row || row.version !== c.expectedVersion) return { ok: false, reason: 'conflict' };
    const key = c.idempotency ? `${c.subjectId}\u0000${c.idempotency.key}` : undefined;
    if (key !== undefined && this.outcomes.has(key)) return { ok: false, reason: 'duplicate' };
    if (c.cycle && (this.cycles.get(c.cycle.cycleId)?.version ?? 0) !== c.cycle.expectedVersion)
      return { ok: false, reason: 'conflict' };
    // everything is checked and serialised before anything is written: all or nothing
    const envelope = c.envelopeText ?? JSON.stringify(c.envelope);
    const entries = c.entries.map((e) => JSON.stringify(e));
    const dueMs = c.nextDueAt === null ? null : epochOf(c.nextDueAt);
    const outcome = c.idempotency ? JSON.stringify(c.idempotency.outcome) : undefined;
    const messages = c.outbox.map((m) => JSON.parse(JSON.stringify(m)));
    row.version += 1;
    row.envelope = envelope;
    row.nextDueAt = c.nextDueAt;
    row.dueMs = dueMs;
    row.claimUntil = 0;
    row.log.push(...entries);
    if (key !== undefined && outcome !== undefined) this.outcomes.set(key, outcome);
    for (const m of messages) this.push(m);
    if (c.cycle) this.putCycle(c.cycle);
    return { ok: true, version: row.version };
  }

  private push(m: OutboxRow): void {
    if (this.messageIds.has(m.id)) return;
    this.messageIds.add(m.id);
    this.position += 1;
    this.messages.push({ ...m, position: this.position, acked: false });
  }

  private putCycle(w: CycleWrite): number {
    const version = w.expectedVersion + 1;
    const entries = (w.entries ?? []).map((e) => JSON.stringify(e));
    this.cycleLogs.set(w.cycleId, [...(this.cycleLogs.get(w.cycleId) ?? []), ...entries]);
    this.cycles.set(w.cycleId, {
      cycleId: w.cycleId,
      version,
      record: JSON.parse(JSON.stringify(w.record)),
    });
    return version;
  }

  async due(before: string, limit: number): Promise<DueReview[]> {
    // a listing: claims do not hide a row from it
    return this.dueRows(epochOf(before), checkLimit(limit), Number.POSITIVE_INFINITY);
  }

  private dueRows(beforeMs: number, limit: number, nowMs: number): DueReview[] {
    const out: Array<DueReview & { ms: number }> = [];
    for (const [subjectId, row] of this.reviews)
      if (row.dueMs !== null && row.dueMs <= beforeMs && row.claimUntil <= nowMs)
        out.push({ subjectId, dueAt: row.nextDueAt ?? '', ms: row.dueMs });
    out.sort((a, b) => a.ms - b.ms || (a.subjectId < b.subjectId ? -1 : 1));
    return out.slice(0, limit).map(({ subjectId, dueAt }) => ({ subjectId, dueAt }));
  }

  async claimDue(
    before: string,
    limit: number,
    claim: DueClaim,
    now: string,
  ): Promise<DueReview[]> {
    const nowMs = epochOf(now);
    const rows = this.dueRows(epochOf(before), checkLimit(limit), nowMs);
    for (const r of rows) {
      const row = this.reviews.get(r.subjectId);
      if (row) row.claimUntil = nowMs + claim.leaseMs;
    }
    return rows;
  }

  async subjects(after: string | null, limit: number): Promise<string[]> {
    return [...this.reviews.keys()]
      .filter((id) => after === null || id > after)
      .sort()
      .slice(0, checkLimit(limit));
  }

  async loadCycle(cycleId: string): Promise<StoredCycle | undefined> {
    // a frozen copy, as the other stores give (cycle-cache.ts): no reader changes a record
    const found = this.cycles.get(cycleId);
    return found ? deepFreeze(JSON.parse(JSON.stringify(found)) as StoredCycle) : undefined;
  }

  async saveCycle(write: CycleWrite): Promise<CommitResult> {
    if ((this.cycles.get(write.cycleId)?.version ?? 0) !== write.expectedVersion)
      return { ok: false, reason: 'conflict' };
    return { ok: true, version: this.putCycle(write) };
  }

  async cycleLog(cycleId: string): Promise<unknown[]> {
    return (this.cycleLogs.get(cycleId) ?? []).map((e) => JSON.parse(e));
  }

  async outbox(after: number, limit: number): Promise<OutboxRow[]> {
    checkLimit(limit);
    return this.messages
      .filter((m) => !m.acked && m.position > after)
      .slice(0, limit)
      .map(({ acked: _a, ...m }) => JSON.parse(JSON.stringify(m)));
  }

  async acknowledge(ids: readonly string[]): Promise<void> {
    const set = new Set(ids);
    for (const m of this.messages) if (set.has(m.id)) m.acked = true;
  }

  async close(): Promise<void> {}
}
