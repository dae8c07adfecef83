import { describe, expect, it } from 'vitest';
import { q, scored } from './helpers.js';

/*
 * A non-leader scored by quarters (N335-QTY, QUAL, PROG, TASK70, GEN, ANNUAL), by hand:
 *
 * Q1 general 27; one line k = 1.5, assigned 12, done 12, 1 failed quality assessment.
 *   Σk·assigned = 18, Σk·done = 18, quality kept 1.5·(12 − 0.25) = 17.625, progress kept 18.
 *   a = 100, b = 100·17.625/18 = 1175/12 (97.916…), c = 100.
 *   tasks = 70·(100 + 1175/12 + 100)/3/100 = 5005/72 (69.513…); score = 27 + 5005/72 = 6949/72.
 * Q2 general 25; k = 1, assigned 10, done 12, 2 delays: 120 and 115 capped, a = b = c = 100,
 *   tasks = 70, score = 95.
 * Q3 general 28; line 1 k = 2, assigned 5, done 4, 2 quality failures, 1 delay; line 2 k = 0.5,
 *   assigned 4, done 4, 4 delays with a confirmed objective cause (nothing lost).
 *   Σk·assigned = 12, Σk·done = 10 → a = 250/3.
 *   quality kept 2·(4 − 0.5) + 0.5·4 = 9 → b = 75; progress kept 2·3.75 + 2 = 9.5 → c = 475/6.
 *   mean = (500/6 + 450/6 + 475/6)/3 = 475/6; tasks = 70·(475/6)/100 = 665/12;
 *   score = 28 + 665/12 = 1001/12 (83.416…).
 * Q4 general 30; k = 1, assigned 8, done 8, 40 quality failures: quality kept max(0, 8 − 10) = 0,
 *   b = 0, a = c = 100; tasks = 70·(200/3)/100 = 140/3; score = 230/3 (76.666…).
 * Year (all quarters, weighted by months = plain): (6949 + 6840 + 6006 + 5520)/72/4 = 25315/288
 *   = 87.8993…, shown 87.90.
 */
const fourQuarters = [
  {
    period: '2026-Q1',
    general: 27,
    products: [{ coefficient: 1.5, assigned: 12, done: 12, qualityFailures: 1 }],
  },
  {
    period: '2026-Q2',
    general: 25,
    products: [{ coefficient: 1, assigned: 10, done: 12, delays: 2 }],
  },
  {
    period: '2026-Q3',
    general: 28,
    products: [
      { coefficient: 2, assigned: 5, done: 4, qualityFailures: 2, delays: 1 },
      { coefficient: 0.5, assigned: 4, done: 4, delays: 4, objectiveCauseConfirmed: true },
    ],
  },
  {
    period: '2026-Q4',
    general: 30,
    products: [{ coefficient: 1, assigned: 8, done: 8, qualityFailures: 40 }],
  },
];

describe('a non-leader scored by four quarters', () => {
  const r = scored(fourQuarters);

  it('computes every share, the tasks points and the scores exactly', () => {
    const [q1, q2, q3, q4] = r.perPeriod;
    expect(q1).toMatchObject({ a: q(100), b: q(1175, 12), c: q(100), tasks: q(5005, 72) });
    expect(q1?.score).toEqual(q(6949, 72));
    expect(q2).toMatchObject({ a: q(100), b: q(100), c: q(100), tasks: q(70), score: q(95) });
    expect(q3).toMatchObject({ a: q(250, 3), b: q(75), c: q(475, 6), tasks: q(665, 12) });
    expect(q3?.score).toEqual(q(1001, 12));
    expect(q4).toMatchObject({ b: q(0), tasks: q(140, 3), score: q(230, 3) });
    expect(q1?.d).toBeUndefined();
  });

  it('averages the year exactly and reports the months covered', () => {
    expect(r.points).toEqual(q(25315, 288));
    expect(r.display).toBe(87.9);
    expect(r.months).toBe(12);
    expect(r.skipped).toEqual([]);
  });

  it('shows the arithmetic an officer can check by hand, in both languages', () => {
    expect(r.lines.qty[0]?.en).toBe('2026-Q1: a (quantity) = 100·18/18 = 100');
    expect(r.lines.qual[0]?.en).toBe('2026-Q1: b (quality) = 100·(18 − 1.5·0.25)/18 ≈ 97.92');
    expect(r.lines.qual[0]?.vi).toBe('2026-Q1: b (chất lượng) = 100·(18 − 1.5·0.25)/18 ≈ 97.92');
    expect(r.lines.prog[1]?.en).toBe('2026-Q2: c (progress) = min(100, 100·(12 − 1·0.5)/10) = 100');
    expect(r.lines.prog[2]?.vi).toBe('2026-Q3: c (tiến độ) = 100·(10 − 2·0.25)/12 ≈ 79.17');
    expect(r.lines.task70[0]?.en).toBe(
      '2026-Q1: tasks = 70 × (100 + 97.92 + 100)/3 / 100 ≈ 69.51 (a, b, c)',
    );
    expect(r.lines.general[0]?.vi).toBe('2026-Q1: điểm = chung + nhiệm vụ = 27 + 69.51 ≈ 96.51');
    expect(r.lines.annual.en).toBe(
      'Year (mean weighted by months) = (3·96.51 + 3·95 + 3·83.42 + 3·76.67)/12 ≈ 87.9',
    );
    // Q3: line 1 loses 2·0.5 (2 failures); Q4: 40 failures take all 8 done, no more.
    expect(r.lines.qual[2]?.en).toBe('2026-Q3: b (quality) = 100·(10 − 2·0.5)/12 = 75');
    expect(r.lines.qual[3]?.en).toBe('2026-Q4: b (quality) = 100·(8 − 1·8)/8 = 0');
    expect(r.lines.lead).toEqual([]);
    for (const t of [...r.lines.qty, ...r.lines.general, r.lines.annual])
      expect(t.vi.normalize('NFC')).toBe(t.vi);
  });

  it('leaves a part out of the mean or the sum when it is switched off', () => {
    // Q3 without a: mean(b, c) = (75 + 475/6)/2 = 925/12; tasks = 70·(925/12)/100 = 1295/24.
    const noQty = scored(fourQuarters, { parts: { qty: false } });
    expect(noQty.perPeriod[2]?.tasks).toEqual(q(1295, 24));
    expect(noQty.perPeriod[2]?.a).toBeUndefined();
    expect(noQty.lines.qty).toEqual([]);
    expect(noQty.lines.task70[2]?.en).toBe(
      '2026-Q3: tasks = 70 × (75 + 79.17)/2 / 100 ≈ 53.96 (b, c)',
    );
    // Without general, Q2 scores its tasks alone: 70.
    const noGeneral = scored(fourQuarters, { parts: { general: false } });
    expect(noGeneral.perPeriod[1]?.score).toEqual(q(70));
    expect(noGeneral.lines.general[1]?.en).toBe(
      '2026-Q2: score = tasks = 70 (general criteria left out)',
    );
    // Weights a:b:c = 2:1:1 for Q1: 70·(200 + 1175/12 + 100)/4/100 = 70·(4775/12)/400 = 6685/96.
    const weighted = scored(fourQuarters.slice(0, 1), { weights: { a: 2 } });
    expect(weighted.perPeriod[0]?.tasks).toEqual(q(6685, 96));
    expect(weighted.lines.task70[0]?.en).toBe(
      '2026-Q1: tasks = 70 × (2·100 + 1·97.92 + 1·100)/4 / 100 ≈ 69.64 (a, b, c)',
    );
  });
});

/*
 * A leader scored by months (N335-LEAD):
 * 2026-01 general 26; k 1, 10 of 10 → a = b = c = 100; 12/12 staff, on time, no disunity →
 *   d = đ = e = 100; tasks = 70; score = 96.
 * 2026-02 general 26; same line; 11/12 staff → d = 50; not on time → đ = 50; prolonged disunity →
 *   e = 50. mean = (300 + 150)/6 = 75; tasks = 52.5; score = 78.5.
 * Year = (96 + 78.5)/2 = 87.25. With weight d = 2: Feb mean = (300 + 100 + 50 + 50)/7 = 500/7,
 *   tasks = 50, score 76, year 86. With the lead part off: 96 and 96.
 */
describe('a leader with d, đ, e', () => {
  const line = { coefficient: 1, assigned: 10, done: 10 };
  const months = [
    {
      period: '2026-01',
      general: 26,
      products: [line],
      lead: { managedStaff: { total: 12, completedOrBetter: 12 }, unitAllOnTime: true },
    },
    {
      period: '2026-02',
      general: 26,
      products: [line],
      lead: {
        managedStaff: { total: 12, completedOrBetter: 11 },
        unitAllOnTime: false,
        prolongedDisunity: true,
      },
    },
  ];

  it('adds d, đ and e to the mean', () => {
    const r = scored(months, { leader: true });
    expect(r.perPeriod[0]).toMatchObject({ d: q(100), dd: q(100), e: q(100), score: q(96) });
    expect(r.perPeriod[1]).toMatchObject({ d: q(50), dd: q(50), e: q(50), tasks: q(105, 2) });
    expect(r.points).toEqual(q(8725, 100));
    expect(r.months).toBe(2);
    expect(r.lines.lead[1]?.en).toBe(
      '2026-02: d = 50 (11/12 managed civil servants completed or better); đ = 50 (the unit did not complete all tasks on time with quality); e = 50 (a conclusion of prolonged disunity)',
    );
    expect(r.lines.lead[0]?.vi).toBe(
      '2026-01: d = 100 (12/12 công chức thuộc quyền quản lý hoàn thành nhiệm vụ trở lên); đ = 100 (đơn vị hoàn thành mọi nhiệm vụ đúng tiến độ, bảo đảm chất lượng); e = 100 (không có kết luận mất đoàn kết nội bộ kéo dài)',
    );
    expect(r.lines.task70[1]?.en).toBe(
      '2026-02: tasks = 70 × (100 + 100 + 100 + 50 + 50 + 50)/6 / 100 = 52.5 (a, b, c, d, đ, e)',
    );
  });

  it('weights d, or drops the lead part', () => {
    expect(scored(months, { leader: true, weights: { d: 2 } }).points).toEqual(q(86));
    const noLead = scored(months, { leader: true, parts: { lead: false } });
    expect(noLead.points).toEqual(q(96));
    expect(noLead.perPeriod[1]?.d).toBeUndefined();
  });
});
