import { text } from '../../core/text.js';
import {
  allCompleted,
  allOnTime,
  allRemedied,
  exceededAtLeast,
  lateAtMost,
  MEMBERS,
  noneDisciplined,
  pointsAtLeast,
  SUBORDINATE_UNITS,
} from '../clauses.js';
import { LED_UNIT, ownTasks, unitTasks } from '../context.js';
import type { Rule } from '../types.js';
import { COLLECTIVE, INDIVIDUAL, K1, K2, K3, LEADER, readsOwnTasks } from './common.js';

// The general rows (Q366-EXC, -GOOD, -COMP): `points ≥ min`, then the subject's own task
// clauses — none for a leader read on the led unit (Q366-LEAD-UNIT-BASIS, the -LEAD rows). Each
// row builds its list in one literal, at its final length (issue 9: a list grown by `push`
// allocates room for 17).

const NO_SHORTCOMINGS = { total: 0, remedied: 0 } as const;

/** QĐ 366-QĐ/TW (30-08-2025) with HD 43-HD/BTCTW (31-10-2025): RULES.md §1: level conditions, caps and notes. One row per rule id of RULES.md. */
export const levels: readonly Rule[] = [
  {
    id: 'Q366-EXC',
    kind: 'condition',
    level: 'EXCELLENT',
    status: 'confirmed',
    appliesTo: {},
    citation: K1,
    text: text(
      'Hoàn thành xuất sắc: từ 90 điểm, 100% nhiệm vụ đúng hạn, ít nhất 30% vượt mức, khắc phục 100% hạn chế đã chỉ ra',
      'Excellent: at least 90 points, 100% of tasks on time, at least 30% beyond requirement, every shortcoming named at the previous review remedied',
    ),
    test: (a, ctx) => {
      const points = pointsAtLeast(ctx.points, 90);
      const remedied = allRemedied(a.previousShortcomings ?? NO_SHORTCOMINGS);
      if (!readsOwnTasks(a, ctx)) return [points, remedied];
      const t = ownTasks(a);
      return [points, allCompleted(t), allOnTime(t), exceededAtLeast(t, 30), remedied];
    },
  },
  {
    id: 'Q366-EXC-COLL',
    kind: 'condition',
    level: 'EXCELLENT',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    citation: `${K1}; HD 43-HD/BTCTW lưu ý 2`,
    partlyAssumed: text(
      'kỷ luật của thành viên do vi phạm ở đơn vị cũ không tính cho tập thể mới',
      "a member's discipline for a violation at the previous unit does not count for the new collective",
    ),
    text: text(
      'Tập thể: không có đơn vị trực thuộc, thành viên tập thể lãnh đạo bị kỷ luật trong năm (không tính vi phạm ở đơn vị cũ)',
      'Collective: no subordinate unit and no member of the leadership collective disciplined in the year (a violation at the previous unit not counted)',
    ),
    test: (a, ctx) => {
      const units = a.unit?.subordinateUnits?.disciplined ?? 0;
      // "không quy trách nhiệm cho … đơn vị mới" (HD 43, lưu ý 2): the assumed part of the row.
      const skipPrevious = ctx.assumedOn('Q366-EXC-COLL');
      const members = ctx.memberDiscipline.filter((d) => !(skipPrevious && d.atPreviousUnit));
      return [noneDisciplined(units, SUBORDINATE_UNITS), noneDisciplined(members.length, MEMBERS)];
    },
  },
  {
    id: 'Q366-EXC-LEAD',
    kind: 'condition',
    level: 'EXCELLENT',
    status: 'confirmed',
    appliesTo: LEADER,
    citation: K1,
    text: text(
      'Lãnh đạo: đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, ít nhất 30% vượt mức',
      'Leader: the led unit completed 100% of its tasks, at least 30% beyond requirement',
    ),
    test: (a) => [
      allCompleted(unitTasks(a), LED_UNIT),
      exceededAtLeast(unitTasks(a), 30, LED_UNIT),
    ],
  },
  {
    id: 'Q366-GOOD',
    kind: 'condition',
    level: 'GOOD',
    status: 'confirmed',
    appliesTo: {},
    citation: K2,
    text: text(
      'Hoàn thành tốt: từ 70 điểm, 100% nhiệm vụ đúng hạn, bảo đảm chất lượng',
      'Good: at least 70 points, 100% of tasks on time with quality',
    ),
    test: (a, ctx) => {
      const points = pointsAtLeast(ctx.points, 70);
      if (!readsOwnTasks(a, ctx)) return [points];
      const t = ownTasks(a);
      return [points, allCompleted(t), allOnTime(t)];
    },
  },
  {
    id: 'Q366-GOOD-LEAD',
    kind: 'condition',
    level: 'GOOD',
    status: 'confirmed',
    appliesTo: LEADER,
    citation: K2,
    text: text(
      'Lãnh đạo: đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ đúng hạn',
      'Leader: the led unit completed 100% of its tasks on time',
    ),
    test: (a) => [allCompleted(unitTasks(a), LED_UNIT), allOnTime(unitTasks(a), LED_UNIT)],
  },
  {
    id: 'Q366-COMP',
    kind: 'condition',
    level: 'COMPLETED',
    status: 'confirmed',
    appliesTo: {},
    citation: K3,
    text: text(
      'Hoàn thành: từ 50 điểm, 100% nhiệm vụ, chậm tiến độ không quá 20%',
      'Completed: at least 50 points, 100% of tasks, no more than 20% late',
    ),
    test: (a, ctx) => {
      const points = pointsAtLeast(ctx.points, 50);
      if (!readsOwnTasks(a, ctx)) return [points];
      const t = ownTasks(a);
      return [points, allCompleted(t), lateAtMost(t, 20)];
    },
  },
  {
    id: 'Q366-COMP-LEAD',
    kind: 'condition',
    level: 'COMPLETED',
    status: 'confirmed',
    appliesTo: LEADER,
    citation: K3,
    text: text(
      'Lãnh đạo: đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, chậm tiến độ không quá 20%',
      'Leader: the led unit completed 100% of its tasks, no more than 20% late',
    ),
    test: (a) => [allCompleted(unitTasks(a), LED_UNIT), lateAtMost(unitTasks(a), 20, LED_UNIT)],
  },
  {
    id: 'Q366-LEAD-UNIT-BASIS',
    kind: 'note',
    status: 'assumed',
    appliesTo: LEADER,
    citation: `${K1}–3 (cách đọc là giả định / the reading is assumed)`,
    text: text(
      'Lãnh đạo: các điều kiện về nhiệm vụ của Q366-EXC/GOOD/COMP xét trên đơn vị do cá nhân trực tiếp lãnh đạo, quản lý, không xét nhiệm vụ riêng của cá nhân',
      "Leader: the task conditions of Q366-EXC/GOOD/COMP are read on the unit the person directly leads, not on the leader's own tasks",
    ),
    test: (a, ctx) => {
      if (!a.tasks || ctx.params['Q366-LEAD-UNIT-BASIS'].ownTasksToo) return null;
      const t = a.tasks;
      return text(
        `nhiệm vụ riêng (hoàn thành ${t.completed}/${t.total}, đúng hạn ${t.onTime}, vượt mức ${t.exceeded}) chỉ để tham khảo`,
        `own tasks (completed ${t.completed}/${t.total}, on time ${t.onTime}, exceeded ${t.exceeded}) for information only`,
      );
    },
  },
  {
    id: 'Q366-LEAVE',
    kind: 'note',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: 'HD 43-HD/BTCTW mục 7.5',
    text: text(
      'Nghỉ ốm từ 3 tháng hoặc nghỉ thai sản: đánh giá theo kết quả công tác thực tế, không giới hạn mức',
      'Sick leave of 3 months or more, or maternity leave: rated on actual work results, no cap',
    ),
    test: (a) => {
      const s = a.service;
      if (!s) return null;
      if (s.maternityLeave) return text('nghỉ thai sản', 'maternity leave');
      return s.sickLeaveMonths >= 3
        ? text(`nghỉ ốm ${s.sickLeaveMonths} tháng`, `sick leave ${s.sickLeaveMonths} months`)
        : null;
    },
  },
];
