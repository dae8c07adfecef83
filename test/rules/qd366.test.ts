import { describe, expect, it } from 'vitest';
import { classify, type Effect, type Level } from '../../src/index.js';
import {
  collective366,
  hasReason,
  leader366,
  member366,
  outside366,
  PERFECT,
  reasonKeys,
  reasonsOf,
  tasks,
} from '../helpers/builders.js';
import { witnessOf } from '../helpers/witness.js';

const w = witnessOf;

describe('qd366-2025: the base subjects are EXCELLENT', () => {
  it.each([
    ['member', member366()],
    ['outside', outside366()],
    ['leader', leader366()],
    ['leadership collective', collective366()],
    ['party organisation', collective366({ role: 'party-organization' })],
  ])('%s', (_name, a) => {
    const c = classify(a);
    expect(c).toMatchObject({ ruleSet: 'qd366-2025', status: 'rated', level: 'EXCELLENT' });
    expect(c.needsJudgment).toBe(false);
    expect(hasReason(c, 'Q366-EXC', 'qualify')).toBe(true);
  });
});

/** [rule id, expected level (null: not rated), the reason only that row gives, its level]. */
const perRule: ReadonlyArray<readonly [string, Level | null, Effect, Level | undefined]> = [
  ['Q366-EXCLUDE', null, 'exclude', undefined],
  ['Q366-NOT-POINTS', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-COLL-PERSONNEL', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-COLL-MEMBER-DISC', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-UNIT-70', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-LEAD-SUPERVISED', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-LEAD-CONFIDENCE', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-LEAD-CORRUPTION', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-DISC', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-DEGRADE', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-NOT-MEMBER-TASKS', 'NOT_COMPLETED', 'trigger', 'NOT_COMPLETED'],
  ['Q366-DISCRETION', 'EXCELLENT', 'review', undefined],
  ['Q366-EXC', 'GOOD', 'cap', 'GOOD'],
  ['Q366-EXC-COLL', 'GOOD', 'cap', 'GOOD'],
  ['Q366-EXC-LEAD', 'GOOD', 'cap', 'GOOD'],
  ['Q366-GOOD', 'COMPLETED', 'cap', 'COMPLETED'],
  ['Q366-GOOD-LEAD', 'COMPLETED', 'cap', 'COMPLETED'],
  ['Q366-COMP', 'NOT_COMPLETED', 'cap', 'NOT_COMPLETED'],
  ['Q366-COMP-LEAD', 'NOT_COMPLETED', 'cap', 'NOT_COMPLETED'],
  ['Q366-LEAVE', 'EXCELLENT', 'note', undefined],
];

describe('qd366-2025: each rule on its witness', () => {
  it.each(perRule)('%s → %s, with its own %s reason', (id, level, effect, reasonLevel) => {
    const c = classify(w(id));
    expect(c.level).toBe(level);
    expect(c.status).toBe(level === null ? 'not-reviewed' : 'rated');
    const mine = reasonsOf(c, id, effect);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.level).toBe(reasonLevel);
    expect(mine[0]?.citation).toMatch(/366|HD 43/);
    expect(mine[0]?.message.vi).not.toBe('');
    expect(mine[0]?.message.en).not.toBe('');
  });
});

describe('qd366-2025: level conditions', () => {
  it('lists the rows of the decided level as qualify and the failed rows above as cap', () => {
    const c = classify(member366({ points: { total: 80 } }));
    expect(c.level).toBe('GOOD');
    expect(reasonKeys(c)).toEqual(['Q366-GOOD:qualify', 'Q366-EXC:cap']);
    expect(c.reasons.map((r) => r.level)).toEqual(['GOOD', 'GOOD']);
    expect(c.points).toBe(80);
  });

  it('levels are nested: a leader whose unit was late is not EXCELLENT', () => {
    const c = classify(w('Q366-GOOD-LEAD'));
    expect(hasReason(c, 'Q366-EXC-LEAD', 'cap')).toBe(false);
    expect(c.level).toBe('COMPLETED');
  });

  it('NOT_COMPLETED with no trigger lists the failed COMPLETED conditions', () => {
    const c = classify(w('Q366-COMP'));
    expect(c.reasons.filter((r) => r.effect === 'trigger')).toEqual([]);
    expect(reasonKeys(c)).toEqual(['Q366-COMP:cap']);
    expect(c.reasons[0]?.message.en).toContain('late 3/10 > 20%');
  });

  it('EXCELLENT needs every previous shortcoming remedied', () => {
    const some = classify(member366({ previousShortcomings: { total: 3, remedied: 2 } }));
    expect(some.level).toBe('GOOD');
    expect(reasonsOf(some, 'Q366-EXC', 'cap')[0]?.message.en).toContain('remedied 2/3');
    expect(classify(member366({ previousShortcomings: { total: 3, remedied: 3 } })).level).toBe(
      'EXCELLENT',
    );
  });

  it('EXC-COLL also counts a disciplined member that is not duty-related', () => {
    const c = classify(
      collective366({
        memberDiscipline: [{ form: 'warning', decidedOn: '2025-02-02', dutyRelated: false }],
      }),
    );
    expect(c.level).toBe('GOOD');
    expect(hasReason(c, 'Q366-EXC-COLL', 'cap')).toBe(true);
  });
});

describe('qd366-2025: triggers and their exceptions', () => {
  it('a member disciplined for a violation off duty or at the previous unit does not trigger', () => {
    // Off duty: no trigger, but EXC-COLL still counts the member (GOOD). At the previous unit: not
    // counted for the new collective at all (rev 2, HD 43 lưu ý 2), so EXCELLENT.
    for (const [d, level] of [
      [{ dutyRelated: false }, 'GOOD'],
      [{ atPreviousUnit: true }, 'EXCELLENT'],
    ] as const) {
      const c = classify(
        collective366({ memberDiscipline: [{ form: 'reprimand', decidedOn: '2025-05-10', ...d }] }),
      );
      expect(hasReason(c, 'Q366-NOT-COLL-MEMBER-DISC', 'trigger')).toBe(false);
      expect(c.level).toBe(level);
    }
  });

  it('discipline counts by the year of the decision, not of the violation', () => {
    const lastYear = classify(
      member366({ discipline: [{ form: 'warning', decidedOn: '2024-12-31' }] }),
    );
    expect(lastYear.level).toBe('EXCELLENT');
    const old = classify(
      member366({
        discipline: [{ form: 'reprimand', decidedOn: '2025-01-01', violationYear: 2019 }],
      }),
    );
    expect(hasReason(old, 'Q366-NOT-DISC', 'trigger')).toBe(true);
  });

  it('the unit-70 trigger also reads a leader’s led unit, and force majeure makes it review', () => {
    const led = classify(leader366({ unit: { tasks: tasks(10, 6, 6, 0) } }));
    expect(hasReason(led, 'Q366-NOT-UNIT-70', 'trigger')).toBe(true);
    const fm = classify(collective366({ tasks: tasks(10, 6, 6, 0), forceMajeure: true }));
    expect(hasReason(fm, 'Q366-NOT-UNIT-70', 'review')).toBe(true);
    expect(fm.needsJudgment).toBe(true);
    // Not completed all the same: every level needs C = T (the authority weighs the cause).
    expect(fm.level).toBe('NOT_COMPLETED');
    const targets = classify(
      collective366({ unit: { basicTargetsMissed: 2 }, forceMajeure: true }),
    );
    expect(hasReason(targets, 'Q366-NOT-UNIT-TARGETS', 'review')).toBe(true);
    expect(targets).toMatchObject({ level: 'EXCELLENT', needsJudgment: true });
  });

  it('a self-detected and remedied discipline is for the authority to judge', () => {
    const c = classify(
      member366({
        discipline: [{ form: 'reprimand', decidedOn: '2025-04-04', selfDetectedAndRemedied: true }],
      }),
    );
    expect(reasonKeys(c).slice(0, 2)).toEqual(['Q366-NOT-DISC:review', 'Q366-DISCRETION:review']);
    expect(c.needsJudgment).toBe(true);
  });

  it('a trigger with one remedied cause and one live cause still fires', () => {
    const c = classify(
      member366({
        flags: { degradation: true, prohibitedConduct: true },
        remediedFlags: ['degradation'],
      }),
    );
    expect(c.level).toBe('NOT_COMPLETED');
    expect(hasReason(c, 'Q366-NOT-DEGRADE', 'trigger')).toBe(true);
  });

  it('a review reason is only listed when the authority has something to judge', () => {
    // The discretion waived one cause, but the trigger fired on the other: nothing is left to
    // judge, so listing Q366-DISCRETION as `review` while needsJudgment is false contradicts
    // RULES.md ("listed with effect review and sets needsJudgment: true").
    const c = classify(
      member366({
        flags: { degradation: true, prohibitedConduct: true },
        remediedFlags: ['degradation'],
      }),
    );
    expect(c.needsJudgment).toBe(false);
    expect(reasonKeys(c)).toEqual(['Q366-NOT-DEGRADE:trigger']);
  });

  it('the leader-only triggers do not apply to members, nor the member-tasks one to leaders', () => {
    const m = classify(
      member366({ confidence: { low: 20, total: 21 }, flags: { corruptionInManagedArea: true } }),
    );
    expect(m.level).toBe('EXCELLENT');
    const l = classify(leader366({ tasks: tasks(10, 4, 4, 0), unit: { tasks: { ...PERFECT } } }));
    expect(hasReason(l, 'Q366-NOT-MEMBER-TASKS', 'trigger')).toBe(false);
    expect(
      hasReason(
        classify(outside366({ tasks: tasks(10, 4, 4, 0) })),
        'Q366-NOT-MEMBER-TASKS',
        'trigger',
      ),
    ).toBe(true);
  });
});

describe('qd366-2025: exclusion and leave', () => {
  it.each([
    ['exempt from party work', { exemptFromActivity: true }],
    ['suspended', { suspended: true }],
    ['admitted in November', { admittedOn: '2025-11-01' }],
  ])('%s → not-reviewed, nothing else decided', (_name, party) => {
    const c = classify(member366({ party, flags: { degradation: true } }));
    expect(c).toMatchObject({ status: 'not-reviewed', level: null, needsJudgment: false });
    expect(reasonKeys(c)).toEqual(['Q366-EXCLUDE:exclude']);
  });

  it('collectives are never excluded', () => {
    expect(classify(collective366({ party: { suspended: true } })).status).toBe('rated');
  });

  it('maternity leave and long sick leave add a note and no cap', () => {
    for (const service of [{ maternityLeave: true }, { sickLeaveMonths: 3 }]) {
      const c = classify(member366({ service }));
      expect(c.level).toBe('EXCELLENT');
      expect(hasReason(c, 'Q366-LEAVE', 'note')).toBe(true);
    }
    expect(
      hasReason(classify(member366({ service: { sickLeaveMonths: 2.5 } })), 'Q366-LEAVE', 'note'),
    ).toBe(false);
  });
});
