import { describe, expect, it } from 'vitest';
import { checkResults, type ResultRowInput } from '../../src/index.js';
import { assessmentErrorOf } from '../helpers/errors.js';

// RULES.md §5 revision 2: X-QUOTA without rounding, per agency under nd335, X-QUOTA-CIVIL, invalid
// row sets, X-HEAD-CAP against every body the head heads, N233-HEAD-CAP.

type Row = ResultRowInput;
const person = (id: string, level: Row['level'], extra: Partial<Row> = {}): Row => ({
  id,
  level,
  kind: 'individual',
  role: 'member',
  ...extra,
});
/** One row per letter: E EXCELLENT, G GOOD, C COMPLETED. */
function rows(spec: string, extra: Partial<Row> = {}, prefix = 'r'): Row[] {
  const level = { E: 'EXCELLENT', G: 'GOOD', C: 'COMPLETED' } as const;
  return [...spec].map((ch, i) => person(`${prefix}${i}`, level[ch as 'E'], extra));
}

describe('result rows are checked before they are counted', () => {
  it('a duplicate id under one rule set is invalid; a party row and a civil-service row of one person are not', () => {
    const dup = [
      person('a', 'GOOD', { ruleSet: 'qd366-2025' }),
      person('a', 'GOOD', { ruleSet: 'qd366-2025' }),
    ];
    const e = assessmentErrorOf(() => checkResults(dup));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[[1, 'id'], 'duplicate_id']]);
    const both = [
      person('a', 'GOOD', { ruleSet: 'qd366-2025' }),
      person('a', 'GOOD', { ruleSet: 'nd335-2025', regime: 'civil-service' }),
    ];
    expect(checkResults(both)).toEqual([]);
  });

  it('a group mixing rule sets or regimes is invalid, never compared', () => {
    const mixed = [
      ...rows('GGGGG', { group: 'g', ruleSet: 'qd366-2025' }),
      person('x', 'EXCELLENT', { group: 'g', ruleSet: 'nd335-2025' }),
    ];
    const e = assessmentErrorOf(() => checkResults(mixed));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[[5, 'ruleSet'], 'mixed_group']]);
    const regimes = [
      person('p', 'GOOD', { group: 'g', regime: 'party' }),
      person('c', 'GOOD', { group: 'g', regime: 'civil-service' }),
    ];
    expect(assessmentErrorOf(() => checkResults(regimes)).issues[0]?.path).toEqual([1, 'regime']);
  });

  it('ids and groups compare after NFC normalisation: "sở ngành" in NFC and NFD is one group', () => {
    const nfc = 'sở ngành'.normalize('NFC');
    const nfd = 'sở ngành'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    const vs = checkResults([
      ...rows('GGGG', { group: nfc }),
      person('x', 'EXCELLENT', { group: nfd }),
    ]);
    expect(vs.map((v) => [v.group, v.limit, v.actual])).toEqual([[nfc, 0, 1]]);
    const dup = [person(nfc, 'GOOD'), person(nfd, 'GOOD')];
    expect(assessmentErrorOf(() => checkResults(dup)).issues[0]?.code).toBe('duplicate_id');
  });
});

describe('X-QUOTA under nd335-2025: per agency and per group', () => {
  const civil = { ruleSet: 'nd335-2025', regime: 'civil-service' } as const;

  it('counts an agency across its groups, and each group across agencies', () => {
    // Agency A: group g1 GGGGGE (fine), group g2 GGE (over). Agency A in all: 7 G, 2 E (over).
    const a1 = rows('GGGGGE', { ...civil, unitId: 'A', group: 'g1' }, 'a1-');
    const a2 = rows('GGE', { ...civil, unitId: 'A', group: 'g2' }, 'a2-');
    const vs = checkResults([...a1, ...a2]);
    expect(vs.map((v) => [v.rule, v.group, v.limit, v.actual]).sort()).toEqual([
      ['X-QUOTA', 'A', 1, 2],
      ['X-QUOTA', 'g2', 0, 1],
    ]);
    expect(vs.find((v) => v.group === 'A')?.message.en).toContain('Agency "A"');
  });

  it('the 25% rate for an outstanding organisation is assumed: switched off, 20% applies', () => {
    const group = rows('GGGGE', { ...civil, group: 'g' });
    const outstanding = { quota: { outstandingGroups: ['g'] } };
    expect(checkResults(group, { profile: outstanding })).toEqual([]);
    const off = { ...outstanding, rules: { 'X-QUOTA-CIVIL': false } };
    expect(checkResults(group, { profile: off }).map((v) => v.rule)).toEqual(['X-QUOTA']);
  });
});

describe('X-QUOTA: the rate for qd124 individuals is assumed', () => {
  it('switching off its assumed part leaves qd124 individuals uncounted, collectives still counted', () => {
    const people = rows('GGE', { ruleSet: 'qd124-2023', group: 'p' });
    const units = rows(
      'GGE',
      { ruleSet: 'qd124-2023', group: 'c', kind: 'collective', role: 'leadership' },
      'c',
    );
    const profile = { rules: { 'X-QUOTA': false } };
    expect(
      checkResults([...people, ...units])
        .map((v) => v.group)
        .sort(),
    ).toEqual(['c', 'p']);
    expect(checkResults([...people, ...units], { profile }).map((v) => v.group)).toEqual(['c']);
  });
});

describe('X-HEAD-CAP revision 2', () => {
  const head = person('head', 'GOOD', { role: 'leader', headOfUnitId: 'U' });
  const body = (id: string, level: Row['level'], role: 'leadership' | 'party-organization') =>
    ({ id, level, kind: 'collective', role, unitId: 'U' }) as Row;

  it('compares the head with the leadership collective, the party organisation and the unit itself', () => {
    const vs = checkResults([
      head,
      body('ld', 'GOOD', 'leadership'),
      body('dang-uy', 'COMPLETED', 'party-organization'),
      { id: 'U', level: 'COMPLETED', kind: 'collective', role: 'leadership' },
    ]);
    expect(vs.map((v) => [v.rule, v.subjects]).sort()).toEqual([
      ['X-HEAD-CAP', ['head', 'U']],
      ['X-HEAD-CAP', ['head', 'dang-uy']],
      ['X-HEAD-CAP', ['ld', 'U']],
    ]);
    expect(vs.find((v) => v.subjects[1] === 'dang-uy')?.message.en).toContain(
      'the party organisation',
    );
  });

  it('a head under nd233-2026 is checked by N233-HEAD-CAP, switchable on its own', () => {
    const pe = { ...head, ruleSet: 'nd233-2026', regime: 'civil-service' } as Row;
    const unit = { id: 'U', level: 'COMPLETED', kind: 'collective', role: 'leadership' } as Row;
    expect(checkResults([pe, unit]).map((v) => v.rule)).toEqual(['N233-HEAD-CAP']);
    expect(checkResults([pe, unit], { profile: { rules: { 'N233-HEAD-CAP': false } } })).toEqual(
      [],
    );
    expect(
      checkResults([pe, unit], { profile: { rules: { 'X-HEAD-CAP': false } } }).map((v) => v.rule),
    ).toEqual(['N233-HEAD-CAP']);
  });
});

describe('checkResults options are input too', () => {
  it('an unknown rule set, a non-object profile or null options are located errors', () => {
    const r = rows('GE');
    expect(
      assessmentErrorOf(() => checkResults(r, { ruleSet: 'qd366-2O25' as 'qd366-2025' })).issues[0]
        ?.path,
    ).toEqual(['options', 'ruleSet']);
    expect(
      assessmentErrorOf(() => checkResults(r, { profile: 5 as unknown as Record<string, unknown> }))
        .issues[0]?.path,
    ).toEqual(['options', 'profile']);
    expect(
      assessmentErrorOf(() => checkResults(r, null as unknown as object)).issues[0]?.path,
    ).toEqual(['options']);
  });
});
