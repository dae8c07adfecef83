import { expect } from 'vitest';
import type { InputIssue } from '../../../src/core/errors.js';
import { type ScoringResult, scorePeriods } from '../../../src/rules/scoring/annual.js';
import type { ScoringOptions } from '../../../src/rules/scoring/options.js';
import { type Rational, rational } from '../../../src/rules/scoring/rational.js';
import { type PeriodInput, PeriodsSchema } from '../../../src/schemas/periods.js';

export type Scored = Extract<ScoringResult, { ok: true }>;

/** `n/d` as a rational, for expected values written as fractions. */
export const q = (n: number, d = 1): Rational => rational(BigInt(n), BigInt(d));

/** Parses the periods and scores them; fails the test on issues. */
export function scored(periods: PeriodInput[], options: ScoringOptions = {}): Scored {
  const result = scorePeriods(PeriodsSchema.parse(periods), options);
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result;
}

/** Parses the periods and scores them; fails the test when they score. */
export function refused(periods: PeriodInput[], options: ScoringOptions = {}): InputIssue[] {
  const result = scorePeriods(PeriodsSchema.parse(periods), options);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

/** `[path, code]` of each issue, for compact expectations. */
export const located = (issues: readonly InputIssue[]) => issues.map((i) => [i.path, i.code]);
