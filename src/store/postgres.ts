import type { Pool, PoolClient, PoolConfig } from 'pg';
import { text } from '../core/text.js';
import { CycleRecordCache, type CycleRow } from './cycle-cache.js';
import { loadPg } from './driver.js';
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
import { commitPostgres, putCycle } from './postgres-commit.js';
import { migratePostgres } from './postgres-migrate.js';
import { named } from './postgres-named.js';
import { claimRows, dueRows, outboxRows } from './postgres-queue.js';
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

/**
 * pg's pool settings (`PoolConfig`: host, port, database, user, password, ssl, options…), typed
 * loosely here so that the library's types never need `@types/pg`.
 */
export type PostgresConnection = string | object;

export interface PostgresStoreOptions {
  /** A connection string or pg's pool settings (default: pg's `PG*` environment variables). */
  readonly connection?: PostgresConnection;
  /** The schema the tables live in (created if missing; default `kiemdiem`). */
  readonly schema?: string;
  /** Connections in the pool (default 4). */
  readonly poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The store for a ministry or a national deployment, on pg 8.x (an optional peer dependency,
 * loaded when the store opens). Schema created and migrated by the store (one advisory lock, so
 * several processes may open it at once); tables partitioned by organizer (see
 * `POSTGRES_MIGRATIONS`). Several schedulers share the due reviews with row claims taken by
 * `SELECT … FOR UPDATE SKIP LOCKED` (see `claimDue`).
 */
export class PostgresStore implements ReviewStore {
  readonly kind = 'postgres';
  private pool: Pool | undefined;
  private opening: Promise<Pool> | undefined;
  private readonly s: string;
  /** The cycle records last read, by version (cycle-cache.ts). */
  private readonly cycleRecords = new CycleRecordCache();

  constructor(private readonly options: PostgresStoreOptions = {}) {
    const schema = options.schema ?? 'kiemdiem';
    if (!SCHEMA_NAME.test(schema))
      throw new StoreError(
        'INVALID_ARGUMENT',
        text(
          `Tên lược đồ "${schema}" không hợp lệ (chữ thường, số, gạch dưới).`,
          `The schema name "${schema}" is not valid (lower-case letters, digits, underscores).`,
        ),
      );
    this.s = `"${schema}"`;
  }

  init(): Promise<void> {
    return this.open().then(() => undefined);
  }

  private open(): Promise<Pool> {
    if (this.pool) return Promise.resolve(this.pool);
    this.opening ??= (async () => {
      const pg = await loadPg();
      const c = this.options.connection;
      const config = (typeof c === 'string' ? { connectionString: c } : { ...c }) as PoolConfig;
      const pool = new pg.Pool({ max: this.options.poolSize ?? 4, ...config });
      pool.on('error', () => {}); // an idle client's error: the next query reports it
      try {
        await migratePostgres(pool, this.s);
      } catch (err) {
        await pool.end().catch(() => {});
        this.opening = undefined;
        if (err instanceof StoreError) throw err;
        throw readFailed(this.kind, err);
      }
      this.pool = pool;
      return pool;
    })();
    return this.opening;
  }

  private async read<T>(fn: (pool: Pool) => Promise<T>): Promise<T> {
    const pool = await this.open();
    try {
      return await fn(pool);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw readFailed(this.kind, err);
    }
  }

  /** One transaction; a refusal rolls it back; a database error becomes WRITE_FAILED. */
  private async write<T>(
    subjectId: string | undefined,
    fn: (c: PoolClient) => Promise<T>,
  ): Promise<T> {
    const pool = await this.open();
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw writeFailed(this.kind, err, subjectId);
    }
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      if (err instanceof Refused || err instanceof StoreError) throw err;
      throw writeFailed(this.kind, err, subjectId);
    } finally {
      client.release();
    }
  }

  async create(r: ReviewCreate): Promise<boolean> {
    const ms = r.nextDueAt === null ? null : epochOf(r.nextDueAt);
    const json = JSON.stringify(r.envelope);
    return this.write(r.subjectId, async (c) => {
      const dir = await c.query(
        `INSERT INTO ${this.s}.subjects (subject_id, organizer_id, year) VALUES ($1, $2, $3)
         ON CONFLICT (subject_id) DO NOTHING`,
        [r.subjectId, r.organizerId, r.year],
      );
      if (dir.rowCount !== 1) return false;
      await c.query(
        `INSERT INTO ${this.s}.reviews (organizer_id, year, subject_id, version, envelope, next_due_at, next_due_ms)
         VALUES ($1, $2, $3, 1, $4, $5, $6)`,
        [r.organizerId, r.year, r.subjectId, json, r.nextDueAt, ms],
      );
      return true;
    });
  }

  async load(subjectId: string): Promise<StoredReview | undefined> {
    const r = await this.read((p) =>
      p.query(
        named(
          `SELECT version, envelope, next_due_at FROM ${this.s}.reviews WHERE subject_id = $1`,
          [subjectId],
        ),
      ),
    );
    const row = r.rows[0] as { version: number; envelope: string; next_due_at: string | null };
    if (!row) return undefined;
    return storedReview(subjectId, row.version, row.envelope, row.next_due_at);
  }

  async log(subjectId: string): Promise<unknown[]> {
    const r = await this.read((p) =>
      p.query(`SELECT entry FROM ${this.s}.audit WHERE subject_id = $1 ORDER BY seq`, [subjectId]),
    );
    return r.rows.map((row: { entry: string }) => parseRow(subjectId, 'audit entry', row.entry));
  }

  async outcome(subjectId: string, key: string): Promise<RecordedOutcome | undefined> {
    const r = await this.read((p) =>
      p.query(
        named(`SELECT outcome FROM ${this.s}.outcomes WHERE subject_id = $1 AND key = $2`, [
          subjectId,
          key,
        ]),
      ),
    );
    const row = r.rows[0] as { outcome: string } | undefined;
    return row ? (parseRow(subjectId, 'outcome', row.outcome) as RecordedOutcome) : undefined;
  }

  async commit(c: ReviewCommit): Promise<CommitResult> {
    const pool = await this.open();
    return commitPostgres(
      pool,
      this.s,
      c,
      (err) => writeFailed(this.kind, err, c.subjectId),
      (fn) => this.write(c.subjectId, fn),
    );
  }

  async due(before: string, limit: number): Promise<DueReview[]> {
    const ms = epochOf(before);
    checkLimit(limit);
    return this.read((p) => dueRows(p, this.s, ms, limit));
  }

  /**
   * Claims due rows for one scheduler: the rows are locked with `FOR UPDATE SKIP LOCKED` (another
   * scheduler claiming at the same moment skips them instead of waiting or taking them too) and
   * marked with the owner and a lease, so that they stay skipped after this short transaction
   * while the TICKs are sent; the commit of a TICK clears the claim.
   */
  async claimDue(
    before: string,
    limit: number,
    claim: DueClaim,
    now: string,
  ): Promise<DueReview[]> {
    const ms = epochOf(before);
    const nowMs = epochOf(now);
    checkLimit(limit);
    return this.write(undefined, (q) =>
      claimRows(q, this.s, { ms, nowMs, limit, owner: claim.owner, until: nowMs + claim.leaseMs }),
    );
  }

  async subjects(after: string | null, limit: number): Promise<string[]> {
    checkLimit(limit);
    const r = await this.read((p) =>
      p.query(
        `SELECT subject_id FROM ${this.s}.subjects WHERE subject_id COLLATE "C" > $1 ORDER BY subject_id COLLATE "C" LIMIT $2`,
        [after ?? '', limit],
      ),
    );
    return r.rows.map((row: { subject_id: string }) => row.subject_id);
  }

  async loadCycle(cycleId: string): Promise<StoredCycle | undefined> {
    // the version first: the record is read and parsed again only when it moved (cycle-cache.ts)
    const rowOf = async (columns: string) =>
      (
        await this.read((p) =>
          p.query(`SELECT ${columns} FROM ${this.s}.cycles WHERE cycle_id = $1`, [cycleId]),
        )
      ).rows[0] as CycleRow | undefined;
    return this.cycleRecords.load(
      cycleId,
      async () => (await rowOf('version'))?.version,
      () => rowOf('version, record'),
    );
  }

  async saveCycle(write: CycleWrite): Promise<CommitResult> {
    const json = JSON.stringify(write.record);
    return refusable(() => this.write(write.cycleId, (q) => putCycle(q, this.s, write, json)));
  }

  async cycleLog(cycleId: string): Promise<unknown[]> {
    const r = await this.read((p) =>
      p.query(`SELECT entry FROM ${this.s}.cycle_audit WHERE cycle_id = $1 ORDER BY seq`, [
        cycleId,
      ]),
    );
    return r.rows.map((row: { entry: string }) =>
      parseRow(cycleId, 'cycle audit entry', row.entry),
    );
  }

  async outbox(after: number, limit: number): Promise<OutboxRow[]> {
    checkLimit(limit);
    return this.read((p) => outboxRows(p, this.s, after, limit));
  }

  async acknowledge(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.write(undefined, (q) =>
      q.query(`UPDATE ${this.s}.outbox SET delivered = true WHERE id = ANY($1::text[])`, [
        [...ids],
      ]),
    );
  }

  /** Drops the store's schema and everything in it (tests, a host removing a deployment). */
  async drop(): Promise<void> {
    await this.write(undefined, (q) => q.query(`DROP SCHEMA IF EXISTS ${this.s} CASCADE`));
  }

  async close(): Promise<void> {
    const pool =
      this.pool ?? (this.opening ? await this.opening.catch(() => undefined) : undefined);
    this.pool = undefined;
    this.opening = undefined;
    await pool?.end();
  }
}
