// The cycle benchmark of issue 10: a synthetic province through the whole cycle — every review to
// closed, the summary, the exports (audit.jsonl streamed, summary .json/.csv/.xlsx) — timed, with
// the peak RSS of the process that ran it. Each size runs in its own child process, so a size's
// memory is its own. Targets: 1,000 collectives + 10,000 individuals under 10 s and 1 GiB; time
// and memory grow linearly from 1,000 to 10,000 to 50,000 subjects.
//   npm run bench:cycle                        # 11,000 subjects, then 1,000 / 10,000 / 50,000
//   npm run bench:cycle -- --sizes 1000,10000  # subjects per run (collectives are 1 in 11)
//   npm run bench:cycle -- --store json        # reviews saved as JSON text, as in a table row
//   npm run bench:cycle -- --store sqlite --sizes 250,500,1000
//                                              # the cycle on a SqliteStore (createCycleService):
//                                              # its record grows with the cycle (docs/persistence.md)
//   npm run bench:cycle -- --one 11000         # one size, in this process (what a child runs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCycle, type ReviewEnvelope, type ReviewRepository } from '../machines/index.js';
import { runDemo } from '../src/demo/run.js';
import { runDemoOnStore } from '../src/demo/run-store.js';
import { syntheticScript } from '../src/demo/synthetic.js';
import { SqliteStore } from '../src/store/sqlite.js';

const { values: opts } = parseArgs({
  options: {
    one: { type: 'string' },
    sizes: { type: 'string', default: '11000,1000,10000,50000' },
    ticks: { type: 'string', default: 'none' },
    /** `memory`: the library's default repository (envelopes as bytes in a Map); `json`: each
     * review saved as its JSON text, as a host's table row holds it; `sqlite`: the cycle on a
     * SqliteStore through `createCycleService` (what `kiemdiem demo --store sqlite:…` runs). */
    store: { type: 'string', default: 'memory' },
  },
});

interface Row {
  readonly subjects: number;
  readonly build: number;
  readonly seconds: number;
  /** CPU time of the run (user + system): less sensitive to a loaded machine than wall time. */
  readonly cpuSeconds: number;
  /** Of `seconds`: the cycle played (audit streamed) and the exports written. */
  readonly playSeconds: number;
  readonly exportSeconds: number;
  readonly rssMb: number;
  /** The peak RSS before the exports (the cycle played, the audit streamed). */
  readonly playRssMb: number;
  readonly heapMb: number;
  readonly auditEntries: number;
  readonly auditMb: number;
  readonly surprises: number;
  readonly closed: number;
}

/** Reviews kept as JSON text, one string per review: what a host's `reviews` table holds. */
function jsonReviews(): ReviewRepository {
  const rows = new Map<string, string>();
  return {
    load: (id) => {
      const row = rows.get(id);
      return row === undefined ? undefined : (JSON.parse(row) as ReviewEnvelope);
    },
    save: (id, envelope) => {
      rows.set(id, JSON.stringify(envelope));
    },
  };
}

/** The heap in use once garbage is collected (when node runs with --expose-gc), in MB. */
function liveHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function one(subjects: number): Promise<Row> {
  const collectives = Math.round(subjects / 11);
  const t0 = performance.now();
  const script = syntheticScript({
    profile: 'generic-qd366',
    year: 2026,
    collectives,
    individuals: subjects - collectives,
    ticks: opts.ticks === 'daily' ? 'daily' : 'none',
  });
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const dir = mkdtempSync(join(os.tmpdir(), 'kiemdiem-bench-cycle-'));
  let closed = 0;
  let playRss = 0;
  try {
    if (opts.store === 'sqlite') return await onStore(subjects, script, dir, t1, cpu0, t0);
    const result = await runDemo(script, {
      out: dir,
      createCycle: (definition, o) => {
        const run = createCycle(definition, {
          ...o,
          ...(opts.store === 'json' ? { reviews: jsonReviews() } : {}),
        });
        const summary = run.summary.bind(run);
        return {
          open: run.open.bind(run),
          send: run.send.bind(run),
          sendCycle: run.sendCycle.bind(run),
          tick: run.tick.bind(run),
          summary: () => {
            closed = Object.values(run.index().subjects).filter((s) => s.stage === 'closed').length;
            playRss = process.resourceUsage().maxRSS / 1024;
            return summary();
          },
        };
      },
    });
    const seconds = (performance.now() - t1) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return {
      subjects,
      build: (t1 - t0) / 1000,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      playSeconds: result.timing.playMs / 1000,
      exportSeconds: result.timing.exportMs / 1000,
      rssMb: process.resourceUsage().maxRSS / 1024,
      playRssMb: playRss,
      heapMb: liveHeapMb(),
      auditEntries: result.auditEntries,
      auditMb: statSync(result.files.audit).size / 1e6,
      surprises: result.play.surprises.length,
      closed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One size on a SqliteStore in `dir`: the same row (`closed`: the summary's rated reviews). */
async function onStore(
  subjects: number,
  script: ReturnType<typeof syntheticScript>,
  dir: string,
  t1: number,
  cpu0: NodeJS.CpuUsage,
  t0: number,
): Promise<Row> {
  const store = new SqliteStore({ path: join(dir, 'cycle.db') });
  try {
    const result = await runDemoOnStore(script, { out: dir, store });
    const cpu = process.cpuUsage(cpu0);
    return {
      subjects,
      build: (t1 - t0) / 1000,
      seconds: (performance.now() - t1) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      playSeconds: result.timing.playMs / 1000,
      exportSeconds: result.timing.exportMs / 1000,
      rssMb: process.resourceUsage().maxRSS / 1024,
      playRssMb: 0, // not taken apart from the exports here
      heapMb: liveHeapMb(),
      auditEntries: result.auditEntries,
      auditMb: statSync(result.files.audit).size / 1e6,
      surprises: result.play.surprises.length,
      closed: result.summary.appendix.filter((e) => e.status === 'rated').length,
    };
  } finally {
    await store.close();
  }
}

if (opts.one) {
  const row = await one(Number(opts.one));
  process.stdout.write(`${JSON.stringify(row)}\n`);
} else {
  const sizes = (opts.sizes ?? '').split(',').map(Number);
  console.log(
    `Cycle benchmark: generic-qd366 2026, a synthetic province (1 collective in 11), every review to closed, summary and exports, reviews stored ${opts.store === 'json' ? 'as JSON text' : opts.store === 'sqlite' ? 'on a SqliteStore (createCycleService)' : 'in memory (memoryReviews)'} · ${os.cpus().length} CPUs · load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const rows: Row[] = [];
  for (const size of sizes) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1] as string,
        '--one',
        String(size),
        '--ticks',
        opts.ticks ?? 'none',
        '--store',
        opts.store ?? 'memory',
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 20,
      },
    );
    if (child.status !== 0) throw new Error(`size ${size} failed (exit ${child.status})`);
    const row = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Row;
    rows.push(row);
    const ok =
      size === 11000
        ? `  ${row.seconds < 10 ? '✓' : '✗'} < 10 s, ${row.rssMb < 1024 ? '✓' : '✗'} < 1 GiB`
        : '';
    console.log(
      `  ${String(size).padStart(6)} subjects: ${row.seconds.toFixed(2)} s wall, ${row.cpuSeconds.toFixed(2)} s CPU (play ${row.playSeconds.toFixed(2)} s, exports ${row.exportSeconds.toFixed(2)} s; ${((row.seconds * 1e6) / size).toFixed(0)} µs/subject), peak RSS ${row.rssMb.toFixed(0)} MB${row.playRssMb > 0 ? ` (${row.playRssMb.toFixed(0)} MB before the exports)` : ''}, heap after ${row.heapMb.toFixed(0)} MB · ${row.auditEntries} audit entries (${row.auditMb.toFixed(1)} MB) · ${row.closed} ${opts.store === 'sqlite' ? 'rated' : 'closed'} · ${row.surprises} surprises · script built in ${row.build.toFixed(2)} s${ok}`,
    );
  }
  const grow = rows.filter((r) => r.subjects !== 11000).sort((a, b) => a.subjects - b.subjects);
  for (let i = 1; i < grow.length; i++) {
    const a = grow[i - 1] as Row;
    const b = grow[i] as Row;
    const k = b.subjects / a.subjects;
    console.log(
      `  ${a.subjects} → ${b.subjects} (×${k}): wall ×${(b.seconds / a.seconds).toFixed(2)}, CPU ×${(b.cpuSeconds / a.cpuSeconds).toFixed(2)}, peak RSS ×${(b.rssMb / a.rssMb).toFixed(2)}`,
    );
  }
}
