// Persist + restore per second, for the machine part of `npm run bench` (machine-bench.ts):
// kiemdiem's `persist` / `restore` (versioned envelope, seal, zod checks of the snapshot and the
// context) against the bare machine's `getPersistedSnapshot()` / `createActor({ snapshot })`.
// `restore` skips the context schema for a snapshot whose seal this process made or checked
// (machines/trusted.ts); the "cold" rows forget those seals first, so restore checks everything.

import { type Actor, createActor, type Snapshot } from 'xstate';
import {
  createReviewActor,
  persist,
  persistText,
  type ReviewActor,
  restore,
  restoreText,
  reviewMachine,
} from '../machines/index.js';
import { forgetTrustedSeal } from '../machines/trusted.js';
import { type BareReviewMachine, bareReviewMachine } from './machine-bare.js';
import { REVIEW_INPUT, reviewScript, SCRIPT_EVENTS } from './machine-script.js';
import { grouped, type Pass, type Sample, table, timeRoundRobin } from './measure.js';

/** What the issue-9 rows read from the persist table (after the whole script). */
export interface PersistSamples {
  readonly roundTrip: Sample;
  readonly coldRoundTrip: Sample;
  /** persistText → restoreText: the text a store keeps, its seal checked as written. */
  readonly textRoundTrip: Sample;
  readonly coldTextRoundTrip: Sample;
  readonly bareRoundTrip: Sample;
}

/** The envelope, its seal no longer trusted: restore checks it in full (and trusts it again). */
const cold = <T extends { seal: string }>(envelope: T): T => {
  forgetTrustedSeal(reviewMachine, envelope.seal);
  return envelope;
};

/** The same for an envelope's text (its seal is the last member persistText writes). */
const coldText = (text: string): string => {
  forgetTrustedSeal(reviewMachine, text.slice(text.lastIndexOf('"seal":"') + 8, -2));
  return text;
};

type BareActor = Actor<BareReviewMachine>;

const times = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

/** Running actors after `k` events of the script (only a running review can be saved). */
function actorsAt(k: number, count: number): { kd: ReviewActor[]; bare: BareActor[] } {
  const kd: ReviewActor[] = [];
  const bare: BareActor[] = [];
  for (let i = 0; i < count; i++) {
    const events = reviewScript().slice(0, k);
    const a = createReviewActor(REVIEW_INPUT).start();
    const b = createActor(bareReviewMachine).start();
    for (const e of events) {
      a.send(e);
      b.send(e);
    }
    kd.push(a);
    bare.push(b);
  }
  return { kd, bare };
}

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const size = (value: unknown) => grouped(Buffer.byteLength(JSON.stringify(value), 'utf8'));

/** Prints the persist / restore table: `saves` operations per contender, over `passes` passes. */
export async function persistTable(o: {
  readonly saves: number;
  readonly passes: number;
}): Promise<PersistSamples> {
  const distinct = 50;
  const points = [3, SCRIPT_EVENTS];
  const contenders: Array<{ name: string; pass: Pass; vs?: number }> = [];
  let sink = 0;
  const bytes: string[] = [];
  for (const k of points) {
    const { kd, bare } = actorsAt(k, distinct);
    const kdSaved = kd.map((a) => roundTrip(persist(a)));
    const bareSaved = bare.map((a) => roundTrip(a.getPersistedSnapshot()));
    const restored = restore(reviewMachine, kdSaved[0]).start();
    const bareAgain = createActor(bareReviewMachine, {
      snapshot: bareSaved[0] as Snapshot<unknown>,
    }).start();
    const step = kd[0]!.getSnapshot().context.stage;
    if (
      restored.getSnapshot().context.stage !== step ||
      !bareAgain.getSnapshot().matches({ review: step })
    )
      throw new Error(`machine bench: restore after ${k} events lost the step`);
    restored.stop();
    bareAgain.stop();
    bytes.push(`after ${k}: envelope ${size(kdSaved[0])} B, bare snapshot ${size(bareSaved[0])} B`);
    const at = `after ${k} ev`;
    const each = (f: (i: number) => number): Pass => {
      return (from, to) => {
        for (let i = from; i < to; i++) sink += f(i % distinct);
      };
    };
    // each contender with the bare one it is compared with (its index at this point)
    const here: Array<{ name: string; pass: Pass; vs?: number }> = [
      {
        name: `kiemdiem persist, ${at}`,
        pass: each((i) => persist(kd[i]!).machine.version),
        vs: 1,
      },
      {
        name: `bare getPersistedSnapshot, ${at}`,
        pass: each((i) => (bare[i]!.getPersistedSnapshot() ? 1 : 0)),
      },
      {
        name: `kiemdiem restore, ${at}`,
        pass: each((i) => (restore(reviewMachine, kdSaved[i]).getSnapshot() ? 1 : 0)),
        vs: 3,
      },
      {
        name: `bare createActor({ snapshot }), ${at}`,
        pass: each((i) => {
          const snapshot = bareSaved[i] as Snapshot<unknown>;
          return createActor(bareReviewMachine, { snapshot }).getSnapshot() ? 1 : 0;
        }),
      },
      {
        name: `kiemdiem round trip, ${at}`,
        pass: each((i) => (restore(reviewMachine, roundTrip(persist(kd[i]!))) ? 1 : 0)),
        vs: 5,
      },
      {
        name: `bare round trip, ${at}`,
        pass: each((i) => {
          const snapshot = roundTrip(bare[i]!.getPersistedSnapshot());
          return createActor(bareReviewMachine, { snapshot }) ? 1 : 0;
        }),
      },
      {
        name: `kiemdiem restore, cold (every check), ${at}`,
        pass: each((i) => (restore(reviewMachine, cold(kdSaved[i]!)).getSnapshot() ? 1 : 0)),
        vs: 3,
      },
      {
        name: `kiemdiem round trip, cold restore, ${at}`,
        pass: each((i) => (restore(reviewMachine, cold(roundTrip(persist(kd[i]!)))) ? 1 : 0)),
        vs: 5,
      },
      {
        name: `kiemdiem text round trip, ${at}`,
        pass: each((i) => (restoreText(reviewMachine, persistText(kd[i]!)) ? 1 : 0)),
        vs: 5,
      },
      {
        name: `kiemdiem text round trip, cold, ${at}`,
        pass: each((i) => (restoreText(reviewMachine, coldText(persistText(kd[i]!))) ? 1 : 0)),
        vs: 5,
      },
    ];
    const base = contenders.length;
    for (const c of here)
      contenders.push({ ...c, ...(c.vs !== undefined ? { vs: base + c.vs } : {}) });
  }
  const samples = await timeRoundRobin(contenders, o.saves, o.passes);
  if (sink === 0) throw new Error('machine bench: persist computed nothing');
  console.log(
    `\npersist + restore: ${grouped(o.saves)} operations per contender on ${distinct} running reviews at each point` +
      ' (round trip = persist → JSON.stringify → JSON.parse → restore; text round trip = persistText → restoreText;' +
      ' restored actors not started)',
  );
  const per = contenders.length / points.length;
  const rows = samples.map((s, k) => {
    const vs = contenders[k]!.vs;
    const pair = vs === undefined ? undefined : samples[vs];
    return [
      s.name,
      grouped(s.perSecond),
      `${grouped(s.range[0])}–${grouped(s.range[1])}`,
      grouped(1e6 / s.perSecond, 2),
      pair ? `bare ${times(pair.perSecond, s.perSecond)} faster` : '',
    ];
  });
  for (const line of table(['operation', 'ops/s', 'min–max', 'µs each', 'vs bare'], rows))
    console.log(line);
  console.log(`sizes (JSON): ${bytes.join(' · ')}`);
  const last = samples.slice(-per);
  return {
    roundTrip: last[4]!,
    bareRoundTrip: last[5]!,
    coldRoundTrip: last[7]!,
    textRoundTrip: last[8]!,
    coldTextRoundTrip: last[9]!,
  };
}
