// The baseline: QĐ 366 Điều 5 khoản 2 and Điều 11 written with json-rules-engine, the way a
// developer would otherwise do it. Facts are precomputed numbers and flags; rules carry events
// (EXCLUDED, NOT_COMPLETED, LEVEL) with priorities; the highest level that fired wins unless a
// trigger fired. One Engine is built once and reused for every run.

import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Assessment, Level } from '../src/index.js';

export type BaselineFacts = Record<string, number | boolean | string>;

export interface BaselineOutcome {
  readonly status: 'rated' | 'not-reviewed';
  readonly level: Level | null;
}

type TaskCounts = Assessment['tasks'];
type NestedCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

/** Task shares as plain numbers; with no tasks the share conditions hold vacuously. */
function shares(t: TaskCounts | undefined, prefix: 'own' | 'unit'): BaselineFacts {
  const T = t?.total ?? 0;
  if (!t || T === 0)
    return {
      [`${prefix}CompletedShare`]: 1,
      [`${prefix}OnTimeShare`]: 1,
      [`${prefix}ExceededShare`]: 1,
      [`${prefix}LateShare`]: 0,
      [`${prefix}MissedShare`]: 0,
    };
  return {
    [`${prefix}CompletedShare`]: t.completed / T,
    [`${prefix}OnTimeShare`]: t.onTime / T,
    [`${prefix}ExceededShare`]: t.exceeded / T,
    [`${prefix}LateShare`]: (t.completed - t.onTime) / T,
    [`${prefix}MissedShare`]: (T - t.completed) / T,
  };
}

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
const ymd = (iso: string | undefined): number => (iso ? Number(iso.replaceAll('-', '')) : 0);

/** Facts for one (validated) assessment. Computed once, outside the timed runs. */
export function toFacts(a: Assessment): BaselineFacts {
  const g = a.points?.total ?? (a.points?.general ?? 0) + (a.points?.tasks ?? 0);
  const inYear = (d: { decidedOn: string }) => Number(d.decidedOn.slice(0, 4)) === a.year;
  // Rev 2: a violation counted in an earlier year is not counted again (Q366-DISC-ONCE).
  const own = a.discipline.filter(
    (d) => inYear(d) && !(d.countedInYear !== null && d.countedInYear < a.year),
  );
  const members = a.memberDiscipline.filter(inYear);
  const remedied = (f: (typeof a.remediedFlags)[number]) => a.remediedFlags.includes(f);
  const sc = a.previousShortcomings ?? { total: 0, remedied: 0 };
  return {
    kind: a.kind,
    role: a.role,
    points: g,
    ...shares(a.tasks, 'own'),
    ...shares(a.unit?.tasks, 'unit'),
    basicTargetsMissed: a.unit?.basicTargetsMissed ?? 0,
    forceMajeure: a.forceMajeure,
    supervisedNotCompletedShare: share(
      a.unit?.supervisedUnits?.notCompleted ?? 0,
      a.unit?.supervisedUnits?.total ?? 0,
    ),
    lowConfidenceShare: share(a.confidence?.low ?? 0, a.confidence?.total ?? 0),
    shortcomingsOpen: sc.total - sc.remedied,
    subordinateDisciplined: a.unit?.subordinateUnits?.disciplined ?? 0,
    // Rev 2: a member's discipline at the previous unit does not count for EXC-COLL.
    memberDisciplineInYear: members.filter((d) => !d.atPreviousUnit).length,
    memberDisciplineBinding: members.filter(
      (d) => d.dutyRelated && !d.atPreviousUnit && !d.selfDetectedAndRemedied,
    ).length,
    // Rev 2: only duty-related discipline triggers (Q366-NOT-DISC); the rest is for judgment.
    disciplineBinding: own.filter((d) => d.dutyRelated && !d.selfDetectedAndRemedied).length,
    degradation: a.flags.degradation && !remedied('degradation'),
    prohibitedConduct: a.flags.prohibitedConduct && !remedied('prohibitedConduct'),
    disunity: a.flags.disunity && !remedied('disunity'),
    personnelWrongdoing: a.flags.personnelWrongdoing && !remedied('personnelWrongdoing'),
    corruptionInManagedArea:
      a.flags.corruptionInManagedArea && !remedied('corruptionInManagedArea'),
    exempt: a.party?.exemptFromActivity ?? false,
    suspended: a.party?.suspended ?? false,
    admittedOn: ymd(a.party?.admittedOn),
    // Admitted on or after 1 July: less than 6 full months before the review date (31 December).
    admissionCutoff: a.year * 10000 + 701,
  };
}

// ---- conditions ---------------------------------------------------------------------------
const is = (fact: string, operator: string, value: unknown): NestedCondition => ({
  fact,
  operator,
  value,
});
/** Subject guards run first (higher priority) so that a rule for other subjects stops early. */
const guard = (fact: 'kind' | 'role', ...values: string[]): NestedCondition => ({
  fact,
  operator: 'in',
  value: values,
  priority: 10,
});
const notLeaderOr = (...c: NestedCondition[]): NestedCondition => ({
  any: [is('role', 'notEqual', 'leader'), { all: c }],
});
/** Rev 2 (Q366-LEAD-UNIT-BASIS): a leader's task conditions are read on the led unit only. */
const ownUnlessLeader = (...c: NestedCondition[]): NestedCondition => ({
  any: [is('role', 'equal', 'leader'), { all: c }],
});
const notCollectiveOr = (...c: NestedCondition[]): NestedCondition => ({
  any: [is('kind', 'notEqual', 'collective'), { all: c }],
});

const trigger = (id: string, ...all: NestedCondition[]): RuleProperties => ({
  name: id,
  priority: 50,
  conditions: { all },
  event: { type: 'NOT_COMPLETED', params: { rule: id } },
});
const level = (lvl: Level, priority: number, ...all: NestedCondition[]): RuleProperties => ({
  name: `Q366-${lvl}`,
  priority,
  conditions: { all },
  event: { type: 'LEVEL', params: { level: lvl } },
});

/** QĐ 366 as json-rules-engine rules (RULES.md §1), levels written out in full (nested). */
export const BASELINE_RULES: readonly RuleProperties[] = [
  {
    name: 'Q366-EXCLUDE',
    priority: 100,
    conditions: {
      all: [
        guard('kind', 'individual'),
        {
          any: [
            is('exempt', 'equal', true),
            is('suspended', 'equal', true),
            is('admittedOn', 'greaterThanInclusive', { fact: 'admissionCutoff' }),
          ],
        },
      ],
    },
    event: { type: 'EXCLUDED' },
  },
  trigger('Q366-NOT-POINTS', is('points', 'lessThan', 50)),
  // Rev 2 (Q366-COLL-SCOPE, on by default): the collective triggers apply to party organisations too.
  trigger('Q366-NOT-COLL-PERSONNEL', guard('kind', 'collective'), {
    any: [is('personnelWrongdoing', 'equal', true), is('disunity', 'equal', true)],
  }),
  trigger(
    'Q366-NOT-COLL-MEMBER-DISC',
    guard('kind', 'collective'),
    is('memberDisciplineBinding', 'greaterThan', 0),
  ),
  trigger(
    'Q366-NOT-UNIT-70/collective',
    guard('kind', 'collective'),
    is('forceMajeure', 'equal', false),
    {
      any: [is('ownCompletedShare', 'lessThan', 0.7), is('basicTargetsMissed', 'greaterThan', 0)],
    },
  ),
  trigger('Q366-NOT-UNIT-70/leader', guard('role', 'leader'), is('forceMajeure', 'equal', false), {
    any: [is('unitCompletedShare', 'lessThan', 0.7), is('basicTargetsMissed', 'greaterThan', 0)],
  }),
  trigger(
    'Q366-NOT-LEAD-SUPERVISED',
    guard('role', 'leader'),
    is('supervisedNotCompletedShare', 'greaterThan', 0.5),
  ),
  trigger(
    'Q366-NOT-LEAD-CONFIDENCE',
    guard('role', 'leader'),
    is('lowConfidenceShare', 'greaterThan', 0.5),
  ),
  trigger(
    'Q366-NOT-LEAD-CORRUPTION',
    guard('role', 'leader'),
    is('corruptionInManagedArea', 'equal', true),
  ),
  trigger('Q366-NOT-DISC', guard('kind', 'individual'), is('disciplineBinding', 'greaterThan', 0)),
  trigger('Q366-NOT-DEGRADE', guard('kind', 'individual'), {
    any: [
      is('degradation', 'equal', true),
      // Rev 2: the leader list names degradation only.
      { all: [is('role', 'notEqual', 'leader'), is('prohibitedConduct', 'equal', true)] },
    ],
  }),
  trigger(
    'Q366-NOT-MEMBER-TASKS',
    guard('role', 'member', 'outside'),
    is('ownMissedShare', 'greaterThan', 0.5),
  ),
  level(
    'EXCELLENT',
    30,
    is('points', 'greaterThanInclusive', 90),
    ownUnlessLeader(
      is('ownCompletedShare', 'equal', 1),
      is('ownOnTimeShare', 'equal', 1),
      is('ownExceededShare', 'greaterThanInclusive', 0.3),
    ),
    is('shortcomingsOpen', 'equal', 0),
    notCollectiveOr(
      is('subordinateDisciplined', 'equal', 0),
      is('memberDisciplineInYear', 'equal', 0),
    ),
    notLeaderOr(
      is('unitCompletedShare', 'equal', 1),
      is('unitOnTimeShare', 'equal', 1),
      is('unitExceededShare', 'greaterThanInclusive', 0.3),
    ),
  ),
  level(
    'GOOD',
    20,
    is('points', 'greaterThanInclusive', 70),
    ownUnlessLeader(is('ownCompletedShare', 'equal', 1), is('ownOnTimeShare', 'equal', 1)),
    notLeaderOr(is('unitCompletedShare', 'equal', 1), is('unitOnTimeShare', 'equal', 1)),
  ),
  level(
    'COMPLETED',
    10,
    is('points', 'greaterThanInclusive', 50),
    ownUnlessLeader(
      is('ownCompletedShare', 'equal', 1),
      is('ownLateShare', 'lessThanInclusive', 0.2),
    ),
    notLeaderOr(
      is('unitCompletedShare', 'equal', 1),
      is('unitLateShare', 'lessThanInclusive', 0.2),
    ),
  ),
];

const RANK: Record<Level, number> = { EXCELLENT: 3, GOOD: 2, COMPLETED: 1, NOT_COMPLETED: 0 };

/** Builds the engine once. Facts are passed per run as runtime facts. */
export function buildBaseline(): Engine {
  return new Engine([...BASELINE_RULES], { allowUndefinedFacts: false });
}

/** One decision: EXCLUDED ends it; any trigger forces NOT_COMPLETED; else the highest level that fired. */
export async function decide(engine: Engine, facts: BaselineFacts): Promise<BaselineOutcome> {
  const { events } = await engine.run(facts);
  let best: Level = 'NOT_COMPLETED';
  let triggered = false;
  for (const e of events) {
    if (e.type === 'EXCLUDED') return { status: 'not-reviewed', level: null };
    if (e.type === 'NOT_COMPLETED') triggered = true;
    else if (e.type === 'LEVEL') {
      const l = e.params?.level as Level;
      if (RANK[l] > RANK[best]) best = l;
    }
  }
  return { status: 'rated', level: triggered ? 'NOT_COMPLETED' : best };
}
