import { randomBytes } from 'node:crypto';
import type { PoolConfig } from 'pg';
import { PostgresStore } from '../../src/store/index.js';

/**
 * Where the PostgreSQL tests connect: `KIEMDIEM_PG_URL`, else pg's `PG*` variables, else the
 * project's server at 127.0.0.1:5432, database `test` (trust authentication; user `PGUSER`,
 * `USER` or `postgres`).
 */
export function pgConnection(): PoolConfig {
  // a server that does not answer fails the probe in 5 s instead of hanging the suite
  const connectionTimeoutMillis = 5_000;
  const url = process.env.KIEMDIEM_PG_URL;
  if (url) return { connectionString: url, connectionTimeoutMillis };
  const user = process.env.PGUSER ?? process.env.USER ?? 'postgres';
  return {
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    database: process.env.PGDATABASE ?? 'test',
    user: user === '' ? 'postgres' : user,
    connectionTimeoutMillis,
    ...(process.env.PGPASSWORD ? { password: process.env.PGPASSWORD } : {}),
  };
}

/** A schema name unique to this test run (parallel runs never share tables). */
export function runSchema(tag: string): string {
  return `kd_test_${tag}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

/**
 * Whether the server answers. Without one, `npm test` skips the PostgreSQL tests with a notice;
 * under CI (`CI` set, as `.ci/run` runs) an unreachable server fails the suite instead.
 */
export async function pgReachable(): Promise<boolean> {
  const store = new PostgresStore({ connection: pgConnection(), schema: runSchema('probe') });
  try {
    await store.init();
    await store.drop();
    return true;
  } catch (err) {
    if (process.env.CI)
      throw new Error(
        `PostgreSQL is not reachable and CI is set: the PostgreSQL tests must run (${(err as Error).message})`,
      );
    console.warn(
      `\n⚠ PostgreSQL not reachable — SKIPPING the PostgreSQL store tests (set KIEMDIEM_PG_URL or PG* to point at a server): ${(err as Error).message}\n`,
    );
    return false;
  } finally {
    await store.close().catch(() => {});
  }
}
