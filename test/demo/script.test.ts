import { describe, expect, it } from 'vitest';
import { createReviewActor, type ReviewEventInput } from '../../machines/index.js';
import { konTumScript } from '../../src/demo/kon-tum/script.js';
import { parseDemoScript } from '../../src/demo/script.js';
import { AssessmentError, classify, getProfile } from '../../src/index.js';
import { RulesProfileSchema } from '../../src/schemas/profile.js';

const script = konTumScript();
const subjects = script.definition.subjects;

describe('the bundled Kon Tum 2024 demo data', () => {
  it('is a valid script whose definition is a valid cycle definition, after a JSON round trip', () => {
    const parsed = parseDemoScript(JSON.parse(JSON.stringify(script)));
    expect(parsed.definition.subjects).toHaveLength(subjects.length);
    expect(parsed.definition.profile).toBe('kon-tum-2024');
  });

  it('is the same on every build (seeded)', () => {
    expect(JSON.stringify(konTumScript())).toBe(JSON.stringify(script));
  });

  it('has about 40 collectives and 150 individuals of the kinds of unit the letter names', () => {
    expect(subjects.filter((s) => s.kind === 'collective')).toHaveLength(40);
    expect(subjects.filter((s) => s.kind === 'individual')).toHaveLength(150);
    const types = new Set(script.definition.units.map((u) => u.type));
    for (const type of [
      'department',
      'association',
      'management-board',
      'public-service-unit',
      'state-fund',
      'company',
      'sub-unit',
    ])
      expect(types).toContain(type);
    const names = script.definition.units.map((u) => u.name);
    for (const name of [
      'Hội Chữ thập đỏ tỉnh',
      'Liên minh Hợp tác xã tỉnh',
      'Hội Văn học - Nghệ thuật tỉnh',
      'Hội Nhà báo tỉnh',
      'Hội Luật gia tỉnh',
      'Công ty cổ phần Cấp nước Kon Tum',
      'Công ty cổ phần Môi trường đô thị Kon Tum',
    ])
      expect(names).toContain(name);
  });

  it('names every situation of a real cycle, on subjects and units that exist', () => {
    const ids = new Set(subjects.map((s) => s.id));
    const units = new Set(script.definition.units.map((u) => u.id));
    expect(script.situations.map((s) => s.id).sort()).toEqual(
      [
        'complaint-upheld',
        'discipline',
        'exclusion',
        'incomplete-dossier',
        'late-dossier',
        'maternity-leave',
        'missing-dossier',
        'order',
        'quota-override',
        'returned-explanation',
        'sick-leave',
        'suggestions',
        'transfer',
      ].sort(),
    );
    for (const s of script.situations) {
      expect(s.subjects.length + s.units.length).toBeGreaterThan(0);
      for (const id of s.subjects) expect(ids).toContain(id);
      for (const id of s.units) expect(units).toContain(id);
    }
  });

  it('decides what the rules compute from each assessment, and shows each situation in the facts', () => {
    const profile = getProfile('kon-tum-2024');
    const decided = new Map<string, string>();
    for (const [id, steps] of Object.entries(script.reviews)) {
      const proposal = steps.find((s) => s.event.type === 'PROPOSE_LEVEL');
      const decisions = steps.filter(
        (s) => s.event.type === 'DECIDE_LEVEL' && s.expect === 'accepted',
      );
      if (!proposal) continue;
      const c = classify(proposal.event.assessment, { ruleSet: 'qd124-2023', profile });
      expect(c.needsJudgment).toBe(false);
      if (c.level !== null) expect(decisions.at(-1)?.event.level).toBe(c.level);
      decided.set(id, String(decisions.at(-1)?.event.level ?? c.status));
    }
    const where = (id: string) => script.situations.find((s) => s.id === id)?.subjects ?? [];
    expect(where('discipline').map((id) => decided.get(id))).toEqual([
      'NOT_COMPLETED',
      'NOT_COMPLETED',
    ]);
    expect(decided.get(where('sick-leave')[0] as string)).toBe('COMPLETED');
    expect(decided.get(where('complaint-upheld')[0] as string)).toBe('GOOD');
    expect(subjects.find((s) => s.id === where('exclusion')[0])?.excluded?.rule).toBe(
      'Q124-EXCLUDE',
    );
  });

  it('asks the transferred deputy’s dossier for the former agency’s comments, and the unit sends them', () => {
    const id = script.situations.find((s) => s.id === 'transfer')?.subjects[0];
    const subject = subjects.find((s) => s.id === id);
    expect(subject?.dossierItems).toEqual(['related-comments']);
    const sent = script.cycle.find(
      (c) => c.event.type === 'SUBMIT_DOSSIER' && c.event.unitId === subject?.unitId,
    );
    expect(sent?.event.type === 'SUBMIT_DOSSIER' && sent.event.items).toContain('related-comments');
  });

  it('exceeds X-QUOTA in one group only, by no more than the overrides the authority records', () => {
    const levels = new Map<string, { e: number; g: number }>();
    for (const s of subjects) {
      const level = script.reviews[s.id]
        ?.filter((x) => x.event.type === 'DECIDE_LEVEL' && x.expect === 'accepted')
        .at(-1)?.event.level;
      const g = levels.get(s.group as string) ?? { e: 0, g: 0 };
      if (level === 'EXCELLENT') g.e++;
      if (level === 'GOOD') g.g++;
      levels.set(s.group as string, g);
    }
    const over = [...levels].filter(([, c]) => c.e * 100 > c.g * 20);
    expect(over.map(([g]) => g)).toEqual(['tap-the-lanh-dao-don-vi-truc-thuoc']);
    const [, c] = over[0] as [string, { e: number; g: number }];
    const finalize = script.cycle.find(
      (s) => s.event.type === 'FINALIZE' && s.expect === 'accepted',
    );
    const overrides = finalize?.event.type === 'FINALIZE' ? (finalize.event.overrides ?? []) : [];
    expect(overrides.length).toBeGreaterThanOrEqual(c.e - Math.floor((c.g * 20) / 100));
  });

  it('plays every review it expects accepted through the review machine, with the named persons', () => {
    // The review alone: X-ORDER and dossiers are the cycle's (test/demo/demo.test.ts plays those).
    const full = getProfile('kon-tum-2024');
    const profile = Object.fromEntries(
      Object.keys(RulesProfileSchema.shape).map((k) => [k, full?.[k as keyof typeof full]]),
    );
    for (const s of subjects) {
      const actor = createReviewActor({
        subject: {
          id: s.id,
          name: s.name,
          kind: s.kind,
          role: s.role,
          unitId: s.unitId,
          ...(s.form ? { form: s.form } : {}),
          ...(s.excluded ? { excluded: s.excluded } : {}),
        },
        cycle: { year: 2024, openedAt: script.clock.from, ruleSet: 'qd124-2023' },
        participants: s.participants,
        classification: { profile },
      }).start();
      for (const step of script.reviews[s.id] ?? []) {
        if (step.expect === 'refused') continue;
        const id =
          step.as === 'organizer'
            ? script.definition.organizerPersons[0]
            : s.participants[step.as]?.[0];
        const scoped = step.as === 'subject' || step.as === 'unitHead';
        const by = { id, roles: [step.as], ...(scoped ? { unitId: s.unitId } : {}) };
        const verdict = actor.dispatch({ ...step.event, at: step.at, by } as ReviewEventInput);
        expect(
          verdict.ok ? 'ok' : `${s.id} ${step.event.type}: ${verdict.rejection.message.en}`,
        ).toBe('ok');
      }
      const stage = actor.getSnapshot().context.stage;
      expect(['closed', 'notReviewed', 'notRated']).toContain(stage);
      actor.stop();
    }
  });

  it('refuses a script with a bad event, located and in both languages', () => {
    const bad = JSON.parse(JSON.stringify(script));
    const first = Object.keys(bad.reviews)[0] as string;
    bad.reviews[first][0].event.proposedLevel = 'SUPERB';
    bad.reviews.nobody = [];
    try {
      parseDemoScript(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AssessmentError);
      const issues = (error as AssessmentError).issues;
      expect(issues.map((i) => i.path.join('.'))).toEqual(
        expect.arrayContaining([`reviews.${first}.0.event.proposedLevel`, 'reviews.nobody']),
      );
      for (const i of issues) expect(i.message.vi).not.toBe(i.message.en);
    }
  });
});
