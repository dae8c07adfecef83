import { text } from '../core/text.js';
import type { InputIssue } from '../core/errors.js';
import type { Assessment } from '../schemas/assessment.js';
import {
  allCompleted,
  allOnTime,
  clause,
  describeDiscipline,
  exceededAtLeast,
  LED_UNIT,
  lateAtMost,
  moreThanShare,
  pointsAtLeast,
  unitTasks,
} from './context.js';
import { excludedFromReview, flagCauses, requireField } from './shared.js';
import type { Rule, RuleSet } from './types.js';

const Đ11 = 'QĐ 366-QĐ/TW Điều 11';
const K1 = `${Đ11} khoản 1`;
const K2 = `${Đ11} khoản 2`;
const K3 = `${Đ11} khoản 3`;
const K4 = `${Đ11} khoản 4`;
const LEADERSHIP = { kinds: ['collective'], roles: ['leadership'] } as const;
const COLLECTIVE = { kinds: ['collective'] } as const;
const INDIVIDUAL = { kinds: ['individual'] } as const;
const LEADER = { roles: ['leader'] } as const;

/** QĐ 366-QĐ/TW (30-08-2025) with HD 43-HD/BTCTW (31-10-2025): RULES.md §1, one row per rule. */
const rules: readonly Rule[] = [
  {
    id: 'Q366-EXCLUDE', kind: 'exclude', status: 'confirmed', appliesTo: INDIVIDUAL,
    citation: 'QĐ 366-QĐ/TW Điều 5 khoản 2',
    text: text('Không kiểm điểm: miễn công tác và sinh hoạt đảng, đình chỉ sinh hoạt đảng, hoặc kết nạp chưa đủ 6 tháng', 'Not reviewed: exempt from party work, party activity suspended, or admitted less than 6 months before the review'),
    test: (a, ctx) => excludedFromReview(a, ctx.reviewDate),
  },
  {
    id: 'Q366-NOT-POINTS', kind: 'trigger', status: 'confirmed', appliesTo: {}, citation: K4,
    text: text('Dưới 50 điểm: không hoàn thành nhiệm vụ', 'Below 50 points: not completed'),
    test: (_a, ctx) => ((ctx.points ?? 0) < 50 ? [{ text: text(`${ctx.points} điểm < 50`, `${ctx.points} points < 50`) }] : []),
  },
  {
    id: 'Q366-NOT-COLL-PERSONNEL', kind: 'trigger', status: 'confirmed', appliesTo: LEADERSHIP, citation: K4,
    text: text('Sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, chạy chức, chạy quyền', 'Wrongdoing in personnel work, internal disunity, or buying posts or power'),
    test: (a) => flagCauses(a, ['personnelWrongdoing', 'disunity']),
  },
  {
    id: 'Q366-NOT-COLL-MEMBER-DISC', kind: 'trigger', status: 'confirmed', appliesTo: LEADERSHIP, citation: K4,
    text: text('Có thành viên tập thể lãnh đạo bị kỷ luật từ khiển trách trở lên trong năm do vi phạm khi thực hiện nhiệm vụ', 'A member of the leadership collective disciplined (reprimand or heavier) in the year for a violation in performing duties'),
    test: (_a, ctx) =>
      ctx.memberDiscipline
        .filter((d) => d.dutyRelated && !d.atPreviousUnit)
        .map((d) => ({ text: describeDiscipline(d, text('thành viên ', 'member ')), selfRemedied: d.selfDetectedAndRemedied })),
  },
  {
    id: 'Q366-NOT-UNIT-70', kind: 'trigger', status: 'confirmed', appliesTo: { roles: ['leadership', 'party-organization', 'leader'] }, citation: K4,
    text: text('Hoàn thành dưới 70% nhiệm vụ, hoặc có chỉ tiêu kinh tế - xã hội cơ bản không đạt', 'Less than 70% of tasks completed, or a basic socio-economic target missed'),
    // Force majeure: the competent level may rate differently (research/domain.md §3.4, Điều 11).
    exception: (c) => c.forceMajeure === true,
    test: (a) => {
      const t = a.kind === 'collective' ? a.tasks : unitTasks(a);
      const who = a.kind === 'collective' ? text('', '') : LED_UNIT;
      const causes = [];
      if (t.completed * 100 < t.total * 70)
        causes.push({ text: text(`${who.vi}hoàn thành ${t.completed}/${t.total} < 70%`, `${who.en}completed ${t.completed}/${t.total} < 70%`), forceMajeure: a.forceMajeure });
      const missed = a.unit?.basicTargetsMissed ?? 0;
      if (missed > 0)
        causes.push({ text: text(`${missed} chỉ tiêu kinh tế - xã hội cơ bản không đạt`, `${missed} basic socio-economic target(s) missed`), forceMajeure: a.forceMajeure });
      return causes;
    },
  },
  {
    id: 'Q366-NOT-LEAD-SUPERVISED', kind: 'trigger', status: 'confirmed', appliesTo: LEADER, citation: K4,
    text: text('Trên 50% số địa phương, cơ quan, đơn vị được phân công phụ trách bị xếp loại không hoàn thành nhiệm vụ', 'More than 50% of the units the person oversees rated not completed'),
    test: (a) => {
      const s = a.unit?.supervisedUnits;
      return s && moreThanShare(s.notCompleted, s.total, 50)
        ? [{ text: text(`${s.notCompleted}/${s.total} đơn vị phụ trách không hoàn thành`, `${s.notCompleted}/${s.total} overseen units not completed`) }]
        : [];
    },
  },
  {
    id: 'Q366-NOT-LEAD-CONFIDENCE', kind: 'trigger', status: 'confirmed', appliesTo: LEADER, citation: K4,
    text: text('Trên 50% phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm', 'More than 50% low-confidence ballots in the year'),
    test: (a) => {
      const c = a.confidence;
      return c && c.low * 2 > c.total
        ? [{ text: text(`${c.low}/${c.total} phiếu tín nhiệm thấp`, `${c.low}/${c.total} low-confidence ballots`) }]
        : [];
    },
  },
  {
    id: 'Q366-NOT-LEAD-CORRUPTION', kind: 'trigger', status: 'confirmed', appliesTo: LEADER, citation: K4,
    text: text('Để xảy ra tham nhũng, lãng phí, tiêu cực trong lĩnh vực, đơn vị trực tiếp quản lý', 'Corruption, waste or negative conduct in the area the person directly manages'),
    test: (a) => flagCauses(a, ['corruptionInManagedArea']),
  },
  {
    id: 'Q366-NOT-DISC', kind: 'trigger', status: 'confirmed', appliesTo: INDIVIDUAL, citation: `${K4}; HD 43-HD/BTCTW`,
    text: text('Bị kỷ luật từ khiển trách trở lên theo quyết định trong năm đánh giá (đánh giá ở thời điểm hiện tại)', 'Disciplined (reprimand or heavier) by a decision dated in the review year, whatever the year of the violation'),
    test: (_a, ctx) => ctx.discipline.map((d) => ({ text: describeDiscipline(d), selfRemedied: d.selfDetectedAndRemedied })),
  },
  {
    id: 'Q366-NOT-DEGRADE', kind: 'trigger', status: 'confirmed', appliesTo: INDIVIDUAL, citation: K4,
    text: text('Suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá", hoặc vi phạm những điều đảng viên không được làm', 'Degradation of political ideology, ethics or lifestyle, "self-evolution", "self-transformation", or breach of what party members must not do'),
    test: (a) => flagCauses(a, ['degradation', 'prohibitedConduct']),
  },
  {
    id: 'Q366-NOT-MEMBER-TASKS', kind: 'trigger', status: 'confirmed', appliesTo: { roles: ['member', 'outside'] }, citation: K4,
    text: text('Trên 50% số nhiệm vụ trong năm không hoàn thành', 'More than 50% of the year\'s tasks not completed'),
    test: (a) => {
      const missed = a.tasks.total - a.tasks.completed;
      return missed * 2 > a.tasks.total
        ? [{ text: text(`${missed}/${a.tasks.total} nhiệm vụ không hoàn thành`, `${missed}/${a.tasks.total} tasks not completed`) }]
        : [];
    },
  },
  {
    id: 'Q366-DISCRETION', kind: 'discretion', status: 'confirmed', appliesTo: {}, citation: Đ11,
    text: text('Vi phạm do tự phát hiện và khắc phục xong hậu quả: không áp dụng tự động, cấp có thẩm quyền xem xét', 'A violation the subject detected and remedied itself is not applied automatically: the authority judges'),
    covers: (c) => c.selfRemedied === true,
  },
  {
    id: 'Q366-EXC', kind: 'condition', level: 'EXCELLENT', status: 'confirmed', appliesTo: {}, citation: K1,
    text: text('Hoàn thành xuất sắc: từ 90 điểm, 100% nhiệm vụ đúng hạn, ít nhất 30% vượt mức, khắc phục 100% hạn chế đã chỉ ra', 'Excellent: at least 90 points, 100% of tasks on time, at least 30% beyond requirement, every shortcoming named at the previous review remedied'),
    test: (a, ctx) => {
      const s = a.previousShortcomings ?? { total: 0, remedied: 0 };
      return [
        pointsAtLeast(ctx.points, 90),
        allCompleted(a.tasks),
        allOnTime(a.tasks),
        exceededAtLeast(a.tasks, 30),
        clause(s.remedied === s.total, text(`khắc phục ${s.remedied}/${s.total} hạn chế`, `remedied ${s.remedied}/${s.total} shortcomings`)),
      ];
    },
  },
  {
    id: 'Q366-EXC-COLL', kind: 'condition', level: 'EXCELLENT', status: 'confirmed', appliesTo: COLLECTIVE, citation: K1,
    text: text('Tập thể: không có đơn vị trực thuộc, thành viên tập thể lãnh đạo bị kỷ luật trong năm', 'Collective: no subordinate unit and no member of the leadership collective disciplined in the year'),
    test: (a, ctx) => {
      const units = a.unit?.subordinateUnits?.disciplined ?? 0;
      return [
        clause(units === 0, text(`${units} đơn vị trực thuộc bị kỷ luật`, `${units} subordinate unit(s) disciplined`)),
        clause(ctx.memberDiscipline.length === 0, text(`${ctx.memberDiscipline.length} thành viên bị kỷ luật`, `${ctx.memberDiscipline.length} member(s) disciplined`)),
      ];
    },
  },
  {
    id: 'Q366-EXC-LEAD', kind: 'condition', level: 'EXCELLENT', status: 'confirmed', appliesTo: LEADER, citation: K1,
    text: text('Lãnh đạo: đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, ít nhất 30% vượt mức', 'Leader: the led unit completed 100% of its tasks, at least 30% beyond requirement'),
    test: (a) => [allCompleted(unitTasks(a), LED_UNIT), exceededAtLeast(unitTasks(a), 30, LED_UNIT)],
  },
  {
    id: 'Q366-GOOD', kind: 'condition', level: 'GOOD', status: 'confirmed', appliesTo: {}, citation: K2,
    text: text('Hoàn thành tốt: từ 70 điểm, 100% nhiệm vụ đúng hạn, bảo đảm chất lượng', 'Good: at least 70 points, 100% of tasks on time with quality'),
    test: (a, ctx) => [pointsAtLeast(ctx.points, 70), allCompleted(a.tasks), allOnTime(a.tasks)],
  },
  {
    id: 'Q366-GOOD-LEAD', kind: 'condition', level: 'GOOD', status: 'confirmed', appliesTo: LEADER, citation: K2,
    text: text('Lãnh đạo: đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ đúng hạn', 'Leader: the led unit completed 100% of its tasks on time'),
    test: (a) => [allCompleted(unitTasks(a), LED_UNIT), allOnTime(unitTasks(a), LED_UNIT)],
  },
  {
    id: 'Q366-COMP', kind: 'condition', level: 'COMPLETED', status: 'confirmed', appliesTo: {}, citation: K3,
    text: text('Hoàn thành: từ 50 điểm, 100% nhiệm vụ, chậm tiến độ không quá 20%', 'Completed: at least 50 points, 100% of tasks, no more than 20% late'),
    test: (a, ctx) => [pointsAtLeast(ctx.points, 50), allCompleted(a.tasks), lateAtMost(a.tasks, 20)],
  },
  {
    id: 'Q366-COMP-LEAD', kind: 'condition', level: 'COMPLETED', status: 'confirmed', appliesTo: LEADER, citation: K3,
    text: text('Lãnh đạo: đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, chậm tiến độ không quá 20%', 'Leader: the led unit completed 100% of its tasks, no more than 20% late'),
    test: (a) => [allCompleted(unitTasks(a), LED_UNIT), lateAtMost(unitTasks(a), 20, LED_UNIT)],
  },
  {
    id: 'Q366-LEAVE', kind: 'note', status: 'confirmed', appliesTo: INDIVIDUAL, citation: 'HD 43-HD/BTCTW mục 7.5',
    text: text('Nghỉ ốm từ 3 tháng hoặc nghỉ thai sản: đánh giá theo kết quả công tác thực tế, không giới hạn mức', 'Sick leave of 3 months or more, or maternity leave: rated on actual work results, no cap'),
    test: (a) => {
      const s = a.service;
      if (!s) return null;
      if (s.maternityLeave) return text('nghỉ thai sản', 'maternity leave');
      return s.sickLeaveMonths >= 3 ? text(`nghỉ ốm ${s.sickLeaveMonths} tháng`, `sick leave ${s.sickLeaveMonths} months`) : null;
    },
  },
];

function requires(a: Assessment): InputIssue[] {
  return [
    ...requireField(a.points === undefined, ['points'], 'QĐ 366 chấm theo thang 100 điểm', 'QĐ 366 scores on 100 points'),
    ...requireField(a.role === 'leader' && !a.unit?.tasks, ['unit', 'tasks'], 'QĐ 366 xét nhiệm vụ của đơn vị do người lãnh đạo trực tiếp phụ trách', 'QĐ 366 reads the tasks of the unit a leader directly leads'),
  ];
}

export const qd366: RuleSet = {
  id: 'qd366-2025',
  title: text('Quy định 366-QĐ/TW (30-08-2025), Hướng dẫn 43-HD/BTCTW (31-10-2025)', 'Regulation 366-QĐ/TW (30 Aug 2025), Guidance 43-HD/BTCTW (31 Oct 2025)'),
  regime: 'party',
  effectiveFrom: '2025-08-30',
  years: { from: 2025 },
  scores: true,
  roles: ['leadership', 'party-organization', 'leader', 'member', 'outside'],
  requires,
  rules,
};
