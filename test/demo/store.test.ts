import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { konTumScript } from '../../src/demo/kon-tum/script.js';
import { run } from '../cli/fake-io.js';
import { pgReachable, runSchema } from '../store/pg.js';
import { recount, tally } from './recount.js';
import { demoWorkspace, filesOf, pgPool, pgRows, pgUrl, sqliteRows } from './store-fixture.js';

const script = konTumScript();
const workspace = demoWorkspace('store');

const pg = await pgReachable();

/** Runs `kiemdiem demo --store SPEC --out DIR --json` in-process; exit 0 and nothing on stderr. */
async function demo(spec: string, out: string) {
  const r = await run(['demo', '--store', spec, '--out', out, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

describe('kiemdiem demo --store sqlite:PATH', () => {
  const db = () => join(workspace.tmp(), 'demo.db');

  it('plays the cycle on the store to the end: the same summary.json and summary.csv, byte for byte, as in memory', async () => {
    await demo(`sqlite:${db()}`, join(workspace.tmp(), 'first'));
    const got = filesOf(join(workspace.tmp(), 'first'));
    expect(got.json.equals(workspace.memory().json)).toBe(true);
    expect(got.csv.equals(workspace.memory().csv)).toBe(true);
    // audit.jsonl is read back from the store: every review's chain and the cycle's, whose
    // independent recount gives the summary's numbers, as the in-memory log does
    const counted = tally(
      recount(join(workspace.tmp(), 'first', 'audit.jsonl'), script.definition),
      script.definition,
    );
    expect(counted).toEqual(
      tally(
        recount(join(workspace.memory().dir, 'audit.jsonl'), script.definition),
        script.definition,
      ),
    );
    const rows = sqliteRows(db());
    expect(rows.reviews?.rows).toBe(190);
    expect(rows.cycles?.rows).toBe(1);
    const lines = readFileSync(join(workspace.tmp(), 'first', 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength((rows.audit?.rows ?? 0) + (rows.cycle_audit?.rows ?? 0));
  }, 60_000);

  it('run again on the finished store: the same files, and not one row of the store changed', async () => {
    const before = sqliteRows(db());
    await demo(`sqlite:${db()}`, join(workspace.tmp(), 'again'));
    expect(sqliteRows(db())).toEqual(before);
    const first = filesOf(join(workspace.tmp(), 'first'));
    const again = filesOf(join(workspace.tmp(), 'again'));
    expect(again.json.equals(first.json)).toBe(true);
    expect(again.csv.equals(first.csv)).toBe(true);
    expect(again.audit.equals(first.audit)).toBe(true);
  }, 60_000);

  it('refuses a store it cannot use (exit 2, both languages), writing no file', async () => {
    for (const spec of ['mysql://x', 'sqlite:', 'postgres://h/db?schema=Bad-Name']) {
      const out = join(workspace.tmp(), 'refused');
      const vi = await run(['demo', '--store', spec, '--out', out]);
      const en = await run(['demo', '--store', spec, '--out', out, '--lang', 'en']);
      expect([vi.code, en.code]).toEqual([2, 2]);
      expect(vi.stderr).toContain('--store');
      expect(vi.stderr).not.toBe(en.stderr);
      expect(existsSync(out)).toBe(false);
    }
    const readonlyDir = join(workspace.tmp(), 'nowhere', 'deeper');
    const r = await run([
      'demo',
      '--store',
      `sqlite:${readonlyDir}/x.db`,
      '--out',
      join(workspace.tmp(), 'nf'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kiemdiem demo: READ_FAILED: /);
    expect(readdirSync(join(workspace.tmp(), 'nf'))).toEqual([]);
  });
});

describe.skipIf(!pg)('kiemdiem demo --store postgres://…', () => {
  it('plays the cycle to the end on a fresh schema with the in-memory summary; run again, it changes nothing', async () => {
    const schema = runSchema('demo');
    const pool = pgPool();
    try {
      await demo(pgUrl(schema), join(workspace.tmp(), 'pg'));
      const got = filesOf(join(workspace.tmp(), 'pg'));
      expect(got.json.equals(workspace.memory().json)).toBe(true);
      expect(got.csv.equals(workspace.memory().csv)).toBe(true);
      const before = await pgRows(pool, schema);
      expect(before.reviews?.rows).toBe(190);
      await demo(pgUrl(schema), join(workspace.tmp(), 'pg-again'));
      expect(await pgRows(pool, schema)).toEqual(before);
      const again = filesOf(join(workspace.tmp(), 'pg-again'));
      expect(again.json.equals(got.json)).toBe(true);
      expect(again.audit.equals(got.audit)).toBe(true);
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    }
  }, 120_000);
});
