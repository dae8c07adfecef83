import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssessmentError,
  checkResults,
  LEVELS,
  percentShares,
  type SummaryInput,
  SummarySchema,
  summarize,
  toResultRows,
  type Violation,
} from '../../src/index.js';
import { seedInput } from './fixture.js';

describe('summarize: counts and percentages', () => {
  const input = seedInput();
  const summary = summarize(input);

  it('counts every group and level as an independent recount of the input rows', () => {
    const rows = input.rows;
    const groups = [...new Set(rows.map((r) => r.group))];
    expect(summary.groups.map((g) => g.group)).toEqual(groups);
    for (const g of summary.groups) {
      const mine = rows.filter((r) => r.group === g.group);
      expect(g.counts.subjects).toBe(mine.length);
      expect(g.counts.rated).toBe(mine.filter((r) => r.status === 'rated').length);
      expect(g.counts.notRated).toBe(mine.filter((r) => r.status === 'not-rated').length);
      expect(g.counts.notReviewed).toBe(mine.filter((r) => r.status === 'not-reviewed').length);
      for (const l of g.counts.levels)
        expect(l.count).toBe(mine.filter((r) => r.level === l.level).length);
    }
    expect(summary.totals.subjects).toBe(24);
    expect(summary.totals.levels.map((l) => l.count)).toEqual([4, 15, 2, 1]);
    expect(summary.totals.rated).toBe(22);
  });

  it('gives each level a share of the rated subjects with one decimal, summing to 100.0', () => {
    for (const c of [...summary.groups.map((g) => g.counts), summary.totals]) {
      const tenths = c.levels.map((l) => Math.round((l.percent ?? 0) * 10));
      expect(tenths.reduce((a, b) => a + b, 0)).toBe(1000);
      for (const l of c.levels) {
        expect(Math.abs((l.percent ?? 0) - (l.count * 100) / c.rated)).toBeLessThan(0.1);
        expect(Number.isInteger(Math.round((l.percent ?? 0) * 10))).toBe(true);
      }
    }
    // 7 rated: 1/7 = 14.2857 … gets the spare tenths before 4/7 = 57.1428 … (larger remainder).
    const deputies = summary.groups[2]!.counts.levels.map((l) => l.percent);
    expect(deputies).toEqual([14.3, 57.1, 14.3, 14.3]);
  });

  it('percentShares: largest remainder, exact total, every share within 0.1, ties to the lower level', () => {
    expect(percentShares([1, 1, 1])).toEqual([33.3, 33.3, 33.4]);
    expect(percentShares([2, 1])).toEqual([66.7, 33.3]);
    expect(percentShares([0, 0])).toEqual([null, null]);
    expect(percentShares([0, 3])).toEqual([0, 100]);
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 6 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const shares = percentShares(counts);
        if (total === 0) return shares.every((s) => s === null);
        const tenths = shares.map((s) => Math.round((s ?? 0) * 10));
        expect(tenths.reduce((a, b) => a + b, 0)).toBe(1000);
        counts.forEach((c, i) => {
          expect(Math.abs((shares[i] ?? 0) - (c * 100) / total)).toBeLessThan(0.1);
          if (c === 0) expect(shares[i]).toBe(0);
          expect(String(shares[i])).toMatch(/^\d+(\.\d)?$/);
        });
        return true;
      }),
    );
  });

  it('is deterministic and plain JSON that its schema accepts', () => {
    expect(summarize(seedInput())).toEqual(summary);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(SummarySchema.parse(summary)).toEqual(summary);
  });
});

describe('summarize: the appendix, statuses, checks, dossiers and recipients', () => {
  const input = seedInput();
  const summary = summarize(input);

  it('lists every collective and individual with unit name, group, kind, role and level or status', () => {
    expect(summary.appendix).toHaveLength(input.rows.length);
    expect(summary.appendix.map((e) => e.no)).toEqual(input.rows.map((_, i) => i + 1));
    const first = summary.appendix[0]!;
    expect(first).toMatchObject({
      id: 'so-noi-vu/tap-the',
      name: 'Tập thể lãnh đạo Sở Nội vụ',
      unitName: 'Sở Nội vụ',
      group: 'Sở, ban, ngành và tổ chức Hội',
      kind: 'collective',
      role: 'leadership',
      status: 'rated',
      level: 'EXCELLENT',
      result: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed duties' },
    });
    const sick = summary.appendix.find((e) => e.id === 'so-giao-duc/giam-doc')!;
    expect(sick.result.vi).toBe('Không xếp loại');
    expect(sick.level).toBeUndefined();
  });

  it('lists the not-rated and not-reviewed with their reasons', () => {
    expect(summary.notRated.map((e) => [e.id, e.reason.vi])).toEqual([
      ['so-giao-duc/giam-doc', 'Nghỉ ốm dài ngày (trên 6 tháng) trong năm 2024'],
    ]);
    expect(summary.notReviewed.map((e) => [e.id, e.reason.en])).toEqual([
      ['so-y-te/pho-giam-doc-moi', 'Admitted under 6 months ago'],
    ]);
  });

  it('reports exactly the findings checkResults gives on the same rows, with names in the messages', () => {
    const rows = toResultRows(input.rows);
    expect(rows).toHaveLength(22);
    const expected = checkResults(rows, { ruleSet: 'qd124-2023' });
    const { quota, headCap, decision } = summary.checks;
    const ids = ({ rule, severity, subjects, group, limit, actual }: Violation) => ({
      rule,
      severity,
      subjects,
      group,
      limit,
      actual,
    });
    expect([...quota, ...headCap, ...decision].map(ids)).toEqual(expected.map(ids));
    // the ids stay in `subjects`; the message names the head and the collective
    expect(headCap[0]?.subjects).toEqual(['so-tai-chinh/giam-doc', 'so-tai-chinh/tap-the']);
    expect(headCap[0]?.message.vi).toBe(
      'Người đứng đầu "Giám đốc (người đứng đầu) Sở Tài chính" (Hoàn thành xuất sắc nhiệm vụ) cao hơn tập thể lãnh đạo "Tập thể lãnh đạo Sở Tài chính" (Hoàn thành tốt nhiệm vụ).',
    );
    expect(headCap[0]?.message.en).toContain('"Tập thể lãnh đạo Sở Tài chính"');
    expect(expected.find((v) => v.rule === 'X-HEAD-CAP')?.message.vi).toContain(
      '"so-tai-chinh/giam-doc"',
    );
    expect(quota.map((v) => [v.group, v.limit, v.actual, v.severity])).toEqual([
      ['Sở, ban, ngành và tổ chức Hội', 1, 2, 'error'],
      ['Cấp phó thuộc diện Ban cán sự đảng quản lý', 0, 1, 'error'],
    ]);
    expect(headCap.every((v) => v.rule === 'X-HEAD-CAP' && v.severity === 'warning')).toBe(true);
    expect(summary.groups.map((g) => g.quota)).toEqual(['exceeded', 'within', 'exceeded']);
  });

  it('marks a quota overridden by the authority as a warning, not an error', () => {
    const overridden = seedInput();
    overridden.rows = overridden.rows.map((r) =>
      r.id === 'hoi-nha-bao/tap-the'
        ? { ...r, override: { by: 'Ban cán sự đảng UBND tỉnh', reason: 'Thành tích nổi bật' } }
        : r,
    );
    const s = summarize(overridden);
    expect(s.checks.quota[0]?.severity).toBe('warning');
    expect(s.groups[0]?.quota).toBe('overridden');
  });

  it('sorts dossiers into on time, late and missing, comparing instants across offsets', () => {
    const ids = (list: ReadonlyArray<{ unitId: string }>) => list.map((d) => d.unitId);
    expect(ids(summary.dossiers.onTime)).toEqual(['so-noi-vu', 'so-tai-chinh']);
    expect(ids(summary.dossiers.late)).toEqual(['so-y-te']);
    expect(ids(summary.dossiers.missing)).toEqual(['hoi-nha-bao']);
  });

  it('routes every row to the organizer and standing-committee cadres also to Ban Tổ chức Tỉnh ủy', () => {
    const [organizer, btv, ...rest] = summary.recipients;
    expect(rest).toEqual([]);
    expect(organizer?.recipient).toBe('so-noi-vu');
    expect(organizer?.subjects).toHaveLength(24);
    expect(btv?.recipient).toBe('ban-to-chuc-tinh-uy');
    expect(btv?.name?.vi).toBe('Ban Tổ chức Tỉnh ủy');
    const scoped = summary.appendix.filter((e) => e.scope === 'btv-tinh-uy').map((e) => e.id);
    expect(btv?.subjects.map((s) => s.id)).toEqual(scoped);
    expect(scoped).toHaveLength(8);
  });
});

describe('summarize: input', () => {
  it('refuses a rated row without a level and a not-rated row without a reason, located', () => {
    const bad: SummaryInput = seedInput();
    bad.rows = [
      { ...bad.rows[0]!, level: undefined },
      { ...bad.rows[1]!, status: 'not-rated', level: undefined },
    ];
    try {
      summarize(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AssessmentError);
      const issues = (error as AssessmentError).issues.map((i) => [i.path.join('.'), i.code]);
      expect(issues).toEqual([
        ['rows.0.level', 'level_required'],
        ['rows.1.statusReason', 'reason_required'],
      ]);
    }
  });

  it("locates checkResults' row errors at the summary rows", () => {
    const dup = seedInput();
    const notRated = dup.rows.find((r) => r.status === 'not-rated')!;
    dup.rows = [notRated, dup.rows[0]!, { ...dup.rows[0]! }];
    try {
      summarize(dup);
      expect.unreachable();
    } catch (error) {
      expect((error as AssessmentError).issues.map((i) => i.path)).toEqual([['rows', 2, 'id']]);
    }
  });

  it('prints names in NFC, whatever the host sent', () => {
    const nfd = seedInput();
    nfd.rows = nfd.rows.map((r) => ({
      ...r,
      name: r.name.normalize('NFD'),
      unitName: r.unitName.normalize('NFD'),
    }));
    const s = summarize(nfd);
    expect(s).toEqual(summarize(seedInput()));
    for (const e of s.appendix) expect(e.name).toBe(e.name.normalize('NFC'));
  });

  it('keeps the four levels in order, highest first', () => {
    expect(summarize(seedInput()).totals.levels.map((l) => l.level)).toEqual([...LEVELS]);
  });
});
