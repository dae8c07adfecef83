import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SummaryInputSchema } from '../../src/report/input.js';
import { DOUBT, fastParse } from '../../src/schemas/fast/compile.js';
import { agreement, damage, jsonish } from '../helpers/damage.js';
import { seedInput } from '../report/fixture.js';

// `summarize` reads its input through the fast path of SummaryInputSchema (issue 10: zod's walk of
// a province's rows was a fifth of each compile). Its `check` member is a `z.custom`, which the
// fast path now runs too. It may only confirm what zod accepts, with zod's output.

const agrees = agreement(fastParse(SummaryInputSchema), SummaryInputSchema, DOUBT, 'a summary');

describe('the fast summary-input parser', () => {
  it('confirms the seed cycle’s summary input, with and without check options', () => {
    expect(agrees(seedInput())).toBe('confirmed');
    expect(agrees({ ...seedInput(), check: { ruleSet: 'qd124-2023' } })).toBe('confirmed');
    expect(agrees({ ...seedInput(), check: [] })).toBe('doubted');
  });

  it('agrees with zod on damaged summary inputs', () => {
    const seen = { confirmed: 0, doubted: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.nat(400), { minLength: 1, maxLength: 3 }),
        jsonish,
        fc.boolean(),
        (picks, value, drop) => {
          seen[agrees(damage(seedInput(), picks, value, drop))]++;
        },
      ),
      { numRuns: 400, seed: 366 },
    );
    expect(seen.confirmed).toBeGreaterThan(20);
    expect(seen.doubted).toBeGreaterThan(20);
  });

  it('runs a z.custom test as zod does: the value through when it holds, zod otherwise', () => {
    const Even = z.custom<number>((v) => typeof v === 'number' && v % 2 === 0);
    const even = agreement(fastParse(Even), Even, DOUBT, 'an even number');
    expect(even(4)).toBe('confirmed');
    expect(even(3)).toBe('doubted');
    const Later = z.custom<number>(async () => true);
    expect(fastParse(Later)(1)).toBe(DOUBT);
    const Both = z.object({ n: Even.optional() });
    expect(fastParse(Both)({ n: 2 })).toStrictEqual({ n: 2 });
    expect(fastParse(Both)({ n: 1 })).toBe(DOUBT);
  });
});
