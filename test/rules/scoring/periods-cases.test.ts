import { describe, expect, it } from 'vitest';
import { catalogueLookup } from '../../../src/rules/scoring/coefficients.js';
import { ProductCatalogueSchema } from '../../../src/schemas/periods.js';
import { located, q, refused, scored } from './helpers.js';

const full = (n: number) => [{ coefficient: 1, assigned: n, done: n }];

/*
 * A transfer (N335-INPUT, N335-ANNUAL): the previous unit scored months and sent the points,
 * the new unit scores quarters.
 *   2026-01, 02, 03 (previous unit): 80, 86, 92.
 *   Q2 general 30, 4 of 4 → tasks 70 → 100.
 *   Q3 general 24, k 1, assigned 4, done 3 → a = b = c = 75, tasks = 52.5 → 76.5.
 *   Q4 general 25, 4 of 4, 1 quality failure → b = 100·3.75/4 = 93.75; mean = 1175/12;
 *     tasks = 70·(1175/12)/100 = 1645/24; score = 25 + 1645/24 = 2245/24 (93.541…).
 * Weighted by months: (80 + 86 + 92 + 3·100 + 3·76.5 + 3·2245/24)/12 = (787.5 + 2245/8)/12
 *   = (8545/8)/12 = 8545/96 = 89.0104…
 * Plain: (80 + 86 + 92 + 100 + 76.5 + 2245/24)/6 = (10428/24 + 2245/24)/6 = 12673/144 = 88.0069…
 */
describe('a transfer: previous-unit months and own quarters', () => {
  const periods = [
    { period: '2026-01', previousUnit: true, points: 80 },
    { period: '2026-02', previousUnit: true, points: 86 },
    { period: '2026-03', previousUnit: true, points: 92 },
    { period: '2026-Q2', general: 30, products: full(4) },
    { period: '2026-Q3', general: 24, products: [{ coefficient: 1, assigned: 4, done: 3 }] },
    {
      period: '2026-Q4',
      general: 25,
      products: [{ coefficient: 1, assigned: 4, done: 4, qualityFailures: 1 }],
    },
  ];

  it('weights each period by the months it covers (default)', () => {
    const r = scored(periods);
    expect(r.perPeriod.map((p) => p.months)).toEqual([1, 1, 1, 3, 3, 3]);
    expect(r.perPeriod[0]).toMatchObject({ source: 'points', previousUnit: true, score: q(80) });
    expect(r.perPeriod[5]?.score).toEqual(q(2245, 24));
    expect(r.points).toEqual(q(8545, 96));
    expect(r.display).toBe(89.01);
    expect(r.months).toBe(12);
    expect(r.lines.general[0]?.en).toBe(
      '2026-01 (previous unit): score = 80, given by the previous unit',
    );
    expect(r.lines.general[0]?.vi).toBe('2026-01 (đơn vị cũ): điểm = 80, do đơn vị cũ chấm');
    expect(r.lines.annual.en).toBe(
      'Year (mean weighted by months) = (1·80 + 1·86 + 1·92 + 3·100 + 3·76.5 + 3·93.54)/12 ≈ 89.01',
    );
    expect(r.lines.qty).toHaveLength(3);
  });

  it('or takes the plain mean of the period scores', () => {
    const r = scored(periods, { mean: 'plain' });
    expect(r.points).toEqual(q(12673, 144));
    expect(r.display).toBe(88.01);
    expect(r.lines.annual.vi).toBe(
      'Cả năm (trung bình cộng) = (80 + 86 + 92 + 100 + 76.5 + 93.54)/6 ≈ 88.01',
    );
  });

  it('a leader needs no lead block in a period the previous unit scored', () => {
    const lead = { managedStaff: { total: 2, completedOrBetter: 2 }, unitAllOnTime: true };
    const r = scored([periods[0]!, { period: '2026-Q2', general: 30, products: full(4), lead }], {
      leader: true,
    });
    expect(r.points).toEqual(q(80 + 3 * 100, 4));
  });
});

/*
 * Absences (N335-LEAVE): Q1 general 20, all done → 90; Q2 sickness leave (but with data:
 * general 10, nothing done of 1 → a = b = c = 0, score 10); Q3 maternity; Q4 general 30, 1 of 2
 * → a = b = c = 50, tasks 35, score 65.
 * Skipped (default): (90 + 65)/2 = 77.5 over 6 months. Not skipped (Q3 dropped, it has no data):
 * (90 + 10 + 65)/3 = 55 over 9 months.
 */
describe('absent periods', () => {
  const periods = [
    { period: '2026-Q1', general: 20, products: full(3) },
    {
      period: '2026-Q2',
      absent: 'sickness' as const,
      general: 10,
      products: [{ coefficient: 1, assigned: 1, done: 0 }],
    },
    { period: '2026-Q3', absent: 'maternity' as const },
    { period: '2026-Q4', general: 30, products: [{ coefficient: 1, assigned: 2, done: 1 }] },
  ];

  it('scores only the periods worked, and says which were left out', () => {
    const r = scored(periods);
    expect(r.points).toEqual(q(155, 2));
    expect(r.months).toBe(6);
    expect(r.skipped).toEqual([
      { index: 1, period: '2026-Q2', absent: 'sickness' },
      { index: 2, period: '2026-Q3', absent: 'maternity' },
    ]);
    expect(r.perPeriod.map((p) => p.index)).toEqual([0, 3]);
    expect(r.lines.annual.vi).toBe(
      'Cả năm (trung bình theo số tháng) = (3·90 + 3·65)/6 = 77.5; không tính: 2026-Q2 (nghỉ ốm), 2026-Q3 (nghỉ thai sản)',
    );
  });

  it('skipping is switchable; an absent period then needs its data', () => {
    const withoutQ3 = periods.filter((p) => p.period !== '2026-Q3');
    const r = scored(withoutQ3, { skipAbsent: false });
    expect(r.points).toEqual(q(55));
    expect(r.months).toBe(9);
    expect(located(refused(periods, { skipAbsent: false }))).toEqual([
      [['periods', 2, 'products'], 'required'],
      [['periods', 2, 'general'], 'required'],
    ]);
  });

  it('nothing worked is a located issue, not a score', () => {
    const issues = refused([periods[2]!]);
    expect(located(issues)).toEqual([[['periods'], 'no_worked_periods']]);
    expect(issues[0]?.message.vi).toBe('Không có kỳ làm việc nào để tính điểm.');
  });
});

/*
 * Catalogue lookup (N335-INPUT): "van-ban" has k = 1.5 until 2026-03-31 and k = 2 from
 * 2026-04-01; "ho-so" (k 0.5) is in force from 2026-07-01.
 * Q1: van-ban 2 of 2 (k 1.5) + an inline line k 1, 0 of 1: Σk·assigned = 3 + 1 = 4, Σk·done = 3,
 *   a = 75. Q2: the same lines, now k 2: Σk·assigned = 5, Σk·done = 4, a = 80.
 */
describe('coefficients from the catalogue, by effective dates', () => {
  const catalogue = ProductCatalogueSchema.parse([
    {
      id: 'van-ban',
      name: { vi: 'Văn bản tham mưu', en: 'Advisory document' },
      coefficient: 1.5,
      effectiveTo: '2026-03-31',
    },
    {
      id: 'van-ban',
      name: { vi: 'Văn bản tham mưu', en: 'Advisory document' },
      coefficient: 2,
      effectiveFrom: '2026-04-01',
    },
    {
      id: 'ho-so',
      name: { vi: 'Hồ sơ', en: 'Case file' },
      coefficient: 0.5,
      effectiveFrom: '2026-07-01',
    },
  ]);
  const lookup = catalogueLookup(catalogue);
  const lines = [
    { product: 'van-ban', assigned: 2, done: 2 },
    { coefficient: 1, assigned: 1, done: 0 },
  ];

  it('takes the entry in force on the first day of the period', () => {
    const r = scored(
      [
        { period: '2026-Q1', general: 30, products: lines },
        { period: '2026-Q2', general: 30, products: lines },
      ],
      { lookup },
    );
    expect(r.perPeriod[0]?.sums).toMatchObject({ assigned: q(4), done: q(3) });
    expect(r.perPeriod[0]?.a).toEqual(q(75));
    expect(r.perPeriod[1]?.sums).toMatchObject({ assigned: q(5), done: q(4) });
    expect(r.perPeriod[1]?.a).toEqual(q(80));
  });

  it('accepts an inline coefficient equal to the catalogue one', () => {
    const r = scored(
      [
        {
          period: '2026-Q3',
          general: 30,
          products: [{ product: 'ho-so', coefficient: 0.5, assigned: 2, done: 1 }],
        },
      ],
      { lookup },
    );
    expect(r.perPeriod[0]?.sums?.assigned).toEqual(q(1));
  });

  it('locates an unknown id, an entry not in force and a different inline coefficient', () => {
    const issues = refused(
      [
        { period: '2026-Q1', general: 30, products: [{ product: 'ho-so', assigned: 1, done: 1 }] },
        {
          period: '2026-Q2',
          general: 30,
          products: [
            { product: 'khong-co', assigned: 1, done: 1 },
            { product: 'van-ban', coefficient: 1.5, assigned: 1, done: 1 },
          ],
        },
      ],
      { lookup },
    );
    expect(located(issues)).toEqual([
      [['periods', 0, 'products', 0, 'product'], 'product_not_in_force'],
      [['periods', 1, 'products', 0, 'product'], 'unknown_product'],
      [['periods', 1, 'products', 1, 'coefficient'], 'coefficient_mismatch'],
    ]);
    expect(issues[0]?.message.vi).toBe(
      'Sản phẩm "ho-so" không có hệ số hiệu lực vào ngày 2026-01-01.',
    );
    expect(issues[2]?.message.en).toBe(
      'Coefficient 1.5 differs from 2 for "van-ban" in the catalogue (on 2026-04-01).',
    );
  });

  it('without a catalogue, a product id needs an inline coefficient', () => {
    const issues = refused([
      { period: '2026-Q1', general: 30, products: [{ product: 'van-ban', assigned: 1, done: 1 }] },
    ]);
    expect(located(issues)).toEqual([
      [['periods', 0, 'products', 0, 'product'], 'unknown_product'],
    ]);
    const inline = [{ product: 'van-ban', coefficient: 3, assigned: 1, done: 1 }];
    expect(
      scored([{ period: '2026-Q1', general: 30, products: inline }]).perPeriod[0]?.sums?.assigned,
    ).toEqual(q(3));
  });
});

describe('located errors about leaders and options', () => {
  const lead = { managedStaff: { total: 1, completedOrBetter: 1 }, unitAllOnTime: true };

  it("a leader's worked period needs lead; a non-leader's period must not have it", () => {
    const periods = [
      { period: '2026-Q1', general: 30, products: full(1) },
      { period: '2026-Q2', general: 30, products: full(1), lead },
    ];
    expect(located(refused(periods, { leader: true }))).toEqual([
      [['periods', 0, 'lead'], 'lead_required'],
    ]);
    const issues = refused(periods);
    expect(located(issues)).toEqual([[['periods', 1, 'lead'], 'lead_not_leader']]);
    expect(issues[0]?.message.vi).toBe('Chỉ người lãnh đạo, quản lý mới ghi "lead".');
  });

  it('refuses a negative weight and a mean with nothing left in it', () => {
    const periods = [{ period: '2026-Q1', general: 30, products: full(1) }];
    expect(located(refused(periods, { weights: { b: -1 } }))).toEqual([
      [['options', 'weights', 'b'], 'invalid_weight'],
    ]);
    expect(located(refused(periods, { parts: { qty: false, qual: false, prog: false } }))).toEqual([
      [['options', 'parts'], 'no_task_parts'],
    ]);
    // A leader keeps d, đ, e when a, b, c are off: 70·100/100 = 70.
    const r = scored([{ ...periods[0]!, lead }], {
      leader: true,
      parts: { qty: false, qual: false, prog: false },
    });
    expect(r.perPeriod[0]?.tasks).toEqual(q(70));
  });

  it('nothing assigned makes the shares vacuously 100, and says so', () => {
    const r = scored([{ period: '2026-Q1', general: 10, products: [] }]);
    expect(r.perPeriod[0]).toMatchObject({ a: q(100), b: q(100), c: q(100), score: q(80) });
    expect(r.lines.qty[0]?.en).toBe(
      '2026-Q1: a (quantity) = 100 (Σk·assigned = 0: nothing was assigned)',
    );
  });
});

describe('a lead block on a skipped period', () => {
  it('is still refused for a non-leader', () => {
    const lead = { managedStaff: { total: 1, completedOrBetter: 1 }, unitAllOnTime: true };
    const issues = refused([
      { period: '2026-Q1', general: 30, products: full(1) },
      { period: '2026-Q2', absent: 'leave', lead },
    ]);
    expect(located(issues)).toEqual([[['periods', 1, 'lead'], 'lead_not_leader']]);
  });
});
