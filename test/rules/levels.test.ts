import { describe, expect, it } from 'vitest';
import { text } from '../../src/core/text.js';
import { AssessmentSchema, RulesProfileSchema } from '../../src/index.js';
import { evaluate } from '../../src/rules/engine.js';
import { qd366 } from '../../src/rules/qd366.js';
import type { ConditionRule, RuleSet } from '../../src/rules/types.js';

// engine/levels.ts reads the level rows from the lowest level up and stops at the first level
// whose rows do not all hold (issue 9). These tests hold it to that: a row of a level above the
// first failing one is never read, a row the decision needs always is, and what is reported is
// what reading every row reports (test/rules/equivalence.test.ts compares 100,000 outcomes).

const profile = RulesProfileSchema.parse({});

/** A condition row of `level` that throws when read. */
function tripwire(level: ConditionRule['level']): ConditionRule {
  return {
    id: `TRIPWIRE-${level}`,
    kind: 'condition',
    level,
    status: 'confirmed',
    appliesTo: {},
    citation: 'test',
    text: text('dây bẫy', 'tripwire'),
    test: () => {
      throw new Error(`read ${level}`);
    },
  };
}

const withRow = (row: ConditionRule): RuleSet => ({ ...qd366, rules: [...qd366.rules, row] });

const member = (general: number, tasks: number, completed = 10) =>
  AssessmentSchema.parse({
    id: 'm',
    kind: 'individual',
    role: 'member',
    year: 2025,
    points: { general, tasks },
    tasks: { total: 10, completed, onTime: completed, exceeded: 4 },
  });

describe('level rows are read from the lowest level up', () => {
  it('does not read a row above the first level that fails', () => {
    // 60 points: Completed holds, Good (70) does not; an Excellent row cannot change that
    const a = member(30, 30);
    const plain = evaluate(qd366, a, profile);
    expect(plain.level).toBe('COMPLETED');
    const tripped = evaluate(withRow(tripwire('EXCELLENT')), a, profile);
    expect(JSON.stringify(tripped)).toBe(JSON.stringify(plain));
    // 9 of 10 tasks completed: no Completed, so neither Good nor Excellent rows are read
    const low = member(30, 40, 9);
    const none = evaluate(qd366, low, profile);
    expect(none.level).toBe('NOT_COMPLETED');
    expect(none.reasons.map((r) => `${r.rule}:${r.effect}`)).toContain('Q366-COMP:cap');
    const trippedLow = evaluate(withRow(tripwire('GOOD')), low, profile);
    expect(JSON.stringify(trippedLow)).toBe(JSON.stringify(none));
  });

  it('reads every row of the levels the decision needs', () => {
    // Completed holds at 60 points, so the Good rows decide: the Good tripwire is read
    expect(() => evaluate(withRow(tripwire('GOOD')), member(30, 30), profile)).toThrow('read GOOD');
    // and the Completed rows are always read
    expect(() => evaluate(withRow(tripwire('COMPLETED')), member(30, 40, 9), profile)).toThrow(
      'read COMPLETED',
    );
  });
});
