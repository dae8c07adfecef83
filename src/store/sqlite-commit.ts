import type BetterSqlite3 from 'better-sqlite3';
import { epochOf, Refused } from './errors.js';
import { prep } from './sqlite-db.js';
import { putCycle } from './sqlite-rows.js';
import type { ReviewCommit } from './types.js';

type Db = BetterSqlite3.Database;

/** A review commit's rows as text, written before the transaction opens (it stays short). */
export interface CommitTexts {
  readonly envelope: string;
  readonly ms: number | null;
  readonly entries: ReadonlyArray<readonly [number, string]>;
  readonly outcome: string | null;
  readonly messages: ReadonlyArray<readonly [string, string, string]>;
  readonly cycle: string | null;
}

/** The texts of `c`: what `putCommit` writes. */
export function commitTexts(c: ReviewCommit): CommitTexts {
  return {
    envelope: c.envelopeText ?? JSON.stringify(c.envelope),
    ms: c.nextDueAt === null ? null : epochOf(c.nextDueAt),
    entries: c.entries.map((e) => [e.seq, JSON.stringify(e)] as const),
    outcome: c.idempotency ? JSON.stringify(c.idempotency.outcome) : null,
    messages: c.outbox.map((m) => [m.id, m.kind, JSON.stringify(m.payload)] as const),
    cycle: c.cycle ? JSON.stringify(c.cycle.record) : null,
  };
}

/**
 * One review commit inside the caller's transaction: the outcome's key unused, the review at the
 * expected version, its audit entries, the outcome, the outbox messages and the cycle's record
 * (`duplicate` or `conflict` thrown as `Refused`, nothing written). Returns the new version.
 */
export function putCommit(db: Db, c: ReviewCommit, t: CommitTexts): number {
  const { envelope, ms, entries, outcome, messages, cycle } = t;
  const key = c.idempotency?.key ?? null;
  if (
    key !== null &&
    prep(db, 'SELECT 1 FROM outcomes WHERE subject_id = ? AND key = ?').get(c.subjectId, key)
  )
    throw new Refused('duplicate');
  const up = prep(
    db,
    `UPDATE reviews SET version = version + 1, envelope = ?, next_due_at = ?, next_due_ms = ?,
           claim_owner = NULL, claim_until = 0
         WHERE subject_id = ? AND version = ?`,
  ).run(envelope, c.nextDueAt, ms, c.subjectId, c.expectedVersion);
  if (up.changes !== 1) throw new Refused('conflict');
  const add = prep(
    db,
    'INSERT INTO audit (subject_id, seq, entry, idempotency_key) VALUES (?, ?, ?, ?)',
  );
  for (const [seq, json] of entries) add.run(c.subjectId, seq, json, key);
  if (key !== null && outcome !== null)
    prep(db, 'INSERT INTO outcomes (subject_id, key, outcome) VALUES (?, ?, ?)').run(
      c.subjectId,
      key,
      outcome,
    );
  const msg = prep(
    db,
    'INSERT INTO outbox (id, subject_id, kind, payload) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  for (const [id, kind, payload] of messages) msg.run(id, c.subjectId, kind, payload);
  if (c.cycle && cycle !== null) putCycle(db, c.cycle, cycle);
  return c.expectedVersion + 1;
}
