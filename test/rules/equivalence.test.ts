import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BLOCK, blockDigest } from '../helpers/corpus.js';

// Issue 9: `classify` gives the same outcome and reasons as before on a fuzzed corpus. The oracle
// (test/fixtures/classify-oracle.txt) holds one digest per block of 100 corpus elements of
// `JSON.stringify(classify(a))` — or of the issues for an invalid one — as the engine before the
// performance work (commit 00bd615) gave them. CI compares the first 10,000 elements;
// KIEMDIEM_EQUIVALENCE_FULL=1 compares all 100,000.

const oracle = readFileSync(new URL('../fixtures/classify-oracle.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const full = process.env.KIEMDIEM_EQUIVALENCE_FULL === '1';
const blocks = full ? oracle.length : 100;

it(`classify gives byte-for-byte the frozen outcomes on ${blocks * BLOCK} fuzzed elements`, () => {
  expect(oracle).toHaveLength(1000);
  const differing: number[] = [];
  for (let i = 0; i < blocks; i++) if (blockDigest(i) !== oracle[i]) differing.push(i);
  expect(differing, 'blocks whose outcomes differ from the oracle').toEqual([]);
}, 600_000);
