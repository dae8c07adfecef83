import type BetterSqlite3 from 'better-sqlite3';
import { newerSchema } from './errors.js';
import { SQLITE_MIGRATIONS } from './sqlite-schema.js';

type Db = BetterSqlite3.Database;

const prepared = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement of a connection, compiled once (compiling is a tenth of a send). */
export function prep(db: Db, sql: string): BetterSqlite3.Statement {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** Applies the migrations after the stored schema version, in one transaction. */
export function migrate(db: Db, readonly: boolean): void {
  const known = SQLITE_MIGRATIONS.length;
  const current = (): number => {
    const meta = prep(
      db,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kd_meta'",
    ).get();
    if (!meta) return 0;
    const row = prep(db, "SELECT value FROM kd_meta WHERE key = 'schema_version'").get() as
      | { value: string }
      | undefined;
    return row ? Number(row.value) : 0;
  };
  const at = current();
  if (at > known) throw newerSchema(at, known);
  if (at === known || readonly) return;
  db.transaction(() => {
    if (current() >= known) return; // another process migrated meanwhile
    db.exec('CREATE TABLE IF NOT EXISTS kd_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    for (let v = current(); v < known; v++) db.exec(SQLITE_MIGRATIONS[v] ?? '');
    prep(
      db,
      "INSERT INTO kd_meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(String(known));
  }).immediate();
}
