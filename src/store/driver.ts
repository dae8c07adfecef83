import { driverMissing } from './errors.js';

type SqliteModule = typeof import('better-sqlite3');
type PgModule = typeof import('pg');

let sqlite: SqliteModule | undefined;
let pg: PgModule | undefined;

/**
 * The database drivers are optional peer dependencies, loaded on first use of their store: a host
 * on SQLite never loads `pg`, one on PostgreSQL never loads the native `better-sqlite3`.
 */
export async function loadSqlite(): Promise<SqliteModule> {
  if (sqlite) return sqlite;
  try {
    const mod = (await import('better-sqlite3')) as SqliteModule & { default?: SqliteModule };
    sqlite = mod.default ?? mod;
  } catch (cause) {
    throw driverMissing('better-sqlite3', '12', cause);
  }
  return sqlite;
}

export async function loadPg(): Promise<PgModule> {
  if (pg) return pg;
  try {
    const mod = (await import('pg')) as PgModule & { default?: PgModule };
    pg = mod.default ?? mod;
  } catch (cause) {
    throw driverMissing('pg', '8', cause);
  }
  return pg;
}
