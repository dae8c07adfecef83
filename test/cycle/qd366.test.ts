import { describe, expect, it } from 'vitest';
import { createCycle } from '../../src/index.js';
import { collective366, leader366, member366 } from '../helpers/builders.js';
import { ORGANIZER, smallCycle } from './helpers.js';

const at = (date: string) => `${date}T09:00:00+07:00`;
const by = (role: string, id: string) => ({ id, roles: [role] });

describe('a cycle under QĐ 366 (generic-qd366, 2026)', () => {
  it('runs on the profile’s dates: reviews due before 31-12, dossiers before 01-02 of the next year', () => {
    const base = smallCycle();
    const run = createCycle({
      ...base,
      year: 2026,
      profile: 'generic-qd366',
      organizer: 'cap-uy',
      issuer: 'cap-uy',
      routes: [],
      subjects: base.subjects.map((s) => ({ ...s, category: undefined, scope: undefined })),
    });
    expect(run.open(at('2026-11-02'), ORGANIZER)).toMatchObject({ ok: true });
    expect(run.index().units[0]?.dueAt).toBe('2027-02-01T00:00:00.000+07:00');
    expect(run.review('snv/gd')?.context.deadlines.map((d) => [d.id, d.due])).toEqual([
      ['reviews-finished', '2026-12-31T00:00:00.000+07:00'],
    ]);
    expect(run.review('snv/gd')?.context.ruleSet).toBe('qd366-2025');
    const order = ['ccvc/ld', 'snv/ld', 'stc/ld', 'syt/ld', 'snv/gd', 'snv/pgd', 'stc/gd'];
    for (const id of order) {
      const s = base.subjects.find((x) => x.id === id);
      const a =
        s?.kind === 'collective'
          ? collective366()
          : s?.role === 'leader'
            ? leader366()
            : member366();
      for (const e of [
        {
          type: 'ISSUE_SUGGESTIONS',
          points: [],
          at: at('2026-11-03'),
          by: by('superior', 'p/superior'),
        },
        {
          type: 'SUBMIT_SELF_REVIEW',
          proposedLevel: 'GOOD',
          at: at('2026-11-04'),
          by: by('subject', `p/${id}`),
        },
        {
          type: 'RECORD_MEETING',
          heldOn: '2026-11-16',
          at: at('2026-11-16'),
          by: by('unitHead', `p/head-${s?.unitId}`),
        },
        {
          type: 'PROPOSE_LEVEL',
          assessment: { ...a, id, year: 2026 },
          at: at('2026-11-20'),
          by: by('appraiser', 'p/snv-appraiser'),
        },
        {
          type: 'DECIDE_LEVEL',
          level: 'GOOD',
          at: at('2026-12-01'),
          by: by('authority', 'p/bcsd'),
        },
      ])
        expect(run.send(id, e), `${id} ${e.type}`).toMatchObject({ ok: true });
    }
    expect(
      run.sendCycle({ type: 'COMPILE_SUMMARY', at: at('2027-01-20'), by: ORGANIZER }),
    ).toMatchObject({ ok: true });
    const summary = run.summary();
    expect(summary?.totals).toMatchObject({ subjects: 8, rated: 7, notReviewed: 1 });
    expect(summary?.dossiers.missing.map((d) => d.unitId)).toEqual([
      'so-noi-vu',
      'phong-ccvc',
      'so-tai-chinh',
      'so-y-te',
    ]);
    expect(summary?.appendix.find((e) => e.id === 'snv/gd')?.ruleSet).toBe('qd366-2025');
  });
});
