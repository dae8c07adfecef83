import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { generateProvince } from '../../bench/province.js';
import { AssessmentError } from '../../src/core/errors.js';
import { type ClassifyOptions, classify } from '../../src/rules/classify.js';
import { validAssessmentArb } from './arbitraries.js';
import { invalidCases } from './mutations.js';

// A fixed, seeded corpus for the equivalence test of `classify` (issue 9): valid assessments of
// every subject of every rule set (arbitraries.ts), invalid ones (mutations.ts) and the bench's
// province mix, in a fixed interleaving. The same seed gives the same corpus on every machine
// (fast-check is pinned in package-lock.json).

export const CORPUS_SEED = 9;
/** Outcomes are hashed in blocks of this many elements; the oracle file has one line per block. */
export const BLOCK = 100;

/** The `i`-th block's elements (input and the options it is classified with). */
export function corpusBlock(i: number): Array<{ input: unknown; options: ClassifyOptions }> {
  const seed = CORPUS_SEED * 1_000_003 + i;
  const valid = fc.sample(validAssessmentArb, { seed, numRuns: 70 });
  const invalid = invalidCases.flatMap(([, arb], k) =>
    fc.sample(arb, { seed: seed + k * 7919, numRuns: 2 }).map(([input]) => input),
  );
  const province = generateProvince(BLOCK, seed);
  const inputs: unknown[] = [];
  for (let k = 0; inputs.length < BLOCK; k++) {
    const from = k % 10 < 7 ? valid : k % 10 < 9 ? invalid : province;
    inputs.push(from[k % from.length]);
  }
  return inputs.map((input, k) => ({
    input,
    options:
      k % 17 === 0 ? { reviewDate: '2025-06-30' } : k % 23 === 0 ? { ruleSet: 'qd366-2025' } : {},
  }));
}

/** What `classify` gives for one element, as a string: the result's JSON, or the issues' JSON. */
export function outcome(input: unknown, options: ClassifyOptions): string {
  try {
    return JSON.stringify(classify(input, options));
  } catch (error) {
    if (!(error instanceof AssessmentError)) throw error;
    return `ERR ${JSON.stringify(error.issues)}`;
  }
}

/** The sha-256 (first 16 hex digits) of one block's outcomes, one per line. */
export function blockDigest(i: number): string {
  const h = createHash('sha256');
  for (const { input, options } of corpusBlock(i)) h.update(`${outcome(input, options)}\n`);
  return h.digest('hex').slice(0, 16);
}
