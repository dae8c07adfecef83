import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorePeriods } from '../../../src/rules/scoring/annual.js';
import { compare, fromNumber, type Rational, sub } from '../../../src/rules/scoring/rational.js';
import { type PeriodInput, PeriodsSchema } from '../../../src/schemas/periods.js';
import { q, scored } from './helpers.js';

const RUNS = { numRuns: 300 };

/** A line with its coefficient as whole ten-thousandths (`kInt / 10000`, at most 4 decimals). */
interface LineCase {
  kInt: number;
  assigned: number;
  done: number;
  qualityFailures: number;
  delays: number;
  objectiveCauseConfirmed: boolean;
}
interface PeriodCase {
  quarter: number;
  /** `general` in hundredths (0–3000). */
  gInt: number;
  lines: LineCase[];
  lead?: { staffAll: boolean; onTime: boolean; disunity: boolean };
}

const lineArb: fc.Arbitrary<LineCase> = fc.record({
  kInt: fc.integer({ min: 1, max: 50_000 }),
  assigned: fc.integer({ min: 0, max: 40 }),
  done: fc.integer({ min: 0, max: 45 }),
  qualityFailures: fc.integer({ min: 0, max: 8 }),
  delays: fc.integer({ min: 0, max: 8 }),
  objectiveCauseConfirmed: fc.boolean(),
});

const caseArb = (leader: boolean): fc.Arbitrary<PeriodCase[]> =>
  fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }).chain((qs) =>
    fc.tuple(
      ...qs.map((quarter) =>
        fc.record({
          quarter: fc.constant(quarter),
          gInt: fc.integer({ min: 0, max: 3000 }),
          lines: fc.array(lineArb, { minLength: 0, maxLength: 4 }),
          ...(leader
            ? {
                lead: fc.record({
                  staffAll: fc.boolean(),
                  onTime: fc.boolean(),
                  disunity: fc.boolean(),
                }),
              }
            : {}),
        }),
      ),
    ),
  );

function toInput(cases: readonly PeriodCase[]): PeriodInput[] {
  return cases.map((c) => ({
    period: `2026-Q${c.quarter}`,
    general: c.gInt / 100,
    products: c.lines.map(({ kInt, ...line }) => ({ ...line, coefficient: kInt / 10_000 })),
    ...(c.lead
      ? {
          lead: {
            managedStaff: { total: 5, completedOrBetter: c.lead.staffAll ? 5 : 4 },
            unitAllOnTime: c.lead.onTime,
            prolongedDisunity: c.lead.disunity,
          },
        }
      : {}),
  }));
}

/*
 * An independent reference: fixed point with 40 decimals on BigInt (each division rounds down),
 * sums kept in whole units of 1/40000 (k in ten-thousandths, 0.25 per failure).
 */
const SCALE = 10n ** 40n;
const big = BigInt;
function reference(cases: readonly PeriodCase[]): bigint {
  const HUNDRED = 100n * SCALE;
  const share = (part: bigint, whole: bigint) => {
    if (whole === 0n) return HUNDRED;
    const v = (HUNDRED * part) / whole;
    return v > HUNDRED ? HUNDRED : v;
  };
  const kept = (l: LineCase, failures: number) =>
    l.objectiveCauseConfirmed ? 4n * big(l.done) : big(Math.max(0, 4 * l.done - failures));
  let total = 0n;
  for (const c of cases) {
    let assigned = 0n;
    let done = 0n;
    let quality = 0n;
    let progress = 0n;
    for (const l of c.lines) {
      const k = big(l.kInt);
      assigned += k * 4n * big(l.assigned);
      done += k * 4n * big(l.done);
      quality += k * kept(l, l.qualityFailures);
      progress += k * kept(l, l.delays);
    }
    const shares = [share(done, assigned), share(quality, assigned), share(progress, assigned)];
    if (c.lead) {
      const half = 50n * SCALE;
      shares.push(c.lead.staffAll ? HUNDRED : half, c.lead.onTime ? HUNDRED : half);
      shares.push(c.lead.disunity ? half : HUNDRED);
    }
    const mean = shares.reduce((x, y) => x + y, 0n) / big(shares.length);
    const tasks = (70n * mean) / 100n;
    total += 3n * ((big(c.gInt) * SCALE) / 100n + tasks);
  }
  return total / (3n * big(cases.length));
}

/** |x·SCALE − ref| ≤ tolerance (in units of 10⁻⁴⁰). */
function closeTo(x: Rational, ref: bigint, tolerance: bigint): boolean {
  const diff = x.n * SCALE - ref * x.d;
  return (diff < 0n ? -diff : diff) <= tolerance * x.d;
}

describe('exact scoring against a 40-decimal reference', () => {
  for (const leader of [false, true])
    it(`agrees to 10⁻³⁶ (${leader ? 'leaders' : 'non-leaders'})`, () => {
      fc.assert(
        fc.property(caseArb(leader), (cases) => {
          const r = scored(toInput(cases), { leader });
          expect(closeTo(r.points, reference(cases), 10_000n)).toBe(true);
        }),
        RUNS,
      );
    });
});

describe('exact versus floating point (N335-EXACT)', () => {
  /*
   * A real input where floats give 89.99999999999999 and exact arithmetic 90: general 20, one
   * line k = 1.1, 3 assigned, 3 done. In floats Σk·assigned = 1.1·3 = 3.3000000000000003,
   * 100·3.3000000000000003 = 330 (rounded), 330/3.3000000000000003 = 99.99999999999999, so
   * a = b = c = 99.99999999999999, tasks = 69.99999999999999 and the score 89.99999999999999 —
   * GOOD instead of EXCELLENT. Exactly: a = b = c = 100·3.3/3.3 = 100, tasks = 70, score = 90.
   */
  const example: PeriodInput[] = [
    { period: '2026-01', general: 20, products: [{ coefficient: 1.1, assigned: 3, done: 3 }] },
  ];

  it('the worked example: 90 exactly, 89.99999999999999 in floats', () => {
    const exact = scored(example);
    expect(exact.points).toEqual(q(90));
    expect(exact.display).toBe(90);
    const float = scored(example, { exact: false });
    expect(float.points).toEqual(fromNumber(89.99999999999999));
    expect(compare(float.points, q(90))).toBe(-1);
    // Shown rounded to 2 decimals the float score looks like 90: only the exact comparison tells
    // the two apart (classify compares exactly, and shows 89.99 where the band is missed).
    expect(float.display).toBe(90);
    expect(float.perPeriod[0]?.a).toEqual(fromNumber(99.99999999999999));
    expect(float.lines.annual.en).toBe('Year (mean weighted by months) = (1·90)/1 ≈ 90');
    expect(exact.lines.annual.en).toBe('Year (mean weighted by months) = (1·90)/1 = 90');
  });

  it('all done, nothing failed, general 20 is exactly 90 for every coefficient', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), (lines) => {
        const products = lines.map((l) => ({
          coefficient: l.kInt / 10_000,
          assigned: l.assigned,
          done: l.assigned,
        }));
        expect(scored([{ period: '2026-Q1', general: 20, products }]).points).toEqual(q(90));
      }),
      RUNS,
    );
  });

  const both = (cases: readonly PeriodCase[]) => {
    const periods = PeriodsSchema.parse(toInput(cases));
    const exact = scorePeriods(periods);
    const float = scorePeriods(periods, { exact: false });
    if (!exact.ok || !float.ok) throw new Error('scoring failed');
    return { exact: exact.points, float: float.points };
  };

  it('floats stay within 1e-9 of the exact points', () => {
    fc.assert(
      fc.property(caseArb(false), (cases) => {
        const { exact, float } = both(cases);
        const gap = sub(exact, float);
        expect(Math.abs(Number(gap.n) / Number(gap.d))).toBeLessThan(1e-9);
      }),
      RUNS,
    );
  });

  it('yet floats differ from the exact points on some input', () => {
    const same = fc.property(caseArb(false), (cases) => {
      const { exact, float } = both(cases);
      return compare(exact, float) === 0;
    });
    const check = fc.check(same, { numRuns: 500, seed: 335 });
    expect(check.failed).toBe(true);
    expect(check.counterexample).not.toBeNull();
  });
});
