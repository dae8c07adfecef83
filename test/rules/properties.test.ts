import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssessmentError,
  checkResults,
  classify,
  compareLevels,
  type ResultRowInput,
  ruleSets,
  type Violation,
} from '../../src/index.js';
import {
  assessmentFor,
  individualArb,
  SUBJECTS,
  validAssessmentArb,
} from '../helpers/arbitraries.js';
import { hasReason, member366 } from '../helpers/builders.js';
import { improvements, invalidCases } from '../helpers/mutations.js';
import { type QuotaScenario, quotaScenarioArb } from '../helpers/result-rows.js';

const RUNS = { numRuns: 300 };

describe('classify on valid input', () => {
  it('is total: never throws, and level is null exactly when status is not rated', () => {
    fc.assert(
      fc.property(validAssessmentArb, (a) => {
        const c = classify(a);
        expect(c.id).toBe(a.id);
        expect(c.level === null).toBe(c.status !== 'rated');
        expect(['rated', 'not-reviewed', 'not-rated']).toContain(c.status);
        expect(c.points === undefined).toBe(!ruleSets[c.ruleSet]?.scores);
        for (const r of c.reasons) expect(r.message.vi && r.message.en && r.citation).toBeTruthy();
      }),
      RUNS,
    );
  });

  it('is deterministic, also after a JSON round trip of the input', () => {
    fc.assert(
      fc.property(validAssessmentArb, (a) => {
        const c = classify(a);
        expect(classify(a)).toStrictEqual(c);
        expect(classify(JSON.parse(JSON.stringify(a)))).toStrictEqual(c);
      }),
      RUNS,
    );
  });

  it('gives a Classification that survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(validAssessmentArb, (a) => {
        const c = classify(a);
        expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
      }),
      RUNS,
    );
  });

  it('lists a review reason only when the outcome needs judgment', () => {
    const mixed = member366({
      flags: { degradation: true, prohibitedConduct: true },
      remediedFlags: ['degradation'],
    });
    fc.assert(
      fc.property(validAssessmentArb, (a) => {
        const c = classify(a);
        if (c.reasons.some((r) => r.effect === 'review')) expect(c.needsJudgment).toBe(true);
        if (c.needsJudgment) expect(c.reasons.some((r) => r.effect === 'review')).toBe(true);
      }),
      { ...RUNS, examples: [[mixed]] },
    );
  });
});

describe('classify on invalid input', () => {
  it.each(invalidCases)(
    '%s throws AssessmentError with located, bilingual issues',
    (_name, arb) => {
      fc.assert(
        fc.property(arb, ([input, at]) => {
          let error: unknown;
          try {
            classify(input);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(AssessmentError);
          if (!(error instanceof AssessmentError)) return;
          for (const i of error.issues)
            expect(i.message.vi.length * i.message.en.length).toBeGreaterThan(0);
          expect(error.issues.some((i) => i.path.length > 0)).toBe(true);
          expect(error.issues.map((i) => i.path.slice(0, at.length))).toContainEqual(at);
        }),
        { numRuns: 100 },
      );
    },
  );
});

describe('monotonicity: a better fact never lowers the level', () => {
  it.each(improvements)('%s', (_name, improve) => {
    fc.assert(
      fc.property(validAssessmentArb, fc.integer({ min: 1, max: 40 }), (a, n) => {
        const before = classify(a);
        const after = classify(improve(a, n));
        expect(after.status).toBe(before.status);
        if (before.level === null || after.level === null) return;
        expect(compareLevels(after.level, before.level)).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });
});

// ---- triggers and discretion -----------------------------------------------------------------

describe('a live trigger and a remedied one', () => {
  it('flags.degradation on an individual, not remedied, gives NOT_COMPLETED', () => {
    fc.assert(
      fc.property(individualArb, (a) => {
        const { party: _reviewed, service: _worked, ...rest } = a;
        const live = {
          ...rest,
          flags: { ...a.flags, degradation: true },
          remediedFlags: (a.remediedFlags ?? []).filter((f) => f !== 'degradation'),
        };
        const c = classify(live);
        expect(c.level).toBe('NOT_COMPLETED');
        const rule = { 'qd366-2025': 'Q366-NOT-DEGRADE', 'qd124-2023': 'Q124-NOT-DEGRADE' }[
          c.ruleSet as 'qd366-2025'
        ];
        expect(hasReason(c, rule ?? 'N90-NOT-DEGRADE', 'trigger')).toBe(true);
      }),
      RUNS,
    );
  });

  it('the same trigger remedied under qd366 needs judgment, with review reasons', () => {
    const arb = fc
      .constantFrom(
        ...SUBJECTS.filter((s) => s.ruleSet === 'qd366-2025' && s.kind === 'individual'),
      )
      .chain((s) => assessmentFor(s));
    fc.assert(
      fc.property(arb, (a) => {
        const { party: _reviewed, ...rest } = a;
        const remedied = {
          ...rest,
          flags: { ...a.flags, degradation: true, prohibitedConduct: false, exampleBreach: false },
          remediedFlags: [
            ...(a.remediedFlags ?? []).filter(
              (f) => f !== 'degradation' && f !== 'prohibitedConduct' && f !== 'exampleBreach',
            ),
            'degradation' as const,
          ],
        };
        const c = classify(remedied);
        expect(c.needsJudgment).toBe(true);
        expect(hasReason(c, 'Q366-NOT-DEGRADE', 'review')).toBe(true);
        expect(hasReason(c, 'Q366-DISCRETION', 'review')).toBe(true);
      }),
      RUNS,
    );
  });
});

// ---- X-QUOTA against an independent oracle ---------------------------------------------------

interface QuotaFinding {
  group: string | undefined;
  limit: number | undefined;
  actual: number | undefined;
  severity: Violation['severity'];
  subjects: readonly string[];
}

/**
 * X-QUOTA (X-QUOTA-CIVIL under nd90) read straight from RULES.md §5 rev 2: `E * 5 ≤ G` at 20%,
 * `E * 4 ≤ G` at 25%, nothing rounded; the limit reported is the largest count allowed.
 */
function quotaOracle(s: QuotaScenario): QuotaFinding[] {
  const groups = new Map<string, ResultRowInput[]>();
  for (const r of s.rows) {
    const key =
      r.group ?? (s.ruleSet ? `${r.kind}/${r.role} (${s.ruleSet})` : `${r.kind}/${r.role}`);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: QuotaFinding[] = [];
  for (const [group, rows] of groups) {
    const excellent = rows.filter((r) => r.level === 'EXCELLENT');
    const good = rows.filter((r) => r.level === 'GOOD').length;
    const outstanding =
      s.outstandingGroups.includes(group) &&
      s.ruleSet !== 'qd124-2023' &&
      s.ruleSet !== 'nd90-2020';
    const allowedBy = outstanding ? 4 : 5;
    if (excellent.length * allowedBy <= good) continue;
    const limit = Math.floor(good / allowedBy);
    const excess = excellent.length - limit;
    const overridden = excellent.filter((r) => r.override !== undefined).length;
    out.push({
      group,
      limit,
      actual: excellent.length,
      severity: overridden >= excess ? 'warning' : 'error',
      subjects: excellent.map((r) => r.id),
    });
  }
  return out;
}

const byGroup = (a: QuotaFinding, b: QuotaFinding) =>
  String(a.group).localeCompare(String(b.group));

describe('X-QUOTA', () => {
  it('agrees with the oracle for any rows, rule set and outstanding groups', () => {
    fc.assert(
      fc.property(quotaScenarioArb, (s) => {
        const rows =
          s.onRows && s.ruleSet ? s.rows.map((r) => ({ ...r, ruleSet: s.ruleSet })) : s.rows;
        const profile = { quota: { outstandingGroups: s.outstandingGroups } };
        const got = checkResults(rows, {
          profile,
          ...(s.onRows || !s.ruleSet ? {} : { ruleSet: s.ruleSet }),
        });
        const rule = s.ruleSet === 'nd90-2020' ? 'X-QUOTA-CIVIL' : 'X-QUOTA';
        expect(got.every((v) => v.rule === rule)).toBe(true);
        const findings = got.map(({ group, limit, actual, severity, subjects }) => ({
          group,
          limit,
          actual,
          severity,
          subjects,
        }));
        expect(findings.sort(byGroup)).toEqual(quotaOracle(s).sort(byGroup));
      }),
      { numRuns: 500 },
    );
  });
});
