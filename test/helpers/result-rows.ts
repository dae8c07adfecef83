import fc from 'fast-check';
import type { Level, ResultRowInput, RuleSetId } from '../../src/index.js';

// ---- result rows for X-QUOTA ------------------------------------------------------------------

export interface QuotaScenario {
  readonly rows: ResultRowInput[];
  /** The rule set, given on every row or as `checkResults`' option (or not at all). */
  readonly ruleSet: RuleSetId | undefined;
  readonly onRows: boolean;
  readonly outstandingGroups: string[];
}

const levelArb = fc.constantFrom<Level>(
  'EXCELLENT',
  'GOOD',
  'GOOD',
  'GOOD',
  'COMPLETED',
  'NOT_COMPLETED',
);

export const quotaScenarioArb: fc.Arbitrary<QuotaScenario> = fc.record({
  rows: fc
    .array(
      fc.record(
        {
          level: levelArb,
          group: fc.constantFrom('a', 'b'),
          who: fc.constantFrom(
            { kind: 'individual', role: 'member' } as const,
            { kind: 'individual', role: 'leader' } as const,
            { kind: 'collective', role: 'leadership' } as const,
          ),
          override: fc.constant({ by: 'cấp ủy cấp trên', reason: 'thành tích nổi bật' }),
        },
        { requiredKeys: ['level', 'who'] },
      ),
      { maxLength: 40 },
    )
    .map((list) => list.map(({ who, ...r }, i): ResultRowInput => ({ id: `s${i}`, ...who, ...r }))),
  ruleSet: fc.constantFrom<RuleSetId | undefined>(
    'qd366-2025',
    'qd124-2023',
    'nd90-2020',
    'nd335-2025',
    undefined,
  ),
  onRows: fc.boolean(),
  outstandingGroups: fc.subarray([
    'a',
    'b',
    'individual/member',
    'individual/member (qd366-2025)',
    'collective/leadership',
  ]),
});
