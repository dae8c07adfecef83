import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pgReachable, runSchema } from '../store/pg.js';
import {
  demoWorkspace,
  killAt,
  pgCount,
  pgPool,
  pgUrl,
  REVIEW_ENTRIES,
  resume,
  sqliteCount,
} from './store-fixture.js';

// How many SIGKILL trials on SQLite here (`npm run test:faults` runs more: test/faults/demo.faults.ts).
const TRIALS = Number(process.env.KIEMDIEM_DEMO_KILL_TRIALS ?? 3);

const workspace = demoWorkspace('kill');

const pg = await pgReachable();

describe('kiemdiem demo --store, killed with SIGKILL at a random point and run again', () => {
  it(`SQLite, ${TRIALS} trials: it resumes and ends with the summary and the audit of an uninterrupted run`, async () => {
    const whole = await resume(
      `sqlite:${join(workspace.tmp(), 'whole.db')}`,
      join(workspace.tmp(), 'whole'),
    );
    expect(whole.json.equals(workspace.memory().json)).toBe(true);
    for (let t = 0; t < TRIALS; t++) {
      const path = join(workspace.tmp(), `kill-${t}.db`);
      const target = 1 + Math.floor(Math.random() * (REVIEW_ENTRIES - 150));
      const killed = await killAt(`sqlite:${path}`, join(workspace.tmp(), `k${t}`), target, () =>
        sqliteCount(path, 'audit'),
      );
      const where = `trial ${t}: killed at ${killed.seen} entries (target ${target})`;
      expect(killed.signal, where).toBe('SIGKILL');
      expect(killed.seen, where).toBeLessThan(REVIEW_ENTRIES);
      const got = await resume(`sqlite:${path}`, join(workspace.tmp(), `k${t}`));
      expect(got.json.equals(workspace.memory().json), where).toBe(true);
      expect(got.csv.equals(workspace.memory().csv), where).toBe(true);
      expect(got.audit.equals(whole.audit), where).toBe(true);
      expect(sqliteCount(path, 'audit'), where).toBe(REVIEW_ENTRIES);
    }
  }, 120_000);

  it.skipIf(!pg)(
    'PostgreSQL, once: it resumes and ends with the in-memory summary',
    async () => {
      const schema = runSchema('demokill');
      const pool = pgPool();
      try {
        const target = 200 + Math.floor(Math.random() * 800);
        const killed = await killAt(pgUrl(schema), join(workspace.tmp(), 'pg'), target, () =>
          pgCount(pool, schema, 'audit'),
        );
        const where = `killed at ${killed.seen} entries (target ${target})`;
        expect(killed.signal, where).toBe('SIGKILL');
        expect(killed.seen, where).toBeLessThan(REVIEW_ENTRIES);
        const got = await resume(pgUrl(schema), join(workspace.tmp(), 'pg'));
        expect(got.json.equals(workspace.memory().json), where).toBe(true);
        expect(got.csv.equals(workspace.memory().csv), where).toBe(true);
        expect(await pgCount(pool, schema, 'audit'), where).toBe(REVIEW_ENTRIES);
      } finally {
        await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await pool.end();
      }
    },
    120_000,
  );
});
