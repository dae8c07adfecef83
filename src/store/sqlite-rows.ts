import type BetterSqlite3 from 'better-sqlite3';
import type { CycleRow } from './cycle-cache.js';
import { Refused } from './errors.js';
import { prep } from './sqlite-db.js';
import type { CycleWrite, DueReview } from './types.js';

type Db = BetterSqlite3.Database;

/** The due reviews of `SqliteStore.due` (`nowMs` null) and `claimDue` (unclaimed at `nowMs`). */
export function dueRows(
  db: Db,
  beforeMs: number,
  limit: number,
  nowMs: number | null,
): DueReview[] {
  const rows = prep(
    db,
    `SELECT subject_id, next_due_at FROM reviews
       WHERE next_due_ms IS NOT NULL AND next_due_ms <= ? ${nowMs === null ? '' : 'AND claim_until <= ?'}
       ORDER BY next_due_ms, subject_id LIMIT ?`,
  ).all(...(nowMs === null ? [beforeMs, limit] : [beforeMs, nowMs, limit])) as Array<{
    subject_id: string;
    next_due_at: string;
  }>;
  return rows.map((r) => ({ subjectId: r.subject_id, dueAt: r.next_due_at }));
}

/**
 * Writes a cycle record with the expected version and appends its audit entries, inside the
 * caller's transaction; `conflict` (nothing written) when the version moved.
 */
export function putCycle(db: Db, w: CycleWrite, json: string): number {
  const res =
    w.expectedVersion === 0
      ? prep(
          db,
          'INSERT INTO cycles (cycle_id, version, record) VALUES (?, 1, ?) ON CONFLICT (cycle_id) DO NOTHING',
        ).run(w.cycleId, json)
      : prep(
          db,
          'UPDATE cycles SET version = version + 1, record = ? WHERE cycle_id = ? AND version = ?',
        ).run(json, w.cycleId, w.expectedVersion);
  if (res.changes !== 1) throw new Refused('conflict');
  const add = prep(db, 'INSERT INTO cycle_audit (cycle_id, seq, entry) VALUES (?, ?, ?)');
  for (const e of w.entries ?? []) add.run(w.cycleId, e.seq, JSON.stringify(e));
  return w.expectedVersion + 1;
}

/** The stored entries of a cycle's audit log, as JSON texts in order of `seq`. */
export function cycleLogRows(db: Db, cycleId: string): string[] {
  const rows = prep(db, 'SELECT entry FROM cycle_audit WHERE cycle_id = ? ORDER BY seq').all(
    cycleId,
  ) as Array<{ entry: string }>;
  return rows.map((r) => r.entry);
}

/** A cycle row's version (undefined: no row). */
export function cycleVersion(db: Db, cycleId: string): number | undefined {
  const row = prep(db, 'SELECT version FROM cycles WHERE cycle_id = ?').get(cycleId) as
    | { version: number }
    | undefined;
  return row?.version;
}

/** A cycle row: its version and the record's text (undefined: no row). */
export function cycleRow(db: Db, cycleId: string): CycleRow | undefined {
  return prep(db, 'SELECT version, record FROM cycles WHERE cycle_id = ?').get(cycleId) as
    | CycleRow
    | undefined;
}
