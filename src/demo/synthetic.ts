import { addWorkingDays } from '../calendar/working-days.js';
import { getProfile } from '../profiles/registry.js';
import { ruleSets } from '../rules/registry.js';
import type { Profile } from '../schemas/cycle-profile.js';
import { dailyTicks, dossierSteps, reviewsOf } from './assemble.js';
import type { DemoUnitSpec } from './kon-tum/units.js';
import { type PlanTwist, planSubjects } from './plans.js';
import { buildProvince } from './province.js';
import { Dice } from './random.js';
import { DEMO_SCRIPT_FORMAT, type DemoScript, type QuotaOverride } from './script.js';
import { civilShape, partyShape, type SyntheticShape } from './synthetic-shape.js';
import { instantOn, type ReviewPhases } from './timeline.js';

export interface SyntheticOptions {
  /** A bundled profile id (`generic-qd366`, `kon-tum-2024`, …). */
  readonly profile: string;
  readonly year: number;
  readonly collectives?: number;
  readonly individuals?: number;
  readonly seed?: number;
  /** `daily`: the scheduler ticks every day at 00:00; `none`: never (a benchmark's choice). */
  readonly ticks?: 'daily' | 'none';
}

const DEPARTMENTS = [
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Nông nghiệp và Môi trường',
  'Sở Công Thương',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Tư pháp',
  'Sở Nội vụ',
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Thanh tra tỉnh',
];
/**
 * A synthetic province's units: `collectives` units in all (each has one leadership collective),
 * one department per twenty units, the rest spread under them as numbered sub-units. Names are
 * generated and say so (numbered), never a real unit.
 */
function syntheticUnits(collectives: number, shape: SyntheticShape): DemoUnitSpec[] {
  const subKinds = shape.subKinds;
  const tops = Math.max(1, Math.round(collectives / shape.unitsPerTop));
  const out: DemoUnitSpec[] = [];
  let left = collectives - tops;
  for (let t = 0; t < tops; t++) {
    const base = DEPARTMENTS[t % DEPARTMENTS.length] as string;
    const round = Math.floor(t / DEPARTMENTS.length);
    const name = round === 0 ? base : `${base} (mẫu ${round + 1})`;
    const id = `don-vi-${t + 1}`;
    const share = Math.ceil(left / (tops - t));
    left -= share;
    const children: DemoUnitSpec[] = [];
    for (let c = 0; c < share; c++) {
      const [kind, head, deputy] = subKinds[c % subKinds.length] as readonly [
        string,
        string,
        string,
      ];
      children.push({
        id: `${id}-${c + 1}`,
        name: `${kind} số ${c + 1} thuộc ${name}`,
        type: 'sub-unit',
        head,
        deputy,
      });
    }
    out.push({ id, name, type: 'department', head: 'Giám đốc', deputy: 'Phó Giám đốc', children });
  }
  return out;
}

/** Where the profile's dossier and summary (or report) deadlines fall, `YYYY-MM-DD`. */
function cycleDays(profile: Profile): { dossierDue: string; summaryDue: string } {
  const of = (stage: string) => profile.deadlines.find((d) => d.guards === stage)?.date;
  const dossierDue = of('dossierSubmission') ?? `${profile.reviewYear}-12-31`;
  const summaryDue = of('summary') ?? of('report') ?? addWorkingDays(dossierDue, 10);
  return { dossierDue, summaryDue };
}

/** The review steps on working days from the profile's opening day (our reading, as Kon Tum's). */
export function phasesFrom(opensOn: string): ReviewPhases {
  const d = (n: number) => addWorkingDays(opensOn, n);
  return {
    suggest: d(2),
    explain: d(4),
    returnExplanation: d(6),
    reexplain: d(8),
    selfReview: d(7),
    selfReviewAfterReturn: d(9),
    meeting: d(13),
    propose: d(15),
    decide: [d(16), d(17), d(18)],
    complaint: d(19),
    resolve: d(21),
    close: [d(24), d(25)],
  };
}

/**
 * A synthetic province through a whole cycle of a bundled profile: the demo of `--profile
 * generic-qd366 --year 2026` (QĐ 366, points, the current deadlines) and the benchmark's sizes.
 * Seeded: the same options give the same script. Situations come at fixed rates — suggestions for
 * a tenth of the collectives and their heads (one in ten of those explanations returned),
 * discipline, sick and maternity leave, complaints upheld, exclusions, late, missing and
 * incomplete dossiers — and one comparable group exceeds X-QUOTA, overridden at FINALIZE.
 */
export function syntheticScript(options: SyntheticOptions): DemoScript {
  const profile = getProfile(options.profile, options.year);
  if (!profile) throw new RangeError(`No bundled profile "${options.profile}" for ${options.year}`);
  const collectives = options.collectives ?? 40;
  const individuals = options.individuals ?? 160;
  const dice = new Dice(options.seed ?? 2026);
  const shape =
    ruleSets[profile.ruleSet]?.regime === 'civil-service' ? civilShape() : partyShape(profile);
  const specs = syntheticUnits(collectives, shape);
  // Leaders: a department's head and 2 deputies, a sub-unit's head and 1; members make up the rest.
  const leaders = specs.length * 3 + (collectives - specs.length) * 2;
  const members = Math.max(0, individuals - leaders);
  const perUnit = Math.floor(members / collectives);
  const extra = members - perUnit * collectives;
  const { definition, subjects } = buildProvince(
    specs,
    {
      id: `${profile.id}-${profile.reviewYear}-mau`,
      title: profile.title,
      year: profile.reviewYear,
      profile: profile.id,
      organizer: profile.organizer,
      issuer: profile.issuer,
      openedAt: instantOn(profile.opensOn, 8),
      persons: shape.persons,
      groups: shape.groups,
      deputies: { department: [2, 2], other: [2, 2], sub: [1, 1] },
      members: (n) => perUnit + (n < extra ? 1 : 0),
      scopes: shape.scopes,
      routes: shape.routes,
      names: shape.names,
      regime: shape.regime,
    },
    dice,
  );
  const year = profile.reviewYear;
  const twists = new Map<string, PlanTwist>();
  const point = (id: string, content: string) => ({ id, content });
  for (const s of subjects) {
    const id = s.subject.id;
    const r = dice.next();
    if (s.subject.kind === 'collective') {
      if (r < 0.1) {
        const suggestions = [point('g1', 'Trách nhiệm trong chậm tiến độ nhiệm vụ được giao')];
        twists.set(id, { suggestions });
        const head = `${s.subject.unitId}.truong`;
        twists.set(head, {
          suggestions,
          ...(dice.chance(0.1) ? { returnedExplanation: true } : {}),
        });
      }
      continue;
    }
    if (twists.has(id)) continue;
    if (r < 0.01) twists.set(id, { disciplinedOn: `${year}-06-12` });
    else if (r < 0.02) twists.set(id, { sickLeaveMonths: 4 });
    else if (r < 0.025) twists.set(id, { maternityMonthsWorked: 6, aim: 'GOOD' });
    else if (r < 0.03) twists.set(id, { aim: 'GOOD', complaintAgainst: 'COMPLETED', closeDay: 1 });
    else if (r < 0.033 && s.subject.role === 'member' && shape.exclusionRule)
      s.subject.excluded = {
        reason: { vi: 'đang bị đình chỉ sinh hoạt đảng', en: 'party activity suspended' },
        rule: shape.exclusionRule,
      };
  }
  const { breachGroup } = shape;
  const plans = planSubjects(subjects, twists, {
    year,
    ruleSet: profile.ruleSet,
    profile,
    ...(breachGroup ? { breachGroup } : {}),
  });
  const group = breachGroup ? plans.filter((p) => p.subject.group === breachGroup) : [];
  const excellent = group.filter((p) => p.computed === 'EXCELLENT');
  const good = group.filter((p) => p.computed === 'GOOD').length;
  const overrides: QuotaOverride[] = excellent
    .slice(0, Math.max(0, excellent.length - Math.floor((good * 20) / 100)))
    .map((p) => ({
      subjectId: p.subject.id,
      // the competent authority of the sub-unit's collective: its department's director
      by: p.subject.authority as string, // buildProvince gives every subject one
      reason:
        'Đơn vị có thành tích đặc biệt xuất sắc trong năm; cấp có thẩm quyền đồng ý vượt tỷ lệ.',
    }));
  const phases = phasesFrom(profile.opensOn);
  const { dossierDue, summaryDue } = cycleDays(profile);
  const fate = new Map(definition.units.map((u) => [u.id, dice.next()]));
  const dossiers = dossierSteps(definition, plans, profile, (unitId) => {
    const r = fate.get(unitId) ?? 0;
    const at = instantOn(addWorkingDays(dossierDue, -1 - Math.floor(r * 3)), 10);
    if (r < 0.01) return {};
    if (r < 0.04) return { at: instantOn(addWorkingDays(dossierDue, 1), 10) };
    if (r < 0.05)
      return {
        at,
        firstWithout: {
          item: shape.incompleteItem,
          at: instantOn(addWorkingDays(dossierDue, -4), 10),
        },
      };
    return { at };
  });
  const compile = addWorkingDays(summaryDue, -2);
  const finalize = addWorkingDays(summaryDue, -1);
  const from = definition.openedAt as string;
  const to = instantOn(summaryDue, 0);
  return {
    format: DEMO_SCRIPT_FORMAT,
    title:
      shape.regime === 'civil-service'
        ? {
            vi: `Các cơ quan của một tỉnh mẫu (dữ liệu tổng hợp): ${collectives} cơ quan, đơn vị, ${individuals} công chức, năm ${year}`,
            en: `A synthetic province's agencies: ${collectives} agencies and offices, ${individuals} civil servants, ${year}`,
          }
        : {
            vi: `Tỉnh mẫu (dữ liệu tổng hợp): ${collectives} tập thể, ${individuals} cá nhân, năm ${year}`,
            en: `A synthetic province: ${collectives} collectives, ${individuals} individuals, ${year}`,
          },
    definition,
    clock: { from, to, ticks: options.ticks === 'none' ? [] : dailyTicks(from, to) },
    situations: [],
    reviews: reviewsOf(plans, phases),
    cycle: [
      ...dossiers,
      { at: instantOn(compile, 9), event: { type: 'COMPILE_SUMMARY' }, expect: 'accepted' },
      ...(overrides.length > 0
        ? [
            {
              at: instantOn(compile, 14),
              event: { type: 'FINALIZE' as const },
              expect: 'refused' as const,
            },
          ]
        : []),
      { at: instantOn(finalize, 9), event: { type: 'FINALIZE', overrides }, expect: 'accepted' },
    ],
  };
}
