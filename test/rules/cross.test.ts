import { describe, expect, it } from 'vitest';
import {
  AssessmentError,
  checkResults,
  crossRules,
  type ResultRowInput,
  type Violation,
} from '../../src/index.js';
import { issuePaths } from '../helpers/errors.js';

function rows(spec: string, extra: Partial<ResultRowInput> = {}): ResultRowInput[] {
  // 'E' EXCELLENT, 'G' GOOD, 'C' COMPLETED, 'N' NOT_COMPLETED — one member row per letter.
  const level = { E: 'EXCELLENT', G: 'GOOD', C: 'COMPLETED', N: 'NOT_COMPLETED' } as const;
  return [...spec].map((ch, i) => ({
    id: `${extra.group ?? 'r'}-${i}`,
    level: level[ch as keyof typeof level],
    kind: 'individual',
    role: 'member',
    ...extra,
  }));
}

const only = (vs: Violation[], rule: string) => vs.filter((v) => v.rule === rule);

describe('X-QUOTA', () => {
  it('is implemented by checkResults, as are X-HEAD-CAP and X-DECISION', () => {
    const checked = crossRules.filter((r) => r.checked).map((r) => r.id);
    expect(checked).toEqual(['X-QUOTA', 'X-QUOTA-CIVIL', 'X-HEAD-CAP', 'X-DECISION']);
  });

  it('allows floor(20% of GOOD) EXCELLENT per group, and reports one more as an error', () => {
    expect(checkResults(rows('GGGGGE', { group: 'g' }))).toEqual([]);
    const [v, ...rest] = checkResults(rows('GGGGGEE', { group: 'g' }));
    expect(rest).toEqual([]);
    expect(v).toMatchObject({
      rule: 'X-QUOTA',
      severity: 'error',
      group: 'g',
      limit: 1,
      actual: 2,
    });
    expect(v?.subjects).toEqual(['g-5', 'g-6']);
    expect(v?.message.vi).toContain('"g"');
    expect(v?.message.en).toContain('limit of 1');
  });

  it('groups rows without a group by kind and role', () => {
    const members = rows('GGGGGE');
    const leaders = rows('E', { role: 'leader' }).map((r) => ({ ...r, id: 'lead-0' }));
    const vs = checkResults([...members, ...leaders]);
    expect(vs.map((v) => [v.rule, v.group, v.limit, v.actual])).toEqual([
      ['X-QUOTA', 'individual/leader', 0, 1],
    ]);
  });

  it('counts each named group separately', () => {
    const vs = checkResults([...rows('GGGGGE', { group: 'a' }), ...rows('GGGGE', { group: 'b' })]);
    expect(vs.map((v) => v.group)).toEqual(['b']);
  });

  it('an outstanding group under qd366 gets 25%; under qd124 it stays 20%', () => {
    const profile = { quota: { outstandingGroups: ['g'] } };
    const group = rows('GGGGE', { group: 'g' });
    expect(only(checkResults(group, { ruleSet: 'qd366-2025' }), 'X-QUOTA')).toHaveLength(1);
    expect(checkResults(group, { ruleSet: 'qd366-2025', profile })).toEqual([]);
    expect(checkResults(rows('GGGGE', { group: 'g', ruleSet: 'qd366-2025' }), { profile })).toEqual(
      [],
    );
    const v = checkResults(group, { ruleSet: 'qd124-2023', profile });
    expect(v.map((x) => [x.rule, x.limit])).toEqual([['X-QUOTA', 0]]);
  });

  it('compares exactly, nothing rounded (rev 2): 1 EXCELLENT needs 5 GOOD, not 4', () => {
    const group = rows('GGGGE', { group: 'g' }); // 20% of 4 = 0.8: 1 > 0.8
    expect(checkResults(group).map((v) => [v.rule, v.limit, v.actual])).toEqual([
      ['X-QUOTA', 0, 1],
    ]);
    expect(checkResults(rows('GGGGGE', { group: 'g' }))).toEqual([]);
    // The removed `quota.rounding`: floor is the exact reading and accepted; ceil and round are refused.
    expect(checkResults(group, { profile: { quota: { rounding: 'floor' } } })).toHaveLength(1);
    for (const rounding of ['ceil', 'round']) {
      const run = () => checkResults(group, { profile: { quota: { rounding } } });
      expect(run).toThrow(AssessmentError);
      expect(issuePaths(run)).toEqual([['options', 'profile', 'quota', 'rounding']]);
    }
  });

  it('an excess carried by authority overrides is a warning, not an error', () => {
    const override = { by: 'Ban Thường vụ', reason: 'thành tích đột xuất' };
    const group = rows('GGGGGEE', { group: 'g' });
    const overridden = group.map((r, i) => (i === 6 ? { ...r, override } : r));
    expect(checkResults(overridden).map((v) => [v.rule, v.severity])).toEqual([
      ['X-QUOTA', 'warning'],
    ]);
    const three = [...overridden, { ...overridden[6]!, id: 'g-7', override: undefined }];
    expect(checkResults(three).map((v) => v.severity)).toEqual(['error']);
  });

  it('rows of nd90-2020 are counted by X-QUOTA-CIVIL at the Party rate (rev 2)', () => {
    const vs = checkResults(rows('GGGGGEE', { group: 'g', ruleSet: 'nd90-2020' }));
    expect(vs.map((v) => [v.rule, v.limit, v.actual])).toEqual([['X-QUOTA-CIVIL', 1, 2]]);
    expect(checkResults(rows('GGGGGE', { group: 'g', ruleSet: 'nd90-2020' }))).toEqual([]);
  });
});

describe('X-HEAD-CAP', () => {
  const collective: ResultRowInput = {
    id: 'ld',
    level: 'COMPLETED',
    kind: 'collective',
    role: 'leadership',
    unitId: 'U',
  };
  const head: ResultRowInput = {
    id: 'head',
    level: 'GOOD',
    kind: 'individual',
    role: 'leader',
    headOfUnitId: 'U',
  };

  it('a head above the leadership collective of the unit is a warning by default', () => {
    const vs = checkResults([collective, head]);
    expect(vs).toHaveLength(1);
    expect(vs[0]).toMatchObject({
      rule: 'X-HEAD-CAP',
      severity: 'warning',
      subjects: ['head', 'ld'],
    });
  });

  it('finds the collective by collectiveId too', () => {
    const byId = { ...head, headOfUnitId: undefined, collectiveId: 'ld' };
    expect(checkResults([collective, byId]).map((v) => v.subjects)).toEqual([['head', 'ld']]);
  });

  it('a head at or below the collective is fine', () => {
    expect(checkResults([collective, { ...head, level: 'COMPLETED' }])).toEqual([]);
    expect(checkResults([collective, { ...head, level: 'NOT_COMPLETED' }])).toEqual([]);
  });

  it('is an error with headCapSeverity "error", and off with the rule switched off', () => {
    const error = checkResults([collective, head], { profile: { headCapSeverity: 'error' } });
    expect(error.map((v) => [v.rule, v.severity])).toEqual([['X-HEAD-CAP', 'error']]);
    expect(
      checkResults([collective, head], { profile: { rules: { 'X-HEAD-CAP': false } } }),
    ).toEqual([]);
  });

  it('a leadership collective above its unit’s own rating is reported', () => {
    const unit: ResultRowInput = {
      id: 'U',
      level: 'COMPLETED',
      kind: 'collective',
      role: 'party-organization',
    };
    const vs = checkResults([{ ...collective, level: 'GOOD' }, unit]);
    expect(vs.map((v) => [v.rule, v.subjects])).toEqual([['X-HEAD-CAP', ['ld', 'U']]]);
    expect(checkResults([collective, unit])).toEqual([]);
  });
});

describe('X-DECISION', () => {
  const row: ResultRowInput = {
    id: 'x',
    level: 'GOOD',
    computedLevel: 'COMPLETED',
    kind: 'individual',
    role: 'member',
  };

  it('a decided level above the computed one without override is an error', () => {
    const vs = checkResults([row]);
    expect(vs).toHaveLength(1);
    expect(vs[0]).toMatchObject({ rule: 'X-DECISION', severity: 'error', subjects: ['x'] });
  });

  it('with an authority override and reason it is a warning naming them', () => {
    const vs = checkResults([{ ...row, override: { by: 'Tỉnh ủy', reason: 'xem xét lại' } }]);
    expect(vs.map((v) => [v.rule, v.severity])).toEqual([['X-DECISION', 'warning']]);
    expect(vs[0]?.message.vi).toContain('Tỉnh ủy');
  });

  it('a decided level at or below the computed one reports nothing', () => {
    expect(checkResults([{ ...row, level: 'COMPLETED' }])).toEqual([]);
    expect(checkResults([{ ...row, level: 'NOT_COMPLETED' }])).toEqual([]);
    expect(checkResults([{ ...row, computedLevel: undefined }])).toEqual([]);
  });

  it('an override without a reason is invalid', () => {
    expect(
      issuePaths(() => checkResults([{ ...row, override: { by: 'Tỉnh ủy', reason: '  ' } }])),
    ).toEqual([[0, 'override', 'reason']]);
  });
});

describe('invalid rows', () => {
  it('throw AssessmentError located at [index, field]', () => {
    const bad = [
      { id: 'a', level: 'GOOD', kind: 'individual', role: 'member' },
      { id: 'b', level: 'BEST', kind: 'individual', role: 'member' },
      { id: 'c', level: 'GOOD', kind: 'team', role: 'member' },
    ];
    expect(issuePaths(() => checkResults(bad))).toEqual([
      [1, 'level'],
      [2, 'kind'],
    ]);
  });

  it('not an array', () => {
    expect(() => checkResults({ id: 'a' })).toThrow(AssessmentError);
  });
});
