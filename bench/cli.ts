// The CLI row of issue 9: `kiemdiem classify` of a large file (test/cli/large-input.ts), wall time
// and peak RSS of the CLI process, against the targets (< 2 s, < 300 MB). Needs `npm run build`.
//   node --import tsx bench/cli.ts [--records 100000] [--indent N] [--keep FILE]
// `--indent N` writes the same records pretty-printed (N spaces): a larger file of the same work.
// `npm run bench` runs it twice, compact and with --indent 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { largeInput } from '../test/cli/large-input.js';
import { grouped } from './measure.js';

const { values: opts } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    indent: { type: 'string', default: '0' },
    keep: { type: 'string' },
  },
});
const records = Number(opts.records);
const dir = mkdtempSync(join(os.tmpdir(), 'kiemdiem-bench-cli-'));
const file = opts.keep ?? join(dir, 'large.json');
const indent = Number(opts.indent);
const compact = largeInput(records, 10_000);
writeFileSync(file, indent > 0 ? JSON.stringify(JSON.parse(compact), null, indent) : compact);
// The child reports its own peak RSS (kB) and CPU time (µs) at exit (process.resourceUsage), on
// standard error.
const report =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("maxrss "+u.maxRSS+" cpu "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
const t0 = process.hrtime.bigint();
const run = spawnSync(process.execPath, ['--import', report, 'dist/cli.js', 'classify', file], {
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024;
const cpu = Number(/ cpu (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1e6;
const size = statSync(file).size / 1e6;
if (!opts.keep) rmSync(dir, { recursive: true, force: true });
if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI failed: ${run.stderr}`);
console.log(
  `CLI classify of ${grouped(records)} assessments (${size.toFixed(1)} MB${indent > 0 ? `, indented by ${indent}` : ''}) · load ${os.loadavg()[0]?.toFixed(2)}`,
);
console.log(`  wall ${seconds.toFixed(2)} s (target < 2 s) ${seconds < 2 ? '✓' : '✗'}`);
// One thread: on an idle machine the wall time is about the CPU time; on a loaded one the wall
// time also counts the waits for a core, the CPU time much less so.
console.log(`  cpu ${cpu.toFixed(2)} s (user + system; about the wall time on an idle machine)`);
console.log(`  peak RSS ${mb.toFixed(0)} MB (target < 300 MB) ${mb < 300 ? '✓' : '✗'}`);
