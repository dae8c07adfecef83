import { describe, expect, it } from 'vitest';
import { competentAuthorities } from '../../machines/cycle/overrides.js';
import {
  type CycleDefinitionInput,
  CycleDefinitionSchema,
  type CycleRun,
  createCycle,
  summaryCsv,
} from '../../src/index.js';
import { toInputIssues } from '../../src/schemas/issues.js';
import { nov, OPENED, ORGANIZER, runReviews, smallCycle } from './helpers.js';

const NAMES: Partial<CycleDefinitionInput> = {
  groups: [{ id: 'tap-the-so', name: { vi: 'Tập thể lãnh đạo các sở', en: 'Departments' } }],
  scopes: [
    {
      id: 'btv-tinh-uy',
      name: { vi: 'Diện Ban Thường vụ Tỉnh ủy quản lý', en: 'Standing Committee cadres' },
    },
  ],
};

/** The small cycle compiled, with stc/ld's EXCELLENT above the quota of `tap-the-so`. */
function compiled(over: Partial<CycleDefinitionInput> = {}): CycleRun {
  const run = createCycle(smallCycle({ ...NAMES, ...over }));
  run.open(OPENED, ORGANIZER);
  runReviews(run);
  expect(run.sendCycle({ type: 'COMPILE_SUMMARY', at: nov(28), by: ORGANIZER })).toMatchObject({
    ok: true,
  });
  return run;
}

const finalize = (run: CycleRun, by: string) =>
  run.sendCycle({
    type: 'FINALIZE',
    at: nov(29),
    by: ORGANIZER,
    overrides: [{ subjectId: 'stc/ld', by, reason: 'Đơn vị dẫn đầu khối thi đua' }],
  });

describe('FINALIZE: an X-QUOTA override must come from the subject’s competent authority', () => {
  it('refuses an override by anyone else, naming who is expected, and records nothing', () => {
    const run = compiled();
    const before = run.index();
    const summary = run.summary();
    const refused = finalize(run, 'bcsd-ubnd-tinh.bi-thu');
    expect(refused).toMatchObject({ ok: false, rejection: { code: 'INVALID_PAYLOAD' } });
    const issues = refused.ok ? [] : (refused.rejection.issues ?? []);
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['overrides.0.by', 'not_authority'],
    ]);
    expect(issues[0]?.message.vi).toContain('"p/bcsd"');
    expect(issues[0]?.message.vi).toContain('"bcsd-ubnd-tinh.bi-thu" không phải');
    expect(issues[0]?.message.en).toContain('must be given by the competent authority');
    expect(run.index().state).toBe('compiled');
    expect(run.index().overrides).toEqual(before.overrides);
    expect(run.summary()).toEqual(summary);
    expect(summary?.groups[0]?.quota).toBe('exceeded');
  });

  it('accepts a person of the subject’s authority role', () => {
    const run = compiled();
    expect(finalize(run, 'p/bcsd')).toMatchObject({ ok: true });
    expect(run.index().state).toBe('finalized');
  });

  it('accepts the subject’s `authority`, and the summary names it from the profile’s parties', () => {
    const base = smallCycle();
    const run = compiled({
      subjects: base.subjects.map((s) =>
        s.id === 'stc/ld' ? { ...s, authority: 'bcsd-ubnd-tinh' } : s,
      ),
    });
    expect(finalize(run, 'bcsd-ubnd-tinh')).toMatchObject({ ok: true });
    const [o, ...rest] = run.summary()?.overrides ?? [];
    expect(rest).toEqual([]);
    expect(o).toMatchObject({
      rule: 'X-QUOTA',
      group: 'tap-the-so',
      groupName: { vi: 'Tập thể lãnh đạo các sở' },
      limit: 0,
      actual: 1,
      subjectId: 'stc/ld',
      name: 'Tập thể lãnh đạo so-tai-chinh',
      by: 'bcsd-ubnd-tinh',
      byName: { vi: 'Ban cán sự đảng Ủy ban nhân dân tỉnh' },
      reason: 'Đơn vị dẫn đầu khối thi đua',
    });
  });

  it('knows no competent authority for a subject whose definition names none (refused: no_authority)', () => {
    const base = smallCycle();
    const bare = (s: (typeof base.subjects)[number]) => {
      const { authority: _none, ...participants } = s.participants ?? {};
      return { ...s, participants };
    };
    const definition = {
      ...base,
      subjects: base.subjects.map((s) => (s.id === 'stc/ld' ? bare(s) : s)),
    };
    expect(competentAuthorities(CycleDefinitionSchema.parse(base).subjects[2]!)).toEqual([
      'p/bcsd',
    ]);
    expect(competentAuthorities(CycleDefinitionSchema.parse(definition).subjects[2]!)).toEqual([]);
  });

  it('shows each override in the summary, the .csv and the head-cap names', () => {
    const run = compiled();
    finalize(run, 'p/bcsd');
    const summary = run.summary();
    if (!summary) throw new Error('no summary');
    expect(summary.groups.find((g) => g.group === 'tap-the-so')?.name?.vi).toBe(
      'Tập thể lãnh đạo các sở',
    );
    expect(summary.overrides?.map((o) => [o.subjectId, o.by, o.byName.vi])).toEqual([
      ['stc/ld', 'p/bcsd', 'p/bcsd'],
    ]);
    const entry = summary.appendix.find((e) => e.id === 'stc/ld');
    expect(entry?.override).toEqual({
      by: 'p/bcsd',
      byName: { vi: 'p/bcsd', en: 'p/bcsd' },
      reason: 'Đơn vị dẫn đầu khối thi đua',
    });
    const line = summaryCsv(summary)
      .split('\r\n')
      .find((l) => l.includes(',stc/ld,'));
    expect(line).toContain('Tập thể lãnh đạo các sở');
    expect(line?.endsWith(',p/bcsd,Đơn vị dẫn đầu khối thi đua')).toBe(true);
    const scoped = summaryCsv(summary)
      .split('\r\n')
      .find((l) => l.includes(',snv/gd,'));
    expect(scoped).toContain('Diện Ban Thường vụ Tỉnh ủy quản lý');
  });
});

describe('the definition’s group and scope names', () => {
  it('are optional; a name for a group or scope nothing uses, or an id named twice, is refused', () => {
    expect(CycleDefinitionSchema.safeParse(smallCycle(NAMES)).success).toBe(true);
    const bad = CycleDefinitionSchema.safeParse(
      smallCycle({
        groups: [
          { id: 'tap-the-so', name: { vi: 'A', en: 'A' } },
          { id: 'tap-the-so', name: { vi: 'B', en: 'B' } },
          { id: 'khong-co', name: { vi: 'C', en: 'C' } },
        ],
        scopes: [{ id: 'dien-khac', name: { vi: 'D', en: 'D' } }],
      }),
    );
    expect(bad.success).toBe(false);
    const issues = (bad.error ? toInputIssues(bad.error) : []).map((i) => [
      i.path.join('.'),
      i.code,
    ]);
    expect(issues).toEqual([
      ['groups.1.id', 'duplicate_id'],
      ['groups.2.id', 'unknown_group'],
      ['scopes.0.id', 'unknown_scope'],
    ]);
  });
});
