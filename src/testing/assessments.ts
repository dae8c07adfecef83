import fc from 'fast-check';
import {
  type AssessmentInput,
  type Discipline,
  type Employment,
  FLAG_KINDS,
  FLAG_NAMES,
  type FlagName,
  type Grade,
  type RuleSetId,
  type SubjectKind,
  type SubjectRole,
  type TaskCountsInput,
} from './lib.js';

// Arbitraries of valid assessments, one per subject a shipped rule set rates (kiemdiem/testing).

type DisciplineInput = Partial<Discipline> & Pick<Discipline, 'form' | 'decidedOn'>;

/** The flags that say something good of the subject; every other flag only feeds a trigger. */
const GOOD_FLAGS: readonly FlagName[] = ['exemplary', 'generalCriteriaMet'];

/** The flags that only ever feed a trigger (clearing one can never lower a level). */
export const TRIGGER_FLAGS: readonly FlagName[] = FLAG_NAMES.filter((f) => !GOOD_FLAGS.includes(f));

// In this order (triggers first): the arbitraries, and the corpus of test/rules/equivalence, depend on it.
const ALL_FLAGS: readonly FlagName[] = [...TRIGGER_FLAGS, ...GOOD_FLAGS];

/** The flags that may be `true` on a subject of this kind (RULES.md, "Flags"). */
export function flagsOfKind(kind: SubjectKind): FlagName[] {
  return ALL_FLAGS.filter((f) => FLAG_KINDS[f].kind === kind);
}

/** Every subject a shipped rule set rates: `outside` only under qd366. */
export const SUBJECTS: ReadonlyArray<{ ruleSet: RuleSetId; kind: SubjectKind; role: SubjectRole }> =
  [
    { ruleSet: 'qd366-2025', kind: 'collective', role: 'leadership' },
    { ruleSet: 'qd366-2025', kind: 'collective', role: 'party-organization' },
    { ruleSet: 'qd366-2025', kind: 'individual', role: 'leader' },
    { ruleSet: 'qd366-2025', kind: 'individual', role: 'member' },
    { ruleSet: 'qd366-2025', kind: 'individual', role: 'outside' },
    { ruleSet: 'qd124-2023', kind: 'collective', role: 'leadership' },
    { ruleSet: 'qd124-2023', kind: 'collective', role: 'party-organization' },
    { ruleSet: 'qd124-2023', kind: 'individual', role: 'leader' },
    { ruleSet: 'qd124-2023', kind: 'individual', role: 'member' },
    { ruleSet: 'nd90-2020', kind: 'individual', role: 'leader' },
    { ruleSet: 'nd90-2020', kind: 'individual', role: 'member' },
  ];

/** Mostly false: true one time in five. */
const rare = fc.oneof(
  { arbitrary: fc.constant(false), weight: 4 },
  { arbitrary: fc.constant(true), weight: 1 },
);
/** True one time in twenty. */
const seldom = fc.oneof(
  { arbitrary: fc.constant(false), weight: 19 },
  { arbitrary: fc.constant(true), weight: 1 },
);

/** `part ≤ whole`, mostly a small part (so shares above 50% stay the exception). */
function partOf(whole: number): fc.Arbitrary<number> {
  return fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: Math.min(whole, 2) }), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: whole }), weight: 1 },
  );
}

/** Valid task counts, half of them with every task done (where the levels above NOT_COMPLETED are). */
export function taskCountsArb(maxTotal = 20): fc.Arbitrary<TaskCountsInput> {
  const someDone = fc
    .integer({ min: 0, max: maxTotal })
    .chain((total) =>
      fc
        .integer({ min: 0, max: total })
        .chain((completed) =>
          fc
            .tuple(fc.integer({ min: 0, max: completed }), fc.integer({ min: 0, max: completed }))
            .map(([onTime, exceeded]) => ({ total, completed, onTime, exceeded })),
        ),
    );
  const done = fc
    .integer({ min: 0, max: maxTotal })
    .chain((total) =>
      fc
        .tuple(
          fc.integer({ min: Math.max(0, total - 3), max: total }),
          fc.integer({ min: 0, max: total }),
        )
        .map(([onTime, exceeded]) => ({ total, completed: total, onTime, exceeded })),
    );
  return fc.oneof({ arbitrary: someDone, weight: 1 }, { arbitrary: done, weight: 2 });
}

const pointsArb = fc.oneof(
  fc.record({ general: fc.integer({ min: 0, max: 30 }), tasks: fc.integer({ min: 0, max: 70 }) }),
  {
    arbitrary: fc.record({
      general: fc.integer({ min: 20, max: 30 }),
      tasks: fc.integer({ min: 45, max: 70 }),
    }),
    weight: 3,
  },
  fc.record({ total: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ total: fc.constantFrom(49.5, 50, 69.5, 70, 89.5, 90, 100) }),
);

const gradeArb: fc.Arbitrary<Grade> = fc.oneof(
  { arbitrary: fc.constantFrom<Grade>('EXCELLENT', 'GOOD', 'AVERAGE'), weight: 19 },
  { arbitrary: fc.constant<Grade>('POOR'), weight: 1 },
);

const criteriaArb = fc.record(
  { taskResults: gradeArb, politics: gradeArb, ethics: gradeArb },
  { requiredKeys: ['taskResults'] },
);

/** A real date `YYYY-MM-DD` in `year`. */
export function dateIn(year: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([m, d]) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

function disciplineArb(year: number): fc.Arbitrary<DisciplineInput> {
  return fc.record(
    {
      form: fc.constantFrom('reprimand', 'warning', 'dismissal', 'expulsion'),
      decidedOn: fc.oneof(dateIn(year), dateIn(year - 1)),
      violationYear: fc.integer({ min: year - 3, max: year }),
      dutyRelated: fc.boolean(),
      atPreviousUnit: rare,
      selfDetectedAndRemedied: fc.boolean(),
      countedInYear: fc.constantFrom(null, null, year - 1, year),
    },
    { requiredKeys: ['form', 'decidedOn'] },
  );
}

function unitArb(needsTasks: boolean) {
  const parts = {
    tasks: taskCountsArb(),
    basicTargetsMissed: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 1),
    supervisedUnits: fc
      .integer({ min: 0, max: 6 })
      .chain((total) => partOf(total).map((notCompleted) => ({ total, notCompleted }))),
    subordinateUnits: fc
      .integer({ min: 0, max: 10 })
      .chain((total) =>
        fc.constantFrom(0, 0, 1, 3).map((d) => ({ total, disciplined: Math.min(d, total) })),
      ),
  };
  return needsTasks
    ? fc.record(parts, { requiredKeys: ['tasks'] })
    : fc.record(parts, { requiredKeys: [] });
}

const noFlags = Object.fromEntries(ALL_FLAGS.map((f) => [f, false])) as Record<FlagName, boolean>;

/** Flags and which of them were remedied: mostly none, sometimes any of the subject's kind. */
function flagsArb(kind: SubjectKind) {
  return fc.oneof(
    { arbitrary: fc.constant({ flags: noFlags, remediedFlags: [] as FlagName[] }), weight: 2 },
    { arbitrary: anyFlagsArb(kind), weight: 1 },
  );
}

function anyFlagsArb(kind: SubjectKind) {
  const mine = new Set(flagsOfKind(kind));
  return fc
    .record(
      Object.fromEntries(
        ALL_FLAGS.map((f) => [f, mine.has(f) ? rare : fc.constant(false)]),
      ) as Record<FlagName, fc.Arbitrary<boolean>>,
    )
    .chain((flags) =>
      fc
        .subarray(ALL_FLAGS.filter((f) => flags[f]))
        .map((remediedFlags) => ({ flags, remediedFlags })),
    );
}

/** Mostly no discipline: a list of up to two decisions one time in three. */
function disciplineListArb(year: number) {
  return fc.oneof(
    { arbitrary: fc.constant([] as DisciplineInput[]), weight: 2 },
    { arbitrary: fc.array(disciplineArb(year), { minLength: 1, maxLength: 2 }), weight: 1 },
  );
}

/** A valid assessment for one subject of one shipped rule set. */
export function assessmentFor(subject: (typeof SUBJECTS)[number]): fc.Arbitrary<AssessmentInput> {
  const { ruleSet, kind, role } = subject;
  const civil = ruleSet === 'nd90-2020';
  const years =
    ruleSet === 'qd366-2025'
      ? { min: 2025, max: 2027 }
      : civil
        ? { min: 2020, max: 2027 }
        : { min: 2023, max: 2024 };
  return fc.integer(years).chain((year) =>
    fc
      .record(
        {
          namesRuleSet: fc.boolean(),
          // Civil servants move to nd335-2025 in 2026: only cadres and public employees stay.
          employment: fc.constantFrom<Employment>(
            ...(year >= 2026 ? [] : (['civil-servant'] as const)),
            'public-employee',
            'cadre',
          ),
          points: pointsArb,
          criteria: criteriaArb,
          tasks: taskCountsArb(),
          discipline: disciplineListArb(year),
          memberDiscipline: disciplineListArb(year),
          confidence: fc
            .integer({ min: 0, max: 30 })
            .chain((total) => partOf(total).map((low) => ({ low, total }))),
          previousShortcomings: fc
            .integer({ min: 0, max: 4 })
            .chain((total) =>
              fc.integer({ min: 0, max: total }).map((remedied) => ({ total, remedied })),
            ),
          flagged: flagsArb(kind),
          service: fc.record(
            {
              monthsWorked: fc.constantFrom(12, 12, 12, 10, 8, 5),
              sickLeaveMonths: fc.constantFrom(0, 0, 1, 3, 4),
              maternityLeave: rare,
            },
            { requiredKeys: [] },
          ),
          party: fc.record(
            {
              admittedOn: fc.oneof(
                { arbitrary: dateIn(year - 5), weight: 4 },
                { arbitrary: dateIn(year), weight: 1 },
              ),
              exemptFromActivity: seldom,
              suspended: seldom,
            },
            { requiredKeys: [] },
          ),
          forceMajeure: seldom,
        },
        {
          requiredKeys: [
            'namesRuleSet',
            'employment',
            'tasks',
            'discipline',
            'flagged',
            'forceMajeure',
          ],
        },
      )
      .chain((g) => fc.tuple(fc.constant(g), unitArb(role === 'leader'), fc.boolean()))
      .map(([g, unitGiven, withUnit]): AssessmentInput => {
        const { namesRuleSet, flagged, points, criteria, employment, ...rest } = g;
        // Leaders need their led unit's tasks; other subjects may describe their unit or not.
        const unit = role === 'leader' || withUnit ? unitGiven : undefined;
        return {
          id: `${ruleSet}/${role}`,
          kind,
          role,
          year,
          ...(civil ? { regime: 'civil-service', employment } : {}),
          ...(namesRuleSet ? { ruleSet } : {}),
          ...rest,
          ...flagged,
          // What each rule set requires beyond the schema (RuleSet.requires).
          ...(ruleSet === 'qd366-2025'
            ? { points: points ?? { total: 75 } }
            : points === undefined
              ? {}
              : { points }),
          ...(ruleSet === 'qd124-2023'
            ? { criteria: criteria ?? { taskResults: 'GOOD' } }
            : criteria === undefined
              ? {}
              : { criteria }),
          ...(unit === undefined ? {} : { unit }),
        };
      }),
  );
}

/** A valid assessment of any subject under any shipped rule set. */
export const validAssessmentArb: fc.Arbitrary<AssessmentInput> = fc
  .constantFrom(...SUBJECTS)
  .chain((s) => assessmentFor(s));

/** Individuals only (where the individual triggers apply), both rule sets. */
export const individualArb: fc.Arbitrary<AssessmentInput> = fc
  .constantFrom(...SUBJECTS.filter((s) => s.kind === 'individual'))
  .chain((s) => assessmentFor(s));
