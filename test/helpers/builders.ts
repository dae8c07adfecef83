import type {
  AssessmentInput,
  Classification,
  Effect,
  Reason,
  TaskCountsInput,
} from '../../src/index.js';

/** Fields a test overrides on top of a base subject (shallow: nested objects are replaced). */
export type Overrides = Partial<AssessmentInput>;

/** A 2025 member with 75 points and every task done on time: GOOD (the built-package tests). */
export const GOOD_MEMBER_2025 = {
  id: 'x',
  kind: 'individual',
  role: 'member',
  year: 2025,
  points: { total: 75 },
  tasks: { total: 10, completed: 10, onTime: 10, exceeded: 1 },
} as const satisfies AssessmentInput;

/** Task counts `T, C, O, E` in the notation of RULES.md. */
export function tasks(
  total: number,
  completed: number,
  onTime: number,
  exceeded: number,
): TaskCountsInput {
  return { total, completed, onTime, exceeded };
}

/** Every task done on time, half of them beyond requirement: meets every task share. */
export const PERFECT: TaskCountsInput = tasks(10, 10, 10, 5);

// ---- qd366-2025 (review year 2025): each base subject is EXCELLENT as built -------------------

export function member366(over: Overrides = {}): AssessmentInput {
  return {
    id: 'member-366',
    kind: 'individual',
    role: 'member',
    year: 2025,
    points: { general: 28, tasks: 67 },
    tasks: { ...PERFECT },
    ...over,
  };
}

export function outside366(over: Overrides = {}): AssessmentInput {
  return member366({ id: 'outside-366', role: 'outside', ...over });
}

export function leader366(over: Overrides = {}): AssessmentInput {
  return member366({ id: 'leader-366', role: 'leader', unit: { tasks: { ...PERFECT } }, ...over });
}

export function collective366(over: Overrides = {}): AssessmentInput {
  return member366({ id: 'collective-366', kind: 'collective', role: 'leadership', ...over });
}

// ---- qd124-2023 (review year 2024): each base subject is EXCELLENT as built -------------------

export function member124(over: Overrides = {}): AssessmentInput {
  return {
    id: 'member-124',
    kind: 'individual',
    role: 'member',
    year: 2024,
    criteria: { taskResults: 'EXCELLENT', politics: 'GOOD' },
    tasks: { ...PERFECT },
    ...over,
  };
}

export function leader124(over: Overrides = {}): AssessmentInput {
  return member124({
    id: 'leader-124',
    role: 'leader',
    unit: { tasks: { ...PERFECT } },
    flags: { exemplary: true },
    ...over,
  });
}

export function collective124(over: Overrides = {}): AssessmentInput {
  return member124({ id: 'collective-124', kind: 'collective', role: 'leadership', ...over });
}

// ---- nd90-2020 (a civil servant, review year 2025): each base subject is EXCELLENT as built ----

export function member90(over: Overrides = {}): AssessmentInput {
  return {
    id: 'member-90',
    kind: 'individual',
    role: 'member',
    year: 2025,
    regime: 'civil-service',
    employment: 'civil-servant',
    tasks: { ...PERFECT },
    flags: { generalCriteriaMet: true },
    ...over,
  };
}

export function leader90(over: Overrides = {}): AssessmentInput {
  return member90({
    id: 'leader-90',
    role: 'leader',
    unit: {
      tasks: { ...PERFECT },
      managedUnits: { total: 5, completedOrBetter: 5, goodOrBetter: 4 },
    },
    ...over,
  });
}

// ---- reading a Classification ----------------------------------------------------------------

/** `rule:effect` for every reason, in order (what a diff of two outcomes reads best as). */
export function reasonKeys(c: Classification): string[] {
  return c.reasons.map((r) => `${r.rule}:${r.effect}`);
}

/** The reasons a rule gave, optionally of one effect. */
export function reasonsOf(c: Classification, rule: string, effect?: Effect): Reason[] {
  return c.reasons.filter((r) => r.rule === rule && (effect === undefined || r.effect === effect));
}

/** Whether the rule gave a reason with this effect. */
export function hasReason(c: Classification, rule: string, effect: Effect): boolean {
  return reasonsOf(c, rule, effect).length > 0;
}
