import { describe, expect, it } from 'vitest';
import { AssessmentError, classify, type Effect, type Level } from '../../src/index.js';
import {
  collective124,
  hasReason,
  leader124,
  member124,
  reasonKeys,
  reasonsOf,
  tasks,
} from '../helpers/builders.js';
import { assessmentErrorOf, issuePaths } from '../helpers/errors.js';
import { witnessOf } from '../helpers/witness.js';

const w = witnessOf;

describe('qd124-2023: the base subjects are EXCELLENT', () => {
  it.each([
    ['member', member124()],
    ['leader', leader124()],
    ['leadership collective', collective124()],
    ['party organisation', collective124({ role: 'party-organization' })],
  ])('%s', (_name, a) => {
    const c = classify(a);
    expect(c).toMatchObject({ ruleSet: 'qd124-2023', status: 'rated', level: 'EXCELLENT' });
    expect(c.points).toBeUndefined();
    expect(hasReason(c, 'Q124-EXC', 'qualify')).toBe(true);
  });
});

/** [rule id, expected level (null: not rated), the reason only that row gives, its level]. */
const perRule: ReadonlyArray<readonly [string, Level | null, Effect, Level | undefined]> = [
  ['Q124-EXCLUDE', null, 'exclude', undefined],
  ['Q124-DISC-ONCE', 'EXCELLENT', 'note', undefined],
  ['Q124-NOT-POOR', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q124-NOT-50', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q124-NOT-COLL-DISC', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q124-NOT-COLL-CORRUPTION', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q124-NOT-DISUNITY', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q124-NOT-DISC', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q124-NOT-DEGRADE', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q124-EXC', 'GOOD', 'cap', 'GOOD'],
  ['Q124-EXC-IND', 'GOOD', 'cap', 'GOOD'],
  ['Q124-EXC-COLL', 'GOOD', 'cap', 'GOOD'],
  ['Q124-EXC-LEAD', 'GOOD', 'cap', 'GOOD'],
  ['Q124-GOOD-COLL', 'COMPLETED', 'cap', 'COMPLETED'],
  ['Q124-GOOD-IND', 'COMPLETED', 'cap', 'COMPLETED'],
  ['Q124-COMP', 'NOT_COMPLETED', 'cap', 'NOT_COMPLETED'],
  ['Q124-LEAVE', 'COMPLETED', 'cap', 'COMPLETED'],
];

describe('qd124-2023: each rule on its witness', () => {
  it.each(perRule)('%s → %s, with its own %s reason', (id, level, effect, reasonLevel) => {
    const c = classify(w(id));
    expect(c.level).toBe(level);
    expect(c.status).toBe(level === null ? 'not-reviewed' : 'rated');
    const mine = reasonsOf(c, id, effect);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.level).toBe(reasonLevel);
    expect(mine[0]?.citation).toMatch(/124|HD 21/);
  });
});

describe('qd124-2023: level conditions', () => {
  it('a collective is GOOD on grades alone, with no C = T condition', () => {
    const c = classify(
      collective124({ criteria: { taskResults: 'GOOD' }, tasks: tasks(10, 6, 6, 0) }),
    );
    expect(c.level).toBe('GOOD');
    expect(reasonKeys(c)).toEqual(['Q124-GOOD-COLL:qualify', 'Q124-EXC:cap']);
  });

  it('a disciplined member makes a collective NOT_COMPLETED (rev 2: COMP-COLL); self-remedied is for the authority', () => {
    const d = { form: 'reprimand', decidedOn: '2024-03-03' } as const;
    const live = classify(
      collective124({ criteria: { taskResults: 'GOOD' }, memberDiscipline: [d] }),
    );
    expect(live.level).toBe('NOT_COMPLETED');
    expect(hasReason(live, 'Q124-COMP-COLL', 'cap')).toBe(true);
    const remedied = classify(
      collective124({
        criteria: { taskResults: 'GOOD' },
        memberDiscipline: [{ ...d, selfDetectedAndRemedied: true }],
      }),
    );
    expect(remedied.level).toBe('GOOD');
    expect(remedied.needsJudgment).toBe(true);
    expect(hasReason(remedied, 'Q124-COMP-COLL', 'review')).toBe(true);
  });

  it('COMP-COLL leaves 1–20% disciplined subordinate units to NOT-COLL-DISC; its assumed part switched off does not', () => {
    const some = collective124({
      criteria: { taskResults: 'GOOD' },
      unit: { subordinateUnits: { total: 10, disciplined: 2 } },
    });
    expect(classify(some).level).toBe('COMPLETED');
    const strict = classify(some, { profile: { rules: { 'Q124-COMP-COLL': false } } });
    expect(strict.level).toBe('NOT_COMPLETED');
    expect(hasReason(strict, 'Q124-COMP-COLL', 'cap')).toBe(true);
  });

  it('EXC-IND needs every task on schedule (rev 2): 3 of 10 late is no longer EXCELLENT', () => {
    const late = classify(member124({ tasks: tasks(10, 10, 7, 5) }));
    expect(late.level).toBe('GOOD');
    expect(reasonsOf(late, 'Q124-EXC-IND', 'cap')[0]?.message.en).toContain('on time 7/10');
  });

  it('any criterion below GOOD keeps EXCELLENT away, and the reason names it', () => {
    const c = classify(member124({ criteria: { taskResults: 'EXCELLENT', ethics: 'AVERAGE' } }));
    expect(c.level).toBe('GOOD');
    // The reasons name a criterion by its label, in each language (not by its key).
    expect(reasonsOf(c, 'Q124-EXC', 'cap')[0]?.message.en).toContain('Ethics and lifestyle');
    expect(reasonsOf(c, 'Q124-EXC', 'cap')[0]?.message.vi).toContain('Đạo đức, lối sống');
  });

  it('a criterion key outside the list is a located error naming the known ones; a profile may add one', () => {
    const typo = member124({ criteria: { taskResults: 'GOOD', ethcs: 'GOOD' } });
    const e = assessmentErrorOf(() => classify(typo));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [['criteria', 'ethcs'], 'unknown_criterion'],
    ]);
    expect(e.issues[0]?.message.en).toContain('ethics');
    const own = member124({ criteria: { taskResults: 'EXCELLENT', digital: 'AVERAGE' } });
    const profile = {
      criteria: [{ key: 'digital', label: { vi: 'Chuyển đổi số', en: 'Digital transformation' } }],
    };
    const c = classify(own, { profile });
    expect(c.level).toBe('GOOD');
    expect(reasonsOf(c, 'Q124-EXC', 'cap')[0]?.message.vi).toContain('Chuyển đổi số');
  });
});

describe('qd124-2023: triggers and their exceptions', () => {
  it('force majeure turns NOT-50 into review', () => {
    const c = classify(
      leader124({ unit: { tasks: tasks(10, 4, 4, 0), basicTargetsMissed: 2 }, forceMajeure: true }),
    );
    expect(hasReason(c, 'Q124-NOT-50', 'review')).toBe(true);
    expect(c.needsJudgment).toBe(true);
    expect(c.level).toBe('GOOD');
  });

  it('a self-detected and remedied discipline or corruption case is for the authority to judge', () => {
    const disc = classify(
      member124({
        discipline: [{ form: 'reprimand', decidedOn: '2024-04-04', selfDetectedAndRemedied: true }],
      }),
    );
    expect(reasonKeys(disc)[0]).toBe('Q124-NOT-DISC:review');
    expect(disc).toMatchObject({ level: 'EXCELLENT', needsJudgment: true });
    const corruption = classify(
      collective124({
        flags: { corruptionCaseInSubordinateUnit: true },
        remediedFlags: ['corruptionCaseInSubordinateUnit'],
      }),
    );
    expect(hasReason(corruption, 'Q124-NOT-COLL-CORRUPTION', 'review')).toBe(true);
    expect(corruption.needsJudgment).toBe(true);
  });

  it('qd124 has no general discretion: a remedied degradation still triggers', () => {
    const c = classify(member124({ flags: { degradation: true }, remediedFlags: ['degradation'] }));
    expect(c).toMatchObject({ level: 'NOT_COMPLETED', needsJudgment: false });
    expect(hasReason(c, 'Q124-NOT-DEGRADE', 'trigger')).toBe(true);
  });

  it('DISC-ONCE only discounts a violation counted in an earlier year', () => {
    const d = { form: 'warning', decidedOn: '2024-02-01', violationYear: 2023 } as const;
    for (const countedInYear of [2024, null]) {
      const c = classify(member124({ discipline: [{ ...d, countedInYear }] }));
      expect(hasReason(c, 'Q124-NOT-DISC', 'trigger')).toBe(true);
      expect(hasReason(c, 'Q124-DISC-ONCE', 'note')).toBe(false);
    }
  });
});

describe('qd124-2023: profile switches of assumed rules', () => {
  it('Q124-LEAVE switched off removes the cap', () => {
    const c = classify(w('Q124-LEAVE'), { profile: { rules: { 'Q124-LEAVE': false } } });
    expect(c.level).toBe('EXCELLENT');
    expect(reasonsOf(c, 'Q124-LEAVE')).toEqual([]);
  });

  it('maternity leave is rated on actual results: no cap', () => {
    const c = classify(member124({ service: { maternityLeave: true, sickLeaveMonths: 0 } }));
    expect(c.level).toBe('EXCELLENT');
  });

  it('maternity leave does not cancel a sick-leave cap of 3 months or more in the same year', () => {
    const c = classify(member124({ service: { maternityLeave: true, sickLeaveMonths: 3 } }));
    expect(c.level).toBe('COMPLETED');
    expect(reasonsOf(c, 'Q124-LEAVE').map((r) => r.effect)).toEqual(['cap']);
  });

  it('Q124-DISC-ONCE switched off counts the violation again', () => {
    const c = classify(w('Q124-DISC-ONCE'), { profile: { rules: { 'Q124-DISC-ONCE': false } } });
    expect(c.level).toBe('NOT_COMPLETED');
  });

  it('Q124-EXC-LEAD switched off lets a leader be EXCELLENT without being marked exemplary', () => {
    const c = classify(w('Q124-EXC-LEAD'), { profile: { rules: { 'Q124-EXC-LEAD': false } } });
    expect(c.level).toBe('EXCELLENT');
  });

  it('Q124-COMP is assumed for every subject (rev 2): read through its threshold parameter', () => {
    const off = () => classify(w('Q124-COMP'), { profile: { rules: { 'Q124-COMP': false } } });
    expect(issuePaths(off)).toEqual([['options', 'profile', 'rules', 'Q124-COMP']]);
    const coll = collective124({ criteria: { taskResults: 'AVERAGE' }, tasks: tasks(10, 4, 4, 0) });
    const on = classify(coll);
    expect(on.level).toBe('NOT_COMPLETED');
    expect(hasReason(on, 'Q124-COMP', 'cap')).toBe(true);
    const at40 = { profile: { parameters: { 'Q124-COMP': { threshold: 40 } } } };
    expect(classify(coll, at40).level).toBe('COMPLETED');
    expect(classify(w('Q124-COMP'), at40).level).toBe('COMPLETED');
    const at60 = { profile: { parameters: { 'Q124-COMP': { threshold: 60 } } } };
    expect(classify(coll, at60).level).toBe('NOT_COMPLETED');
  });

  it('a confirmed rule or an unknown id cannot be switched', () => {
    for (const id of ['Q124-NOT-POOR', 'Q124-GONE']) {
      const run = () => classify(member124(), { profile: { rules: { [id]: false } } });
      expect(run).toThrow(AssessmentError);
      expect(issuePaths(run)).toEqual([['options', 'profile', 'rules', id]]);
    }
  });
});

describe('qd124-2023: exclusion', () => {
  it('admitted less than 6 months before the review → not-reviewed', () => {
    const c = classify(w('Q124-EXCLUDE'));
    expect(reasonKeys(c)).toEqual(['Q124-EXCLUDE:exclude']);
    expect(c.level).toBeNull();
  });
});
