import { describe, expect, it } from 'vitest';
import { AssessmentSchema, classify, RulesProfileSchema } from '../../src/index.js';
import { checkAgainst } from '../../src/rules/classify.js';
import { evaluate } from '../../src/rules/engine.js';
import { ruleSets } from '../../src/rules/registry.js';
import type { Classification, RuleSet } from '../../src/rules/types.js';
import { invalidWitness, witness, witnessProfiles } from '../helpers/witness.js';

const shipped = Object.values(ruleSets).filter((s): s is RuleSet => s !== undefined);
const all = shipped.flatMap((set) =>
  set.rules.map((rule) => ({ set, id: rule.id, kind: rule.kind })),
);
// Input rows are witnessed by an input they refuse; cross rows by result rows (cross-rev2.test.ts).
const cases = all.filter((c) => c.kind !== 'input' && c.kind !== 'cross');
const inputCases = all.filter((c) => c.kind === 'input');

function without(set: RuleSet, id: string): RuleSet {
  return { ...set, rules: set.rules.filter((r) => r.id !== id) };
}

/** What a reader of the outcome sees (or the codes of the error); outcomes differ when any does. */
function outcomeOf(run: () => Classification) {
  try {
    return outcome(run());
  } catch (e) {
    return { error: (e as { issues?: Array<{ code: string }> }).issues?.map((i) => i.code) };
  }
}

function outcome(c: Classification) {
  return {
    status: c.status,
    level: c.level,
    points: c.points,
    needsJudgment: c.needsJudgment,
    reasons: c.reasons.map((r) => ({ rule: r.rule, effect: r.effect, level: r.level })),
  };
}

describe('every row of every shipped rule set decides something (removal)', () => {
  it('ships the party and civil-service rule sets', () => {
    expect(shipped.map((s) => s.id).sort()).toEqual([
      'nd233-2026',
      'nd335-2025',
      'nd90-2020',
      'qd124-2023',
      'qd366-2025',
    ]);
    expect(cases.length).toBeGreaterThan(80);
  });

  it('has a witness for every rule id of the shipped tables, and none stale', () => {
    const ids = cases.map((c) => c.id);
    expect(ids.filter((id) => witness[id] === undefined)).toEqual([]);
    expect(Object.keys(witness).filter((id) => !ids.includes(id))).toEqual([]);
    expect(inputCases.map((c) => c.id).filter((id) => !invalidWitness[id])).toEqual([]);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it.each(cases.map((c) => [c.set.id, c.id, c.set] as const))(
    '%s: removing %s changes the witness outcome',
    (_setId, id, set) => {
      const input = witness[id];
      expect(input, `no witness for ${id}`).toBeDefined();
      if (input === undefined) return;
      const given = witnessProfiles[id];
      const profile = RulesProfileSchema.parse(given ?? {});
      const a = AssessmentSchema.parse(input);
      const full = evaluate(set, a, profile);
      // The witness is valid and classify() picks this rule set for it by itself.
      expect(classify(input, given ? { profile: given } : {})).toEqual(full);
      expect(full.ruleSet).toBe(set.id);
      // The row takes part in the full outcome …
      expect(full.reasons.some((r) => r.rule === id)).toBe(true);
      // … and without it the outcome is different.
      const cut = outcomeOf(() => evaluate(without(set, id), a, profile));
      expect(cut).not.toEqual(outcome(full));
    },
  );

  it.each(inputCases.map((c) => [c.set.id, c.id, c.set] as const))(
    '%s: the input row %s refuses its witness, and without it the witness passes',
    (_setId, id, set) => {
      const input = invalidWitness[id];
      if (input === undefined) throw new Error(`no invalid witness for ${id}`);
      const profile = RulesProfileSchema.parse({});
      const a = AssessmentSchema.parse(input);
      expect(checkAgainst(set, a, profile).length).toBeGreaterThan(0);
      expect(() => classify(input)).toThrow();
      expect(checkAgainst(without(set, id), a, profile)).toEqual([]);
    },
  );
});
