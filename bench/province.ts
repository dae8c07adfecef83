// A province-sized, deterministic mix of valid qd366-2025 assessments (review year 2025).
// Seeded PRNG (mulberry32): the same seed gives the same mix on every machine and run.

import type { AssessmentInput } from '../src/index.js';

type TaskInput = AssessmentInput['tasks'];
type DisciplineInput = NonNullable<AssessmentInput['discipline']>[number];
type FlagsInput = NonNullable<AssessmentInput['flags']>;
type FlagName = keyof FlagsInput;

export const REVIEW_YEAR = 2025;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Roughly bell-shaped in [0, 1) (mean of three uniforms). */
  bell(): number {
    return (this.next() + this.next() + this.next()) / 3;
  }
}

/** Share of each kind of subject in the mix (the rest are ordinary members). */
export const MIX = {
  leadership: 0.015,
  'party-organization': 0.04,
  leader: 0.06,
  outside: 0.007,
} as const;

const FORMS = [
  'reprimand',
  'reprimand',
  'reprimand',
  'warning',
  'warning',
  'dismissal',
  'expulsion',
] as const;

function date(d: Dice, year: number, fromMonth = 1, toMonth = 12): string {
  const mm = String(d.int(fromMonth, toMonth)).padStart(2, '0');
  const dd = String(d.int(1, 28)).padStart(2, '0');
  return `${year}-${mm}-${dd}`;
}

/** Task counts: mostly all completed, mostly on time, a realistic share beyond requirement. */
function tasks(d: Dice, min: number, max: number, weak: boolean): TaskInput {
  const total = d.chance(0.004) ? 0 : d.int(min, max);
  let completed = total;
  if (total > 0 && (weak || d.chance(0.08))) {
    const gap = weak
      ? d.int(1, Math.ceil(total * 0.7))
      : d.int(1, Math.max(1, Math.ceil(total * 0.2)));
    completed = Math.max(0, total - gap);
  }
  let onTime = completed;
  if (completed > 0 && d.chance(0.25))
    onTime = completed - d.int(1, Math.max(1, Math.ceil(completed * 0.35)));
  const exceeded = Math.min(completed, Math.round(completed * d.next() * 0.65));
  return { total, completed, onTime, exceeded };
}

/** Points on the 100-point scale, in half points; about 1% fall below 50. */
function points(d: Dice): AssessmentInput['points'] {
  const low = d.chance(0.01);
  const q = low ? d.next() * 0.5 : 0.55 + d.bell() * 0.45;
  const general = Math.min(30, Math.round(q * 30 * 2 + d.int(-2, 2)) / 2);
  const taskPoints = Math.min(70, Math.round(q * 70 * 2 + d.int(-3, 3)) / 2);
  const g = Math.max(0, general);
  const t = Math.max(0, taskPoints);
  return d.chance(0.1) ? { total: g + t } : { general: g, tasks: t };
}

function discipline(d: Dice, year: number): DisciplineInput {
  const inYear = d.chance(0.8);
  return {
    form: d.pick(FORMS),
    decidedOn: date(d, inYear ? year : year - 1),
    violationYear: inYear && d.chance(0.3) ? year - 1 : inYear ? year : year - 1,
    dutyRelated: d.chance(0.8),
    atPreviousUnit: d.chance(0.1),
    selfDetectedAndRemedied: d.chance(0.2),
  };
}

/** Sets some flags (each with probability p) and lists a share of them as self-remedied. */
function flags(d: Dice, names: readonly FlagName[], p: number, base: FlagsInput = {}) {
  const set: FlagsInput = { ...base };
  const remedied: FlagName[] = [];
  for (const n of names) {
    if (!d.chance(p)) continue;
    set[n] = true;
    if (d.chance(0.25)) remedied.push(n);
  }
  return { flags: set, remediedFlags: remedied };
}

function shortcomings(d: Dice): AssessmentInput['previousShortcomings'] {
  if (!d.chance(0.6)) return undefined;
  const total = d.int(0, 4);
  return { total, remedied: total > 0 && d.chance(0.15) ? total - 1 : total };
}

function collective(
  d: Dice,
  i: number,
  role: 'leadership' | 'party-organization',
): AssessmentInput {
  const weak = d.chance(0.02);
  const forceMajeure = weak && d.chance(0.3);
  const a: AssessmentInput = {
    id: `${role === 'leadership' ? 'tt' : 'to-chuc'}-${i}`,
    kind: 'collective',
    role,
    year: REVIEW_YEAR,
    group: role === 'leadership' ? `tap-the-${d.int(1, 12)}` : `chi-bo-${d.int(1, 40)}`,
    points: points(d),
    tasks: tasks(d, 20, 80, weak),
    unit: {
      basicTargetsMissed: d.chance(0.015) ? d.int(1, 3) : 0,
      subordinateUnits: { total: 8, disciplined: d.chance(0.03) ? 1 : 0 },
    },
    previousShortcomings: shortcomings(d),
    forceMajeure,
  };
  if (role === 'leadership') {
    a.memberDiscipline = d.chance(0.06) ? [discipline(d, REVIEW_YEAR)] : [];
    Object.assign(a, flags(d, ['disunity', 'personnelWrongdoing'], 0.01));
  }
  return a;
}

function party(d: Dice): AssessmentInput['party'] {
  const recent = d.chance(0.008);
  return {
    admittedOn: recent ? date(d, REVIEW_YEAR, 1, 11) : date(d, d.int(1975, REVIEW_YEAR - 1)),
    exemptFromActivity: d.chance(0.004),
    suspended: d.chance(0.001),
  };
}

function individual(d: Dice, i: number, role: 'leader' | 'member' | 'outside'): AssessmentInput {
  const weak = d.chance(role === 'leader' ? 0.01 : 0.015);
  const a: AssessmentInput = {
    id: `${role}-${i}`,
    kind: 'individual',
    role,
    year: REVIEW_YEAR,
    group: `${role}-${d.int(1, 60)}`,
    points: points(d),
    tasks: role === 'outside' ? tasks(d, 0, 6, weak) : tasks(d, 4, 20, weak),
    discipline: d.chance(0.006) ? [discipline(d, REVIEW_YEAR)] : [],
    previousShortcomings: shortcomings(d),
    party: party(d),
    ...flags(
      d,
      role === 'leader'
        ? ['degradation', 'prohibitedConduct', 'corruptionInManagedArea']
        : ['degradation', 'prohibitedConduct'],
      0.002,
      // An individual's flag (RULES.md "Flags": true on a collective is invalid input).
      { generalCriteriaMet: true },
    ),
  };
  if (d.chance(0.02))
    a.service = d.chance(0.5) ? { maternityLeave: true } : { sickLeaveMonths: d.int(1, 6) };
  if (role === 'leader') {
    const supervised = d.chance(0.5) ? d.int(2, 10) : 0;
    a.unit = {
      tasks: tasks(d, 20, 60, d.chance(0.01)),
      basicTargetsMissed: d.chance(0.01) ? 1 : 0,
      ...(supervised > 0
        ? {
            supervisedUnits: {
              total: supervised,
              notCompleted: d.chance(0.01) ? supervised : d.chance(0.1) ? 1 : 0,
            },
          }
        : {}),
    };
    if (d.chance(0.6)) {
      const total = d.int(15, 60);
      a.confidence = {
        total,
        low: d.chance(0.01) ? total - d.int(0, 5) : d.int(0, Math.floor(total / 10)),
      };
    }
  }
  return a;
}

/** Generates `subjects` assessments, deterministic for a given seed. */
export function generateProvince(subjects = 60_000, seed = 366): AssessmentInput[] {
  const d = new Dice(mulberry32(seed));
  const out: AssessmentInput[] = [];
  for (let i = 0; i < subjects; i++) {
    const r = d.next();
    const c1 = MIX.leadership;
    const c2 = c1 + MIX['party-organization'];
    const c3 = c2 + MIX.leader;
    const c4 = c3 + MIX.outside;
    if (r < c1) out.push(collective(d, i, 'leadership'));
    else if (r < c2) out.push(collective(d, i, 'party-organization'));
    else if (r < c3) out.push(individual(d, i, 'leader'));
    else if (r < c4) out.push(individual(d, i, 'outside'));
    else out.push(individual(d, i, 'member'));
  }
  return out;
}
