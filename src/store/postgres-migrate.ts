import type { Pool, PoolClient } from 'pg';
import { newerSchema } from './errors.js';
import { POSTGRES_MIGRATIONS } from './postgres-schema.js';

/**
 * Creates the schema or applies its missing migrations, in one transaction under an advisory
 * lock (several processes may open the store at once); refuses a schema from a newer library.
 */
export async function migratePostgres(pool: Pool, s: string): Promise<void> {
  const client = await pool.connect();
  const known = POSTGRES_MIGRATIONS.length;
  try {
    const meta = await client.query(`SELECT to_regclass('${s}.kd_meta') IS NOT NULL AS present`);
    if (meta.rows[0]?.present) {
      const at = await schemaVersion(client, s);
      if (at > known) throw newerSchema(at, known);
      if (at === known) return;
    }
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [s]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.kd_meta (key text PRIMARY KEY, value text NOT NULL)`,
    );
    const at = await schemaVersion(client, s);
    if (at > known) throw newerSchema(at, known);
    for (let v = at; v < known; v++) await client.query(POSTGRES_MIGRATIONS[v]?.(s) ?? '');
    await client.query(
      `INSERT INTO ${s}.kd_meta (key, value) VALUES ('schema_version', $1)
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

async function schemaVersion(client: PoolClient, s: string): Promise<number> {
  const r = await client.query(`SELECT value FROM ${s}.kd_meta WHERE key = 'schema_version'`);
  return r.rows[0] ? Number(r.rows[0].value) : 0;
}
