import { describe, expect, it } from 'vitest';
import {
  type CycleDefinitionInput,
  CycleInputError,
  checkResults,
  createCycle,
  getProfile,
  openCycleIndex,
  orderVerdict,
  resultRowsFrom,
  reviewDeadlinesFor,
  reviewInputFor,
  summaryRowsOf,
  toResultRows,
} from '../../src/index.js';
import { member90 } from '../helpers/builders.js';
import {
  accepted,
  decide,
  nov,
  OPENED,
  ORGANIZER,
  runReviews,
  smallCycle,
  toDecision,
  who,
} from './helpers.js';

function thrown(run: () => unknown): CycleInputError {
  try {
    run();
  } catch (err) {
    if (err instanceof CycleInputError) return err;
    throw err;
  }
  throw new Error('did not throw');
}

const paths = (e: CycleInputError) => e.issues.map((i) => [i.path.join('.'), i.code]);

describe('the cycle index and review inputs (issue 10)', () => {
  it('refuses a definition that cannot run, located and bilingual', () => {
    expect(paths(thrown(() => openCycleIndex({ ...smallCycle(), profile: 'khong-co' })))).toEqual([
      ['profile', 'unknown_profile'],
    ]);
    const other = getProfile('generic-qd366', 2025);
    expect(paths(thrown(() => openCycleIndex(smallCycle(), { profile: other as never })))).toEqual([
      ['profile', 'other_profile'],
    ]);
    const bad = smallCycle();
    const e = thrown(() =>
      createCycle({ ...bad, subjects: [{ ...bad.subjects[0], unitId: 'so-khong-co' }] }),
    );
    expect(paths(e)).toEqual([['subjects.0.unitId', 'unknown_unit']]);
    expect(e.text.vi).toContain('Không có đơn vị "so-khong-co"');
    const named = smallCycle();
    expect(
      paths(
        thrown(() =>
          openCycleIndex({
            ...named,
            organizer: 'so-khac',
            routes: [{ to: 'khong-co', scopes: ['x'] }],
            subjects: named.subjects.map((s, i) =>
              i === 4 ? { ...s, category: 'nhom-la', dossierItems: ['giay-to-la'] } : s,
            ),
          }),
        ),
      ),
    ).toEqual([
      ['organizer', 'unknown_party'],
      ['routes.0.to', 'unknown_party'],
      ['subjects.4.category', 'unknown_category'],
      ['subjects.4.dossierItems.0', 'unknown_item'],
    ]);
    const own = { ...getProfile('kon-tum-2024'), rules: { 'KHONG-CO': true } };
    expect(
      paths(thrown(() => openCycleIndex(smallCycle(), { profile: own as never })))[0]?.[0],
    ).toMatch(/^options\.profile\.rules/);
  });

  it("gives each review its subject, cycle facts, participants, the profile's rules and review-step deadlines", () => {
    const input = reviewInputFor(openCycleIndex(smallCycle()), 'snv/gd');
    expect(input.subject).toMatchObject({ id: 'snv/gd', role: 'leader', scope: 'btv-tinh-uy' });
    expect(input.cycle).toMatchObject({
      id: 'kon-tum-2024-test',
      year: 2024,
      ruleSet: 'qd124-2023',
      openedAt: '2024-10-23T00:00:00.000+07:00',
      draftNoticeWorkingDays: 3,
    });
    expect(input.participants).toMatchObject({
      authority: ['p/bcsd'],
      organizer: [ORGANIZER.id],
      scheduler: ['kiemdiem/scheduler'],
    });
    expect(input.deadlines?.map((d) => [d.guards, d.due])).toEqual(
      reviewDeadlinesFor(getProfile('kon-tum-2024') as never).map((d) => [d.guards, d.due]),
    );
    // generic-qd366 for 2026: its letter's own review deadline (31-12), the 15-01 exception left out
    const qd366 = reviewDeadlinesFor(getProfile('generic-qd366', 2026) as never);
    expect(qd366.map((d) => [d.id, d.guards, d.due])).toEqual([
      ['reviews-finished', 'decision', '2026-12-31T00:00:00.000+07:00'],
    ]);
  });

  it('X-ORDER: a party organisation after its unit’s leadership collective (definition alone)', () => {
    const base = smallCycle();
    const def: CycleDefinitionInput = {
      ...base,
      subjects: [
        ...base.subjects,
        {
          id: 'stc/dang-uy',
          name: 'Đảng ủy Sở Tài chính',
          kind: 'collective',
          role: 'party-organization',
          unitId: 'so-tai-chinh',
        },
      ],
    };
    const index = openCycleIndex(def);
    expect(index.subjects.find((s) => s.id === 'stc/dang-uy')?.prerequisites).toEqual(['stc/ld']);
    const decideIt = {
      type: 'DECIDE_LEVEL',
      level: 'GOOD',
      at: nov(15),
      by: who('authority', 'x'),
    };
    expect(orderVerdict(index, 'stc/dang-uy', decideIt)?.message.en).toContain(
      "(stc/ld; a party organisation is rated after its unit's leadership collective)",
    );
    expect(orderVerdict(index, 'stc/dang-uy', { ...decideIt, type: 'PUBLISH' })).toBeNull();
    // a definition alone gives the same review input as its index (participants: none named)
    expect(reviewInputFor(def, 'stc/dang-uy')).toEqual(reviewInputFor(index, 'stc/dang-uy'));
    expect(reviewInputFor(def, 'stc/dang-uy').participants).toBeUndefined();
  });

  it("X-ORDER: a member after its collective, a person's party rating after the civil-service one", () => {
    const base = smallCycle();
    const def = {
      ...base,
      subjects: [
        ...base.subjects.map((s) => (s.id === 'snv/pgd' ? { ...s, personId: 'nguoi-1' } : s)),
        {
          id: 'snv/pgd/cong-chuc',
          name: 'Phó Giám đốc (công chức)',
          kind: 'individual',
          role: 'member',
          regime: 'civil-service',
          employment: 'civil-servant',
          unitId: 'so-noi-vu',
          personId: 'nguoi-1',
          participants: {
            subject: ['p/snv/pgd/cong-chuc'],
            superior: ['p/superior'],
            unitHead: ['p/head-so-noi-vu'],
            appraiser: ['p/snv-appraiser'],
            authority: ['p/bcsd'],
          },
        },
      ],
    } as const;
    const run = createCycle(def);
    run.open(OPENED, ORGANIZER);
    for (const [id, unitId, kind] of [
      ['ccvc/ld', 'phong-ccvc', 'collective'],
      ['snv/ld', 'so-noi-vu', 'collective'],
      ['snv/pgd', 'so-noi-vu', 'individual'],
      ['snv/pgd/cong-chuc', 'so-noi-vu', 'individual'],
    ] as const)
      accepted(
        run,
        id,
        toDecision(id, unitId, kind, 'member').map((e) =>
          e.type === 'PROPOSE_LEVEL' && id.endsWith('cong-chuc')
            ? { ...e, assessment: member90({ id, year: 2024 }) }
            : e,
        ),
      );
    expect(run.index().subjects.find((s) => s.id === 'snv/pgd')?.prerequisites).toEqual([
      'snv/ld',
      'snv/pgd/cong-chuc',
    ]);
    const held = run.send('snv/pgd', decide('snv/pgd', 'GOOD'));
    expect(!held.ok && held.rejection.message.en).toContain(
      '"Tập thể lãnh đạo so-noi-vu" (snv/ld; a member is rated after the collective), "Phó Giám đốc (công chức)"',
    );
    accepted(run, 'ccvc/ld', [decide('ccvc/ld', 'GOOD')]);
    accepted(run, 'snv/ld', [decide('snv/ld', 'GOOD')]);
    const civil = run.send('snv/pgd', decide('snv/pgd', 'GOOD'));
    expect(civil).toMatchObject({ ok: false, rejection: { code: 'ORDER' } });
    expect(!civil.ok && civil.rejection.message.vi).toContain(
      'xếp loại công chức (NĐ 335) trước xếp loại đảng viên của cùng người đó',
    );
    expect(!civil.ok && civil.rejection.message.vi).not.toContain('snv/ld;');
    expect(run.review('snv/pgd/cong-chuc')?.context.ruleSet).toBe('nd90-2020');
    accepted(run, 'snv/pgd/cong-chuc', [decide('snv/pgd/cong-chuc', 'GOOD')]);
    accepted(run, 'snv/pgd', [decide('snv/pgd', 'GOOD')]);
    // the ORDER refusals are in the review's own chain
    expect(run.review('snv/pgd')?.context.audit.seq).toBe(4 + 3);
  });

  it('the summary rows feed checkResults; resultRowsFrom gives the same rows from reviews and classifications', () => {
    const run = createCycle(smallCycle());
    run.open(OPENED, ORGANIZER);
    runReviews(run);
    run.sendCycle({ type: 'COMPILE_SUMMARY', at: nov(28), by: ORGANIZER });
    const rows = toResultRows(summaryRowsOf(run.index()));
    expect(rows).toHaveLength(7);
    const findings = checkResults(rows, { profile: getProfile('kon-tum-2024') });
    expect(findings.map((f) => [f.rule, f.severity, f.group])).toEqual(
      run.summary()?.checks.quota.map((f) => [f.rule, f.severity, f.group]),
    );
    const fromReviews = resultRowsFrom(
      smallCycle().subjects.flatMap((s) => {
        const snap = run.review(s.id);
        return snap ? [snap] : [];
      }),
    );
    const pick = (r: (typeof rows)[number]) => [r.id, r.level, r.computedLevel, r.ruleSet];
    expect(fromReviews.map(pick)).toEqual(rows.map(pick));
    const classified = resultRowsFrom([
      {
        assessment: { id: 'a', kind: 'collective', role: 'leadership', unitId: 'u' },
        classification: { id: 'a', ruleSet: 'qd124-2023', status: 'rated', level: 'GOOD' },
      },
      {
        assessment: { id: 'b', kind: 'individual', role: 'member' },
        classification: { id: 'b', ruleSet: 'qd124-2023', status: 'not-reviewed', level: null },
      },
    ]);
    expect(classified).toEqual([
      {
        id: 'a',
        level: 'GOOD',
        kind: 'collective',
        role: 'leadership',
        unitId: 'u',
        ruleSet: 'qd124-2023',
        computedLevel: 'GOOD',
      },
    ]);
    expect(checkResults(classified)).toEqual([]);
    // a dossier sent by someone the unit does not name is refused
    expect(
      run.sendCycle({
        type: 'SUBMIT_DOSSIER',
        unitId: 'so-y-te',
        items: [],
        at: nov(28),
        by: who('unitHead', '', 'so-noi-vu'),
      }),
    ).toMatchObject({ ok: false, rejection: { code: 'FORBIDDEN' } });
  });
});
