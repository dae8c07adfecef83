import fc from 'fast-check';
import type { AssessmentInput } from '../../src/index.js';
import { assessmentFor, SUBJECTS, validAssessmentArb } from './arbitraries.js';

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

// ---- monotonicity: the improvements live in the kit (kiemdiem/testing) ----------------------

export { type Improve, improvements } from '../../src/testing/improvements.js';
