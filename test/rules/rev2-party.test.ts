import { describe, expect, it } from 'vitest';
import { classify } from '../../src/index.js';
import type { Overrides } from '../helpers/builders.js';
import {
  collective124,
  collective366,
  hasReason,
  leader366,
  member124,
  member366,
  outside366,
  reasonsOf,
  tasks,
} from '../helpers/builders.js';
import { assessmentErrorOf } from '../helpers/errors.js';

// RULES.md revision 2, the party rule sets: each finding of the rules issue, reproduced.

describe('flags (RULES.md, "Flags")', () => {
  it('a flag of the other kind is a located error naming the flag meant', () => {
    const coll = assessmentErrorOf(() => classify(collective366({ flags: { degradation: true } })));
    expect(coll.issues.map((i) => [i.path, i.code])).toEqual([
      [['flags', 'degradation'], 'flag_wrong_kind'],
    ]);
    expect(coll.issues[0]?.message.en).toContain('flags.memberDegradation');
    expect(coll.issues[0]?.message.vi).toContain('flags.memberDegradation');
    const ind = assessmentErrorOf(() =>
      classify(member366({ flags: { memberDegradation: true } })),
    );
    expect(ind.issues[0]?.path).toEqual(['flags', 'memberDegradation']);
    expect(ind.issues[0]?.message.en).toContain('flags.degradation');
  });

  it('false is always accepted, whatever the kind', () => {
    const c = classify(collective366({ flags: { degradation: false, exemplary: false } }));
    expect(c.level).toBe('EXCELLENT');
  });

  it('a flag the role does not use adds a note: exampleBreach on a leader under QĐ 366', () => {
    const c = classify(leader366({ flags: { exampleBreach: true } }));
    expect(c.level).toBe('EXCELLENT');
    expect(reasonsOf(c, 'FLAG_NOT_USED', 'note')[0]?.message.en).toContain('flags.exampleBreach');
    // … the same flag on a member is a trigger, and no note.
    const m = classify(member366({ flags: { exampleBreach: true } }));
    expect(hasReason(m, 'Q366-NOT-DEGRADE', 'trigger')).toBe(true);
    expect(hasReason(m, 'FLAG_NOT_USED', 'note')).toBe(false);
  });

  it('countedInYear after the review year is invalid', () => {
    const e = assessmentErrorOf(() =>
      classify(
        member366({
          discipline: [{ form: 'warning', decidedOn: '2025-02-01', countedInYear: 2026 }],
        }),
      ),
    );
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [['discipline', 0, 'countedInYear'], 'counted_after_year'],
    ]);
  });
});

describe('qd366-2025 revision 2', () => {
  const off = (id: string) => ({ profile: { rules: { [id]: false } } });

  it('discipline for a private matter is no automatic trigger: the authority judges (DISC-OTHER)', () => {
    const c = classify(
      member366({
        discipline: [{ form: 'reprimand', decidedOn: '2025-06-03', dutyRelated: false }],
      }),
    );
    expect(hasReason(c, 'Q366-NOT-DISC', 'trigger')).toBe(false);
    expect(hasReason(c, 'Q366-DISC-OTHER', 'review')).toBe(true);
    expect(c).toMatchObject({ level: 'EXCELLENT', needsJudgment: true });
    expect(
      classify(member366({ discipline: [{ form: 'reprimand', decidedOn: '2025-06-03' }] })).level,
    ).toBe('NOT_COMPLETED');
  });

  it('a violation already counted in an earlier year is not counted again (DISC-ONCE)', () => {
    const d = { form: 'warning', decidedOn: '2025-02-01', countedInYear: 2024 } as const;
    expect(classify(member366({ discipline: [d] })).level).toBe('EXCELLENT');
    expect(classify(member366({ discipline: [d] }), off('Q366-DISC-ONCE')).level).toBe(
      'NOT_COMPLETED',
    );
  });

  it('a collective with a member concluded to show degradation is NOT_COMPLETED', () => {
    const c = classify(collective366({ flags: { memberDegradation: true } }));
    expect(hasReason(c, 'Q366-NOT-COLL-MEMBER-DEGRADE', 'trigger')).toBe(true);
    expect(c.level).toBe('NOT_COMPLETED');
  });

  it('a party organisation meets all five collective triggers by default, none when COLL-SCOPE is off', () => {
    const cases: Overrides[] = [
      { flags: { personnelWrongdoing: true } },
      { flags: { memberDegradation: true } },
      { memberDiscipline: [{ form: 'reprimand', decidedOn: '2025-05-05' }] },
      { tasks: tasks(10, 6, 6, 0) },
      { unit: { basicTargetsMissed: 1 } },
    ];
    for (const over of cases) {
      const org = collective366({ role: 'party-organization', ...over });
      expect(classify(org).level, JSON.stringify(over)).toBe('NOT_COMPLETED');
      const scoped = classify(org, off('Q366-COLL-SCOPE'));
      expect(
        scoped.reasons.filter((r) => r.effect === 'trigger'),
        JSON.stringify(over),
      ).toEqual([]);
    }
  });

  it('the member at the previous unit does not count for EXC-COLL; its assumed part off, it does', () => {
    const c = collective366({
      memberDiscipline: [{ form: 'reprimand', decidedOn: '2025-05-10', atPreviousUnit: true }],
    });
    expect(classify(c).level).toBe('EXCELLENT');
    expect(classify(c, off('Q366-EXC-COLL')).level).toBe('GOOD');
  });

  it('UNIT-70 and UNIT-TARGETS are split: any target missed by default, all five by a profile', () => {
    const one = collective366({ unit: { basicTargetsMissed: 1 } });
    expect(hasReason(classify(one), 'Q366-NOT-UNIT-TARGETS', 'trigger')).toBe(true);
    expect(hasReason(classify(one), 'Q366-NOT-UNIT-70', 'trigger')).toBe(false);
    const all = {
      profile: { parameters: { 'Q366-NOT-UNIT-TARGETS': { missed: 'all' as const } } },
    };
    expect(classify(one, all).level).toBe('EXCELLENT');
    expect(classify(collective366({ unit: { basicTargetsMissed: 5 } }), all).level).toBe(
      'NOT_COMPLETED',
    );
  });

  it("a leader's task conditions read the led unit; own tasks give a note, or count under the stricter reading", () => {
    const lead = leader366({ tasks: tasks(10, 10, 9, 0) });
    const c = classify(lead);
    expect(c.level).toBe('EXCELLENT');
    expect(reasonsOf(c, 'Q366-LEAD-UNIT-BASIS', 'note')[0]?.message.en).toContain('own tasks');
    const strict = { profile: { parameters: { 'Q366-LEAD-UNIT-BASIS': { ownTasksToo: true } } } };
    expect(classify(lead, strict).level).toBe('COMPLETED');
    expect(classify(lead, off('Q366-LEAD-UNIT-BASIS')).level).toBe('COMPLETED');
    // Without own tasks a leader is still rated: they are not required under the default reading.
    const { tasks: _own, ...bare } = leader366();
    expect(classify(bare).level).toBe('EXCELLENT');
    expect(assessmentErrorOf(() => classify(bare, strict)).issues[0]?.path).toEqual(['tasks']);
  });

  it('prohibited conduct and example breach trigger for members and outside members, not for leaders', () => {
    for (const flag of ['prohibitedConduct', 'exampleBreach'] as const) {
      expect(classify(outside366({ flags: { [flag]: true } })).level).toBe('NOT_COMPLETED');
      expect(classify(leader366({ flags: { [flag]: true } })).level).toBe('EXCELLENT');
    }
  });

  it('a member missing one task is NOT_COMPLETED with NO-LEVEL naming the failed condition', () => {
    const c = classify(member366({ tasks: tasks(10, 9, 9, 5) }));
    expect(c.level).toBe('NOT_COMPLETED');
    expect(hasReason(c, 'Q366-NO-LEVEL', 'note')).toBe(true);
    expect(reasonsOf(c, 'Q366-COMP', 'cap')[0]?.message.en).toContain('completed 9/10 tasks');
  });
});

describe('qd124-2023 revision 2', () => {
  it('a collective with a member concluded to show degradation is NOT_COMPLETED', () => {
    const c = classify(collective124({ flags: { memberDegradation: true } }));
    expect(hasReason(c, 'Q124-NOT-COLL-MEMBER-DEGRADE', 'trigger')).toBe(true);
  });

  it('example breach is a trigger for individuals', () => {
    expect(classify(member124({ flags: { exampleBreach: true } })).level).toBe('NOT_COMPLETED');
  });

  it('a member with 3 of 10 tasks late is no longer EXCELLENT', () => {
    expect(classify(member124({ tasks: tasks(10, 10, 7, 6) })).level).toBe('GOOD');
  });
});
