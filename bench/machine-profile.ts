// The profile of the machine part of `npm run bench`: where the time of one event goes. The bench
// drives reviews under V8's sampling profiler (node:inspector, in this process) and sorts every
// sample into one part of the work by the innermost frame of its stack that names a part (see
// PARTS); a sample whose stack names none goes to the library its leaf frame runs in (XState,
// zod, luxon, node's crypto) or to "other". Shares of samples × the measured µs per event give
// µs per event per part.

import { Session } from 'node:inspector';
import { createReviewActor } from '../machines/index.js';
import { hotspots } from './hotspots.js';
import { REVIEW_INPUT, reviewScript, SCRIPT_EVENTS } from './machine-script.js';
import type { Sample } from './measure.js';

interface Frame {
  readonly functionName: string;
  readonly url: string;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: Frame & { readonly lineNumber: number };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

/**
 * The parts of an event's work, by the kiemdiem functions that do them (names survive esbuild's
 * bundle: it keeps names). The innermost match wins: zod called from `classify` counts as
 * classify, zod called from `parseEvent` as event validation.
 */
const PARTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['classify() of PROPOSE_LEVEL', ['classify', 'classificationOf']],
  ['event validation (zod, by type)', ['parseEvent', 'parseScreened']],
  ['boundary screen (bounded JSON copy)', ['screen', 'copyBounded', 'deliverable']],
  [
    'audit entry (JSON + sha-256)',
    ['auditEntry', 'entryDigest', 'logEntry', 'canonicalJson', 'signText', 'entryText'],
  ],
  [
    'deadline watch',
    ['observeDeadlines', 'statusAt', 'isPending', 'blockingDeadline', 'isBehind', 'deadlineTimes'],
  ],
  ['checks (sender, step, content, order)', ['verdict', 'authorize', 'checkedVerdict']],
  ['actor creation (input zod, context)', ['createReviewActor', 'parseReviewInput']],
];

function partOf(frame: Frame): string | undefined {
  for (const [label, names] of PARTS) if (names.includes(frame.functionName)) return label;
  return undefined;
}

function libraryOf(frame: Frame): string {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (url.includes('node_modules/xstate')) return 'XState (transitions, snapshots, emit)';
  if (url.includes('node_modules/zod')) return 'zod (other)';
  if (url.includes('node_modules/luxon')) return 'luxon';
  if (url.includes('internal/crypto')) return 'node crypto (other)';
  return 'other (kiemdiem actions, records, the bench loop)';
}

/** Sample counts per part (innermost named frame, else the leaf's library). */
export function partsOf(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, string>();
  const label = (id: number): string => {
    const hit = memo.get(id);
    if (hit) return hit;
    let found: string | undefined;
    for (let cur: number | undefined = id; cur !== undefined && !found; cur = parent.get(cur))
      found = partOf(byId.get(cur)!.callFrame);
    const out = found ?? libraryOf(byId.get(id)!.callFrame);
    memo.set(id, out);
    return out;
  };
  const counts = new Map<string, number>();
  for (const id of profile.samples) counts.set(label(id), (counts.get(label(id)) ?? 0) + 1);
  return counts;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))),
  );
}

/** Runs `work` under the sampling profiler (100 µs interval) and returns the profile. */
export async function profiled(work: () => void): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
    work();
    const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
    return profile;
  } finally {
    session.disconnect();
  }
}

/** The profile's lines: µs per event and share per part, largest first; then the top functions. */
export function profileLines(profile: CpuProfile, usPerEvent: number, top = 8): string[] {
  const counts = partsOf(profile);
  const total = profile.samples.length || 1;
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const lines = rows.map(
    ([part, n]) =>
      `  ${((usPerEvent * n) / total).toFixed(2).padStart(7)} µs  ${((100 * n) / total).toFixed(0).padStart(3)}%  ${part}`,
  );
  const { self } = hotspots(profile as Parameters<typeof hotspots>[0]);
  const hottest = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, n]) => `${fn.replace(/ .*\//, ' ')} ${((100 * n) / total).toFixed(1)}%`);
  return [...lines, `  hottest functions (self time): ${hottest.join(' · ')}`];
}

/**
 * The bench's profile: `reviews` full reviews (fresh events, built outside the profile) driven
 * under the profiler; the shares are scaled to the µs per event of the timed kiemdiem row
 * (creation included: one review's create + start is spread over its events, as its own part).
 */
export async function profileSection(reviews: number, kd: Sample): Promise<string[]> {
  const bank = Array.from({ length: reviews }, reviewScript);
  const profile = await profiled(() => {
    for (const events of bank) {
      const actor = createReviewActor(REVIEW_INPUT).start();
      for (const e of events) actor.send(e);
      actor.stop();
    }
  });
  const perEvent = 1e6 / kd.perSecond / SCRIPT_EVENTS;
  return [
    '',
    `profile: where one event's ${perEvent.toFixed(1)} µs go (${reviews} full reviews under V8's sampling` +
      ` profiler, ${profile.samples.length} samples; µs = share × the timed µs per event)`,
    ...profileLines(profile, perEvent),
  ];
}
