import type { Pool, PoolClient } from 'pg';
import { epochOf, Refused, refusable } from './errors.js';
import { named } from './postgres-named.js';
import type { CommitResult, CycleWrite, ReviewCommit } from './types.js';

/** Writes one commit (see `ReviewStore.commit`); `s` is the quoted schema. */
export async function commitPostgres(
  pool: Pool,
  s: string,
  c: ReviewCommit,
  fail: (err: unknown) => Error,
  transaction: <T>(fn: (q: PoolClient) => Promise<T>) => Promise<T>,
): Promise<CommitResult> {
  const envelope = c.envelopeText ?? JSON.stringify(c.envelope);
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
      await statement(pool, commitSql(s), params, fail);
      return c.expectedVersion + 1;
    });
  }
  return refusable(() =>
    transaction(async (q) => {
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
      if (c.cycle && cycle !== null) await putCycle(q, s, c.cycle, cycle);
      return c.expectedVersion + 1;
    }),
  );
}

/**
 * The one-statement commit: data-modifying CTEs (all or nothing, as one statement is); the
 * final CASE calls `kd_refuse`, which raises — rolling the statement back whole — when the
 * version moved (no row updated) or the key was recorded (no outcome inserted).
 */
function commitSql(s: string): string {
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
async function statement(
  pool: Pool,
  sql: string,
  params: unknown[],
  fail: (err: unknown) => Error,
): Promise<void> {
  try {
    await pool.query(named(sql, params));
  } catch (err) {
    const m = (err as { message?: unknown }).message;
    if (m === 'kd:conflict' || m === 'kd:duplicate') throw new Refused(m.slice(3) as 'conflict');
    throw fail(err);
  }
}

export async function putCycle(
  q: PoolClient,
  s: string,
  w: CycleWrite,
  json: string,
): Promise<number> {
  const res =
    w.expectedVersion === 0
      ? await q.query(
          `INSERT INTO ${s}.cycles (cycle_id, version, record) VALUES ($1, 1, $2)
           ON CONFLICT (cycle_id) DO NOTHING`,
          [w.cycleId, json],
        )
      : await q.query(
          `UPDATE ${s}.cycles SET version = version + 1, record = $1
           WHERE cycle_id = $2 AND version = $3`,
          [json, w.cycleId, w.expectedVersion],
        );
  if (res.rowCount !== 1) throw new Refused('conflict');
  const entries = w.entries ?? [];
  if (entries.length > 0)
    await q.query(
      `INSERT INTO ${s}.cycle_audit (cycle_id, seq, entry)
       SELECT $1, e.seq, e.entry FROM unnest($2::integer[], $3::text[]) AS e(seq, entry)`,
      [w.cycleId, entries.map((e) => e.seq), entries.map((e) => JSON.stringify(e))],
    );
  return w.expectedVersion + 1;
}
