import { describe, expect, it } from 'vitest';
import { AssessmentError, type ClassifyOptions, classify, formatPath } from '../../src/index.js';
import {
  collective366,
  leader124,
  leader366,
  member124,
  member366,
  tasks,
} from '../helpers/builders.js';
import { assessmentErrorOf, issuePaths } from '../helpers/errors.js';

describe('AssessmentError', () => {
  it('is an Error named AssessmentError that lists every issue with its path', () => {
    const e = assessmentErrorOf(() =>
      classify(
        member366({
          tasks: tasks(10, 11, 12, 4),
          discipline: [{ form: 'reprimand', decidedOn: '2025-02-30' }],
        }),
      ),
    );
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(AssessmentError);
    expect(e.name).toBe('AssessmentError');
    expect(e.issues.map((i) => i.path)).toEqual([
      ['tasks', 'completed'],
      ['tasks', 'onTime'],
      ['discipline', 0, 'decidedOn'],
    ]);
    for (const i of e.issues) {
      expect(i.message.vi.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
      expect(i.code.length).toBeGreaterThan(0);
    }
    expect(e.message).toContain('tasks.completed');
    expect(formatPath(['discipline', 0, 'decidedOn'])).toBe('discipline[0].decidedOn');
  });

  it.each([
    ['exceeded > completed', member366({ tasks: tasks(10, 5, 5, 6) }), ['tasks', 'exceeded']],
    [
      'general points above 30',
      member366({ points: { general: 31, tasks: 60 } }),
      ['points', 'general'],
    ],
    ['total points above 100', member366({ points: { total: 100.5 } }), ['points', 'total']],
    ['negative points', member366({ points: { total: -1 } }), ['points', 'total']],
    [
      'both total and parts',
      member366({ points: { total: 90, general: 30, tasks: 60 } }),
      ['points', 'total'],
    ],
    [
      'a count that is not whole',
      member366({ tasks: tasks(10, 9.5, 9, 0) }),
      ['tasks', 'completed'],
    ],
    ['a month 13', member366({ party: { admittedOn: '2020-13-01' } }), ['party', 'admittedOn']],
    ['a collective with an individual role', collective366({ role: 'member' }), ['role']],
    ['an individual with a collective role', member366({ role: 'leadership' }), ['role']],
    ['low > total ballots', leader366({ confidence: { low: 5, total: 4 } }), ['confidence', 'low']],
    [
      'a remedied flag that is not set',
      member366({ remediedFlags: ['degradation'] }),
      ['remediedFlags', 0],
    ],
  ] as const)('%s', (_name, input, path) => {
    expect(issuePaths(() => classify(input))).toContainEqual(path);
  });

  it('an unknown field inside an object is refused', () => {
    const input = { ...member366(), flags: { degredation: true } };
    const paths = issuePaths(() => classify(input));
    expect(paths.some((p) => p[0] === 'flags')).toBe(true);
  });

  it('an unknown top-level field is refused, located at that field', () => {
    // A root-level unknown key must not be reported at the empty path (the root): the issue
    // names the field, as every other issue does.
    const input = { ...member366(), degredation: true };
    const paths = issuePaths(() => classify(input));
    expect(paths).toContainEqual(['degredation']);
  });

  it('a review date that is not a date is refused at options.reviewDate', () => {
    expect(issuePaths(() => classify(member366(), { reviewDate: '2025-02-29' }))).toEqual([
      ['options', 'reviewDate'],
    ]);
  });
});

describe('rule-set requirements', () => {
  it('qd366 without points → ["points"]', () => {
    const { points: _omit, ...rest } = member366();
    expect(issuePaths(() => classify(rest))).toEqual([['points']]);
  });

  it('qd124 without criteria.taskResults → ["criteria", "taskResults"]', () => {
    expect(issuePaths(() => classify(member124({ criteria: { politics: 'GOOD' } })))).toEqual([
      ['criteria', 'taskResults'],
    ]);
    const { criteria: _omit, ...rest } = member124();
    expect(issuePaths(() => classify(rest))).toEqual([['criteria', 'taskResults']]);
  });

  it('a leader without unit.tasks → ["unit", "tasks"], under both rule sets', () => {
    expect(issuePaths(() => classify(leader366({ unit: { basicTargetsMissed: 0 } })))).toEqual([
      ['unit', 'tasks'],
    ]);
    const { unit: _omit, ...rest } = leader124();
    expect(issuePaths(() => classify(rest))).toEqual([['unit', 'tasks']]);
  });

  it('role outside under qd124 → ["role"]', () => {
    expect(issuePaths(() => classify(member124({ role: 'outside' })))).toEqual([['role']]);
    expect(
      issuePaths(() => classify(member366({ role: 'outside' }), { ruleSet: 'qd124-2023' })),
    ).toContainEqual(['role']);
  });

  it('all requirement issues are listed together', () => {
    const { points: _omit, ...rest } = leader366({ unit: {} });
    expect(issuePaths(() => classify(rest))).toEqual([['points'], ['unit', 'tasks']]);
  });

  it('the civil-service regime needs employment, and a rule set of its regime', () => {
    expect(issuePaths(() => classify(member366({ regime: 'civil-service' })))).toEqual([
      ['employment'],
    ]);
    expect(issuePaths(() => classify(member366({ ruleSet: 'nd90-2020' })))).toEqual([['regime']]);
    expect(issuePaths(() => classify(member366(), { ruleSet: 'nd335-2025' }))).toEqual([
      ['regime'],
    ]);
    expect(
      issuePaths(() =>
        classify(
          member366({ regime: 'civil-service', employment: 'cadre', ruleSet: 'qd366-2025' }),
        ),
      ),
    ).toEqual([['regime']]);
  });

  it('a party review year before the first rule set is refused at ["year"]', () => {
    expect(issuePaths(() => classify(member124({ year: 2022 })))).toEqual([['year']]);
  });
});

describe('profile errors', () => {
  it.each([
    [{ rules: { 'Q366-EXC': false } }, ['options', 'profile', 'rules', 'Q366-EXC']],
    [{ rules: { 'X-DECISION': false } }, ['options', 'profile', 'rules', 'X-DECISION']],
    [{ rules: { 'Q999-NOPE': true } }, ['options', 'profile', 'rules', 'Q999-NOPE']],
    [{ headCapSeverity: 'loud' }, ['options', 'profile', 'headCapSeverity']],
    [{ quota: { rounding: 'bankers' } }, ['options', 'profile', 'quota', 'rounding']],
    [{ quota: { rounding: 'ceil' } }, ['options', 'profile', 'quota', 'rounding']],
    [
      { parameters: { 'Q124-COMP': { threshold: 120 } } },
      ['options', 'profile', 'parameters', 'Q124-COMP', 'threshold'],
    ],
  ] as const)('%o → %o', (profile, path) => {
    // Deliberately invalid values: typed as the caller's JS would pass them.
    const options = { profile } as unknown as ClassifyOptions;
    expect(issuePaths(() => classify(member366(), options))).toEqual([path]);
  });

  it('an assumed rule may be switched, and other profile fields are ignored here', () => {
    const profile = { rules: { 'Q124-LEAVE': false, 'X-HEAD-CAP': false }, deadlines: { x: 1 } };
    expect(classify(member366(), { profile }).level).toBe('EXCELLENT');
  });
});

describe('wrong types are told apart from missing fields', () => {
  it('a value of the wrong type is invalid_type, a missing one is required', () => {
    const wrongType = assessmentErrorOf(() => classify({ ...member366(), id: 5 }));
    expect(wrongType.issues.map((i) => [i.path, i.code])).toEqual([[['id'], 'invalid_type']]);
    expect(wrongType.issues[0]?.message.en).toBe('Expected a string.');
    const { id: _omit, ...noId } = member366();
    const missing = assessmentErrorOf(() => classify(noId));
    expect(missing.issues.map((i) => [i.path, i.code])).toEqual([[['id'], 'required']]);
  });
});
