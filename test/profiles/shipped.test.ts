import { describe, expect, it } from 'vitest';
import { getProfile, PROFILE_IDS, profiles, resolveDeadlines } from '../../src/profiles/index.js';

describe('kon-tum-2024 (the seed letter, PROCESS.md §4)', () => {
  const p = profiles['kon-tum-2024'];

  it('is the 2024 cycle under QĐ 124, organised by Sở Nội vụ for the Ban cán sự đảng', () => {
    expect(p.reviewYear).toBe(2024);
    expect(p.ruleSet).toBe('qd124-2023');
    expect(p.organizer).toBe('so-noi-vu');
    expect(p.issuer).toBe('bcsd-ubnd-tinh');
    expect(p.readings).toEqual({
      reading: 'before',
      rollForward: false,
      leadWorkingDays: 3,
      cultureDay: false,
    });
  });

  it("has the letter's three deadlines, each guarding its step", () => {
    expect(p.deadlines.map((d) => [d.date, d.guards, d.actor.role, d.recipient])).toEqual([
      ['2024-11-10', 'plan', 'organizer', 'bcsd-ubnd-tinh'],
      ['2024-11-25', 'dossierSubmission', 'unitHead', 'so-noi-vu'],
      ['2024-12-01', 'summary', 'organizer', 'bcsd-ubnd-tinh'],
    ]);
    expect(p.deadlines.every((d) => d.policy === 'warn')).toBe(true);
  });

  it('resolves the deadlines to instants and last working days', () => {
    const resolved = resolveDeadlines(p);
    expect(resolved.map((d) => d.due.toISO())).toEqual([
      '2024-11-10T00:00:00.000+07:00',
      '2024-11-25T00:00:00.000+07:00',
      '2024-12-01T00:00:00.000+07:00',
    ]);
    expect(resolved.map((d) => d.lastWorkingDay)).toEqual([
      '2024-11-08',
      '2024-11-22',
      '2024-11-29',
    ]);
  });

  it('routes standing-committee-managed individuals to Ban Tổ chức Tỉnh ủy', () => {
    expect(p.routing).toHaveLength(1);
    expect(p.routing[0]).toMatchObject({
      to: 'ban-to-chuc-tinh-uy',
      categories: ['dien-btv-tinh-uy-quan-ly'],
    });
    expect(p.individuals.find((c) => c.id === 'dien-btv-tinh-uy-quan-ly')?.managedBy).toBe(
      'btv-tinh-uy',
    );
  });

  it('lists the collectives, forms, topics, addressees and dossier of the letter', () => {
    expect(p.collectives.map((c) => c.id)).toEqual([
      'lanh-dao-so-nganh',
      'lanh-dao-don-vi-truc-thuoc',
    ]);
    expect(p.collectives[0]?.includes.map((t) => t.vi)).toContain('Các quỹ tài chính nhà nước');
    expect(p.forms.map((f) => f.id)).toEqual(['02-A', '02-B', '02-C', '02-D']);
    expect(p.process.selfReviewsPerIndividual).toBe(1);
    expect(p.reviewTopics.map((t) => t.reference)).toEqual([
      '124-QĐ/TW, Điều 6',
      '144-QĐ/TW',
      '09-NQ/TU',
    ]);
    const companies = p.addressees.find((a) => a.via !== undefined);
    expect(companies?.members.map((m) => m.vi)).toEqual([
      'Công ty cổ phần Cấp nước Kon Tum',
      'Công ty cổ phần Môi trường đô thị Kon Tum',
    ]);
    expect(p.dossier.filter((d) => d.required === 'if-suggestions').map((d) => d.id)).toEqual([
      'suggestions',
      'explanation',
    ]);
  });

  it('writes Vietnamese in NFC with diacritics', () => {
    const texts = JSON.stringify(p);
    expect(texts).toBe(texts.normalize('NFC'));
    expect(texts).toContain('Ban Tổ chức Tỉnh ủy');
  });
});

describe('generic-qd366 (HD 43 mục 4)', () => {
  it('ships the 2025 cycle', () => {
    const p = profiles['generic-qd366'];
    expect(p.reviewYear).toBe(2025);
    expect(p.ruleSet).toBe('qd366-2025');
    expect(p.deadlines.map((d) => d.date)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(p.process.quarterlyReviews).toBe(true);
  });

  it('builds another year on demand', () => {
    const p = getProfile('generic-qd366', { year: 2027 });
    expect(p?.reviewYear).toBe(2027);
    expect(p?.opensOn).toBe('2027-11-01');
    expect(p?.deadlines.map((d) => d.date)).toEqual([
      '2027-12-31',
      '2028-01-15',
      '2028-02-01',
      '2028-03-01',
    ]);
  });

  it('has no year before QĐ 366 and no unknown ids', () => {
    expect(getProfile('generic-qd366', { year: 2024 })).toBeUndefined();
    expect(getProfile('nope')).toBeUndefined();
    // a fixed profile has its own year only: a 2030 cycle never runs on the 2024 letter's dates
    expect(getProfile('kon-tum-2024', { year: 2030 })).toBeUndefined();
    expect(getProfile('kon-tum-2024', 2024)?.reviewYear).toBe(2024);
    expect(PROFILE_IDS).toEqual(['kon-tum-2024', 'generic-qd366', 'generic-nd335']);
  });

  it('takes the year as a number too: getProfile(id, 2026) is getProfile(id, { year: 2026 })', () => {
    expect(getProfile('generic-qd366', 2026)?.reviewYear).toBe(2026);
    expect(getProfile('generic-qd366', 2026)).toEqual(getProfile('generic-qd366', { year: 2026 }));
  });
});

describe('generic-nd335 (NĐ 335 Điều 19)', () => {
  it('rates civil servants before 15-12 (special units 15-01), under nd335-2025, from 2026', () => {
    const p = profiles['generic-nd335'];
    expect(p.reviewYear).toBe(2026);
    expect(p.ruleSet).toBe('nd335-2025');
    expect(p.deadlines.map((d) => [d.id, d.date, d.reading ?? p.readings.reading])).toEqual([
      ['civil-rating-finished', '2026-12-15', 'before'],
      ['special-units-finished', '2027-01-15', 'before'],
    ]);
    expect(p.deadlines[0]?.label.vi).toContain('trước khi xếp loại đảng viên');
    expect(p.forms.map((f) => f.title.vi)).toEqual([
      'Phiếu theo dõi, đánh giá công chức (kỳ theo dõi, đánh giá: tháng/quý)',
    ]);
    expect(getProfile('generic-nd335', 2027)?.deadlines[0]?.date).toBe('2027-12-15');
    expect(getProfile('generic-nd335', 2025)).toBeUndefined();
  });
});
