// npm run bench — kiemdiem's classify (full public path, zod included), its engine alone, and
// the same QĐ 366 decision in json-rules-engine, on one deterministic province-sized mix.
//   options: --subjects N (default 60000)  --passes P (default 5)  --seed S (default 366)
//            --only NAME  run one contender 5 times over the mix and exit (for node --cpu-prof):
//                         classify | engine | parse | fast | json | jre-await | jre-batch
//            --part classify|machine|all (default all)  --reviews N (default 6000)  --saves N
//                         (default 6000): the review machine's table (machine-bench.ts)

import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { type Assessment, AssessmentSchema, classify, RulesProfileSchema } from '../src/index.js';
import { evaluate } from '../src/rules/engine.js';
import { qd366 } from '../src/rules/qd366.js';
import { fastAssessment } from '../src/schemas/fast/assessment.js';
import { DOUBT } from '../src/schemas/fast/compile.js';
import { agreement, code, describeMix } from './agreement.js';
import { type BaselineFacts, buildBaseline, decide, toFacts } from './baseline.js';
import { runMachineBench } from './machine-bench.js';
import { grouped, type Pass, type Sample, table, timeRoundRobin } from './measure.js';
import { generateProvince } from './province.js';
import { targetLines } from './targets.js';

const AIM = 1_000_000;
/** Promise.all batch size for the batched baseline (small chunks measured fastest; 500 was 2× slower). */
const CHUNK = 16;

const { values: opts } = parseArgs({
  options: {
    subjects: { type: 'string', default: '60000' },
    passes: { type: 'string', default: '5' },
    seed: { type: 'string', default: '366' },
    only: { type: 'string' },
    part: { type: 'string', default: 'all' },
    // passes of 1,200 reviews: at 400, a bare pass took 20 ms and one garbage collection in it
    // moved the ratio by a third
    reviews: { type: 'string', default: '6000' },
    saves: { type: 'string', default: '6000' },
  },
});
const started = process.hrtime.bigint();
const elapsed = () => `${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`;
if (!['classify', 'machine', 'all'].includes(opts.part))
  throw new Error('--part: one of classify, machine, all');
const machine = () =>
  runMachineBench({
    reviews: Number(opts.reviews),
    passes: Number(opts.passes),
    saves: Number(opts.saves),
  });
if (opts.part === 'machine' && !opts.only) {
  await machine();
  console.log(`total ${elapsed()}`);
  process.exit(0);
}

// ---- the mix, parsed and turned into baseline facts once (outside every timing) -------------
const inputs = generateProvince(Number(opts.subjects), Number(opts.seed));
const n = inputs.length;
// Parsed the way classify parses (the fast path, zod where it doubts): the engine alone then reads
// the objects it reads inside classify. Parsed by zod instead, the engine's figure was bimodal from
// one process to the next (0.95 or 1.3–1.6 µs, same code): V8's pretenuring of zod's allocation
// sites lays the 60,000 held assessments out differently (bench/README.md, "What part 8 found").
const parsed: Assessment[] = inputs.map((a) => {
  const fast = fastAssessment(a);
  return fast === DOUBT ? AssessmentSchema.parse(a) : fast;
});
const facts: BaselineFacts[] = parsed.map(toFacts);
const profile = RulesProfileSchema.parse({});
const engine = buildBaseline();

// ---- contenders: each pass writes one outcome code per assessment into its own array ---------
const out = {
  classify: new Int8Array(n),
  engine: new Int8Array(n),
  parse: new Int8Array(n),
  fast: new Int8Array(n),
  json: new Int8Array(n),
  'jre-await': new Int8Array(n),
  'jre-batch': new Int8Array(n),
};
type Name = keyof typeof out;
const passes: Record<Name, Pass> = {
  classify: (from, to) => {
    const o = out.classify;
    for (let i = from; i < to; i++) {
      const r = classify(inputs[i]);
      o[i] = code(r.status, r.level);
    }
  },
  engine: (from, to) => {
    const o = out.engine;
    for (let i = from; i < to; i++) {
      const r = evaluate(qd366, parsed[i]!, profile);
      o[i] = code(r.status, r.level);
    }
  },
  parse: (from, to) => {
    const o = out.parse;
    for (let i = from; i < to; i++)
      o[i] = (AssessmentSchema.parse(inputs[i]).tasks?.total ?? 0) & 1;
  },
  fast: (from, to) => {
    const o = out.fast;
    for (let i = from; i < to; i++) {
      const a = fastAssessment(inputs[i]);
      o[i] = a === DOUBT ? -1 : (a.tasks?.total ?? 0) & 1;
    }
  },
  json: (from, to) => {
    const o = out.json;
    for (let i = from; i < to; i++) {
      const copy = JSON.parse(JSON.stringify(inputs[i])) as { tasks?: { total: number } };
      o[i] = (copy.tasks?.total ?? 0) & 1;
    }
  },
  'jre-await': async (from, to) => {
    const o = out['jre-await'];
    for (let i = from; i < to; i++) {
      const r = await decide(engine, facts[i]!);
      o[i] = code(r.status, r.level);
    }
  },
  'jre-batch': async (from, to) => {
    const o = out['jre-batch'];
    for (let i = from; i < to; i += CHUNK) {
      const end = Math.min(i + CHUNK, to);
      const rs = await Promise.all(facts.slice(i, end).map((f) => decide(engine, f)));
      rs.forEach((r, k) => {
        o[i + k] = code(r.status, r.level);
      });
    }
  },
};

if (opts.only) {
  const pass = passes[opts.only as Name];
  if (!pass) throw new Error(`--only: one of ${Object.keys(passes).join(', ')}`);
  for (let k = 0; k < 5; k++) await pass(0, n);
  console.log(`ran ${opts.only} 5 × ${grouped(n)} in ${elapsed()}`);
  process.exit(0);
}

console.log('kiemdiem benchmark — qd366-2025, one process, one core');
console.log(
  `node ${process.version} (V8 ${process.versions.v8}) · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} · load ${os.loadavg()[0]?.toFixed(2)}`,
);
console.log(`subjects: ${grouped(n)} (seed ${opts.seed}; review year 2025, all qd366-2025)`);
// Warm-up of classify over the whole mix, its results dropped one by one. The description of the
// mix and the mismatch reports need all 60,000 classifications at once, so they come after the
// timing: holding them all before it made V8 pretenure the engine's allocation sites (their
// short-lived objects then went straight to the old generation) and doubled the time of the
// engine and of classify in every later pass (bench/README.md, "Pretenuring").
for (const a of inputs) classify(a);

// ---- timing ---------------------------------------------------------------------------------
const p = Number(opts.passes);
console.log(
  `\ntiming: each contender 1 warm-up pass, then ${p} timed passes of ${grouped(Math.ceil(n / p))} (together every subject once),` +
    ' contenders interleaved pass by pass (kiemdiem and the JSON round trip, then json-rules-engine); median pass',
);
const timed: Array<[Name, string]> = [
  ['classify', 'kiemdiem classify (zod + rules)'],
  ['engine', 'kiemdiem evaluate (engine only, pre-parsed)'],
  ['parse', 'zod AssessmentSchema.parse only'],
  ['fast', 'fast validation path only (what classify runs)'],
  ['json', 'JSON.parse(JSON.stringify(a)) (reference)'],
  ['jre-await', 'json-rules-engine, await each run'],
  ['jre-batch', `json-rules-engine, Promise.all chunks of ${CHUNK}`],
];
// Two groups, each interleaved pass by pass: kiemdiem and its references first, then the
// json-rules-engine baseline. In one round robin, the baseline's garbage (a promise chain per
// run, ~25× kiemdiem's time) was collected during the next contenders' passes and counted as
// their time: the engine alone measured 6–8 µs there against 1.8 µs on its own.
const contender = ([name, label]: [Name, string]) => ({ name: label, pass: passes[name] });
const samples = [
  ...(await timeRoundRobin(timed.slice(0, 5).map(contender), n, p)),
  ...(await timeRoundRobin(timed.slice(5).map(contender), n, p)),
];
const [full, alone, zod, fast, json, jreAwait, jreBatch] = samples as [
  Sample,
  Sample,
  Sample,
  Sample,
  Sample,
  Sample,
  Sample,
];
const doubted = out.fast.reduce((k, v) => (v === -1 ? k + 1 : k), 0);
const base = jreBatch.perSecond > jreAwait.perSecond ? jreBatch : jreAwait;

// ---- agreement (from the outcomes the timed passes recorded) ---------------------------------
const results = inputs.map((a) => classify(a));
console.log('the mix, as kiemdiem classified it:');
for (const line of describeMix(inputs, results)) console.log(`  ${line}`);
const same = (name: Name) => agreement(results, out.classify, out[name]);
const engineCheck = same('engine');
if (engineCheck.agreed !== n)
  throw new Error(`engine alone disagrees with classify: ${engineCheck.mismatches[0]}`);
for (const name of ['jre-await', 'jre-batch'] as const) {
  const a = same(name);
  console.log(
    `agreement ${name} vs kiemdiem classify (status + level): ${grouped(a.agreed)}/${grouped(a.compared)} = ${((100 * a.agreed) / a.compared).toFixed(3)}%` +
      ` — incl. ${a.agreedNeedsJudgment} that kiemdiem sends to review (needsJudgment); the baseline reads the waiver from facts`,
  );
  for (const m of a.mismatches.slice(0, 8)) console.log(`  MISMATCH ${m}`);
}

// ---- the table --------------------------------------------------------------------------------
const rows = samples.map((s) => [
  s.name,
  grouped(s.medianNs / 1e6, 1),
  grouped(s.perSecond),
  `${grouped(s.range[0])}–${grouped(s.range[1])}`,
  grouped(1e6 / s.perSecond, 2),
  s === base ? '1.0× (baseline)' : `${(s.perSecond / base.perSecond).toFixed(1)}×`,
]);
console.log('');
for (const line of table(
  ['contender', 'ms/pass', 'assessments/s', 'min–max', 'µs each', 'vs baseline'],
  rows,
))
  console.log(line);

const ratio = (s: Sample) => `${(s.perSecond / base.perSecond).toFixed(1)}× baseline`;
const us = (s: Sample) => 1e6 / s.perSecond;
console.log(
  `\nbaseline = ${base.name} (the faster of the two modes; facts precomputed outside the timing)`,
);
console.log(`kiemdiem classify: ${ratio(full)} · kiemdiem engine alone: ${ratio(alone)}`);
console.log(
  `per assessment: classify ${us(full).toFixed(2)} µs ≈ validation & set-up ${(us(full) - us(alone)).toFixed(2)} µs` +
    ` (fast validation ${us(fast).toFixed(2)} µs, ${grouped(doubted)} of ${grouped(n)} left to zod; zod parse alone ${us(zod).toFixed(2)} µs)` +
    ` + rules ${us(alone).toFixed(2)} µs`,
);
const verdict = (s: Sample) =>
  s.perSecond >= AIM
    ? 'MEETS it'
    : `does NOT meet it (${grouped(s.perSecond)}/s, ${((100 * s.perSecond) / AIM).toFixed(1)}% of the aim)`;
console.log(
  `aim ${grouped(AIM)} classifications/s on one core — full path ${verdict(full)}; engine alone ${verdict(alone)}`,
);
console.log('');
for (const line of targetLines({ classify: full, engine: alone, parse: fast, zod, json }))
  console.log(line);
// The machine part in a process of its own: this one still holds the mix and its 60,000
// classifications, whose heap (and V8's pretenuring decisions) would fall on the machine's figures.
if (opts.part === 'all') {
  const args = ['--part', 'machine', '--reviews', opts.reviews, '--saves', opts.saves];
  const script = [...process.execArgv, process.argv[1]!];
  const child = spawnSync(process.execPath, [...script, ...args, '--passes', opts.passes], {
    stdio: 'inherit',
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
  // The CLI row: the built `dist/cli.js` (the npm script builds it first) in a child process of
  // its own, on the file compact and on the same records indented (bench/cli.ts).
  console.log('\nissue 9, the CLI row (bench/cli.ts: the built dist/cli.js in a child process)');
  for (const extra of [[], ['--indent', '2']]) {
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'bench/cli.ts', ...extra], {
      stdio: 'inherit',
    });
    if (cli.status !== 0) process.exit(cli.status ?? 1);
  }
}
console.log(`total ${elapsed()}`);
