import type { Pool, PoolClient, PoolConfig } from 'pg';
import { text } from '../core/text.js';
import { loadPg } from './driver.js';
import {
  checkLimit,
  epochOf,
  newerSchema,
  parseRow,
  Refused,
  readFailed,
  refusable,
  StoreError,
  writeFailed,
} from './errors.js';
import { POSTGRES_MIGRATIONS } from './postgres-schema.js';
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
        await this.migrate(pool);
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

  private async migrate(pool: Pool): Promise<void> {
    const client = await pool.connect();
    const known = POSTGRES_MIGRATIONS.length;
    try {
      const meta = await client.query(
        `SELECT to_regclass('${this.s}.kd_meta') IS NOT NULL AS present`,
      );
      if (meta.rows[0]?.present) {
        const at = await this.schemaVersion(client);
        if (at > known) throw newerSchema(at, known);
        if (at === known) return;
      }
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.s]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.s}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${this.s}.kd_meta (key text PRIMARY KEY, value text NOT NULL)`,
      );
      const at = await this.schemaVersion(client);
      if (at > known) throw newerSchema(at, known);
      for (let v = at; v < known; v++) await client.query(POSTGRES_MIGRATIONS[v]?.(this.s) ?? '');
      await client.query(
        `INSERT INTO ${this.s}.kd_meta (key, value) VALUES ('schema_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [String(known)],
      );
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  private async schemaVersion(client: PoolClient): Promise<number> {
    const r = await client.query(
      `SELECT value FROM ${this.s}.kd_meta WHERE key = 'schema_version'`,
    );
    return r.rows[0] ? Number(r.rows[0].value) : 0;
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
        `SELECT version, envelope, next_due_at FROM ${this.s}.reviews WHERE subject_id = $1`,
        [subjectId],
      ),
    );
    const row = r.rows[0] as { version: number; envelope: string; next_due_at: string | null };
    if (!row) return undefined;
    return {
      subjectId,
      version: row.version,
      envelope: parseRow(subjectId, 'snapshot', row.envelope),
      nextDueAt: row.next_due_at,
    };
  }

  async log(subjectId: string): Promise<unknown[]> {
    const r = await this.read((p) =>
      p.query(`SELECT entry FROM ${this.s}.audit WHERE subject_id = $1 ORDER BY seq`, [subjectId]),
    );
    return r.rows.map((row: { entry: string }) => parseRow(subjectId, 'audit entry', row.entry));
  }

  async outcome(subjectId: string, key: string): Promise<RecordedOutcome | undefined> {
    const r = await this.read((p) =>
      p.query(`SELECT outcome FROM ${this.s}.outcomes WHERE subject_id = $1 AND key = $2`, [
        subjectId,
        key,
      ]),
    );
    const row = r.rows[0] as { outcome: string } | undefined;
    return row ? (parseRow(subjectId, 'outcome', row.outcome) as RecordedOutcome) : undefined;
  }

  async commit(c: ReviewCommit): Promise<CommitResult> {
    const s = this.s;
    const envelope = JSON.stringify(c.envelope);
    const ms = c.nextDueAt === null ? null : epochOf(c.nextDueAt);
    const seqs = c.entries.map((e) => e.seq);
    const entries = c.entries.map((e) => JSON.stringify(e));
    const outcome = c.idempotency ? JSON.stringify(c.idempotency.outcome) : null;
    const key = c.idempotency?.key ?? null;
    const cycle = c.cycle ? JSON.stringify(c.cycle.record) : null;
    if (!c.cycle) {
      // the usual commit: one statement (atomic on its own), one round trip
      const params = [
        envelope,
        c.nextDueAt,
        ms,
        c.subjectId,
        c.expectedVersion,
        key,
        outcome,
        seqs,
        entries,
        c.outbox.map((m) => m.id),
        c.outbox.map((m) => m.kind),
        c.outbox.map((m) => JSON.stringify(m.payload)),
      ];
      return refusable(async () => {
        await this.statement(c.subjectId, this.commitSql(), params);
        return c.expectedVersion + 1;
      });
    }
    return refusable(() =>
      this.write(c.subjectId, async (q) => {
        const up = await q.query(
          `UPDATE ${s}.reviews SET version = version + 1, envelope = $1, next_due_at = $2,
             next_due_ms = $3, claim_owner = NULL, claim_until = 0
           WHERE subject_id = $4 AND version = $5 RETURNING organizer_id, year`,
          [envelope, c.nextDueAt, ms, c.subjectId, c.expectedVersion],
        );
        const part = up.rows[0] as { organizer_id: string; year: number } | undefined;
        if (!part) throw new Refused('conflict');
        if (key !== null) {
          const ins = await q.query(
            `INSERT INTO ${s}.outcomes (organizer_id, year, subject_id, key, outcome)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
            [part.organizer_id, part.year, c.subjectId, key, outcome],
          );
          if (ins.rowCount !== 1) throw new Refused('duplicate');
        }
        await q.query(
          `INSERT INTO ${s}.audit (organizer_id, year, subject_id, seq, entry, idempotency_key)
           SELECT $1, $2, $3, e.seq, e.entry, $6
           FROM unnest($4::integer[], $5::text[]) AS e(seq, entry)`,
          [part.organizer_id, part.year, c.subjectId, seqs, entries, key],
        );
        await q.query(
          `INSERT INTO ${s}.outbox (id, subject_id, kind, payload)
           SELECT m.id, $1, m.kind, m.payload FROM unnest($2::text[], $3::text[], $4::text[])
             WITH ORDINALITY AS m(id, kind, payload, n) ORDER BY m.n
           ON CONFLICT (id) DO NOTHING`,
          [
            c.subjectId,
            c.outbox.map((m) => m.id),
            c.outbox.map((m) => m.kind),
            c.outbox.map((m) => JSON.stringify(m.payload)),
          ],
        );
        if (c.cycle && cycle !== null) await this.putCycle(q, c.cycle, cycle);
        return c.expectedVersion + 1;
      }),
    );
  }

  /**
   * The one-statement commit: data-modifying CTEs (all or nothing, as one statement is); the
   * final CASE calls `kd_refuse`, which raises — rolling the statement back whole — when the
   * version moved (no row updated) or the key was recorded (no outcome inserted).
   */
  private commitSql(): string {
    const s = this.s;
    return `WITH up AS (
        UPDATE ${s}.reviews SET version = version + 1, envelope = $1, next_due_at = $2,
          next_due_ms = $3, claim_owner = NULL, claim_until = 0
        WHERE subject_id = $4 AND version = $5 RETURNING organizer_id, year
      ), o AS (
        INSERT INTO ${s}.outcomes (organizer_id, year, subject_id, key, outcome)
        SELECT organizer_id, year, $4, $6::text, $7::text FROM up WHERE $6::text IS NOT NULL
        ON CONFLICT DO NOTHING RETURNING 1
      ), a AS (
        INSERT INTO ${s}.audit (organizer_id, year, subject_id, seq, entry, idempotency_key)
        SELECT up.organizer_id, up.year, $4, e.seq, e.entry, $6::text
        FROM up, unnest($8::integer[], $9::text[]) AS e(seq, entry)
      ), m AS (
        INSERT INTO ${s}.outbox (id, subject_id, kind, payload)
        SELECT x.id, $4, x.kind, x.payload
        FROM up, unnest($10::text[], $11::text[], $12::text[]) WITH ORDINALITY AS x(id, kind, payload, n)
        ORDER BY x.n
        ON CONFLICT (id) DO NOTHING
      )
      SELECT CASE
        WHEN NOT EXISTS (SELECT 1 FROM up) THEN ${s}.kd_refuse('conflict')
        WHEN $6::text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM o) THEN ${s}.kd_refuse('duplicate')
        ELSE 1 END AS ok`;
  }

  /** One statement in autocommit; `kd_refuse` becomes a refusal, a database error WRITE_FAILED. */
  private async statement(subjectId: string, sql: string, params: unknown[]): Promise<void> {
    const pool = await this.open();
    try {
      await pool.query(sql, params);
    } catch (err) {
      const m = (err as { message?: unknown }).message;
      if (m === 'kd:conflict' || m === 'kd:duplicate') throw new Refused(m.slice(3) as 'conflict');
      throw writeFailed(this.kind, err, subjectId);
    }
  }

  private async putCycle(q: PoolClient, w: CycleWrite, json: string): Promise<number> {
    const res =
      w.expectedVersion === 0
        ? await q.query(
            `INSERT INTO ${this.s}.cycles (cycle_id, version, record) VALUES ($1, 1, $2)
             ON CONFLICT (cycle_id) DO NOTHING`,
            [w.cycleId, json],
          )
        : await q.query(
            `UPDATE ${this.s}.cycles SET version = version + 1, record = $1
             WHERE cycle_id = $2 AND version = $3`,
            [json, w.cycleId, w.expectedVersion],
          );
    if (res.rowCount !== 1) throw new Refused('conflict');
    return w.expectedVersion + 1;
  }

  async due(before: string, limit: number): Promise<DueReview[]> {
    const ms = epochOf(before);
    checkLimit(limit);
    const r = await this.read((p) =>
      p.query(
        `SELECT subject_id, next_due_at FROM ${this.s}.reviews
         WHERE next_due_ms IS NOT NULL AND next_due_ms <= $1
         ORDER BY next_due_ms, subject_id LIMIT $2`,
        [ms, limit],
      ),
    );
    return r.rows.map((row: { subject_id: string; next_due_at: string }) => ({
      subjectId: row.subject_id,
      dueAt: row.next_due_at,
    }));
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
    return this.write(undefined, async (q) => {
      const r = await q.query(
        `WITH c AS (
           SELECT organizer_id, year, subject_id FROM ${this.s}.reviews
           WHERE next_due_ms IS NOT NULL AND next_due_ms <= $1 AND claim_until <= $2
           ORDER BY next_due_ms, subject_id LIMIT $3
           FOR UPDATE SKIP LOCKED)
         UPDATE ${this.s}.reviews r SET claim_owner = $4, claim_until = $5 FROM c
         WHERE r.organizer_id = c.organizer_id AND r.year = c.year AND r.subject_id = c.subject_id
         RETURNING r.subject_id, r.next_due_at, r.next_due_ms`,
        [ms, nowMs, limit, claim.owner, nowMs + claim.leaseMs],
      );
      return (r.rows as Array<{ subject_id: string; next_due_at: string; next_due_ms: string }>)
        .sort(
          (a, b) =>
            Number(a.next_due_ms) - Number(b.next_due_ms) || (a.subject_id < b.subject_id ? -1 : 1),
        )
        .map((row) => ({ subjectId: row.subject_id, dueAt: row.next_due_at }));
    });
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
    const r = await this.read((p) =>
      p.query(`SELECT version, record FROM ${this.s}.cycles WHERE cycle_id = $1`, [cycleId]),
    );
    const row = r.rows[0] as { version: number; record: string } | undefined;
    if (!row) return undefined;
    return {
      cycleId,
      version: row.version,
      record: parseRow(cycleId, 'cycle record', row.record) as StoredCycle['record'],
    };
  }

  async saveCycle(write: CycleWrite): Promise<CommitResult> {
    const json = JSON.stringify(write.record);
    return refusable(() => this.write(write.cycleId, (q) => this.putCycle(q, write, json)));
  }

  async outbox(after: number, limit: number): Promise<OutboxRow[]> {
    checkLimit(limit);
    const r = await this.read((p) =>
      p.query(
        `SELECT position, id, subject_id, kind, payload FROM ${this.s}.outbox
         WHERE NOT delivered AND position > $1 ORDER BY position LIMIT $2`,
        [after, limit],
      ),
    );
    return r.rows.map(
      (row: {
        position: string;
        id: string;
        subject_id: string;
        kind: string;
        payload: string;
      }) => ({
        position: Number(row.position),
        id: row.id,
        subjectId: row.subject_id,
        kind: row.kind,
        payload: parseRow(row.subject_id, 'outbox message', row.payload) as OutboxRow['payload'],
      }),
    );
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
