import { describe, expect, it } from 'vitest';
import { AssessmentSchema, classify, RulesProfileSchema } from '../../src/index.js';
import { evaluate } from '../../src/rules/engine.js';
import { ruleSets } from '../../src/rules/registry.js';
import type { Classification, RuleSet } from '../../src/rules/types.js';
import { witness } from '../helpers/witness.js';

const profile = RulesProfileSchema.parse({});
const shipped = Object.values(ruleSets).filter((s): s is RuleSet => s !== undefined);
const cases = shipped.flatMap((set) => set.rules.map((rule) => ({ set, id: rule.id })));

function without(set: RuleSet, id: string): RuleSet {
  return { ...set, rules: set.rules.filter((r) => r.id !== id) };
}

/** What a reader of the outcome sees; two outcomes differ when any of this differs. */
function outcome(c: Classification) {
  return {
    status: c.status,
    level: c.level,
    needsJudgment: c.needsJudgment,
    reasons: c.reasons.map((r) => ({ rule: r.rule, effect: r.effect, level: r.level })),
  };
}

describe('every row of every shipped rule set decides something (removal)', () => {
  it('ships at least the two party rule sets', () => {
    expect(shipped.map((s) => s.id).sort()).toEqual(['qd124-2023', 'qd366-2025']);
    expect(cases.length).toBeGreaterThan(30);
  });

  it('has a witness for every rule id of the shipped tables, and none stale', () => {
    const ids = cases.map((c) => c.id);
    expect(ids.filter((id) => witness[id] === undefined)).toEqual([]);
    expect(Object.keys(witness).filter((id) => !ids.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(cases.map((c) => [c.set.id, c.id, c.set] as const))(
    '%s: removing %s changes the witness outcome',
    (_setId, id, set) => {
      const input = witness[id];
      expect(input, `no witness for ${id}`).toBeDefined();
      if (input === undefined) return;
      const a = AssessmentSchema.parse(input);
      const full = evaluate(set, a, profile);
      // The witness is valid and classify() picks this rule set for it by itself.
      expect(classify(input)).toEqual(full);
      expect(full.ruleSet).toBe(set.id);
      // The row takes part in the full outcome …
      expect(full.reasons.some((r) => r.rule === id)).toBe(true);
      // … and without it the outcome is different.
      const cut = evaluate(without(set, id), a, profile);
      expect(outcome(cut)).not.toEqual(outcome(full));
    },
  );
});
