import type { Pool, PoolClient } from 'pg';
import { parseRow } from './errors.js';
import type { DueReview, OutboxRow } from './types.js';

// The queue-like reads of PostgresStore: due reviews, claimed due reviews, the outbox (`s` is the
// quoted schema). The store checks the arguments and wraps the errors.

/** Reviews whose next deadline change is at or before `ms`, earliest first, at most `limit`. */
export async function dueRows(p: Pool, s: string, ms: number, limit: number): Promise<DueReview[]> {
  const r = await p.query(
    `SELECT subject_id, next_due_at FROM ${s}.reviews
     WHERE next_due_ms IS NOT NULL AND next_due_ms <= $1
     ORDER BY next_due_ms, subject_id LIMIT $2`,
    [ms, limit],
  );
  return r.rows.map((row: { subject_id: string; next_due_at: string }) => ({
    subjectId: row.subject_id,
    dueAt: row.next_due_at,
  }));
}

/**
 * Claims due rows for one scheduler, in the store's transaction: the rows are locked with
 * `FOR UPDATE SKIP LOCKED` (another scheduler claiming at the same moment skips them instead of
 * waiting or taking them too) and marked with the owner and a lease, so that they stay skipped
 * after this short transaction while the TICKs are sent; the commit of a TICK clears the claim.
 */
export async function claimRows(
  q: PoolClient,
  s: string,
  c: { ms: number; nowMs: number; limit: number; owner: string; until: number },
): Promise<DueReview[]> {
  const r = await q.query(
    `WITH c AS (
       SELECT organizer_id, year, subject_id FROM ${s}.reviews
       WHERE next_due_ms IS NOT NULL AND next_due_ms <= $1 AND claim_until <= $2
       ORDER BY next_due_ms, subject_id LIMIT $3
       FOR UPDATE SKIP LOCKED)
     UPDATE ${s}.reviews r SET claim_owner = $4, claim_until = $5 FROM c
     WHERE r.organizer_id = c.organizer_id AND r.year = c.year AND r.subject_id = c.subject_id
     RETURNING r.subject_id, r.next_due_at, r.next_due_ms`,
    [c.ms, c.nowMs, c.limit, c.owner, c.until],
  );
  return (r.rows as Array<{ subject_id: string; next_due_at: string; next_due_ms: string }>)
    .sort(
      (a, b) =>
        Number(a.next_due_ms) - Number(b.next_due_ms) || (a.subject_id < b.subject_id ? -1 : 1),
    )
    .map((row) => ({ subjectId: row.subject_id, dueAt: row.next_due_at }));
}

/** Undelivered outbox messages after a position, in order, at most `limit`. */
export async function outboxRows(
  p: Pool,
  s: string,
  after: number,
  limit: number,
): Promise<OutboxRow[]> {
  const r = await p.query(
    `SELECT position, id, subject_id, kind, payload FROM ${s}.outbox
     WHERE NOT delivered AND position > $1 ORDER BY position LIMIT $2`,
    [after, limit],
  );
  return r.rows.map(
    (row: { position: string; id: string; subject_id: string; kind: string; payload: string }) => ({
      position: Number(row.position),
      id: row.id,
      subjectId: row.subject_id,
      kind: row.kind,
      payload: parseRow(row.subject_id, 'outbox message', row.payload) as OutboxRow['payload'],
    }),
  );
}
