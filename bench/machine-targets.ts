// The review-machine rows of issue 9, each as a ratio measured in the same run (contenders
// interleaved, so load from other processes falls on both sides alike), with its target and ✓/✗;
// and the envelope-growth row: a review's envelope after the script, and after as many daily
// TICKs again (the scheduler's clock) — a snapshot must not grow with time.

import { createReviewActor, persist, type ReviewEventInput } from '../machines/index.js';
import type { PersistSamples } from './machine-persist.js';
import { REVIEW_INPUT, reviewScript } from './machine-script.js';
import { grouped, type Sample, table } from './measure.js';

/** The full-review samples (µs per review: create + start + the script's events). */
export interface ReviewSamples {
  readonly kd: Sample;
  readonly bare: Sample;
  readonly kdNew: Sample;
}

export interface EnvelopeGrowth {
  readonly ticks: number;
  /** JSON bytes of the envelope after the script (a closed review). */
  readonly afterReview: number;
  /** …and after `ticks` daily TICKs more. */
  readonly afterTicks: number;
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** 00:00 in Vietnam, `k` days after 27 November 2025 (the script's last TICK is on the 26th). */
function day(k: number): string {
  return `${new Date(Date.UTC(2025, 10, 27 + k)).toISOString().slice(0, 10)}T00:00:00+07:00`;
}

/** Drives the script, then `ticks` daily TICKs (all must be accepted), measuring the envelope. */
export function envelopeGrowth(ticks: number): EnvelopeGrowth {
  const actor = createReviewActor(REVIEW_INPUT).start();
  for (const e of reviewScript()) actor.send(e);
  const afterReview = bytes(persist(actor));
  for (let k = 0; k < ticks; k++) {
    const now = day(k);
    const tick = { type: 'TICK', by: { id: 'scheduler', roles: ['scheduler'] }, at: now, now };
    const r = actor.dispatch(tick as ReviewEventInput);
    if (!r.ok) throw new Error(`machine bench: TICK ${now} refused: ${r.rejection.code}`);
  }
  const afterTicks = bytes(persist(actor));
  actor.stop();
  return { ticks, afterReview, afterTicks };
}

const us = (s: Sample) => 1e6 / s.perSecond;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const x = (r: number) => `${r.toFixed(2)}×`;

/** The issue-9 machine rows: measure, now, target, ✓/✗. */
export function machineTargetLines(
  r: ReviewSamples,
  p: PersistSamples,
  g: EnvelopeGrowth,
): string[] {
  const review = us(r.kd) / us(r.bare);
  const trip = us(p.roundTrip) / us(p.bareRoundTrip);
  const coldTrip = us(p.coldRoundTrip) / us(p.bareRoundTrip);
  const textTrip = us(p.textRoundTrip) / us(p.bareRoundTrip);
  const coldTextTrip = us(p.coldTextRoundTrip) / us(p.bareRoundTrip);
  const growth = g.afterTicks / g.afterReview;
  const rows = [
    [
      'full review (create + 14 events) vs bare XState, same steps',
      x(review),
      '≤ 5×',
      mark(review <= 5),
    ],
    [
      'persist → JSON → restore vs bare round trip (after 14 events), as text: persistText → restoreText',
      x(textTrip),
      '≤ 10×',
      mark(textTrip <= 10),
    ],
    [
      '  (the same, restore checking the context in full: no trusted seal)',
      x(coldTextTrip),
      '—',
      '',
    ],
    [
      '  the same through the envelope object: persist → JSON.stringify → JSON.parse → restore',
      x(trip),
      '≤ 10×',
      mark(trip <= 10),
    ],
    ['  (the same, restore checking the context in full: no trusted seal)', x(coldTrip), '—', ''],
    [
      `envelope after the review + ${g.ticks} daily TICKs vs after the review`,
      `${x(growth)} (${grouped(g.afterReview)} → ${grouped(g.afterTicks)} B)`,
      '≤ 1.5×',
      mark(growth <= 1.5),
    ],
  ];
  return [
    '',
    'issue 9, review-machine rows (ratios from this run; see bench/README.md)',
    ...table(['measure', 'now', 'target', ''], rows),
  ];
}
