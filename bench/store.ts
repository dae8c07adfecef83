// npm run bench:store — the durable service (issue 11): sends per second through
// createReviewService on SQLite (one process) and on PostgreSQL (4 processes at once), and the
// scheduler's due query (one batch of 100) on 100,000 reviews, on SQLite and PostgreSQL.
//   options: --sends N (default 3000, per process)  --reviews N (default 100,000 for the due query)
// The SQLite process first warms up with 200 sends. The four PostgreSQL processes first send 3,000
// each to reviews of their own (their JIT warm-up), then the measured ones; the rate is taken while
// all four send at once, from when each has sent 200 of those to when the first has sent its share
// (the same window of the warm-up is printed too); the workers write their report lines ten at a time.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { PostgresStore, type ReviewStore, SqliteStore } from '../src/store/index.js';
import { bundleChild, startWorker } from '../test/faults/spawn.js';
import { seededStore } from '../test/faults/targets.js';
import { requestOf, warmIds } from '../test/faults/workload.js';
import { makeService, serviceInput, testClock } from '../test/service/fixture.js';
import { pgConnection, runSchema } from '../test/store/pg.js';

const { values: opts } = parseArgs({
  options: {
    sends: { type: 'string', default: '3000' },
    reviews: { type: 'string', default: '100000' },
  },
});
const SENDS = Number(opts.sends);
/** Warm-up sends per process before the timing (the SQLite process's too). */
const WARM = 200;
const REVIEWS = Number(opts.reviews);
const dir = mkdtempSync(join(tmpdir(), 'kd-bench-'));
function tmpdir() {
  return os.tmpdir();
}
const rows: Array<[string, string, string, string]> = [];
const row = (what: string, value: string, target: string, pass: boolean) =>
  rows.push([what, value, target, pass ? 'ok' : 'BELOW TARGET']);
/** A figure printed for reading, with no target. */
const note = (what: string, value: string) => rows.push([what, value, '', '']);

async function sqliteOneProcess(): Promise<void> {
  const where = `sqlite:${join(dir, 'sends.db')}`;
  const { store, ids } = await seededStore(where, 50);
  const time = testClock('2025-11-05T09:00:00+07:00');
  const service = makeService(store, time.clock);
  // warm-up
  for (let n = 0; n < WARM; n++) {
    const r = requestOf(n, ids[n % ids.length] ?? '');
    await service.send(ids[n % ids.length] ?? '', { user: r.user }, r.body, {
      idempotencyKey: `w${n}`,
    });
  }
  const t0 = performance.now();
  for (let n = 0; n < SENDS; n++) {
    const id = ids[n % ids.length] ?? '';
    const r = requestOf(n, id);
    time.set(r.at);
    await service.send(id, { user: r.user }, { ...r.body }, { idempotencyKey: `b${n}` });
  }
  const perSecond = SENDS / ((performance.now() - t0) / 1000);
  row('SQLite, 1 process: sends/s', perSecond.toFixed(0), '≥ 3,000/s', perSecond >= 3000);
  await store.close();
}

/** Lines per write of the bench's workers (test/faults/child.ts `linesEvery`). */
const LINES_EVERY = 10;
/** Sends per PostgreSQL process on reviews of its own before the measured ones (its JIT warm-up). */
const PG_WARMUP = 3000;

async function postgresFourProcesses(): Promise<void> {
  const schema = runSchema('bench');
  const where = `postgres:${schema}`;
  const { store, ids } = await seededStore(where, 200);
  const warmService = makeService(store, testClock('2025-11-04T09:00:00+07:00').clock);
  for (const id of warmIds(ids.length)) await warmService.create(serviceInput(id));
  const script = await bundleChild();
  const per = Math.max(1, Math.floor(SENDS / 4));
  // Each process first sends PG_WARMUP requests of the same workload to reviews of its own, then
  // the measured ones to the 200 reviews all four share, which go through their whole workflow as
  // in a cold run. A service runs for weeks: on 2 cores the four processes are still compiling
  // (JIT) for their first thousands of sends (bench/README.md, "What part 13 found"). Two windows
  // of the one run, all four sending at once the whole time: sends WARM to WARM + per of the
  // warm-up (fresh processes: the figure of earlier runs), and the same sends of the measured
  // reviews (warm processes: the target's).
  const workers = ['a', 'bb', 'ccc', 'dddd'].map((w) =>
    startWorker(script, [
      where,
      w,
      String(WARM + per),
      String(ids.length),
      '0',
      String(LINES_EVERY),
      String(PG_WARMUP),
    ]),
  );
  const acks = () => workers.reduce((n, w) => n + w.acked.length, 0);
  const window = async (from: number, to: number) => {
    await Promise.all(workers.map((w) => w.commits(from)));
    const start = performance.now();
    const before = acks();
    await Promise.race(workers.map((w) => w.commits(to)));
    const end = performance.now();
    return { sends: acks() - before, perSecond: (acks() - before) / ((end - start) / 1000) };
  };
  const cold = await window(WARM, WARM + per);
  const warm = await window(PG_WARMUP + WARM, PG_WARMUP + WARM + per);
  await Promise.all(workers.map((w) => w.exited));
  const problems = workers.flatMap((w) => w.problems);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  row(
    `PostgreSQL, 4 processes: sends/s (after ${PG_WARMUP} warm-up sends each; ${warm.sends} sends)`,
    warm.perSecond.toFixed(0),
    '≥ 1,000/s',
    warm.perSecond >= 1000,
  );
  note(
    `  (the same window in fresh processes: sends ${WARM}–${WARM + per} of their warm-up)`,
    cold.perSecond.toFixed(0),
  );
  await (store as PostgresStore).drop();
  await store.close();
}

/** Median ms of `runs` calls. */
async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const NOW = '2025-11-20T09:00:00+07:00';

async function dueQuery(
  name: string,
  store: ReviewStore,
  fill: () => Promise<void>,
): Promise<void> {
  await store.init();
  await fill();
  const due = await median(21, () => store.due(NOW, 100));
  row(
    `${name}: due query, 1 batch of 100 on ${REVIEWS} reviews (median)`,
    `${due.toFixed(2)} ms`,
    '< 50 ms',
    due < 50,
  );
  const claim = await median(21, () =>
    store.claimDue(NOW, 100, { owner: 'bench', leaseMs: 1 }, '2030-01-01T00:00:00+07:00'),
  );
  row(
    `${name}: claimDue (SKIP LOCKED on PostgreSQL), 1 batch (median)`,
    `${claim.toFixed(2)} ms`,
    '< 50 ms',
    claim < 50,
  );
}

/** Due instants spread over November 2025, in whole minutes, for review i. */
const dueOf = (i: number) =>
  new Date(Date.parse('2025-11-01T00:00:00+07:00') + (i % 43200) * 60_000);

async function sqliteDue(): Promise<void> {
  const path = join(dir, 'due.db');
  const store = new SqliteStore({ path });
  await dueQuery('SQLite', store, async () => {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path);
    const insert = db.prepare(
      `INSERT INTO reviews (subject_id, organizer_id, year, version, envelope, next_due_at, next_due_ms)
       VALUES (?, 'so-noi-vu', 2025, 1, '{}', ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < REVIEWS; i++) {
        const d = dueOf(i);
        insert.run(`due-${i}`, d.toISOString(), d.getTime());
      }
    })();
    db.exec('ANALYZE');
    db.close();
  });
  await store.close();
}

async function postgresDue(): Promise<void> {
  const schema = runSchema('benchdue');
  const store = new PostgresStore({ connection: pgConnection(), schema });
  await dueQuery('PostgreSQL', store, async () => {
    const c = pgConnection();
    const client = new pg.Client(typeof c === 'string' ? { connectionString: c } : c);
    await client.connect();
    await client.query(
      `INSERT INTO "${schema}".reviews (organizer_id, year, subject_id, version, envelope, next_due_at, next_due_ms)
       SELECT 'so-noi-vu', 2025, 'due-' || i, 1, '{}',
              to_char(to_timestamp(m / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), m
       FROM (SELECT i, $2::bigint + (i % 43200)::bigint * 60000 AS m FROM generate_series(0, $1 - 1) AS i) AS s`,
      [REVIEWS, Date.parse('2025-11-01T00:00:00+07:00')],
    );
    await client.query(`ANALYZE "${schema}".reviews`);
    await client.end();
  });
  await store.drop();
  await store.close();
}

try {
  await sqliteOneProcess();
  await postgresFourProcesses();
  await sqliteDue();
  await postgresDue();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `kiemdiem bench:store — node ${process.version}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const width = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i] ?? 0)).join('  '));
