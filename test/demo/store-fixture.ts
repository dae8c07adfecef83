import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
import { demoCycle } from '../../src/demo/cycle.js';
import { konTumScript } from '../../src/demo/kon-tum/script.js';
import { runDemo } from '../../src/demo/run.js';
import { run } from '../cli/fake-io.js';
import { pgConnection } from '../store/pg.js';

/** Review audit entries an uninterrupted run of the seed's cycle leaves in a store. */
export const REVIEW_ENTRIES = 1337;

/** The tables a store writes (SQLite and PostgreSQL alike). */
export const TABLES = ['reviews', 'audit', 'outcomes', 'outbox', 'cycles', 'cycle_audit'] as const;

/** What a demo run leaves in its directory, as bytes (xlsx excepted: its zip carries the time). */
export interface DemoFiles {
  readonly json: Buffer;
  readonly csv: Buffer;
  readonly audit: Buffer;
}

export function filesOf(dir: string): DemoFiles {
  return {
    json: readFileSync(join(dir, 'summary.json')),
    csv: readFileSync(join(dir, 'summary.csv')),
    audit: readFileSync(join(dir, 'audit.jsonl')),
  };
}

/** The in-memory demo's files (`kiemdiem demo` without `--store`), in a fresh directory. */
export async function memoryRun(): Promise<DemoFiles & { dir: string }> {
  const dir = mkdtempSync(join(os.tmpdir(), 'kiemdiem-demo-mem-'));
  await runDemo(konTumScript(), { out: dir, createCycle: demoCycle });
  return { ...filesOf(dir), dir };
}

/** Every row of a SQLite store: per table its count and a digest of all its rows in key order. */
export function sqliteRows(path: string): Record<string, { rows: number; digest: string }> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const t of TABLES) {
      const rows = db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all();
      out[t] = {
        rows: rows.length,
        digest: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
      };
    }
    return out;
  } finally {
    db.close();
  }
}

/** How many rows a table of a SQLite store has; -1 while the file or table does not exist yet. */
export function sqliteCount(path: string, table: string): number {
  if (!existsSync(path)) return -1;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return -1;
  }
}

/** The `--store` URL of a PostgreSQL schema on the test server (`test/store/pg.ts`). */
export function pgUrl(schema: string): string {
  const c = pgConnection() as pg.PoolConfig;
  if (c.connectionString) {
    const url = new URL(c.connectionString);
    url.searchParams.set('schema', schema);
    return url.toString();
  }
  const auth = `${encodeURIComponent(c.user ?? 'postgres')}${c.password ? `:${encodeURIComponent(String(c.password))}` : ''}`;
  return `postgres://${auth}@${c.host}:${c.port}/${c.database}?schema=${schema}`;
}

/** A pool on the test server, to read a demo's schema from outside. */
export function pgPool(): pg.Pool {
  return new pg.Pool({ ...(pgConnection() as pg.PoolConfig), max: 1 });
}

/** Per table of a PostgreSQL schema: its count and a digest of its rows in key order. */
export async function pgRows(
  pool: pg.Pool,
  schema: string,
): Promise<Record<string, { rows: number; digest: string }>> {
  const out: Record<string, { rows: number; digest: string }> = {};
  for (const t of TABLES) {
    const r = await pool.query(`SELECT * FROM ${schema}.${t} AS x ORDER BY x::text`);
    out[t] = {
      rows: r.rows.length,
      digest: createHash('sha256').update(JSON.stringify(r.rows)).digest('hex'),
    };
  }
  return out;
}

/** How many rows a table of a schema has; -1 while it does not exist yet. */
export async function pgCount(pool: pg.Pool, schema: string, table: string): Promise<number> {
  try {
    const r = await pool.query(`SELECT count(*)::int AS n FROM ${schema}.${table}`);
    return (r.rows[0] as { n: number }).n;
  } catch {
    return -1;
  }
}

/**
 * Starts `dist/cli.js demo --store SPEC` as a child, waits until the store holds `target` review
 * audit entries (polling it from outside), then kills it with SIGKILL. Returns how many entries
 * the store held at the last poll and the signal the child died of.
 */
export async function killAt(
  spec: string,
  out: string,
  target: number,
  count: () => number | Promise<number>,
): Promise<{ seen: number; signal: NodeJS.Signals | null }> {
  const child = spawn(
    process.execPath,
    ['dist/cli.js', 'demo', '--store', spec, '--out', out, '--json'],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  let seen = -1;
  let done = false;
  void exited.then(() => {
    done = true;
  });
  while (!done) {
    seen = await count();
    if (seen >= target) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  return { seen, signal: await exited };
}

/** Runs the demo again in-process on the same store: it must finish with the in-memory summary. */
export async function resume(spec: string, out: string): Promise<DemoFiles> {
  const r = await run(['demo', '--store', spec, '--out', out, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return filesOf(out);
}

/**
 * A test file's workspace: the in-memory demo's files (the reference) and a temporary directory,
 * made before the file's tests and removed after them.
 */
export function demoWorkspace(tag: string): {
  memory: () => DemoFiles & { dir: string };
  tmp: () => string;
} {
  let memory: (DemoFiles & { dir: string }) | undefined;
  let tmp = '';
  beforeAll(async () => {
    memory = await memoryRun();
    tmp = mkdtempSync(join(os.tmpdir(), `kiemdiem-demo-${tag}-`));
  }, 60_000);
  afterAll(() => {
    if (memory) rmSync(memory.dir, { recursive: true, force: true });
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });
  return {
    memory: () => {
      if (!memory) throw new Error('the workspace is made in beforeAll');
      return memory;
    },
    tmp: () => tmp,
  };
}
