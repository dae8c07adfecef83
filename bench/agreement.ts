// Outcome codes shared by every contender, the agreement check between them, and a description
// of the generated mix (roles, outcomes, triggers, waivers, notes) as kiemdiem classified it.

import type { AssessmentInput, Classification, Level } from '../src/index.js';

/** One small integer per outcome, so timed passes can record what they decided at no cost. */
export const CODE = {
  NOT_COMPLETED: 0,
  COMPLETED: 1,
  GOOD: 2,
  EXCELLENT: 3,
  'not-reviewed': 4,
  'not-rated': 5,
} as const;
const NAMES = Object.keys(CODE) as Array<keyof typeof CODE>;

export function code(status: 'rated' | 'not-rated' | 'not-reviewed', level: Level | null): number {
  return status === 'rated' && level
    ? CODE[level]
    : CODE[status === 'rated' ? 'not-rated' : status];
}

export interface Agreement {
  readonly compared: number;
  readonly agreed: number;
  /** Of the agreed: kiemdiem set needsJudgment (a waived trigger: the authority decides). */
  readonly agreedNeedsJudgment: number;
  readonly mismatches: readonly string[];
}

/** Compares the outcome codes of a contender with kiemdiem's, subject by subject. */
export function agreement(
  results: readonly Classification[],
  reference: Int8Array,
  other: Int8Array,
): Agreement {
  let agreed = 0;
  let agreedNeedsJudgment = 0;
  const mismatches: string[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (reference[i] === other[i]) {
      agreed++;
      if (r.needsJudgment) agreedNeedsJudgment++;
    } else {
      const why = r.reasons
        .filter((x) => x.effect !== 'qualify')
        .map((x) => `${x.rule}:${x.effect}`);
      mismatches.push(
        `${r.id}: kiemdiem ${NAMES[reference[i]!]}${r.needsJudgment ? ' (needsJudgment)' : ''}, other ${NAMES[other[i]!]} [${why.join(' ')}]`,
      );
    }
  }
  return { compared: results.length, agreed, agreedNeedsJudgment, mismatches };
}

function tally<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}

const line = (m: Map<string, number>): string =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

/** A few lines describing the mix as kiemdiem classified it. */
export function describeMix(
  inputs: readonly AssessmentInput[],
  results: readonly Classification[],
): string[] {
  const reasons = results.flatMap((r) => r.reasons);
  const rules = (effect: string) =>
    line(
      tally(
        reasons.filter((x) => x.effect === effect && x.rule !== 'Q366-DISCRETION'),
        (x) => x.rule,
      ),
    );
  return [
    `subjects by role : ${line(tally(inputs, (a) => a.role))}`,
    `outcome          : ${line(tally(results, (r) => NAMES[code(r.status, r.level)]!))}`,
    `triggers fired   : ${rules('trigger')}`,
    `waived (review)  : ${rules('review')} — ${results.filter((r) => r.needsJudgment).length} subjects with needsJudgment`,
    `notes            : ${rules('note')}`,
  ];
}
