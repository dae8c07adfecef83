import fc from 'fast-check';
import type { AssessmentInput } from '../../src/index.js';
import { assessmentFor, SUBJECTS, TRIGGER_FLAGS, validAssessmentArb } from './arbitraries.js';

/** A path into an assessment, as AssessmentError issues carry it. */
export type Path = ReadonlyArray<string | number>;

// ---- invalid input ---------------------------------------------------------------------------

const qd124Member = SUBJECTS.find((s) => s.ruleSet === 'qd124-2023' && s.role === 'member');
const asInvalid = (a: AssessmentInput, patch: Record<string, unknown>, at: Path) =>
  [{ ...a, ...patch } as unknown, at] as const;

/** Each kind of invalid input: a mutated valid assessment and where its issue must be. */
export const invalidCases: ReadonlyArray<
  readonly [string, fc.Arbitrary<readonly [unknown, Path]>]
> = [
  [
    'completed > total',
    validAssessmentArb.map((a) =>
      asInvalid(a, { tasks: { ...a.tasks!, completed: a.tasks!.total + 1 } }, [
        'tasks',
        'completed',
      ]),
    ),
  ],
  [
    'onTime > completed',
    validAssessmentArb.map((a) =>
      asInvalid(a, { tasks: { ...a.tasks!, onTime: a.tasks!.completed + 1 } }, ['tasks', 'onTime']),
    ),
  ],
  [
    'points out of range',
    fc
      .tuple(
        validAssessmentArb,
        fc.constantFrom<readonly [Record<string, number>, Path]>(
          [{ total: 100.5 }, ['points', 'total']],
          [{ total: -1 }, ['points', 'total']],
          [{ general: 31, tasks: 50 }, ['points', 'general']],
          [{ general: 30, tasks: 70.01 }, ['points', 'tasks']],
        ),
      )
      .map(([a, [points, at]]) => asInvalid(a, { points }, at)),
  ],
  [
    'a date that is not a date',
    fc
      .tuple(
        validAssessmentArb,
        fc.constantFrom('2025-02-30', '2024-02-30', '2023-13-01', '2025-1-5', '31/12/2025'),
      )
      .map(([a, decidedOn]) =>
        asInvalid(a, { discipline: [{ form: 'reprimand', decidedOn }] }, [
          'discipline',
          0,
          'decidedOn',
        ]),
      ),
  ],
  [
    'an unknown key inside flags',
    validAssessmentArb.map((a) =>
      asInvalid(a, { flags: { ...a.flags, degredation: true } }, ['flags']),
    ),
  ],
  [
    'an unknown top-level key',
    validAssessmentArb.map((a) => asInvalid(a, { degredation: true }, ['degredation'])),
  ],
  [
    'a role of the other kind',
    validAssessmentArb.map((a) =>
      asInvalid(a, { role: a.kind === 'collective' ? 'member' : 'leadership' }, ['role']),
    ),
  ],
  [
    'role outside under qd124',
    assessmentFor(qd124Member ?? SUBJECTS[0]!).map((a) =>
      asInvalid(a, { role: 'outside' }, ['role']),
    ),
  ],
];

// ---- monotonicity ----------------------------------------------------------------------------

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
