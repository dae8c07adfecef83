import { TRIGGER_FLAGS } from './assessments.js';
import type { AssessmentInput } from './lib.js';

// The changes that make an assessment better (kiemdiem/testing): under none may the level fall.

/** A change that makes a fact better by `n` (clamped to what stays valid). */
export type Improve = (a: AssessmentInput, n: number) => AssessmentInput;

/** The improvements under which the level must never go down. */
export const improvements: ReadonlyArray<readonly [string, Improve]> = [
  [
    'more points',
    (a, n) => {
      const p = a.points;
      if (!p) return a;
      if (p.total !== undefined) return { ...a, points: { total: Math.min(100, p.total + n) } };
      return {
        ...a,
        points: {
          general: Math.min(30, (p.general ?? 0) + n),
          tasks: Math.min(70, (p.tasks ?? 0) + n),
        },
      };
    },
  ],
  [
    'more exceeded',
    (a, n) => ({
      ...a,
      tasks: { ...a.tasks!, exceeded: Math.min(a.tasks!.completed, a.tasks!.exceeded + n) },
    }),
  ],
  [
    'more on time',
    (a, n) => ({
      ...a,
      tasks: { ...a.tasks!, onTime: Math.min(a.tasks!.completed, a.tasks!.onTime + n) },
    }),
  ],
  [
    'more shortcomings remedied',
    (a, n) => {
      const s = a.previousShortcomings;
      return s
        ? { ...a, previousShortcomings: { ...s, remedied: Math.min(s.total, s.remedied + n) } }
        : a;
    },
  ],
  [
    'a trigger flag cleared',
    (a, n) => {
      const set = TRIGGER_FLAGS.filter((f) => a.flags?.[f]);
      const flag = set[n % Math.max(1, set.length)];
      if (flag === undefined) return a;
      return {
        ...a,
        flags: { ...a.flags, [flag]: false },
        remediedFlags: (a.remediedFlags ?? []).filter((f) => f !== flag),
      };
    },
  ],
  [
    'a discipline removed',
    (a, n) => {
      const own = a.discipline ?? [];
      const members = a.memberDiscipline ?? [];
      const i = n % Math.max(1, own.length + members.length);
      return i < own.length
        ? { ...a, discipline: own.filter((_, j) => j !== i) }
        : { ...a, memberDiscipline: members.filter((_, j) => j !== i - own.length) };
    },
  ],
];
