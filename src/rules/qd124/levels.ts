import { deepFreeze } from '../../core/freeze.js';
import { text } from '../../core/text.js';
import {
  allCompleted,
  allOnTime,
  clause,
  completedAtLeast,
  exceededAtLeast,
  MEMBERS,
  MEMBERS_NOT_REMEDIED,
  noneDisciplined,
  SUBORDINATE_ORGANISATIONS,
} from '../clauses.js';
import { LED_UNIT, ownTasks, unitTasks } from '../context.js';
import { criteriaAtLeast, gradeAtLeast } from '../grades.js';
import type { Rule } from '../types.js';
import { COLLECTIVE, HD21, INDIVIDUAL, LEADER, Đ12 } from './common.js';

// The words of the exemplary clause, made once (a writer that remembers reasons knows them by
// identity: engine/value-key.ts).
const EXEMPLARY = deepFreeze(text('thực sự tiêu biểu', 'truly exemplary'));
const NOT_EXEMPLARY = deepFreeze(
  text('chưa được đánh giá là thực sự tiêu biểu', 'not marked truly exemplary'),
);

/** QĐ 124-QĐ/TW (04-10-2023) with HD 25-HD/BTCTW (10-11-2023): RULES.md §2: level conditions, caps and notes. One row per rule id of RULES.md. */
export const levels: readonly Rule[] = [
  {
    id: 'Q124-EXC',
    kind: 'condition',
    level: 'EXCELLENT',
    status: 'confirmed',
    appliesTo: {},
    citation: Đ12,
    text: text(
      'Hoàn thành xuất sắc: mọi tiêu chí từ "Tốt" trở lên, kết quả thực hiện nhiệm vụ "Xuất sắc" bằng sản phẩm cụ thể',
      'Excellent: every criterion Good or better, task results Excellent by concrete products',
    ),
    test: (a, ctx) => [
      criteriaAtLeast(a, 'GOOD', ctx.criterion),
      gradeAtLeast(a, 'taskResults', 'EXCELLENT', ctx.criterion),
    ],
  },
  {
    id: 'Q124-EXC-IND',
    kind: 'condition',
    level: 'EXCELLENT',
    status: 'confirmed',
    appliesTo: INDIVIDUAL,
    citation: Đ12,
    text: text(
      'Cá nhân: hoàn thành 100% chỉ tiêu, nhiệm vụ đúng tiến độ, bảo đảm chất lượng, ít nhất 50% vượt mức',
      'Individual: 100% of targets and tasks completed on schedule with quality, at least 50% beyond requirement',
    ),
    test: (a) => {
      const t = ownTasks(a);
      return [allCompleted(t), allOnTime(t), exceededAtLeast(t, 50)];
    },
  },
  {
    id: 'Q124-EXC-COLL',
    kind: 'condition',
    level: 'EXCELLENT',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    citation: Đ12,
    text: text(
      'Tập thể: không có tổ chức trực thuộc, thành viên tập thể lãnh đạo bị kỷ luật trong năm',
      'Collective: no subordinate organisation and no member of the leadership collective disciplined in the year',
    ),
    test: (a, ctx) => {
      const units = a.unit?.subordinateUnits?.disciplined ?? 0;
      return [
        noneDisciplined(units, SUBORDINATE_ORGANISATIONS),
        noneDisciplined(ctx.memberDiscipline.length, MEMBERS),
      ];
    },
  },
  {
    id: 'Q124-EXC-LEAD',
    kind: 'condition',
    level: 'EXCELLENT',
    status: 'assumed',
    appliesTo: LEADER,
    flags: ['exemplary'],
    citation: `${Đ12} (điều kiện đơn vị chưa xác nhận / unit condition unconfirmed)`,
    text: text(
      'Lãnh đạo: thực sự tiêu biểu, đơn vị trực tiếp lãnh đạo hoàn thành 100% chỉ tiêu',
      'Leader: truly exemplary, the led unit completed 100% of its targets',
    ),
    test: (a) => [
      clause(a.flags.exemplary, a.flags.exemplary ? EXEMPLARY : NOT_EXEMPLARY),
      allCompleted(unitTasks(a), LED_UNIT),
    ],
  },
  {
    id: 'Q124-GOOD-COLL',
    kind: 'condition',
    level: 'GOOD',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    citation: Đ12,
    text: text(
      'Tập thể hoàn thành tốt: mọi tiêu chí từ "Trung bình" trở lên, kết quả nhiệm vụ từ "Tốt", không có tổ chức trực thuộc, thành viên bị kỷ luật (trừ tự phát hiện, khắc phục)',
      'Collective good: every criterion Average or better, task results Good or better, no subordinate organisation or member disciplined (except self-detected and remedied)',
    ),
    test: (a, ctx) => {
      const units = a.unit?.subordinateUnits?.disciplined ?? 0;
      const members = ctx.memberDiscipline.filter((d) => !d.selfDetectedAndRemedied).length;
      return [
        criteriaAtLeast(a, 'AVERAGE', ctx.criterion),
        gradeAtLeast(a, 'taskResults', 'GOOD', ctx.criterion),
        noneDisciplined(units, SUBORDINATE_ORGANISATIONS),
        noneDisciplined(members, MEMBERS_NOT_REMEDIED),
      ];
    },
  },
  {
    id: 'Q124-GOOD-IND',
    kind: 'condition',
    level: 'GOOD',
    status: 'assumed',
    appliesTo: INDIVIDUAL,
    citation: `${Đ12} (mẫu NĐ 90 và QĐ 366 / pattern of NĐ 90 and QĐ 366)`,
    text: text(
      'Cá nhân hoàn thành tốt: mọi tiêu chí từ "Trung bình" trở lên, kết quả nhiệm vụ từ "Tốt", hoàn thành 100% nhiệm vụ',
      'Individual good: every criterion Average or better, task results Good or better, 100% of tasks completed',
    ),
    test: (a, ctx) => [
      criteriaAtLeast(a, 'AVERAGE', ctx.criterion),
      gradeAtLeast(a, 'taskResults', 'GOOD', ctx.criterion),
      allCompleted(ownTasks(a)),
    ],
  },
  {
    id: 'Q124-COMP',
    kind: 'condition',
    level: 'COMPLETED',
    status: 'assumed',
    switchedBy: { parameter: 'Q124-COMP' },
    appliesTo: {},
    citation: `${Đ12} (ngưỡng 50% suy ra từ trường hợp không hoàn thành / the 50% threshold inferred from the not-completed case)`,
    text: text(
      'Hoàn thành: mọi tiêu chí từ "Trung bình" trở lên, hoàn thành từ 50% chỉ tiêu, nhiệm vụ (ngưỡng theo hồ sơ cấu hình)',
      'Completed: every criterion Average or better, at least 50% of targets and tasks completed (threshold per profile)',
    ),
    test: (a, ctx) => [
      criteriaAtLeast(a, 'AVERAGE', ctx.criterion),
      completedAtLeast(ownTasks(a), ctx.params['Q124-COMP'].threshold),
    ],
  },
  {
    id: 'Q124-COMP-COLL',
    kind: 'condition',
    level: 'COMPLETED',
    status: 'confirmed',
    appliesTo: COLLECTIVE,
    citation: Đ12,
    partlyAssumed: text(
      'đơn vị trực thuộc bị kỷ luật không xét ở mức này (chỉ xét trường hợp trên 20%)',
      'disciplined subordinate units are not read at this level (only the >20% case is)',
    ),
    text: text(
      'Tập thể hoàn thành: không có thành viên tập thể lãnh đạo bị kỷ luật trong năm (trừ tự phát hiện, khắc phục: cấp có thẩm quyền xem xét)',
      'Collective completed: no member of the leadership collective disciplined in the year (self-detected and remedied: for the authority to weigh)',
    ),
    test: (a, ctx) => {
      const members = ctx.memberDiscipline.filter((d) => !d.selfDetectedAndRemedied).length;
      const clauses = [noneDisciplined(members, MEMBERS_NOT_REMEDIED)];
      // The assumed part: reading the clause as "no subordinate organisation disciplined" too would
      // make Q124-NOT-COLL-DISC (> 20%) void; switched off, that stricter reading applies.
      if (!ctx.assumedOn('Q124-COMP-COLL'))
        clauses.push(
          noneDisciplined(a.unit?.subordinateUnits?.disciplined ?? 0, SUBORDINATE_ORGANISATIONS),
        );
      return clauses;
    },
    review: (_a, ctx) => {
      const remedied = ctx.memberDiscipline.filter((d) => d.selfDetectedAndRemedied).length;
      return remedied > 0
        ? text(
            `${remedied} thành viên bị kỷ luật đã tự phát hiện, khắc phục`,
            `${remedied} member(s) disciplined, self-detected and remedied`,
          )
        : null;
    },
  },
  {
    id: 'Q124-LEAVE',
    kind: 'cap',
    level: 'COMPLETED',
    status: 'assumed',
    appliesTo: INDIVIDUAL,
    citation: HD21,
    text: text(
      'Nghỉ ốm từ 3 tháng trở lên trong năm: không xếp loại từ "Hoàn thành tốt nhiệm vụ" trở lên',
      'Sick leave of 3 months or more in the year: no higher than Completed',
    ),
    test: (a) => {
      const s = a.service;
      return s && s.sickLeaveMonths >= 3
        ? text(`nghỉ ốm ${s.sickLeaveMonths} tháng`, `sick leave ${s.sickLeaveMonths} months`)
        : null;
    },
  },
];
