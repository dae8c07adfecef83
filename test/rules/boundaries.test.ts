import { describe, expect, it } from 'vitest';
import { classify } from '../../src/index.js';
import {
  collective124,
  collective366,
  hasReason,
  leader366,
  member124,
  member366,
  reasonKeys,
  tasks,
} from '../helpers/builders.js';

describe('qd366-2025: exactly 30% exceeded (E * 10 = T * 3)', () => {
  it.each([
    [10, 3, 'EXCELLENT'],
    [10, 2, 'GOOD'],
    [20, 6, 'EXCELLENT'],
    [20, 5, 'GOOD'],
    [7, 3, 'EXCELLENT'], // 30 ≥ 21
    [7, 2, 'GOOD'], // 20 < 21
  ] as const)('T = %i, E = %i → %s', (total, exceeded, level) => {
    expect(classify(member366({ tasks: tasks(total, total, total, exceeded) })).level).toBe(level);
  });

  it('the same boundary for a leader’s led unit', () => {
    expect(classify(leader366({ unit: { tasks: tasks(20, 20, 20, 6) } })).level).toBe('EXCELLENT');
    expect(classify(leader366({ unit: { tasks: tasks(20, 20, 20, 5) } })).level).toBe('GOOD');
  });
});

describe('qd366-2025: exactly 90 / 70 / 50 points', () => {
  it.each([
    [{ total: 90 }, 'EXCELLENT'],
    [{ general: 30, tasks: 60 }, 'EXCELLENT'],
    [{ total: 89.5 }, 'GOOD'],
    [{ total: 70 }, 'GOOD'],
    [{ general: 20, tasks: 49 }, 'COMPLETED'],
    [{ total: 50 }, 'COMPLETED'],
    [{ general: 0, tasks: 50 }, 'COMPLETED'],
    [{ total: 49.9 }, 'NOT_COMPLETED'],
    [{ total: 0 }, 'NOT_COMPLETED'],
  ] as const)('%o → %s', (points, level) => {
    const c = classify(member366({ points }));
    expect(c.level).toBe(level);
    expect(hasReason(c, 'Q366-NOT-POINTS', 'trigger')).toBe(level === 'NOT_COMPLETED');
  });
});

describe('qd366-2025: exactly 20% late (late * 5 = T holds)', () => {
  it.each([
    [10, 8, 'COMPLETED'],
    [10, 7, 'NOT_COMPLETED'],
    [15, 12, 'COMPLETED'], // late 3 = 20% of 15
    [15, 11, 'NOT_COMPLETED'],
  ] as const)('T = C = %i, O = %i → %s', (total, onTime, level) => {
    const c = classify(member366({ tasks: tasks(total, total, onTime, total) }));
    expect(c.level).toBe(level);
    expect(hasReason(c, 'Q366-COMP', level === 'COMPLETED' ? 'qualify' : 'cap')).toBe(true);
  });

  it('the same boundary for the led unit (COMP-LEAD)', () => {
    expect(classify(leader366({ unit: { tasks: tasks(10, 10, 8, 5) } })).level).toBe('COMPLETED');
    expect(classify(leader366({ unit: { tasks: tasks(10, 10, 7, 5) } })).level).toBe(
      'NOT_COMPLETED',
    );
  });
});

describe('qd366-2025: exactly 50% low-confidence ballots does not trigger', () => {
  it.each([
    [10, 20, false],
    [11, 20, true],
    [10, 21, false],
    [11, 21, true],
    [0, 0, false],
  ] as const)('%i of %i low → trigger %s', (low, total, fires) => {
    const c = classify(leader366({ confidence: { low, total } }));
    expect(hasReason(c, 'Q366-NOT-LEAD-CONFIDENCE', 'trigger')).toBe(fires);
    expect(c.level).toBe(fires ? 'NOT_COMPLETED' : 'EXCELLENT');
  });
});

describe('qd366-2025: more than 50% of supervised units / missed tasks', () => {
  it('2 of 4 supervised units not completed does not trigger, 3 of 5 does', () => {
    const at = (total: number, notCompleted: number) =>
      classify(
        leader366({
          unit: { tasks: tasks(10, 10, 10, 5), supervisedUnits: { total, notCompleted } },
        }),
      );
    expect(at(4, 2).level).toBe('EXCELLENT');
    expect(hasReason(at(5, 3), 'Q366-NOT-LEAD-SUPERVISED', 'trigger')).toBe(true);
  });

  it('missed * 2 = T does not trigger NOT-MEMBER-TASKS, one more missed does', () => {
    expect(
      hasReason(
        classify(member366({ tasks: tasks(10, 5, 5, 0) })),
        'Q366-NOT-MEMBER-TASKS',
        'trigger',
      ),
    ).toBe(false);
    expect(
      hasReason(
        classify(member366({ tasks: tasks(10, 4, 4, 0) })),
        'Q366-NOT-MEMBER-TASKS',
        'trigger',
      ),
    ).toBe(true);
  });
});

describe('qd366-2025: exactly 70% completed (Q366-NOT-UNIT-70)', () => {
  it.each([
    [10, 7, false],
    [10, 6, true],
    [20, 14, false],
    [20, 13, true],
    [3, 3, false],
    [3, 2, true], // 200 < 210
  ] as const)('collective T = %i, C = %i → trigger %s', (total, completed, fires) => {
    const c = classify(collective366({ tasks: tasks(total, completed, completed, 0) }));
    expect(hasReason(c, 'Q366-NOT-UNIT-70', 'trigger')).toBe(fires);
  });

  it('leader: the led unit at 70% does not trigger, below does', () => {
    const at = (completed: number) =>
      classify(leader366({ unit: { tasks: tasks(10, completed, completed, 0) } }));
    expect(hasReason(at(7), 'Q366-NOT-UNIT-70', 'trigger')).toBe(false);
    expect(hasReason(at(6), 'Q366-NOT-UNIT-70', 'trigger')).toBe(true);
  });
});

describe('qd124-2023: exactly 50% of tasks (C * 2 = T holds)', () => {
  it.each([
    [10, 5, 'COMPLETED'],
    [10, 4, 'NOT_COMPLETED'],
    [9, 5, 'COMPLETED'],
    [9, 4, 'NOT_COMPLETED'],
  ] as const)('member T = %i, C = %i → %s', (total, completed, level) => {
    const c = classify(
      member124({
        criteria: { taskResults: 'AVERAGE' },
        tasks: tasks(total, completed, completed, 0),
      }),
    );
    expect(c.level).toBe(level);
  });

  it('collective: C * 2 = T does not trigger NOT-50, one fewer does (with a main target missed)', () => {
    const at = (completed: number, basicTargetsMissed = 1) =>
      classify(
        collective124({
          criteria: { taskResults: 'AVERAGE' },
          tasks: tasks(10, completed, completed, 0),
          unit: { basicTargetsMissed },
        }),
      );
    expect(at(5).level).toBe('COMPLETED');
    expect(hasReason(at(4), 'Q124-NOT-50', 'trigger')).toBe(true);
    // Rev 2: "dưới 50% … và có các chỉ tiêu chủ yếu không đạt" — both, not either.
    expect(hasReason(at(4, 0), 'Q124-NOT-50', 'trigger')).toBe(false);
  });

  it('EXC-IND: exactly 50% exceeded holds, one fewer fails', () => {
    expect(classify(member124({ tasks: tasks(10, 10, 10, 5) })).level).toBe('EXCELLENT');
    expect(classify(member124({ tasks: tasks(10, 10, 10, 4) })).level).toBe('GOOD');
  });
});

describe('qd124-2023: more than 20% of subordinate units disciplined', () => {
  it.each([
    [10, 2, 'COMPLETED', false],
    [10, 3, 'NOT_COMPLETED', true],
    [5, 1, 'COMPLETED', false],
    [4, 1, 'NOT_COMPLETED', true],
  ] as const)('%i units, %i disciplined → %s', (total, disciplined, level, fires) => {
    const c = classify(collective124({ unit: { subordinateUnits: { total, disciplined } } }));
    expect(c.level).toBe(level);
    expect(hasReason(c, 'Q124-NOT-COLL-DISC', 'trigger')).toBe(fires);
  });
});

describe('6 months since admission (the exclusion)', () => {
  it('admitted exactly 6 months before the review date is reviewed; a day later is not', () => {
    const opts = { reviewDate: '2025-12-15' };
    const on = classify(member366({ party: { admittedOn: '2025-06-15' } }), opts);
    expect(on.status).toBe('rated');
    const after = classify(member366({ party: { admittedOn: '2025-06-16' } }), opts);
    expect(after.status).toBe('not-reviewed');
    expect(reasonKeys(after)).toEqual(['Q366-EXCLUDE:exclude']);
  });

  it('the default review date is 31 December of the review year', () => {
    expect(classify(member124({ party: { admittedOn: '2024-06-30' } })).status).toBe('rated');
    expect(classify(member124({ party: { admittedOn: '2024-07-01' } })).status).toBe(
      'not-reviewed',
    );
  });

  it('across a year end', () => {
    const opts = { reviewDate: '2026-03-10' };
    expect(classify(member366({ party: { admittedOn: '2025-09-10' } }), opts).status).toBe('rated');
    expect(classify(member366({ party: { admittedOn: '2025-09-11' } }), opts).status).toBe(
      'not-reviewed',
    );
  });
});

describe('T = 0: the NO_TASKS note, and task shares hold vacuously', () => {
  const none = tasks(0, 0, 0, 0);

  it.each([
    ['qd366 member', member366({ tasks: none })],
    ['qd366 collective', collective366({ tasks: none })],
    ['qd124 member', member124({ tasks: none })],
    ['qd124 collective', collective124({ tasks: none })],
  ])('%s is EXCELLENT with a NO_TASKS note', (_name, a) => {
    const c = classify(a);
    expect(c.level).toBe('EXCELLENT');
    expect(hasReason(c, 'NO_TASKS', 'note')).toBe(true);
    expect(c.reasons.filter((r) => r.effect === 'trigger')).toEqual([]);
  });

  it('no NO_TASKS note when there are tasks', () => {
    expect(hasReason(classify(member366()), 'NO_TASKS', 'note')).toBe(false);
  });
});
