import { text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import {
  allCompleted,
  atLeastShare,
  clause,
  describeDiscipline,
  exceededAtLeast,
  LED_UNIT,
  moreThanShare,
  unitTasks,
} from './context.js';
import { criteriaAtLeast, GRADE_TEXT, gradeAtLeast } from './grades.js';
import { excludedFromReview, flagCauses, requireField } from './shared.js';
import type { Rule, RuleSet } from './types.js';

const Đ12 = 'QĐ 124-QĐ/TW Điều 12';
const HD21 = 'HD 21-HD/BTCTW (2019), quy định tiền nhiệm / predecessor guidance';
const COLLECTIVE = { kinds: ['collective'] } as const;
const INDIVIDUAL = { kinds: ['individual'] } as const;
const LEADER = { roles: ['leader'] } as const;

/** QĐ 124-QĐ/TW (04-10-2023) with HD 25-HD/BTCTW (10-11-2023): RULES.md §2, one row per rule. */
const rules: readonly Rule[] = [
  {
    id: 'Q124-EXCLUDE', kind: 'exclude', status: 'confirmed', appliesTo: INDIVIDUAL,
    citation: 'QĐ 124-QĐ/TW Điều 5 khoản 2',
    text: text('Không kiểm điểm: miễn công tác và sinh hoạt đảng, đình chỉ sinh hoạt đảng, hoặc kết nạp chưa đủ 6 tháng', 'Not reviewed: exempt from party work, party activity suspended, or admitted less than 6 months before the review'),
    test: (a, ctx) => excludedFromReview(a, ctx.reviewDate),
  },
  {
    id: 'Q124-DISC-ONCE', kind: 'discount', status: 'assumed', appliesTo: INDIVIDUAL, citation: HD21,
    text: text('Một vi phạm đã dùng để xếp loại không hoàn thành nhiệm vụ ở năm trước thì không tính lại', 'A violation already used for a not-completed rating in an earlier year is not counted again'),
    discounts: (d, a) => d.countedInYear !== null && d.countedInYear < a.year,
  },
  {
    id: 'Q124-NOT-POOR', kind: 'trigger', status: 'confirmed', appliesTo: {}, citation: Đ12,
    text: text('Có tiêu chí đánh giá ở mức "Kém"', 'A criterion graded "Poor"'),
    test: (a) =>
      Object.entries(a.criteria ?? {})
        .filter(([, g]) => g === 'POOR')
        .map(([k]) => ({ text: text(`tiêu chí "${k}": ${GRADE_TEXT.POOR.vi}`, `criterion "${k}": ${GRADE_TEXT.POOR.en}`) })),
  },
  {
    id: 'Q124-NOT-50', kind: 'trigger', status: 'confirmed', appliesTo: { roles: ['leadership', 'party-organization', 'leader'] }, citation: Đ12,
    text: text('Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ (trừ trường hợp bất khả kháng)', 'Less than 50% of targets and tasks completed (unless force majeure)'),
    exception: (c) => c.forceMajeure === true,
    test: (a) => {
      const t = a.kind === 'collective' ? a.tasks : unitTasks(a);
      const who = a.kind === 'collective' ? text('', '') : LED_UNIT;
      return atLeastShare(t.completed, t.total, 50)
        ? []
        : [{ text: text(`${who.vi}hoàn thành ${t.completed}/${t.total} < 50%`, `${who.en}completed ${t.completed}/${t.total} < 50%`), forceMajeure: a.forceMajeure }];
    },
  },
  {
    id: 'Q124-NOT-COLL-DISC', kind: 'trigger', status: 'confirmed', appliesTo: COLLECTIVE, citation: Đ12,
    text: text('Tập thể lãnh đạo bị kỷ luật, hoặc trên 20% đơn vị trực thuộc bị kỷ luật trong năm', 'The leadership collective disciplined, or more than 20% of subordinate units disciplined in the year'),
    test: (a) => {
      const causes = flagCauses(a, ['collectiveDisciplined']).map((c) => ({ text: c.text }));
      const s = a.unit?.subordinateUnits;
      if (s && moreThanShare(s.disciplined, s.total, 20))
        causes.push({ text: text(`${s.disciplined}/${s.total} đơn vị trực thuộc bị kỷ luật > 20%`, `${s.disciplined}/${s.total} subordinate units disciplined > 20%`) });
      return causes;
    },
  },
  {
    id: 'Q124-NOT-COLL-CORRUPTION', kind: 'trigger', status: 'confirmed', appliesTo: COLLECTIVE, citation: Đ12,
    text: text('Đơn vị trực thuộc có vụ việc tham nhũng, lãng phí, tiêu cực bị xử lý kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', 'A subordinate unit had a disciplined corruption, waste or negative case (unless self-detected and remedied)'),
    exception: (c) => c.selfRemedied === true,
    test: (a) => flagCauses(a, ['corruptionCaseInSubordinateUnit']),
  },
  {
    id: 'Q124-NOT-DISUNITY', kind: 'trigger', status: 'confirmed', appliesTo: COLLECTIVE, citation: Đ12,
    text: text('Bị cấp có thẩm quyền kết luận mất đoàn kết nội bộ', 'Concluded by the competent authority to have internal disunity'),
    test: (a) => flagCauses(a, ['disunity']).map((c) => ({ text: c.text })),
  },
  {
    id: 'Q124-NOT-DISC', kind: 'trigger', status: 'confirmed', appliesTo: INDIVIDUAL, citation: Đ12,
    text: text('Bị xử lý kỷ luật trong năm (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', 'Disciplined in the year (unless self-detected and remedied)'),
    exception: (c) => c.selfRemedied === true,
    test: (_a, ctx) => ctx.discipline.map((d) => ({ text: describeDiscipline(d), selfRemedied: d.selfDetectedAndRemedied })),
  },
  {
    id: 'Q124-NOT-DEGRADE', kind: 'trigger', status: 'confirmed', appliesTo: INDIVIDUAL, citation: Đ12,
    text: text('Suy thoái, vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương', 'Degradation, or breach of the prohibitions or of the duty to set an example'),
    test: (a) => flagCauses(a, ['degradation', 'prohibitedConduct']).map((c) => ({ text: c.text })),
  },
  {
    id: 'Q124-EXC', kind: 'condition', level: 'EXCELLENT', status: 'confirmed', appliesTo: {}, citation: Đ12,
    text: text('Hoàn thành xuất sắc: mọi tiêu chí từ "Tốt" trở lên, kết quả thực hiện nhiệm vụ "Xuất sắc" bằng sản phẩm cụ thể', 'Excellent: every criterion Good or better, task results Excellent by concrete products'),
    test: (a) => [criteriaAtLeast(a, 'GOOD'), gradeAtLeast(a, 'taskResults', 'EXCELLENT')],
  },
  {
    id: 'Q124-EXC-IND', kind: 'condition', level: 'EXCELLENT', status: 'confirmed', appliesTo: INDIVIDUAL, citation: Đ12,
    text: text('Cá nhân: hoàn thành 100% chỉ tiêu, nhiệm vụ, ít nhất 50% vượt mức', 'Individual: 100% of targets and tasks completed, at least 50% beyond requirement'),
    test: (a) => [allCompleted(a.tasks), exceededAtLeast(a.tasks, 50)],
  },
  {
    id: 'Q124-EXC-COLL', kind: 'condition', level: 'EXCELLENT', status: 'confirmed', appliesTo: COLLECTIVE, citation: Đ12,
    text: text('Tập thể: không có tổ chức trực thuộc, thành viên tập thể lãnh đạo bị kỷ luật trong năm', 'Collective: no subordinate organisation and no member of the leadership collective disciplined in the year'),
    test: (a, ctx) => {
      const units = a.unit?.subordinateUnits?.disciplined ?? 0;
      return [
        clause(units === 0, text(`${units} tổ chức trực thuộc bị kỷ luật`, `${units} subordinate organisation(s) disciplined`)),
        clause(ctx.memberDiscipline.length === 0, text(`${ctx.memberDiscipline.length} thành viên bị kỷ luật`, `${ctx.memberDiscipline.length} member(s) disciplined`)),
      ];
    },
  },
  {
    id: 'Q124-EXC-LEAD', kind: 'condition', level: 'EXCELLENT', status: 'assumed', appliesTo: LEADER, citation: `${Đ12} (điều kiện đơn vị chưa xác nhận / unit condition unconfirmed)`,
    text: text('Lãnh đạo: thực sự tiêu biểu, đơn vị trực tiếp lãnh đạo hoàn thành 100% chỉ tiêu', 'Leader: truly exemplary, the led unit completed 100% of its targets'),
    test: (a) => [
      clause(a.flags.exemplary, text(a.flags.exemplary ? 'thực sự tiêu biểu' : 'chưa được đánh giá là thực sự tiêu biểu', a.flags.exemplary ? 'truly exemplary' : 'not marked truly exemplary')),
      allCompleted(unitTasks(a), LED_UNIT),
    ],
  },
  {
    id: 'Q124-GOOD-COLL', kind: 'condition', level: 'GOOD', status: 'confirmed', appliesTo: COLLECTIVE, citation: Đ12,
    text: text('Tập thể hoàn thành tốt: mọi tiêu chí từ "Trung bình" trở lên, kết quả nhiệm vụ từ "Tốt", không có tổ chức trực thuộc, thành viên bị kỷ luật (trừ tự phát hiện, khắc phục)', 'Collective good: every criterion Average or better, task results Good or better, no subordinate organisation or member disciplined (except self-detected and remedied)'),
    test: (a, ctx) => {
      const units = a.unit?.subordinateUnits?.disciplined ?? 0;
      const members = ctx.memberDiscipline.filter((d) => !d.selfDetectedAndRemedied).length;
      return [
        criteriaAtLeast(a, 'AVERAGE'),
        gradeAtLeast(a, 'taskResults', 'GOOD'),
        clause(units === 0, text(`${units} tổ chức trực thuộc bị kỷ luật`, `${units} subordinate organisation(s) disciplined`)),
        clause(members === 0, text(`${members} thành viên bị kỷ luật (không kể tự phát hiện, khắc phục)`, `${members} member(s) disciplined (not counting self-detected and remedied)`)),
      ];
    },
  },
  {
    id: 'Q124-GOOD-IND', kind: 'condition', level: 'GOOD', status: 'assumed', appliesTo: INDIVIDUAL, citation: `${Đ12} (mẫu NĐ 90 và QĐ 366 / pattern of NĐ 90 and QĐ 366)`,
    text: text('Cá nhân hoàn thành tốt: mọi tiêu chí từ "Trung bình" trở lên, kết quả nhiệm vụ từ "Tốt", hoàn thành 100% nhiệm vụ', 'Individual good: every criterion Average or better, task results Good or better, 100% of tasks completed'),
    test: (a) => [criteriaAtLeast(a, 'AVERAGE'), gradeAtLeast(a, 'taskResults', 'GOOD'), allCompleted(a.tasks)],
  },
  {
    id: 'Q124-COMP', kind: 'condition', level: 'COMPLETED', status: 'confirmed', assumedFor: ['individual'], appliesTo: {}, citation: Đ12,
    text: text('Hoàn thành: mọi tiêu chí từ "Trung bình" trở lên, hoàn thành từ 50% chỉ tiêu, nhiệm vụ', 'Completed: every criterion Average or better, at least 50% of targets and tasks completed'),
    test: (a) => [
      criteriaAtLeast(a, 'AVERAGE'),
      clause(atLeastShare(a.tasks.completed, a.tasks.total, 50), text(`hoàn thành ${a.tasks.completed}/${a.tasks.total} ${atLeastShare(a.tasks.completed, a.tasks.total, 50) ? '≥' : '<'} 50%`, `completed ${a.tasks.completed}/${a.tasks.total} ${atLeastShare(a.tasks.completed, a.tasks.total, 50) ? '≥' : '<'} 50%`)),
    ],
  },
  {
    id: 'Q124-LEAVE', kind: 'cap', level: 'COMPLETED', status: 'assumed', appliesTo: INDIVIDUAL, citation: HD21,
    text: text('Nghỉ ốm từ 3 tháng trở lên trong năm: không xếp loại từ "Hoàn thành tốt nhiệm vụ" trở lên', 'Sick leave of 3 months or more in the year: no higher than Completed'),
    test: (a) => {
      const s = a.service;
      return s && !s.maternityLeave && s.sickLeaveMonths >= 3 ? text(`nghỉ ốm ${s.sickLeaveMonths} tháng`, `sick leave ${s.sickLeaveMonths} months`) : null;
    },
  },
];

function requires(a: Assessment): ReturnType<RuleSet['requires']> {
  return [
    ...requireField(a.criteria?.taskResults === undefined, ['criteria', 'taskResults'], 'QĐ 124 cần tiêu chí kết quả thực hiện nhiệm vụ', 'QĐ 124 needs the task-results criterion'),
    ...requireField(a.role === 'leader' && !a.unit?.tasks, ['unit', 'tasks'], 'QĐ 124 xét chỉ tiêu của đơn vị do người lãnh đạo trực tiếp phụ trách', 'QĐ 124 reads the targets of the unit a leader directly leads'),
  ];
}

export const qd124: RuleSet = {
  id: 'qd124-2023',
  title: text('Quy định 124-QĐ/TW (04-10-2023), Hướng dẫn 25-HD/BTCTW (10-11-2023)', 'Regulation 124-QĐ/TW (4 Oct 2023), Guidance 25-HD/BTCTW (10 Nov 2023)'),
  regime: 'party',
  effectiveFrom: '2023-10-04',
  effectiveTo: '2025-08-29',
  years: { from: 2023, to: 2024 },
  scores: false,
  roles: ['leadership', 'party-organization', 'leader', 'member'],
  requires,
  rules,
};
