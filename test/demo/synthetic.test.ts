import { describe, expect, it } from 'vitest';
import { parseDemoScript } from '../../src/demo/script.js';
import { syntheticScript } from '../../src/demo/synthetic.js';
import { classify, getProfile } from '../../src/index.js';

describe('the synthetic province', () => {
  const script = syntheticScript({ profile: 'generic-qd366', year: 2026 });

  it('is a valid script of the asked size, the same on every build', () => {
    const parsed = parseDemoScript(JSON.parse(JSON.stringify(script)));
    const subjects = parsed.definition.subjects;
    expect(subjects.filter((s) => s.kind === 'collective')).toHaveLength(40);
    expect(subjects.filter((s) => s.kind === 'individual')).toHaveLength(160);
    expect(JSON.stringify(syntheticScript({ profile: 'generic-qd366', year: 2026 }))).toBe(
      JSON.stringify(script),
    );
    const big = syntheticScript({
      profile: 'generic-qd366',
      year: 2026,
      collectives: 300,
      individuals: 3000,
      ticks: 'none',
    });
    expect(big.definition.subjects).toHaveLength(3300);
    expect(big.clock.ticks).toEqual([]);
  });

  it('runs under QĐ 366 on the profile of the year asked, into the next year', () => {
    expect(script.definition.profile).toBe('generic-qd366');
    expect(script.definition.year).toBe(2026);
    expect(script.clock.from).toBe('2026-11-01T08:00:00+07:00');
    // Dossiers before 01-02-2027, the report before 01-03-2027 (HD 43 mục 4).
    expect(script.clock.to).toBe('2027-03-01T00:00:00+07:00');
    const profile = getProfile('generic-qd366', 2026);
    for (const steps of Object.values(script.reviews)) {
      const proposal = steps.find((s) => s.event.type === 'PROPOSE_LEVEL');
      if (!proposal) continue;
      const c = classify(proposal.event.assessment, { profile });
      expect(c.ruleSet).toBe('qd366-2025');
      expect(c.points).toBeTypeOf('number');
      const decided = steps.filter((s) => s.event.type === 'DECIDE_LEVEL').at(-1);
      if (c.level) expect(decided?.event.level).toBe(c.level);
    }
  });

  it('refuses a profile it does not ship, and a year the profile has not', () => {
    expect(() => syntheticScript({ profile: 'nowhere', year: 2026 })).toThrow(RangeError);
    expect(() => syntheticScript({ profile: 'generic-qd366', year: 2024 })).toThrow(RangeError);
  });
});
