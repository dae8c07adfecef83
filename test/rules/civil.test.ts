import { describe, expect, it } from 'vitest';
import { classify, ruleSetFor, ruleSetIdFor } from '../../src/index.js';
import { hasReason, leader90, member90, reasonsOf, tasks } from '../helpers/builders.js';
import { assessmentErrorOf } from '../helpers/errors.js';
import { leader335, member335, quarters } from '../helpers/witness-civil.js';

describe('which rule set applies (RULES.md §7)', () => {
  it.each([
    [2024, 'party', undefined, undefined, 'qd124-2023'],
    [2025, 'party', undefined, undefined, 'qd366-2025'],
    [2025, 'civil-service', 'civil-servant', undefined, 'nd90-2020'],
    [2026, 'civil-service', 'civil-servant', undefined, 'nd335-2025'],
    [2026, 'civil-service', 'public-employee', undefined, 'nd90-2020'],
    [2026, 'civil-service', 'public-employee', { nd233: true }, 'nd233-2026'],
    [2025, 'civil-service', 'public-employee', { nd233: true }, 'nd90-2020'],
    [2027, 'civil-service', 'cadre', { nd233: true }, 'nd90-2020'],
  ] as const)('%i %s %s %o → %s', (year, regime, employment, profile, id) => {
    expect(ruleSetIdFor(year, regime, employment, profile)).toBe(id);
    expect(ruleSetFor(year, regime, employment, profile).id).toBe(id);
  });

  it('the civil service without employment has no rule set', () => {
    expect(ruleSetIdFor(2026, 'civil-service')).toBeUndefined();
    expect(() => ruleSetFor(2026, 'civil-service')).toThrow(RangeError);
  });

  it('a public employee of 2026 stays on nd90-2020 with REGIME_UNCONFIRMED unless the profile enables nd233', () => {
    const pe = member90({ year: 2026, employment: 'public-employee' });
    const kept = classify(pe);
    expect(kept.ruleSet).toBe('nd90-2020');
    expect(hasReason(kept, 'REGIME_UNCONFIRMED', 'note')).toBe(true);
    const moved = classify(
      { ...pe, tasks: undefined, points: { total: 92 } },
      { profile: { nd233: true } },
    );
    expect(moved).toMatchObject({ ruleSet: 'nd233-2026', level: 'EXCELLENT' });
    expect(hasReason(moved, 'REGIME_UNCONFIRMED', 'note')).toBe(false);
  });

  it('a rule set of another employment is refused at ["employment"]', () => {
    const e = assessmentErrorOf(() =>
      classify(member90({ year: 2026, employment: 'cadre', ruleSet: 'nd335-2025' })),
    );
    expect(e.issues.map((i) => i.path)).toContainEqual(['employment']);
  });
});

describe('nd90-2020 (NĐ 90 as amended by NĐ 48)', () => {
  it('rates a civil servant of 2025 and a cadre: EXCELLENT, GOOD, COMPLETED', () => {
    expect(classify(member90()).level).toBe('EXCELLENT');
    expect(classify(member90({ employment: 'cadre', year: 2027 })).level).toBe('EXCELLENT');
    expect(classify(member90({ tasks: tasks(10, 10, 10, 4) })).level).toBe('GOOD');
    expect(classify(member90({ tasks: tasks(10, 10, 8, 5) })).level).toBe('COMPLETED');
  });

  it('COMPLETED is "all done, at most 20% not ensured" (rev 2), low quality included', () => {
    const lowQ = classify(member90({ tasks: { ...tasks(10, 10, 9, 5), lowQuality: 1 } }));
    expect(lowQ.level).toBe('COMPLETED');
    const tooMany = classify(member90({ tasks: { ...tasks(10, 10, 9, 5), lowQuality: 2 } }));
    expect(tooMany).toMatchObject({ level: 'NOT_COMPLETED', needsJudgment: true });
    expect(hasReason(tooMany, 'N90-GAP', 'review')).toBe(true);
    // A missed task is not "not ensured": COMPLETED needs every task done.
    expect(classify(member90({ tasks: tasks(10, 9, 9, 5) })).level).toBe('NOT_COMPLETED');
  });

  it('the gap reads as COMPLETED when the profile says so, still for the authority', () => {
    const gap = member90({ tasks: tasks(10, 10, 7, 5) });
    const c = classify(gap, { profile: { parameters: { 'N90-GAP': { level: 'COMPLETED' } } } });
    expect(c).toMatchObject({ level: 'COMPLETED', needsJudgment: true });
  });

  it('more than 50% not ensured or missed is NOT_COMPLETED by trigger', () => {
    const c = classify(member90({ tasks: { ...tasks(10, 8, 5, 0), lowQuality: 1 } })); // 3 + 1 + 2 = 6
    expect(hasReason(c, 'N90-NOT-50', 'trigger')).toBe(true);
  });

  it('a manager is read on the led unit and the managed units too', () => {
    expect(classify(leader90()).level).toBe('EXCELLENT');
    const units = (goodOrBetter: number, completedOrBetter = 5) =>
      classify(
        leader90({
          unit: {
            tasks: tasks(10, 10, 10, 5),
            managedUnits: { total: 5, completedOrBetter, goodOrBetter },
          },
        }),
      );
    expect(units(3).level).toBe('COMPLETED'); // 60% good < 70%
    expect(units(3, 4).level).toBe('COMPLETED'); // 80% completed ≥ 70%
    const lateUnit = classify(
      leader90({
        unit: {
          tasks: tasks(10, 10, 7, 5),
          managedUnits: { total: 5, completedOrBetter: 5, goodOrBetter: 4 },
        },
      }),
    );
    expect(lateUnit.level).toBe('COMPLETED'); // 70% on time < 80%
    const weakUnit = classify(leader90({ unit: { tasks: tasks(10, 6, 6, 0) } }));
    expect(weakUnit).toMatchObject({ level: 'NOT_COMPLETED', needsJudgment: true }); // 60%: the gap
    const failing = classify(leader90({ unit: { tasks: tasks(10, 4, 4, 0) } }));
    expect(hasReason(failing, 'N90-NOT-50', 'trigger')).toBe(true);
    expect(
      hasReason(
        classify(leader90({ flags: { generalCriteriaMet: true, corruptionInManagedArea: true } })),
        'N90-NOT-50',
        'trigger',
      ),
    ).toBe(true);
  });

  it('discipline in the year for a violation in duties is NOT_COMPLETED; counted before or off duty, not', () => {
    const d = { form: 'reprimand', decidedOn: '2025-04-01' } as const;
    expect(classify(member90({ discipline: [d] })).level).toBe('NOT_COMPLETED');
    expect(classify(member90({ discipline: [{ ...d, countedInYear: 2024 }] })).level).toBe(
      'EXCELLENT',
    );
    expect(classify(member90({ discipline: [{ ...d, dutyRelated: false }] })).level).toBe(
      'EXCELLENT',
    );
  });

  it('under 6 months worked is not rated (maternity excepted); 3 to under 6 months off caps at COMPLETED', () => {
    expect(classify(member90({ service: { monthsWorked: 4 } })).status).toBe('not-rated');
    expect(classify(member90({ service: { monthsWorked: 4, maternityLeave: true } })).level).toBe(
      'EXCELLENT',
    );
    expect(classify(member90({ service: { monthsWorked: 12, sickLeaveMonths: 4 } })).level).toBe(
      'COMPLETED',
    );
    expect(classify(member90({ service: { monthsWorked: 12, sickLeaveMonths: 2 } })).level).toBe(
      'EXCELLENT',
    );
  });

  it('lowQuality may not exceed completed', () => {
    const e = assessmentErrorOf(() =>
      classify(member90({ tasks: { ...tasks(10, 5, 5, 0), lowQuality: 6 } })),
    );
    expect(e.issues.map((i) => i.path)).toEqual([['tasks', 'lowQuality']]);
  });
});

describe('nd335-2025 (NĐ 335, civil servants from 2026)', () => {
  it('scores periods and shows the arithmetic, each step under its own rule', () => {
    const c = classify(
      member335({
        periods: quarters([{ coefficient: 1.5, assigned: 10, done: 10, qualityFailures: 8 }]),
      }),
    );
    expect(c).toMatchObject({ ruleSet: 'nd335-2025', level: 'EXCELLENT', points: 92.33 });
    expect(reasonsOf(c, 'N335-QUAL', 'note')[0]?.message.en).toContain(
      'b (quality) = 100·(15 − 1.5·2)/15 = 80',
    );
    expect(reasonsOf(c, 'N335-ANNUAL', 'note')[0]?.message.en).toContain('92.33');
    expect(hasReason(c, 'N335-BANDS', 'qualify')).toBe(true);
  });

  it('accepts points instead of periods, never both, and one of the two', () => {
    expect(
      classify(member335({ periods: undefined, points: { general: 25, tasks: 50 } })).level,
    ).toBe('GOOD');
    expect(
      assessmentErrorOf(() => classify(member335({ points: { total: 90 } }))).issues[0]?.path,
    ).toEqual(['periods']);
    expect(
      assessmentErrorOf(() => classify(member335({ periods: undefined }))).issues[0]?.path,
    ).toEqual(['points']);
  });

  it('compares exactly: 90 on paper is EXCELLENT (N335-EXACT)', () => {
    const c = classify(
      member335({
        periods: [
          {
            period: '2026-01',
            general: 20,
            products: [{ coefficient: 1.1, assigned: 3, done: 3 }],
          },
        ],
      }),
    );
    expect(c).toMatchObject({ points: 90, level: 'EXCELLENT' });
  });

  it('leaders add d, đ, e; a leader without lead is refused', () => {
    expect(classify(leader335()).points).toBe(97);
    const e = assessmentErrorOf(() =>
      classify(leader335({ periods: quarters([{ coefficient: 1, assigned: 1, done: 1 }]) })),
    );
    expect(e.issues[0]?.path).toEqual(['periods', 0, 'lead']);
  });

  it('takes coefficients from the profile catalogue, effective-dated, and refuses a different inline one', () => {
    const profile = {
      productCatalogue: [
        {
          id: 'van-ban',
          name: { vi: 'Văn bản tham mưu', en: 'Advisory paper' },
          coefficient: 2,
          effectiveTo: '2026-06-30',
        },
        {
          id: 'van-ban',
          name: { vi: 'Văn bản tham mưu', en: 'Advisory paper' },
          coefficient: 3,
          effectiveFrom: '2026-07-01',
        },
      ],
    };
    const periods = [
      {
        period: '2026-Q2',
        general: 27,
        products: [
          { product: 'van-ban', assigned: 4, done: 4 },
          { coefficient: 1, assigned: 4, done: 0 },
        ],
      },
      {
        period: '2026-Q3',
        general: 27,
        products: [
          { product: 'van-ban', assigned: 4, done: 4 },
          { coefficient: 1, assigned: 4, done: 0 },
        ],
      },
    ];
    const c = classify(member335({ periods }), { profile });
    // Q2 (k = 2): a = b = c = 100·8/12 → 27 + 46.66… = 73.66…; Q3 (k = 3): 100·12/16 = 75 →
    // 27 + 52.5 = 79.5; the mean 76.583… is shown rounded down: 76.58.
    expect(c.points).toBe(76.58);
    const clash = [
      { ...periods[0]!, products: [{ product: 'van-ban', coefficient: 5, assigned: 1, done: 1 }] },
    ];
    expect(
      assessmentErrorOf(() => classify(member335({ periods: clash }), { profile })).issues[0]?.path,
    ).toEqual(['periods', 0, 'products', 0, 'coefficient']);
  });

  it('a period outside the review year, or two overlapping, are located errors', () => {
    const e = assessmentErrorOf(() =>
      classify(member335({ periods: [{ period: '2025-Q4', general: 20, products: [] }] })),
    );
    expect(e.issues.map((i) => i.path)).toEqual([['periods', 0, 'period']]);
    const o = assessmentErrorOf(() =>
      classify(
        member335({
          periods: [...quarters([]), { period: '2026-05', previousUnit: true, points: 80 }],
        }),
      ),
    );
    expect(o.issues.map((i) => i.code)).toContain('period_overlap');
  });

  it('triggers: degradation, prohibited conduct, example breach; duty-related discipline; a leader’s corruption', () => {
    for (const flags of [
      { degradation: true },
      { prohibitedConduct: true },
      { exampleBreach: true },
    ])
      expect(classify(member335({ flags })).level).toBe('NOT_COMPLETED');
    const d = { form: 'reprimand', decidedOn: '2026-03-03' } as const;
    expect(classify(member335({ discipline: [d] })).level).toBe('NOT_COMPLETED');
    expect(classify(member335({ discipline: [{ ...d, dutyRelated: false }] })).level).toBe(
      'EXCELLENT',
    );
    const c = classify(leader335({ flags: { corruptionInManagedArea: true } }));
    expect(hasReason(c, 'N335-NOT-LEAD-CORRUPTION', 'trigger')).toBe(true);
    expect(hasReason(c, 'N335-USE', 'note')).toBe(true);
  });

  it('under 6 months is rated unless a profile turns N335-UNDER6 on', () => {
    const short = member335({
      periods: quarters([{ coefficient: 1, assigned: 1, done: 1 }]).slice(0, 1),
    });
    expect(classify(short).status).toBe('rated');
    expect(classify(short, { profile: { rules: { 'N335-UNDER6': true } } }).status).toBe(
      'not-rated',
    );
  });

  it('weights of a … e and the annual mean are parameters, not switches', () => {
    const c = member335({
      periods: quarters([{ coefficient: 1.5, assigned: 10, done: 10, qualityFailures: 8 }]),
    });
    const weights = { a: 1, b: 2, c: 1, d: 1, dd: 1, e: 1 };
    // 70 × (100 + 2·80 + 100)/4 / 100 = 63, + 27 = 90 (equal weights: 92.33).
    expect(classify(c, { profile: { parameters: { 'N335-TASK70': { weights } } } }).points).toBe(
      90,
    );
    expect(
      assessmentErrorOf(() => classify(c, { profile: { rules: { 'N335-TASK70': false } } }))
        .issues[0]?.code,
    ).toBe('parameter_rule');
  });
});

describe('switches of the civil-service rows', () => {
  it('a gap read as COMPLETED lists the failed conditions as review, not as a cap below the result', () => {
    const gap = member90({ tasks: { ...tasks(10, 10, 9, 5), lowQuality: 2 } });
    const c = classify(gap, { profile: { parameters: { 'N90-GAP': { level: 'COMPLETED' } } } });
    expect(c.level).toBe('COMPLETED');
    expect(c.reasons.filter((r) => r.effect === 'cap')).toEqual([]);
    expect(hasReason(c, 'N90-COMP', 'review')).toBe(true);
  });

  it('points under nd90 and tasks under nd335 are said to be unused', () => {
    expect(hasReason(classify(member90({ points: { total: 95 } })), 'FIELD_NOT_USED', 'note')).toBe(
      true,
    );
    expect(
      hasReason(classify(member335({ tasks: tasks(1, 1, 1, 1) })), 'FIELD_NOT_USED', 'note'),
    ).toBe(true);
  });

  it('N335-LEAD and N335-GEN are changed through a parameter or the data, not on/off', () => {
    for (const [id, code] of [
      ['N335-LEAD', 'parameter_rule'],
      ['N335-GEN', 'data_rule'],
      ['N335-ANNUAL', 'parameter_rule'],
    ] as const) {
      const e = assessmentErrorOf(() =>
        classify(leader335(), { profile: { rules: { [id]: false } } }),
      );
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([
        [['options', 'profile', 'rules', id], code],
      ]);
    }
    // e left out through its weight: d = đ = 50 and e = 100 → 70 × (300 + 100)/5 / 100 = 56 + 27
    const weak = leader335({
      periods: quarters([{ coefficient: 1, assigned: 1, done: 1 }], {
        lead: { managedStaff: { total: 2, completedOrBetter: 1 }, unitAllOnTime: false },
      }),
    });
    expect(classify(weak).points).toBe(85.33);
    const noE = { a: 1, b: 1, c: 1, d: 1, dd: 1, e: 0 };
    expect(
      classify(weak, { profile: { parameters: { 'N335-TASK70': { weights: noE } } } }).points,
    ).toBe(83);
  });

  it("N335-INPUT's assumed part off: a previous unit's period must list its products", () => {
    const moved = member335({
      periods: [
        { period: '2026-Q1', previousUnit: true, points: 80 },
        ...quarters([{ coefficient: 1, assigned: 1, done: 1 }]).slice(1),
      ],
    });
    expect(classify(moved).points).toBe(92.75);
    const e = assessmentErrorOf(() =>
      classify(moved, { profile: { rules: { 'N335-INPUT': false } } }),
    );
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [['periods', 0, 'points'], 'previous_unit_points_off'],
    ]);
  });

  it('nd233-2026 rows are assumed as a whole: N233-LEAD switches on and off', () => {
    const pe = {
      ...leader335({
        periods: quarters([{ coefficient: 1, assigned: 1, done: 1 }], {
          lead: { managedStaff: { total: 2, completedOrBetter: 1 }, unitAllOnTime: false },
        }),
      }),
      employment: 'public-employee' as const,
    };
    const on = classify(pe, { profile: { nd233: true } });
    expect(on).toMatchObject({ ruleSet: 'nd233-2026', points: 85.33 });
    const off = classify(pe, { profile: { nd233: true, rules: { 'N233-LEAD': false } } });
    expect(off.points).toBe(97);
  });
});

describe('points shown rounded, compared exactly (N335-EXACT)', () => {
  it('89.996… is shown as 90 in `points` but is GOOD, and the band says 89.99 < 90', () => {
    // c = 100·(1500 − 0.25)/1500 = 99.983…; tasks = 70 × 299.983…/300 = 69.996…; 20 + that.
    const near = member335({
      periods: [
        {
          period: '2026-01',
          general: 20,
          products: [{ coefficient: 1, assigned: 1500, done: 1500, delays: 1 }],
        },
      ],
    });
    const c = classify(near);
    expect(c).toMatchObject({ points: 90, level: 'GOOD' });
    expect(reasonsOf(c, 'N335-BANDS', 'cap')[0]?.message.en).toContain('89.99 points < 90');
  });
});
