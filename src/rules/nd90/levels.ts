import { text } from '../../core/text.js';
import { allCompleted, allOnTime, exceededAtLeast } from '../clauses.js';
import { LED_UNIT, ownTasks, unitTasks } from '../context.js';
import type { Clause, Rule } from '../types.js';
import {
  generalCriteria,
  managedCompletedAtLeast,
  managedGoodAtLeast,
  managedOf,
  noLowQuality,
  notEnsuredAtMost,
  unitCompletedMoreThan,
  unitOnTimeAtLeast,
} from './clauses.js';
import { INDIVIDUAL, N90 } from './common.js';

type A = Parameters<Extract<Rule, { kind: 'condition' }>['test']>[0];

/** A manager's (leader's) conditions on the led unit and the managed units, added to his own. */
function asManager(a: A, clauses: (u: ReturnType<typeof unitTasks>) => Clause[]): Clause[] {
  return a.role === 'leader' ? clauses(unitTasks(a)) : [];
}

/** The conditions EXCELLENT and GOOD share: general criteria, every task on time with quality. */
function onTimeWithQuality(a: A): Clause[] {
  const t = ownTasks(a);
  return [
    generalCriteria(a.flags.generalCriteriaMet),
    allCompleted(t),
    allOnTime(t),
    noLowQuality(t),
  ];
}

/** A manager at EXCELLENT or GOOD: the led unit's condition, and 100% / 70% of managed units. */
function managing(a: A, unitCondition: (u: ReturnType<typeof unitTasks>) => Clause): Clause[] {
  return asManager(a, (u) => {
    const m = managedOf(a.unit?.managedUnits);
    return [
      allCompleted(u, LED_UNIT),
      unitCondition(u),
      managedCompletedAtLeast(m, 100),
      managedGoodAtLeast(m, 70),
    ];
  });
}

/**
 * NĐ 90/2020 as amended (RULES.md §3): EXCELLENT, GOOD and COMPLETED, for a non-manager and, with
 * the led unit and the directly managed units, for a manager; and the gap the text leaves.
 */
export const levels: readonly Rule[] = [
  {
    id: 'N90-EXC',
    kind: 'condition',
    level: 'EXCELLENT',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    flags: ['generalCriteriaMet'],
    citation: `${N90} Điều 4, 8, 12`,
    text: text(
      'Hoàn thành xuất sắc: đạt các tiêu chí chung, 100% nhiệm vụ đúng tiến độ, bảo đảm chất lượng, ít nhất 50% vượt mức; người quản lý: đơn vị hoàn thành 100% nhiệm vụ, ít nhất 50% vượt mức, 100% đơn vị trực thuộc hoàn thành trở lên, ít nhất 70% hoàn thành tốt trở lên',
      'Excellent: general criteria met, 100% of tasks on time with quality, at least 50% beyond requirement; a manager: the led unit completed all tasks with at least 50% beyond requirement, 100% of managed units completed or better, at least 70% good or better',
    ),
    test: (a) => [
      ...onTimeWithQuality(a),
      exceededAtLeast(ownTasks(a), 50),
      ...managing(a, (u) => exceededAtLeast(u, 50, LED_UNIT)),
    ],
  },
  {
    id: 'N90-GOOD',
    kind: 'condition',
    level: 'GOOD',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    flags: ['generalCriteriaMet'],
    citation: `${N90} Điều 5, 9, 13`,
    text: text(
      'Hoàn thành tốt: đạt các tiêu chí chung, 100% nhiệm vụ đúng tiến độ, bảo đảm chất lượng; người quản lý: đơn vị hoàn thành 100% nhiệm vụ, ít nhất 80% đúng tiến độ, 100% đơn vị trực thuộc hoàn thành trở lên, ít nhất 70% hoàn thành tốt trở lên',
      'Good: general criteria met, 100% of tasks on time with quality; a manager: the led unit completed all tasks with at least 80% on time, 100% of managed units completed or better, at least 70% good or better',
    ),
    test: (a) => [...onTimeWithQuality(a), ...managing(a, (u) => unitOnTimeAtLeast(u, 80))],
  },
  {
    id: 'N90-COMP',
    kind: 'condition',
    level: 'COMPLETED',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: `${N90} Điều 6, 10, 14`,
    text: text(
      'Hoàn thành: các tiêu chí đều hoàn thành, không quá 20% chưa bảo đảm chất lượng, tiến độ hoặc hiệu quả thấp; người quản lý: đơn vị hoàn thành trên 70% nhiệm vụ, ít nhất 70% đơn vị trực thuộc hoàn thành trở lên',
      'Completed: every task completed, no more than 20% short of quality, schedule or effectiveness; a manager: the led unit completed over 70%, at least 70% of managed units completed or better',
    ),
    test: (a) => {
      const t = ownTasks(a);
      return [
        allCompleted(t),
        notEnsuredAtMost(t, 20),
        ...asManager(a, (u) => [
          unitCompletedMoreThan(u, 70),
          managedCompletedAtLeast(managedOf(a.unit?.managedUnits), 70),
        ]),
      ];
    },
  },
  {
    id: 'N90-GAP',
    kind: 'gap',
    status: 'assumed',
    switchedBy: { parameter: 'N90-GAP' },
    appliesTo: INDIVIDUAL,
    citation: `${N90} Điều 6–7, 10–11, 14–15 (khoảng trống của văn bản / a gap in the text)`,
    text: text(
      'Văn bản để khoảng trống (ví dụ 20–50% nhiệm vụ chưa bảo đảm; đơn vị hoàn thành 50–70%): không mức nào đạt, không có trường hợp không hoàn thành nào, cấp có thẩm quyền xem xét',
      'The text leaves a gap (e.g. 20–50% not ensured; a unit at 50–70%): no level holds and no not-completed case applies; the authority weighs it',
    ),
    level: (ctx) => ctx.params['N90-GAP'].level,
  },
];
