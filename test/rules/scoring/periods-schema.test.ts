import { describe, expect, it } from 'vitest';
import { toInputIssues } from '../../../src/schemas/issues.js';
import {
  checkPeriods,
  PeriodSchema,
  PeriodsSchema,
  ProductCatalogueSchema,
  ProductLineSchema,
  periodSpan,
  periodStart,
} from '../../../src/schemas/periods.js';

/** The located issues of a failed parse ([] when it parses). */
function issuesOf(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  v: unknown,
) {
  const parsed = schema.safeParse(v);
  if (parsed.success) return [];
  return toInputIssues(parsed.error as Parameters<typeof toInputIssues>[0]);
}
const at = (issues: ReturnType<typeof issuesOf>) => issues.map((i) => [i.path, i.code]);

const line = { coefficient: 1, assigned: 4, done: 4 };
const quarter = (period: string, extra: object = {}) => ({
  period,
  general: 28,
  products: [line],
  ...extra,
});

describe('ProductLineSchema', () => {
  it('fills the defaults and lets done exceed assigned', () => {
    expect(ProductLineSchema.parse({ coefficient: 1.25, assigned: 2, done: 3 })).toEqual({
      coefficient: 1.25,
      assigned: 2,
      done: 3,
      qualityFailures: 0,
      delays: 0,
      objectiveCauseConfirmed: false,
    });
  });

  it('needs a coefficient or a product id, located at coefficient', () => {
    expect(at(issuesOf(ProductLineSchema, { assigned: 1, done: 1 }))).toEqual([
      [['coefficient'], 'coefficient_required'],
    ]);
    expect(issuesOf(ProductLineSchema, { product: 'x', assigned: 1, done: 1 })).toEqual([]);
  });

  it('refuses a coefficient ≤ 0 or with more than 4 decimals, and stray fields', () => {
    expect(at(issuesOf(ProductLineSchema, { ...line, coefficient: 0.00005 }))).toEqual([
      [['coefficient'], 'coefficient_decimals'],
    ]);
    expect(issuesOf(ProductLineSchema, { ...line, coefficient: 0.0005 })).toEqual([]);
    expect(at(issuesOf(ProductLineSchema, { ...line, coefficient: 0 }))).toEqual([
      [['coefficient'], 'too_small'],
    ]);
    expect(at(issuesOf(ProductLineSchema, { ...line, extra: 1 }))).toEqual([
      [['extra'], 'unrecognized_keys'],
    ]);
    expect(at(issuesOf(ProductLineSchema, { ...line, done: 1.5 }))[0]?.[0]).toEqual(['done']);
  });

  it('has Vietnamese messages with diacritics', () => {
    const [issue] = issuesOf(ProductLineSchema, { assigned: 1, done: 1 });
    expect(issue?.message.vi).toContain('Dòng sản phẩm cần');
    expect(issue?.message.en).toContain('needs a "coefficient"');
  });
});

describe('PeriodSchema', () => {
  it('reads months and quarters, and refuses other writings', () => {
    expect(periodSpan('2026-Q2')).toEqual({ year: 2026, kind: 'quarter', months: [4, 5, 6] });
    expect(periodSpan('2026-11')).toEqual({ year: 2026, kind: 'month', months: [11] });
    expect(periodStart('2026-Q4')).toBe('2026-10-01');
    for (const bad of ['2026-13', '2026-Q5', '2026-1', '26-01', '2026-H1'])
      expect(at(issuesOf(PeriodSchema, quarter(bad)))).toEqual([[['period'], 'invalid_period']]);
  });

  it('needs products and general for a worked period, not for an absent one', () => {
    expect(at(issuesOf(PeriodSchema, { period: '2026-Q1' }))).toEqual([
      [['products'], 'required'],
      [['general'], 'required'],
    ]);
    expect(issuesOf(PeriodSchema, { period: '2026-Q1', absent: 'maternity' })).toEqual([]);
    expect(at(issuesOf(PeriodSchema, { period: '2026-Q1', absent: 'holiday' }))[0]?.[0]).toEqual([
      'absent',
    ]);
  });

  it('takes points only from a previous unit, and then nothing else', () => {
    expect(issuesOf(PeriodSchema, { period: '2026-01', previousUnit: true, points: 85 })).toEqual(
      [],
    );
    expect(at(issuesOf(PeriodSchema, { period: '2026-01', points: 85 }))).toEqual([
      [['points'], 'points_not_previous_unit'],
    ]);
    expect(
      at(issuesOf(PeriodSchema, { ...quarter('2026-Q1'), previousUnit: true, points: 85 })),
    ).toEqual([
      [['products'], 'points_and_products'],
      [['general'], 'points_and_products'],
    ]);
    expect(at(issuesOf(PeriodSchema, { ...quarter('2026-Q1'), general: 31 }))).toEqual([
      [['general'], 'too_big'],
    ]);
  });

  it('checks a leader block: completedOrBetter ≤ total', () => {
    const lead = { managedStaff: { total: 3, completedOrBetter: 4 }, unitAllOnTime: true };
    expect(at(issuesOf(PeriodSchema, quarter('2026-Q1', { lead })))).toEqual([
      [['lead', 'managedStaff', 'completedOrBetter'], 'completedOrBetter_gt_total'],
    ]);
  });
});

describe('PeriodsSchema and checkPeriods', () => {
  it('keeps all own periods of one kind; a previous unit may send the other kind', () => {
    const ok = [
      { period: '2026-01', previousUnit: true, points: 80 },
      quarter('2026-Q2'),
      quarter('2026-Q3'),
    ];
    expect(issuesOf(PeriodsSchema, ok)).toEqual([]);
    expect(at(issuesOf(PeriodsSchema, [quarter('2026-Q1'), quarter('2026-04')]))).toEqual([
      [[1, 'period'], 'period_kind_mixed'],
    ]);
  });

  it('refuses overlapping periods: a quarter overlaps its months, a period itself', () => {
    const clash = [
      quarter('2026-Q1'),
      { period: '2026-02', previousUnit: true, points: 80 },
      quarter('2026-Q1'),
      quarter('2027-Q1'),
    ];
    expect(at(issuesOf(PeriodsSchema, clash))).toEqual([
      [[1, 'period'], 'period_overlap'],
      [[2, 'period'], 'period_overlap'],
    ]);
  });

  it('checkPeriods locates a period outside the review year', () => {
    const periods = PeriodsSchema.parse([quarter('2026-Q4'), quarter('2027-Q1')]);
    const issues = checkPeriods(periods, 2026);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['periods', 1, 'period'], 'period_outside_year'],
    ]);
    expect(issues[0]?.message.vi).toBe('Kỳ 2027-Q1 không thuộc năm đánh giá 2026.');
    expect(checkPeriods(periods.slice(0, 1), 2026)).toEqual([]);
  });
});

describe('ProductCatalogueSchema', () => {
  const entry = (from?: string, to?: string) => ({
    id: 'van-ban',
    name: { vi: 'Văn bản tham mưu', en: 'Advisory document' },
    coefficient: 1.5,
    ...(from ? { effectiveFrom: from } : {}),
    ...(to ? { effectiveTo: to } : {}),
  });

  it('lets an id repeat with ranges that do not overlap', () => {
    expect(
      issuesOf(ProductCatalogueSchema, [entry(undefined, '2026-03-31'), entry('2026-04-01')]),
    ).toEqual([]);
  });

  it('refuses overlapping ranges of one id, located at the later entry', () => {
    expect(
      at(
        issuesOf(ProductCatalogueSchema, [entry('2026-01-01', '2026-06-30'), entry('2026-06-30')]),
      ),
    ).toEqual([[[1, 'id'], 'catalogue_overlap']]);
    expect(at(issuesOf(ProductCatalogueSchema, [entry(), entry('2030-01-01')]))).toEqual([
      [[1, 'id'], 'catalogue_overlap'],
    ]);
  });

  it('refuses a range that ends before it starts, and a date that is not a date', () => {
    expect(at(issuesOf(ProductCatalogueSchema, [entry('2026-05-01', '2026-04-30')]))).toEqual([
      [[0, 'effectiveTo'], 'effective_range'],
    ]);
    expect(at(issuesOf(ProductCatalogueSchema, [entry('2026-02-30')]))).toEqual([
      [[0, 'effectiveFrom'], 'invalid_date'],
    ]);
  });
});
