import { getProfile } from '../../profiles/registry.js';
import type { Profile } from '../../schemas/cycle-profile.js';
import { dailyTicks, dossierSteps, reviewsOf } from '../assemble.js';
import { type PlanTwist, planSubjects } from '../plans.js';
import { buildProvince, headId } from '../province.js';
import { Dice } from '../random.js';
import { DEMO_SCRIPT_FORMAT, type DemoScript } from '../script.js';
import { instantOn, type ReviewPhases } from '../timeline.js';
import { KON_TUM_GROUPS, KON_TUM_NAMES } from './names.js';
import { KON_TUM_SITUATIONS, KON_TUM_TWISTS, OVERRIDES, QUOTA_GROUP } from './situations.js';
import { KON_TUM_UNITS } from './units.js';

/** The seed the Kon Tum province is drawn with (deputies per unit, aimed levels). */
export const KON_TUM_SEED = 20241023;

/**
 * The days of the seed's cycle. The letter answers Sở Nội vụ's 3314/SNV-CCVC of 23-10-2024; units
 * send results and dossiers before 25-11-2024; Sở Nội vụ compiles before 01-12-2024. Our reading
 * of the steps in between (the letter gives none): suggestions in the first days, self-reviews
 * by 01-11, meetings on 11–12-11 (three working days after the draft reports, HD 25), appraisal
 * on 13-11, decisions lower level first from 14-11 (X-ORDER), dossiers 20–22-11, the organizer
 * closes the reviews on 26–27-11, compiles on 28-11 and finalizes on 29-11 (the last working day
 * before the Sunday deadline). Every day here is a working day.
 */
export const KON_TUM_PHASES: ReviewPhases = {
  suggest: '2024-10-25',
  explain: '2024-10-29',
  returnExplanation: '2024-10-31',
  reexplain: '2024-11-04',
  selfReview: '2024-11-01',
  selfReviewAfterReturn: '2024-11-05',
  meeting: '2024-11-11',
  propose: '2024-11-13',
  decide: ['2024-11-14', '2024-11-15', '2024-11-18'],
  complaint: '2024-11-19',
  resolve: '2024-11-21',
  close: ['2024-11-26', '2024-11-27'],
};

/** The persons acting for the province (host ids; titles, never real names). */
export const KON_TUM_PERSONS = {
  provincial: 'bcsd-ubnd-tinh.bi-thu',
  appraiser: 'so-noi-vu.tham-dinh',
  organizer: ['so-noi-vu.phong-cong-chuc-vien-chuc'],
} as const;

function konTumProfile(): Profile {
  return getProfile('kon-tum-2024') as Profile;
}

/**
 * The bundled demo: the seed's 2024 cycle of Kon Tum (`kon-tum-2024`, QĐ 124) — 40 leadership
 * collectives and about 150 leaders of the units the letter names, and every situation of
 * `KON_TUM_SITUATIONS` — as a cycle definition and a script of dated events. Deterministic.
 */
export function konTumScript(): DemoScript {
  const profile = konTumProfile();
  const dice = new Dice(KON_TUM_SEED);
  const { definition, subjects } = buildProvince(
    KON_TUM_UNITS,
    {
      id: 'kon-tum-2024',
      title: profile.title,
      year: 2024,
      profile: 'kon-tum-2024',
      organizer: 'so-noi-vu',
      issuer: 'bcsd-ubnd-tinh',
      openedAt: instantOn('2024-10-23', 8),
      persons: KON_TUM_PERSONS,
      groups: KON_TUM_GROUPS,
      names: KON_TUM_NAMES,
      deputies: { department: [3, 5], other: [1, 3], sub: [2, 3] },
      scopes: {
        topHeads: { scope: 'btv-tinh-uy', category: 'dien-btv-tinh-uy-quan-ly' },
        top: { scope: 'bcsd-ubnd-tinh', category: 'dien-bcsd-quan-ly' },
        sub: { scope: 'bcsd-ubnd-tinh', category: 'dien-bcsd-quan-ly' },
      },
      forms: { topHeads: '02-A', top: '02-B', sub: '02-C' },
      routes: [{ to: 'ban-to-chuc-tinh-uy', scopes: ['btv-tinh-uy'] }],
    },
    dice,
  );
  const excluded = KON_TUM_SITUATIONS.find((s) => s.id === 'exclusion')?.subjects ?? [];
  for (const s of definition.subjects)
    if (excluded.includes(s.id))
      s.excluded = {
        reason: { vi: 'đang bị đình chỉ sinh hoạt đảng', en: 'party activity suspended' },
        rule: 'Q124-EXCLUDE',
      };
  // The transferred deputy's dossier holds the former agency's comments (ý kiến của cơ quan cũ).
  const transferred = KON_TUM_SITUATIONS.find((s) => s.id === 'transfer')?.subjects ?? [];
  for (const s of definition.subjects)
    if (transferred.includes(s.id)) s.dossierItems = ['related-comments'];
  const twists = new Map<string, PlanTwist>(Object.entries(KON_TUM_TWISTS));
  const plans = planSubjects(subjects, twists, {
    year: 2024,
    ruleSet: 'qd124-2023',
    profile,
    breachGroup: QUOTA_GROUP,
  });
  const reviews = reviewsOf(plans, KON_TUM_PHASES);
  // X-ORDER shown: the head of Sở Tài chính is decided before the department's collective.
  const early = reviews[headId('so-tai-chinh')];
  early?.splice(early.length - 3, 0, {
    at: instantOn(KON_TUM_PHASES.decide[0] as string, 15),
    as: 'authority',
    event: { type: 'DECIDE_LEVEL', level: 'GOOD' },
    expect: 'refused',
  });
  const late = new Set(KON_TUM_SITUATIONS.find((s) => s.id === 'late-dossier')?.units ?? []);
  const missing = new Set(KON_TUM_SITUATIONS.find((s) => s.id === 'missing-dossier')?.units);
  const incomplete = new Set(KON_TUM_SITUATIONS.find((s) => s.id === 'incomplete-dossier')?.units);
  const dossierDays = ['2024-11-20', '2024-11-21', '2024-11-22'];
  const dossiers = dossierSteps(definition, plans, profile, (unitId) => {
    if (missing.has(unitId)) return {};
    const i = definition.units.findIndex((u) => u.id === unitId);
    const day = late.has(unitId) ? '2024-11-26' : (dossierDays[i % 3] as string);
    return incomplete.has(unitId)
      ? {
          at: instantOn('2024-11-22', 15),
          firstWithout: { item: 'explanation', at: instantOn('2024-11-21', 10) },
        }
      : { at: instantOn(day, 10, i % 60) };
  });
  const from = definition.openedAt as string;
  const to = instantOn('2024-12-01', 0);
  return {
    format: DEMO_SCRIPT_FORMAT,
    title: {
      vi: 'Đợt kiểm điểm năm 2024 của tỉnh Kon Tum (dữ liệu mẫu)',
      en: "Kon Tum province's 2024 review cycle (demo data)",
    },
    definition,
    clock: { from, to, ticks: dailyTicks(from, to) },
    situations: KON_TUM_SITUATIONS.map((s) => ({
      ...s,
      subjects: [...s.subjects],
      units: [...s.units],
    })),
    reviews,
    cycle: [
      ...dossiers,
      { at: instantOn('2024-11-28', 9), event: { type: 'COMPILE_SUMMARY' }, expect: 'accepted' },
      { at: instantOn('2024-11-28', 14), event: { type: 'FINALIZE' }, expect: 'refused' },
      {
        at: instantOn('2024-11-29', 9),
        event: { type: 'FINALIZE', overrides: OVERRIDES.map((o) => ({ ...o })) },
        expect: 'accepted',
      },
    ],
  };
}
