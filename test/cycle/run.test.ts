import { describe, expect, it } from 'vitest';
import { createCycle, getProfile, type Profile } from '../../src/index.js';
import {
  accepted,
  decide,
  ITEMS,
  nov,
  OPENED,
  ORGANIZER,
  runReviews,
  smallCycle,
  toDecision,
  who,
} from './helpers.js';

describe('the cycle runs the seed cycle’s reviews (issue 10)', () => {
  it('opens one review per subject; an excluded subject ends not reviewed with its reason', () => {
    const run = createCycle(smallCycle());
    expect(run.open(OPENED, ORGANIZER)).toMatchObject({ ok: true });
    const index = run.index();
    expect(index.state).toBe('open');
    expect(index.subjects.find((s) => s.id === 'syt/nghi')).toMatchObject({
      stage: 'notReviewed',
      excluded: true,
      statusReason: { en: 'Long sick leave' },
    });
    expect(run.review('snv/gd')?.context.deadlines.map((d) => d.id)).toEqual([
      'step-suggestions',
      'step-explanation',
      'step-self-review',
      'step-meeting',
      'step-appraisal',
      'step-decision',
    ]);
    expect(run.review('snv/gd')?.context.cycle.openedAt).toBe(OPENED);
  });

  it('X-ORDER through the machines: a head waits for its collective, a collective for the level below', () => {
    const run = createCycle(smallCycle());
    run.open(OPENED, ORGANIZER);
    for (const id of ['snv/gd', 'snv/ld', 'ccvc/ld']) {
      const s = smallCycle().subjects.find((x) => x.id === id);
      accepted(run, id, toDecision(id, s?.unitId as string, s?.kind as string, s?.role as string));
    }
    const head = run.send('snv/gd', decide('snv/gd', 'GOOD'));
    expect(head).toMatchObject({ ok: false, rejection: { code: 'ORDER' } });
    expect(!head.ok && head.rejection.message.vi).toContain('Tập thể lãnh đạo so-noi-vu');
    expect(!head.ok && head.rejection.message.en).toContain('a head is rated after');
    const upper = run.send('snv/ld', decide('snv/ld', 'GOOD'));
    expect(!upper.ok && upper.rejection.message.en).toContain(
      '(ccvc/ld; lower levels are rated before upper)',
    );
    // the refusal is audited in the review's own chain and changes nothing else
    expect(run.review('snv/gd')?.context.decision).toBeNull();
    expect(run.index().subjects.find((s) => s.id === 'snv/gd')?.stage).toBe('decision');
    accepted(run, 'ccvc/ld', [decide('ccvc/ld', 'GOOD')]);
    accepted(run, 'snv/ld', [decide('snv/ld', 'GOOD')]);
    accepted(run, 'snv/gd', [decide('snv/gd', 'GOOD')]);
    expect(run.index().subjects.find((s) => s.id === 'snv/gd')).toMatchObject({
      level: 'GOOD',
      computedLevel: 'EXCELLENT',
      decidedOn: '2024-11-15',
    });
  });

  it('dossiers on time, late, missing; an incomplete one is refused with what is missing', () => {
    const run = createCycle(smallCycle());
    run.open(OPENED, ORGANIZER);
    const dossier = (unitId: string, items: string[], at: string) =>
      run.sendCycle({ type: 'SUBMIT_DOSSIER', unitId, items, at, by: who('unitHead', '', unitId) });
    const incomplete = dossier('phong-ccvc', ['self-review', 'minutes'], nov(20));
    expect(incomplete).toMatchObject({ ok: false, rejection: { code: 'INVALID_PAYLOAD' } });
    const missing = !incomplete.ok ? (incomplete.rejection.issues ?? []) : [];
    expect(missing.map((i) => i.code)).toEqual(['missing_item', 'missing_item']);
    expect(missing[0]?.message.vi).toContain('Tổng hợp kết quả thẩm định');
    expect(missing[1]?.message.en).toContain('The conclusion and the decided quality level');
    expect(run.index().units.find((u) => u.id === 'phong-ccvc')?.timing).toBe('missing');
    expect(dossier('phong-ccvc', ITEMS, nov(20))).toMatchObject({ ok: true });
    expect(dossier('so-noi-vu', ITEMS, nov(24, 23))).toMatchObject({ ok: true });
    expect(dossier('so-tai-chinh', ITEMS, nov(25, 8))).toMatchObject({ ok: true });
    expect(dossier('so-tai-chinh', ITEMS, nov(25, 9))).toMatchObject({
      ok: false,
      rejection: { code: 'NOT_ALLOWED_IN_STATE' },
    });
    expect(run.index().units.map((u) => [u.id, u.timing])).toEqual([
      ['so-noi-vu', 'on-time'],
      ['phong-ccvc', 'on-time'],
      ['so-tai-chinh', 'late'],
      ['so-y-te', 'missing'],
    ]);
  });

  it('COMPILE_SUMMARY and FINALIZE: refused while X-QUOTA stands without an override', () => {
    const run = createCycle(smallCycle());
    run.open(OPENED, ORGANIZER);
    runReviews(run);
    expect(run.summary()).toBeUndefined();
    expect(run.sendCycle({ type: 'COMPILE_SUMMARY', at: nov(28), by: ORGANIZER })).toMatchObject({
      ok: true,
    });
    const summary = run.summary();
    expect(summary?.totals).toMatchObject({ subjects: 8, rated: 7, notReviewed: 1 });
    expect(summary?.groups.find((g) => g.group === 'tap-the-so')?.quota).toBe('exceeded');
    expect(summary?.notReviewed.map((e) => e.reason.en)).toEqual(['Long sick leave']);
    expect(summary?.recipients.map((r) => [r.recipient, r.subjects.length])).toEqual([
      ['so-noi-vu', 8],
      ['ban-to-chuc-tinh-uy', 1],
    ]);
    const refused = run.sendCycle({ type: 'FINALIZE', at: nov(29), by: ORGANIZER });
    expect(refused).toMatchObject({ ok: false, rejection: { code: 'NOT_ALLOWED_IN_STATE' } });
    expect(!refused.ok && refused.rejection.issues?.map((i) => i.code)).toEqual(['X-QUOTA']);
    expect(run.index().state).toBe('compiled');
    const done = run.sendCycle({
      type: 'FINALIZE',
      at: nov(29),
      by: ORGANIZER,
      overrides: [{ subjectId: 'stc/ld', by: 'p/bcsd', reason: 'Đơn vị dẫn đầu khối thi đua' }],
    });
    expect(done).toMatchObject({ ok: true });
    expect(run.index().state).toBe('finalized');
    expect(run.summary()?.groups.find((g) => g.group === 'tap-the-so')?.quota).toBe('overridden');
    expect(run.summary()?.checks.quota.map((f) => f.severity)).toEqual(['warning']);
  });

  it('a profile whose dossier deadline blocks refuses a late dossier with DEADLINE_PASSED', () => {
    const base = getProfile('kon-tum-2024') as Profile;
    const profile = {
      ...base,
      deadlines: base.deadlines.map((d) =>
        d.guards === 'dossierSubmission' ? { ...d, policy: 'block' as const } : d,
      ),
    };
    const run = createCycle(smallCycle(), { profile });
    run.open(OPENED, ORGANIZER);
    const late = run.sendCycle({
      type: 'SUBMIT_DOSSIER',
      unitId: 'so-y-te',
      items: ITEMS,
      at: nov(25),
      by: who('unitHead', '', 'so-y-te'),
    });
    expect(late).toMatchObject({ ok: false, rejection: { code: 'DEADLINE_PASSED' } });
    expect(run.index().units.find((u) => u.id === 'so-y-te')?.timing).toBe('missing');
  });
});
