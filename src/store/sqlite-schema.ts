/**
 * The SQLite schema, as numbered migrations: the store applies the ones after the stored
 * `schema_version` in one transaction when it opens, and refuses a file from a newer library.
 * Rows carry `organizer_id` and `year` (the partition keys of the PostgreSQL schema) so that a
 * file can be split or merged into PostgreSQL later.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE reviews (
     subject_id TEXT PRIMARY KEY,
     organizer_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     version INTEGER NOT NULL,
     envelope TEXT NOT NULL,
     next_due_at TEXT,
     next_due_ms INTEGER,
     claim_owner TEXT,
     claim_until INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX reviews_due ON reviews (next_due_ms) WHERE next_due_ms IS NOT NULL;
   CREATE INDEX reviews_partition ON reviews (organizer_id, year);
   CREATE TABLE audit (
     subject_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     entry TEXT NOT NULL,
     idempotency_key TEXT,
     PRIMARY KEY (subject_id, seq)
   ) WITHOUT ROWID;
   CREATE TABLE outcomes (
     subject_id TEXT NOT NULL,
     key TEXT NOT NULL,
     outcome TEXT NOT NULL,
     PRIMARY KEY (subject_id, key)
   ) WITHOUT ROWID;
   CREATE TABLE outbox (
     position INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     subject_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     payload TEXT NOT NULL,
     delivered INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX outbox_pending ON outbox (position) WHERE delivered = 0;
   CREATE TABLE cycles (
     cycle_id TEXT PRIMARY KEY,
     version INTEGER NOT NULL,
     record TEXT NOT NULL
   );`,
  // 2: the cycle's own audit chain, appended with its record (issue 11 item 4)
  `CREATE TABLE cycle_audit (
     cycle_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     entry TEXT NOT NULL,
     PRIMARY KEY (cycle_id, seq)
   ) WITHOUT ROWID;`,
];
