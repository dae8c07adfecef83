import type { Level } from '../core/level.js';
import type { AssessmentInput, RuleSetId } from '../schemas/assessment.js';
import type { CycleSubject } from '../schemas/cycle-definition.js';

/** What the demo varies in one subject's dossier besides the level it aims at. */
export interface AssessmentTwist {
  /** A discipline decision of the year (khiển trách): NOT_COMPLETED under both party rule sets. */
  readonly disciplinedOn?: string;
  /** Months of sick leave (≥ 3 caps the level at COMPLETED under QĐ 124). */
  readonly sickLeaveMonths?: number;
  /** Maternity leave, with the months actually worked. */
  readonly maternityMonthsWorked?: number;
  /** A member of the leadership collective was disciplined (collectives: no EXCELLENT). */
  readonly memberDisciplinedOn?: string;
}

type Tasks = NonNullable<AssessmentInput['tasks']>;

const tasks = (total: number, completed: number, onTime: number, exceeded: number): Tasks => ({
  total,
  completed,
  onTime,
  exceeded,
});

/** Task counts per aimed level: all on time and half beyond for EXCELLENT, fewer below. */
const TASKS: Record<Exclude<Level, 'NOT_COMPLETED'>, Tasks> = {
  EXCELLENT: tasks(12, 12, 12, 6),
  GOOD: tasks(12, 12, 12, 3),
  COMPLETED: tasks(12, 12, 10, 0),
};

/** QĐ 124 criteria per aimed level (taskResults decides between the upper levels). */
const CRITERIA: Record<Exclude<Level, 'NOT_COMPLETED'>, AssessmentInput['criteria']> = {
  EXCELLENT: { taskResults: 'EXCELLENT', politics: 'GOOD', ethics: 'GOOD' },
  GOOD: { taskResults: 'GOOD', politics: 'GOOD', ethics: 'GOOD' },
  COMPLETED: { taskResults: 'AVERAGE', politics: 'GOOD', ethics: 'AVERAGE' },
};

/** QĐ 366 points (general of 30, tasks of 70) per aimed level. */
const POINTS: Record<Exclude<Level, 'NOT_COMPLETED'>, { general: number; tasks: number }> = {
  EXCELLENT: { general: 28, tasks: 67 },
  GOOD: { general: 26, tasks: 58 },
  COMPLETED: { general: 22, tasks: 44 },
};

/**
 * The dossier's assessment (CONTRACT.md § Assessment) of one subject for the level the demo aims
 * at, in the rule set's own terms: criteria for QĐ 124, points for QĐ 366. NOT_COMPLETED is aimed
 * at through a twist (a discipline decision), never by hand: the level is what `classify()` makes
 * of these facts, and the demo's authority decides the computed level.
 */
export function demoAssessment(
  subject: CycleSubject,
  year: number,
  ruleSet: RuleSetId,
  aim: Exclude<Level, 'NOT_COMPLETED'>,
  twist: AssessmentTwist = {},
): AssessmentInput {
  const leader = subject.kind === 'individual' && subject.role === 'leader';
  const out: AssessmentInput = {
    id: subject.id,
    kind: subject.kind,
    role: subject.role,
    year,
    ruleSet,
    ...(subject.regime === 'civil-service'
      ? {
          regime: subject.regime,
          ...(subject.employment ? { employment: subject.employment } : {}),
        }
      : {}),
    ...(subject.group !== undefined ? { group: subject.group } : {}),
    unitId: subject.unitId,
    tasks: { ...TASKS[aim] },
    ...(ruleSet === 'qd124-2023'
      ? { criteria: { ...CRITERIA[aim] } }
      : { points: { ...POINTS[aim] } }),
  };
  if (leader) {
    out.unit = { tasks: { ...TASKS[aim] } };
    if (aim === 'EXCELLENT') out.flags = { exemplary: true };
  }
  if (subject.kind === 'collective') out.unit = { subordinateUnits: { total: 3, disciplined: 0 } };
  if (twist.disciplinedOn)
    out.discipline = [{ form: 'reprimand', decidedOn: twist.disciplinedOn, violationYear: year }];
  if (twist.memberDisciplinedOn)
    out.memberDiscipline = [
      { form: 'reprimand', decidedOn: twist.memberDisciplinedOn, violationYear: year },
    ];
  if (twist.sickLeaveMonths !== undefined)
    out.service = {
      monthsWorked: 12 - twist.sickLeaveMonths,
      sickLeaveMonths: twist.sickLeaveMonths,
    };
  if (twist.maternityMonthsWorked !== undefined)
    out.service = { monthsWorked: twist.maternityMonthsWorked, maternityLeave: true };
  return out;
}
