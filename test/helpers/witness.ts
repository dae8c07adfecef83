import type { AssessmentInput } from '../../src/index.js';
import {
  collective124,
  collective366,
  leader124,
  leader366,
  member90,
  member124,
  member366,
  PERFECT,
  tasks,
} from './builders.js';
import { civilWitness } from './witness-civil.js';

/**
 * One assessment per rule id of every shipped rule set, chosen so that the rule's row decides
 * something no other row does: with the full table and without that row the Classification
 * differs (test/rules/removal.test.ts checks it mechanically). The comment after each entry is
 * the outcome with the row, then without it.
 */
const entries: Record<string, AssessmentInput> = {
  // ---- qd366-2025 ----
  'Q366-EXCLUDE': member366({ party: { suspended: true } }), // not-reviewed → EXCELLENT
  'Q366-NOT-POINTS': member366({ points: { total: 40 } }), // trigger → only COMPLETED's cap
  'Q366-NOT-COLL-PERSONNEL': collective366({ flags: { personnelWrongdoing: true } }), // NC → EXC
  'Q366-NOT-COLL-MEMBER-DISC': collective366({
    memberDiscipline: [{ form: 'reprimand', decidedOn: '2025-05-10', dutyRelated: true }],
  }), // NOT_COMPLETED → GOOD (EXC-COLL still fails)
  'Q366-NOT-COLL-MEMBER-DEGRADE': collective366({ flags: { memberDegradation: true } }), // NC → EXC
  'Q366-COLL-SCOPE': collective366({
    role: 'party-organization',
    flags: { personnelWrongdoing: true },
  }), // NC → EXCELLENT (the flag then unused)
  'Q366-NOT-UNIT-70': collective366({ tasks: tasks(10, 6, 6, 0) }), // trigger → only COMP's cap
  'Q366-NOT-UNIT-TARGETS': collective366({ unit: { basicTargetsMissed: 1 } }), // NC → EXCELLENT
  'Q366-NOT-LEAD-SUPERVISED': leader366({
    unit: { tasks: { ...PERFECT }, supervisedUnits: { total: 4, notCompleted: 3 } },
  }), // NC → EXCELLENT
  'Q366-NOT-LEAD-CONFIDENCE': leader366({ confidence: { low: 11, total: 21 } }), // NC → EXC
  'Q366-NOT-LEAD-CORRUPTION': leader366({ flags: { corruptionInManagedArea: true } }), // NC → EXC
  'Q366-NOT-DISC': member366({
    discipline: [{ form: 'reprimand', decidedOn: '2025-03-01', violationYear: 2023 }],
  }), // NOT_COMPLETED → EXCELLENT
  'Q366-DISC-OTHER': member366({
    discipline: [{ form: 'reprimand', decidedOn: '2025-03-01', dutyRelated: false }],
  }), // EXCELLENT needing judgment → EXCELLENT
  'Q366-DISC-ONCE': member366({
    discipline: [{ form: 'warning', decidedOn: '2025-02-01', countedInYear: 2024 }],
  }), // EXCELLENT (note) → NOT_COMPLETED
  'Q366-NOT-DEGRADE': member366({ flags: { degradation: true } }), // NC → EXCELLENT
  'Q366-NO-LEVEL': member366({ tasks: tasks(10, 8, 8, 5) }), // NC with its note → NC without
  'Q366-LEAD-UNIT-BASIS': leader366({ tasks: tasks(10, 4, 4, 0) }), // EXCELLENT (note) → NC
  'Q366-NOT-MEMBER-TASKS': member366({ tasks: tasks(10, 4, 4, 0) }), // trigger → COMP's cap
  'Q366-DISCRETION': member366({ flags: { degradation: true }, remediedFlags: ['degradation'] }), // review → NC
  'Q366-EXC': member366({ points: { total: 80 } }), // GOOD → EXCELLENT (no EXCELLENT row left)
  'Q366-EXC-COLL': collective366({ unit: { subordinateUnits: { total: 5, disciplined: 1 } } }), // GOOD → EXC
  'Q366-EXC-LEAD': leader366({ unit: { tasks: tasks(10, 10, 10, 2) } }), // GOOD → EXCELLENT
  'Q366-GOOD': member366({ tasks: tasks(10, 10, 9, 5) }), // COMPLETED → GOOD
  'Q366-GOOD-LEAD': leader366({ unit: { tasks: tasks(10, 10, 9, 5) } }), // COMPLETED → EXCELLENT
  'Q366-COMP': member366({ tasks: tasks(10, 10, 7, 5) }), // NOT_COMPLETED → COMPLETED
  'Q366-COMP-LEAD': leader366({ unit: { tasks: tasks(10, 10, 7, 5) } }), // NC → COMPLETED
  'Q366-LEAVE': member366({ service: { sickLeaveMonths: 4 } }), // note → no note

  // ---- qd124-2023 ----
  'Q124-EXCLUDE': member124({ party: { admittedOn: '2024-09-01' } }), // not-reviewed → EXC
  'Q124-DISC-ONCE': member124({
    discipline: [
      { form: 'warning', decidedOn: '2024-02-01', violationYear: 2022, countedInYear: 2023 },
    ],
  }), // EXCELLENT (note) → NOT_COMPLETED
  'Q124-NOT-POOR': member124({ criteria: { taskResults: 'EXCELLENT', ethics: 'POOR' } }), // trigger → cap
  'Q124-NOT-50': leader124({ unit: { tasks: tasks(10, 4, 4, 0), basicTargetsMissed: 1 } }), // NC → GOOD
  'Q124-NOT-COLL-MEMBER-DEGRADE': collective124({ flags: { memberDegradation: true } }), // NC → EXC
  'Q124-COMP-COLL': collective124({
    memberDiscipline: [{ form: 'reprimand', decidedOn: '2024-03-03' }],
  }), // NOT_COMPLETED (COMP-COLL's cap) → COMPLETED
  'Q124-NOT-COLL-DISC': collective124({ flags: { collectiveDisciplined: true } }), // NC → EXC
  'Q124-NOT-COLL-CORRUPTION': collective124({ flags: { corruptionCaseInSubordinateUnit: true } }), // NC → EXC
  'Q124-NOT-DISUNITY': collective124({ flags: { disunity: true } }), // NC → EXCELLENT
  'Q124-NOT-DISC': member124({ discipline: [{ form: 'reprimand', decidedOn: '2024-04-02' }] }), // NC → EXC
  'Q124-NOT-DEGRADE': member124({ flags: { prohibitedConduct: true } }), // NC → EXCELLENT
  'Q124-EXC': member124({ criteria: { taskResults: 'GOOD' } }), // GOOD → EXCELLENT
  'Q124-EXC-IND': member124({ tasks: tasks(10, 10, 10, 4) }), // GOOD → EXCELLENT
  'Q124-EXC-COLL': collective124({
    memberDiscipline: [
      { form: 'reprimand', decidedOn: '2024-03-03', selfDetectedAndRemedied: true },
    ],
  }), // GOOD → EXCELLENT
  'Q124-EXC-LEAD': leader124({ flags: { exemplary: false } }), // GOOD → EXCELLENT
  'Q124-GOOD-COLL': collective124({ criteria: { taskResults: 'AVERAGE', politics: 'GOOD' } }), // COMP → GOOD
  'Q124-GOOD-IND': member124({ criteria: { taskResults: 'AVERAGE' } }), // COMPLETED → GOOD
  'Q124-COMP': member124({ criteria: { taskResults: 'AVERAGE' }, tasks: tasks(10, 4, 4, 0) }), // NC → COMP
  'Q124-LEAVE': member124({ service: { sickLeaveMonths: 3 } }), // COMPLETED → EXCELLENT

  // ---- nd90-2020 ----
  'N90-NOT-RATED': member90({ service: { monthsWorked: 5 } }), // not-rated → EXCELLENT
  'N90-MATERNITY': member90({ service: { monthsWorked: 5, maternityLeave: true } }), // EXC → not-rated
  'N90-LEAVE-CAP': member90({ service: { monthsWorked: 8 } }), // COMPLETED → EXCELLENT
  'N90-NOT-DISC': member90({ discipline: [{ form: 'reprimand', decidedOn: '2025-04-01' }] }), // NC → EXC
  'N90-NOT-DEGRADE': member90({ flags: { generalCriteriaMet: true, degradation: true } }), // NC → EXC
  'N90-NOT-50': member90({ tasks: tasks(10, 4, 4, 0) }), // trigger → the gap (needs judgment)
  'N90-EXC': member90({ tasks: tasks(10, 10, 10, 3) }), // GOOD → EXCELLENT
  'N90-GOOD': member90({ tasks: tasks(10, 10, 9, 5) }), // COMPLETED → GOOD
  'N90-COMP': member90({ tasks: tasks(10, 10, 6, 5) }), // the gap (NC, judgment) → COMPLETED
  'N90-GAP': member90({ tasks: tasks(10, 10, 7, 5) }), // NC needing judgment → NC
};

/** The witness of each rule id, its id set to the rule id so a failure names it. */
export const witness: Record<string, AssessmentInput> = Object.fromEntries(
  Object.entries({ ...entries, ...civilWitness }).map(([rule, a]) => [rule, { ...a, id: rule }]),
);

export { civilProfiles as witnessProfiles, invalidWitness } from './witness-civil.js';

/** The witness of one rule id; throws when there is none (a missing witness is a test bug). */
export function witnessOf(id: string): AssessmentInput {
  const a = witness[id];
  if (!a) throw new Error(`no witness for ${id}`);
  return a;
}
