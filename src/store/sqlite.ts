import type BetterSqlite3 from 'better-sqlite3';
import { CycleRecordCache } from './cycle-cache.js';
import { loadSqlite } from './driver.js';
import {
  checkLimit,
  epochOf,
  parseRow,
  Refused,
  readFailed,
  refusable,
  StoreError,
  writeFailed,
} from './errors.js';
import { commitTexts, putCommit } from './sqlite-commit.js';
import { migrate, prep } from './sqlite-db.js';
import { cycleLogRows, cycleRow, cycleVersion, dueRows, putCycle } from './sqlite-rows.js';
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

export interface SqliteStoreOptions {
  /** The database file (`:memory:` for a private in-memory database). */
  readonly path: string;
  /** Open read-only: every write fails with WRITE_FAILED. */
  readonly readonly?: boolean;
  /** How long a writer waits for another process's lock (default 10,000 ms). */
  readonly busyTimeoutMs?: number;
  /** A quota: the file may not grow past this size; a write that would is WRITE_FAILED (SQLITE_FULL). */
  readonly maxSizeBytes?: number;
}

type Db = BetterSqlite3.Database;

/**
 * The embedded default store, on better-sqlite3 12.x (an optional peer dependency, loaded when the
 * store opens). The file is in WAL mode with `synchronous = NORMAL`: a commit is atomic and
 * survives a crash of the process; a power loss may lose the last commits but never leaves one
 * half-written. Several processes may share one file: writers take the lock in turn
 * (`BEGIN IMMEDIATE`, waiting up to `busyTimeoutMs`).
 */
export class SqliteStore implements ReviewStore {
  readonly kind = 'sqlite';
  private db: Db | undefined;
  /** The cycle records last read, by version (cycle-cache.ts). */
  private readonly cycleRecords = new CycleRecordCache();
  private opening: Promise<Db> | undefined;
  /**
   * One transaction wrapper for every write (better-sqlite3 passes its arguments through): made
   * once, not per write — `db.transaction()` builds four wrapper functions each call.
   */
  private inTransaction:
    | { readonly db: Db; readonly run: BetterSqlite3.Transaction<<T>(fn: (db: Db) => T) => T> }
    | undefined;

  constructor(private readonly options: SqliteStoreOptions) {}

  init(): Promise<void> {
    return this.open().then(() => undefined);
  }

  private open(): Promise<Db> {
    if (this.db) return Promise.resolve(this.db);
    this.opening ??= (async () => {
      const Database = await loadSqlite();
      let db: Db;
      try {
        db = new Database(this.options.path, {
          readonly: this.options.readonly ?? false,
          timeout: this.options.busyTimeoutMs ?? 10_000,
        });
      } catch (cause) {
        throw readFailed(this.kind, cause);
      }
      if (!this.options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        // The reviews' pages are rewritten by every send: checkpointing the WAL every 10,000 pages
        // (40 MB with 4 KB pages) rather than SQLite's 1,000 copies each hot page back to the file
        // a tenth as often (measured: 5–10% more sends/s on one process; bench:store).
        db.pragma('wal_autocheckpoint = 10000');
      }
      const cap = this.options.maxSizeBytes;
      if (cap !== undefined) {
        const page = Number(db.pragma('page_size', { simple: true }));
        db.pragma(`max_page_count = ${Math.max(1, Math.floor(cap / page))}`);
      }
      migrate(db, this.options.readonly ?? false);
      this.db = db;
      return db;
    })();
    return this.opening;
  }

  /** Runs a write in one immediate transaction; a database refusal becomes WRITE_FAILED. */
  private async write<T>(subjectId: string | undefined, fn: (db: Db) => T): Promise<T> {
    const db = await this.open();
    try {
      // made for this database (a store closed and opened again has another)
      if (this.inTransaction?.db !== db)
        this.inTransaction = { db, run: db.transaction(<U>(run: (db: Db) => U): U => run(db)) };
      return this.inTransaction.run.immediate(fn) as T;
    } catch (err) {
      if (err instanceof Refused || err instanceof StoreError) throw err;
      throw writeFailed(this.kind, err, subjectId);
    }
  }

  private async read<T>(fn: (db: Db) => T): Promise<T> {
    const db = await this.open();
    try {
      return fn(db);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw readFailed(this.kind, err);
    }
  }

  async create(r: ReviewCreate): Promise<boolean> {
    const ms = r.nextDueAt === null ? null : epochOf(r.nextDueAt);
    const json = JSON.stringify(r.envelope);
    return this.write(r.subjectId, (db) => {
      const res = prep(
        db,
        `INSERT INTO reviews (subject_id, organizer_id, year, version, envelope, next_due_at, next_due_ms)
           VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT (subject_id) DO NOTHING`,
      ).run(r.subjectId, r.organizerId, r.year, json, r.nextDueAt, ms);
      return res.changes === 1;
    });
  }

  async load(subjectId: string): Promise<StoredReview | undefined> {
    const row = await this.read(
      (db) =>
        prep(db, 'SELECT version, envelope, next_due_at FROM reviews WHERE subject_id = ?').get(
          subjectId,
        ) as { version: number; envelope: string; next_due_at: string | null } | undefined,
    );
    if (!row) return undefined;
    return storedReview(subjectId, row.version, row.envelope, row.next_due_at);
  }

  async log(subjectId: string): Promise<unknown[]> {
    const rows = await this.read(
      (db) =>
        prep(db, 'SELECT entry FROM audit WHERE subject_id = ? ORDER BY seq').all(
          subjectId,
        ) as Array<{ entry: string }>,
    );
    return rows.map((r) => parseRow(subjectId, 'audit entry', r.entry));
  }

  async outcome(subjectId: string, key: string): Promise<RecordedOutcome | undefined> {
    const row = await this.read(
      (db) =>
        prep(db, 'SELECT outcome FROM outcomes WHERE subject_id = ? AND key = ?').get(
          subjectId,
          key,
        ) as { outcome: string } | undefined,
    );
    return row ? (parseRow(subjectId, 'outcome', row.outcome) as RecordedOutcome) : undefined;
  }

  async commit(c: ReviewCommit): Promise<CommitResult> {
    const texts = commitTexts(c);
    return refusable(() => this.write(c.subjectId, (db) => putCommit(db, c, texts)));
  }

  async due(before: string, limit: number): Promise<DueReview[]> {
    const ms = epochOf(before);
    checkLimit(limit);
    return this.read((db) => dueRows(db, ms, limit, null));
  }

  async claimDue(
    before: string,
    limit: number,
    claim: DueClaim,
    now: string,
  ): Promise<DueReview[]> {
    const ms = epochOf(before);
    const nowMs = epochOf(now);
    checkLimit(limit);
    return this.write(undefined, (db) => {
      const rows = dueRows(db, ms, limit, nowMs);
      const mark = prep(
        db,
        'UPDATE reviews SET claim_owner = ?, claim_until = ? WHERE subject_id = ?',
      );
      for (const r of rows) mark.run(claim.owner, nowMs + claim.leaseMs, r.subjectId);
      return rows;
    });
  }

  async subjects(after: string | null, limit: number): Promise<string[]> {
    checkLimit(limit);
    const rows = await this.read(
      (db) =>
        prep(
          db,
          'SELECT subject_id FROM reviews WHERE subject_id > ? ORDER BY subject_id LIMIT ?',
        ).all(after ?? '', limit) as Array<{ subject_id: string }>,
    );
    return rows.map((r) => r.subject_id);
  }

  async loadCycle(cycleId: string): Promise<StoredCycle | undefined> {
    // the version first: the record is parsed again only when it moved (cycle-cache.ts)
    return this.cycleRecords.load(
      cycleId,
      () => this.read((db) => cycleVersion(db, cycleId)),
      () => this.read((db) => cycleRow(db, cycleId)),
    );
  }

  async saveCycle(write: CycleWrite): Promise<CommitResult> {
    const json = JSON.stringify(write.record);
    return refusable(() => this.write(write.cycleId, (db) => putCycle(db, write, json)));
  }

  async cycleLog(cycleId: string): Promise<unknown[]> {
    const rows = await this.read((db) => cycleLogRows(db, cycleId));
    return rows.map((entry) => parseRow(cycleId, 'cycle audit entry', entry));
  }

  async outbox(after: number, limit: number): Promise<OutboxRow[]> {
    checkLimit(limit);
    const rows = await this.read(
      (db) =>
        prep(
          db,
          `SELECT position, id, subject_id, kind, payload FROM outbox
             WHERE delivered = 0 AND position > ? ORDER BY position LIMIT ?`,
        ).all(after, limit) as Array<{
          position: number;
          id: string;
          subject_id: string;
          kind: string;
          payload: string;
        }>,
    );
    return rows.map((r) => ({
      position: r.position,
      id: r.id,
      subjectId: r.subject_id,
      kind: r.kind,
      payload: parseRow(r.subject_id, 'outbox message', r.payload) as OutboxRow['payload'],
    }));
  }

  async acknowledge(ids: readonly string[]): Promise<void> {
    await this.write(undefined, (db) => {
      const ack = prep(db, 'UPDATE outbox SET delivered = 1 WHERE id = ?');
      for (const id of ids) ack.run(id);
    });
  }

  async close(): Promise<void> {
    const db = this.db ?? (this.opening ? await this.opening.catch(() => undefined) : undefined);
    db?.close();
    this.db = undefined;
    this.opening = undefined;
  }
}
