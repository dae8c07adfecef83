// The machine part of `npm run bench`: events per second through a full review in kiemdiem's
// review machine against a bare XState machine with the same steps (machine-bare.ts), and
// persist + restore per second, in the same run, with the method of measure.ts.

import { createActor } from 'xstate';
import { toJsonValue } from '../machines/digest.js';
import {
  createReviewActor,
  digestOf,
  type ReviewContext,
  type ReviewEventInput,
  ReviewEventSchemas,
  type ReviewEventType,
} from '../machines/index.js';
import { observeDeadlines } from '../machines/review/deadlines.js';
import { classify } from '../src/index.js';
import { bareReviewMachine } from './machine-bare.js';
import { persistTable } from './machine-persist.js';
import { profileSection } from './machine-profile.js';
import { REVIEW_INPUT, reviewScript, SCRIPT_EVENTS, SCRIPT_STEPS } from './machine-script.js';
import { envelopeGrowth, machineTargetLines, type ReviewSamples } from './machine-targets.js';
import { grouped, type Pass, type Sample, table, timeRoundRobin } from './measure.js';

export interface MachineBenchOptions {
  /** Full reviews driven per contender over the timed passes (default 2,000). */
  readonly reviews: number;
  readonly passes: number;
  /** Persist / restore operations per contender over the timed passes. */
  readonly saves: number;
  /** Daily TICKs after the review for the envelope-growth row (default 200, the issue's). */
  readonly ticks?: number;
}

/** Drives one review through the review machine; 1 when it ends `closed` with every event accepted. */
function driveKiemdiem(events: readonly ReviewEventInput[]): number {
  const actor = createReviewActor(REVIEW_INPUT).start();
  for (const e of events) actor.send(e);
  const ctx = actor.getSnapshot().context;
  const log = actor.auditLog();
  actor.stop();
  const ok = ctx.stage === 'closed' && log.length === events.length;
  return ok && log.every((a) => a.outcome === 'accepted') ? 1 : 0;
}

function driveBare(events: readonly ReviewEventInput[]): number {
  const actor = createActor(bareReviewMachine).start();
  for (const e of events) actor.send(e);
  const ok = actor.getSnapshot().matches({ review: 'closed' });
  actor.stop();
  return ok ? 1 : 0;
}

/** Fails loudly unless the script goes through the review machine step by step, all accepted. */
function checkScript(): void {
  const actor = createReviewActor(REVIEW_INPUT);
  const refused: string[] = [];
  actor.on('rejected', (r) => refused.push(`#${r.seq} ${r.event.type}: ${r.code}`));
  actor.start();
  const bare = createActor(bareReviewMachine).start();
  reviewScript().forEach((e, i) => {
    actor.send(e);
    bare.send(e);
    const want = SCRIPT_STEPS[i];
    const got = [actor.getSnapshot().context.stage, bare.getSnapshot().value];
    if (got[0] !== want || !bare.getSnapshot().matches({ review: want ?? '' }))
      throw new Error(`machine bench: event ${i + 1} (${e.type}) led to ${JSON.stringify(got)}`);
  });
  if (refused.length) throw new Error(`machine bench: refused events: ${refused.join('; ')}`);
}

/** The context before and after each event of the script (for the deadline-watch row). */
function contextsOfScript(): Array<[ReviewContext, ReviewContext]> {
  const actor = createReviewActor(REVIEW_INPUT).start();
  const pairs = reviewScript().map((e): [ReviewContext, ReviewContext] => {
    const before = actor.getSnapshot().context;
    actor.send(e);
    return [before, actor.getSnapshot().context];
  });
  actor.stop();
  return pairs;
}

/** Fresh event objects per review; the first call (the warm-up pass) gets its own set. */
function scripts(count: number, warmUp: number): () => ReviewEventInput[][] {
  const timed = Array.from({ length: count }, reviewScript);
  const warm = Array.from({ length: warmUp }, reviewScript);
  let first = true;
  return () => {
    const bank = first ? warm : timed;
    first = false;
    return bank;
  };
}

function check(name: string, out: Uint8Array): void {
  const bad = out.indexOf(0);
  if (bad >= 0)
    throw new Error(`machine bench: ${name}: review ${bad} did not end closed with all accepted`);
}

const speed = (s: Sample, per = 1) => s.perSecond * per;
const times = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;

async function reviewsTable(o: MachineBenchOptions): Promise<ReviewSamples> {
  const n = o.reviews;
  const size = Math.ceil(n / o.passes);
  const out = { kd: new Uint8Array(n), bare: new Uint8Array(n) };
  const kdBank = scripts(n, size);
  const bareBank = scripts(n, size);
  const partBank = scripts(n, size);
  const parts = Array.from({ length: n }, () => {
    const s = reviewScript();
    const propose = s.find((e) => e.type === 'PROPOSE_LEVEL');
    return { events: s, assessment: propose?.type === 'PROPOSE_LEVEL' ? propose.assessment : {} };
  });
  const watched = contextsOfScript();
  let sink = 0;
  const contenders: Array<{ name: string; pass: Pass }> = [
    {
      name: `kiemdiem createReviewActor + ${SCRIPT_EVENTS} events`,
      pass: (from, to) => {
        const bank = kdBank();
        for (let i = from; i < to; i++) out.kd[i] = driveKiemdiem(bank[i]!);
      },
    },
    {
      name: `bare createActor + ${SCRIPT_EVENTS} events`,
      pass: (from, to) => {
        const bank = bareBank();
        for (let i = from; i < to; i++) out.bare[i] = driveBare(bank[i]!);
      },
    },
    {
      name: 'kiemdiem createReviewActor + start, no event',
      pass: (from, to) => {
        for (let i = from; i < to; i++) createReviewActor(REVIEW_INPUT).start().stop();
      },
    },
    {
      name: 'bare createActor + start, no event',
      pass: (from, to) => {
        for (let i = from; i < to; i++) createActor(bareReviewMachine).start().stop();
      },
    },
    {
      name: `  part: zod parse of the ${SCRIPT_EVENTS} events`,
      pass: (from, to) => {
        const bank = partBank();
        for (let i = from; i < to; i++)
          for (const e of bank[i]!)
            sink += ReviewEventSchemas[e.type as ReviewEventType].safeParse(e).success ? 1 : 0;
      },
    },
    {
      name: `  part: audit digests (canonical JSON + sha-256) ×${SCRIPT_EVENTS}`,
      pass: (from, to) => {
        for (let i = from; i < to; i++)
          for (const e of parts[i]!.events) sink += digestOf(toJsonValue(e)).length;
      },
    },
    {
      // the machine reads the deadlines up to twice per event, both in `accept`: at the step the
      // event finds and, when it records something or moves, at the step it leaves
      // (machines/review/setup.ts)
      name: `  part: deadline watch, observeDeadlines() ×2 ×${SCRIPT_EVENTS}`,
      pass: (from, to) => {
        for (let i = from; i < to; i++)
          for (const [before, after] of watched) {
            sink += observeDeadlines(before, after.now).deadlines.length;
            sink += observeDeadlines(after, after.now).deadlines.length;
          }
      },
    },
    {
      name: '  part: classify() of the PROPOSE_LEVEL assessment',
      pass: (from, to) => {
        for (let i = from; i < to; i++) sink += classify(parts[i]!.assessment).reasons.length;
      },
    },
  ];
  const samples = await timeRoundRobin(contenders, n, o.passes);
  check('kiemdiem', out.kd);
  check('bare', out.bare);
  if (sink === 0) throw new Error('machine bench: the parts computed nothing');
  const [kd, bare, kdNew, bareNew, ...rest] = samples as [Sample, Sample, Sample, Sample, Sample];
  const E = SCRIPT_EVENTS;
  console.log(
    `\nfull review: ${grouped(n)} reviews × ${E} events per contender (every review ends closed,` +
      ` every event accepted — checked); ${o.passes} timed passes of ${grouped(size)} reviews; median pass`,
  );
  const rows = samples.map((s, k) => [
    s.name,
    grouped(s.medianNs / 1e6, 1),
    grouped(speed(s)),
    k < 2 ? grouped(speed(s, E)) : '',
    `${grouped(s.range[0])}–${grouped(s.range[1])}`,
    grouped(1e6 / s.perSecond, 1),
    k === 0 ? `bare ${times(bare.perSecond, kd.perSecond)} faster` : '',
  ]);
  for (const line of table(
    ['contender', 'ms/pass', 'reviews/s', 'events/s', 'reviews/s min–max', 'µs/review', 'vs bare'],
    rows,
  ))
    console.log(line);
  const us = (s: Sample) => 1e6 / s.perSecond;
  const kdEvent = (us(kd) - us(kdNew)) / E;
  const bareEvent = (us(bare) - us(bareNew)) / E;
  const [zod, digest, watch, cls] = rest.map((s) => us(s)) as [number, number, number, number];
  const events = us(kd) - us(kdNew);
  console.log(
    `kiemdiem ${grouped(speed(kd, E))} events/s vs bare ${grouped(speed(bare, E))} events/s: bare is ${times(speed(bare), speed(kd))} faster` +
      ` (actor creation excluded: ${kdEvent.toFixed(1)} vs ${bareEvent.toFixed(2)} µs/event, ${times(kdEvent, bareEvent)})`,
  );
  console.log(
    `per review, kiemdiem: create + start ${us(kdNew).toFixed(0)} µs (input zod, context) + ${E} events ${events.toFixed(0)} µs, of which` +
      ` deadline watch ≈ ${watch.toFixed(0)} (${pct(watch, events)}), zod event parse ≈ ${zod.toFixed(0)} (${pct(zod, events)}),` +
      ` audit digests ≈ ${digest.toFixed(0)} (${pct(digest, events)}), classify ≈ ${cls.toFixed(0)} (${pct(cls, events)}),` +
      ` the rest ≈ ${(events - watch - zod - digest - cls).toFixed(0)} µs (authorization, other checks, context copies, XState)`,
  );
  return { kd, bare, kdNew };
}

/** Prints the machine tables. */
export async function runMachineBench(o: MachineBenchOptions): Promise<void> {
  checkScript();
  console.log(
    '\nmachine: kiemdiem reviewMachine (every event: zod validation, authorization, step, deadline,' +
      ' content and order checks, deadline watch, sha-256 audit digest; classify() on PROPOSE_LEVEL)' +
      ' vs a bare XState machine with the same steps, no guards, no actions, no context',
  );
  const reviews = await reviewsTable(o);
  const saves = await persistTable(o);
  for (const line of machineTargetLines(reviews, saves, envelopeGrowth(o.ticks ?? 200)))
    console.log(line);
  for (const line of await profileSection(Math.max(20, Math.ceil(o.reviews / 4)), reviews.kd))
    console.log(line);
}
