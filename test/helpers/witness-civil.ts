import type { AssessmentInput, RulesProfileInput } from '../../src/index.js';
import type { Overrides } from './builders.js';

// Witnesses of the nd335-2025 rows, and of their nd233-2026 mirror (see witness.ts). The comment
// after each entry is the outcome with the row, then without it (points are part of the outcome).

type Line = {
  coefficient: number;
  assigned: number;
  done: number;
  qualityFailures?: number;
  delays?: number;
};

/** Four quarters of 2026, each with general 27 and the given product lines (and lead). */
export function quarters(lines: Line[], extra: Record<string, unknown> = {}) {
  return [1, 2, 3, 4].map((q) => ({
    period: `2026-Q${q}`,
    general: 27,
    products: lines,
    ...extra,
  }));
}

const FULL: Line = { coefficient: 1.5, assigned: 10, done: 10 };
const LEAD_OK = { managedStaff: { total: 12, completedOrBetter: 12 }, unitAllOnTime: true };

/** A civil servant of 2026 scored from four perfect quarters: 27 + 70 = 97, EXCELLENT. */
export function member335(over: Overrides = {}): AssessmentInput {
  return {
    id: 'member-335',
    kind: 'individual',
    role: 'member',
    year: 2026,
    regime: 'civil-service',
    employment: 'civil-servant',
    periods: quarters([FULL]),
    ...over,
  };
}

export function leader335(over: Overrides = {}): AssessmentInput {
  return member335({
    id: 'leader-335',
    role: 'leader',
    periods: quarters([FULL], { lead: LEAD_OK }),
    ...over,
  });
}

const entries: Record<string, AssessmentInput> = {
  // b = 80: 27 + 70·(100 + 80 + 100)/300 = 92.33; without the row a leaves the mean: 90
  'N335-QTY': member335({ periods: quarters([{ ...FULL, qualityFailures: 8 }]) }),
  'N335-QUAL': member335({ periods: quarters([{ ...FULL, qualityFailures: 8 }]) }), // 92.33 → 97
  'N335-PROG': member335({ periods: quarters([{ ...FULL, delays: 8 }]) }), // 92.33 → 97
  'N335-LEAD': leader335({
    periods: quarters([FULL], {
      lead: { managedStaff: { total: 12, completedOrBetter: 10 }, unitAllOnTime: false },
    }),
  }), // d = đ = 50: 85.33 GOOD → 97 EXCELLENT
  'N335-TASK70': member335(), // 97 EXCELLENT → periods cannot be scored (error)
  'N335-GEN': member335(), // 97 EXCELLENT → 70 GOOD
  'N335-ANNUAL': member335({
    periods: [
      { period: '2026-01', previousUnit: true, points: 60 },
      { period: '2026-02', previousUnit: true, points: 60 },
      { period: '2026-03', previousUnit: true, points: 60 },
      ...quarters([FULL]).slice(1),
    ],
  }), // by months (3·60 + 9·97)/12 = 87.75 → plain (3·60 + 3·97)/6 = 78.5
  'N335-LEAVE': member335({
    periods: [
      ...quarters([FULL]).slice(0, 3),
      { period: '2026-Q4', absent: 'sickness', general: 20, products: [{ ...FULL, done: 0 }] },
    ],
  }), // 97 → Q4 scored too: (3·97 + 20)/4 = 77.75
  // Floats give 1.1·3 = 3.3000000000000003 and 89.99999999999999 (GOOD); exactly it is 90.
  'N335-EXACT': member335({
    periods: [
      { period: '2026-Q1', general: 20, products: [{ coefficient: 1.1, assigned: 3, done: 3 }] },
    ],
  }), // EXCELLENT → GOOD
  'N335-UNDER6': member335({ periods: quarters([FULL]).slice(0, 1) }), // not-rated → EXCELLENT
  'N335-BANDS': member335({ periods: undefined, points: { total: 80 } }), // GOOD → EXCELLENT
  'N335-NOT-POINTS': member335({ periods: undefined, points: { total: 40 } }), // trigger → cap
  'N335-NOT-DEGRADE': member335({ flags: { exampleBreach: true } }), // NC → EXCELLENT
  'N335-NOT-DISC': member335({ discipline: [{ form: 'reprimand', decidedOn: '2026-05-02' }] }), // NC → EXC
  'N335-NOT-LEAD-CORRUPTION': leader335({ flags: { corruptionInManagedArea: true } }), // NC → EXC
  'N335-USE': member335({ periods: undefined, points: { total: 40 } }), // NC with its note → without
};

/** Rows that a profile must turn on before they act: their witness runs under this profile. */
export const civilProfiles: Record<string, RulesProfileInput> = {
  'N335-UNDER6': { rules: { 'N335-UNDER6': true } },
  'N233-UNDER6': { rules: { 'N233-UNDER6': true } },
};

/** Input rows: the witness is refused with the row, and accepted without it. */
export const invalidWitness: Record<string, AssessmentInput> = {
  'N335-INPUT': member335({ points: { total: 91 } }),
  'N233-INPUT': {
    ...member335({ points: { total: 91 } }),
    employment: 'public-employee',
    ruleSet: 'nd233-2026',
  },
};

/** The nd233-2026 mirror: the same facts for a public employee, under the mirrored ids. */
const mirrored = Object.fromEntries(
  Object.entries(entries).map(([id, a]) => [
    id.replace(/^N335-/, 'N233-'),
    { ...a, employment: 'public-employee', ruleSet: 'nd233-2026' } as AssessmentInput,
  ]),
);

export const civilWitness: Record<string, AssessmentInput> = { ...entries, ...mirrored };
